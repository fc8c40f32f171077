"""benchmarks/peer.py's reading of the screen: changed pixels, visually complete, percentiles."""

from __future__ import annotations

from benchmarks.peer import LEVELS, TOLERANCE, Film, differing, spread

BLACK = bytes(4) * 1000


def _with(changed: int, level: int) -> bytes:
    """BLACK with the first `changed` pixels raised by `level` in each colour channel."""
    return bytes([level, level, level, 0]) * changed + bytes(4) * (1000 - changed)


def test_pixels_differ_only_beyond_a_few_levels() -> None:
    assert differing(BLACK, BLACK) == 0
    assert differing(BLACK, _with(1000, LEVELS)) == 0  # a last step of a fade: within tolerance
    assert differing(BLACK, _with(10, LEVELS + 1)) == 0.01


def test_visually_complete_is_the_first_grab_that_stays_near_the_final_screen() -> None:
    film = Film(0.0, [(0.5, _with(1000, 200)), (0.8, _with(1000, 90)), (1.0, _with(2, 40)),
                      (1.2, BLACK), (1.4, _with(1000, 60)), (1.6, BLACK)])  # fmt: skip
    assert TOLERANCE >= 0.002
    assert film.first_change(bytes(4000)) == 0.5
    assert film.complete() == 1.6  # 1.0 was near the end, then the screen changed again
    film.frames = film.frames[:4]
    assert film.complete() == 1.0  # 2 of 1000 pixels off: complete
    assert Film(0.0).complete() is None


def test_spread_gives_median_and_p95_in_ms_and_counts_misses() -> None:
    got = spread([0.1, 0.2, None, 0.3])
    assert got == {"n": 3, "missed": 1, "p50_ms": 200.0, "p95_ms": 300.0, "max_ms": 300.0}
    assert spread([None]) == {"n": 0}
