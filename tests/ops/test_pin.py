"""The staff PIN lockout: growing waits, kept across restarts, cleared by the right PIN."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from kiosk.ops.pin import (
    FIRST_LOCK_S,
    FREE_TRIES,
    MAX_LOCK_S,
    Lockout,
    hash_pin,
    pin_problem,
)

STORED = hash_pin("730519")


class Clock:
    """A wall clock the test moves."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _fail(lockout: Lockout, times: int) -> list[float]:
    return [lockout.check("000001", STORED).locked_s for _ in range(times)]


def test_free_tries_then_doubling_waits_up_to_half_an_hour(tmp_path: Path, clock: Clock) -> None:
    lockout = Lockout(tmp_path / "lockout.json", clock)
    assert _fail(lockout, FREE_TRIES) == [0.0] * FREE_TRIES
    waits = []
    for _ in range(8):
        [wait] = _fail(lockout, 1)
        waits.append(wait)
        assert lockout.remaining() == wait
        assert not lockout.check("730519", STORED).opened  # the right PIN waits too
        clock.now += wait
    assert waits == [60, 120, 240, 480, 960, 1800, 1800, 1800]
    assert lockout.check("730519", STORED).opened
    assert lockout.failures == 0 and not (tmp_path / "lockout.json").exists()


def test_a_restart_keeps_the_lockout(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "lockout.json"
    first = Lockout(path, clock)
    _fail(first, FREE_TRIES + 1)
    clock.now += FIRST_LOCK_S
    _fail(first, 1)
    again = Lockout(path, clock)  # the kiosk restarted
    assert again.failures == FREE_TRIES + 2
    assert again.remaining() == 2 * FIRST_LOCK_S
    clock.now += 2 * FIRST_LOCK_S
    assert again.check("000001", STORED).locked_s == 4 * FIRST_LOCK_S


def test_a_clock_set_back_never_locks_for_longer_than_the_cap(tmp_path: Path, clock: Clock) -> None:
    lockout = Lockout(tmp_path / "lockout.json", clock)
    _fail(lockout, FREE_TRIES + 1)
    clock.now -= 10 * 365 * 86400
    assert lockout.remaining() == MAX_LOCK_S


@pytest.mark.parametrize("text", ["", "{", "[]", '{"failures": -1, "locked_until": 0}', "x" * 5000])
def test_an_unreadable_state_counts_as_just_locked(
    tmp_path: Path, clock: Clock, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "lockout.json"
    path.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        lockout = Lockout(path, clock)
    assert lockout.remaining() == FIRST_LOCK_S
    assert "the pad counts as locked" in caplog.text


def test_failures_and_lockouts_are_logged_with_their_count(
    tmp_path: Path, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="kiosk.ops.pin"):
        lockout = Lockout(tmp_path / "lockout.json", clock)
        _fail(lockout, FREE_TRIES + 1)
        clock.now += FIRST_LOCK_S
        lockout.check("730519", STORED)
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [
        "staff PIN: wrong PIN (1 in a row)",
        "staff PIN: wrong PIN (2 in a row)",
        "staff PIN: wrong PIN (3 in a row)",
        "staff PIN: wrong PIN (4 in a row); the pad is locked for 1 minutes",
        "staff PIN: right after 4 wrong tries",
    ]


def test_a_short_legacy_pin_opens_but_is_flagged(tmp_path: Path, clock: Clock) -> None:
    verdict = Lockout(None, clock).check("2468", hash_pin("2468"))
    assert verdict.opened and verdict.short


def test_state_is_written_whole_and_private(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "lockout.json"
    _fail(Lockout(path, clock), 1)
    assert json.loads(path.read_text()) == {"failures": 1, "locked_until": 0.0}
    assert path.stat().st_mode & 0o077 == 0


def test_a_good_pin_passes() -> None:
    assert pin_problem("730519") is None
    assert pin_problem("29384756") is None
