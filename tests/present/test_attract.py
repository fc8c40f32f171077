"""The attract loop's motion: a slow tick, whole-pixel glides, fades and the ring's cycle."""

from __future__ import annotations

import itertools

import pytest

from kiosk.present import attract


def test_the_loop_ticks_slowly_and_faster_only_while_a_picture_fades_in() -> None:
    assert attract.interval(fading=False) == attract.FRAME_MS >= 200  # at most 5 frames a second
    assert attract.interval(fading=True) == attract.FADE_FRAME_MS >= 100
    assert attract.FADE_MS // attract.FADE_FRAME_MS >= 12  # steps small enough to look smooth


@pytest.mark.parametrize("elapsed", [-50, 0])
def test_a_fade_begins_transparent(elapsed: float) -> None:
    assert attract.fade(elapsed) == 0


def test_a_fade_rises_and_ends_opaque() -> None:
    steps = [attract.fade(ms) for ms in range(0, attract.FADE_MS + 1, attract.FADE_FRAME_MS)]
    assert steps == sorted(steps)
    assert steps[-1] == 1 and attract.fade(attract.FADE_MS * 3) == 1
    assert attract.fade(attract.FADE_MS / 2) == pytest.approx(0.5)
    assert max(b - a for a, b in itertools.pairwise(steps)) < 0.15  # no visible jump
    assert attract.fade(10, 0) == 1  # no fade: at once


def test_a_glide_moves_by_whole_pixels_within_the_cropped_room() -> None:
    offsets = [attract.glide(p / 100, 0, 0, 200) for p in range(101)]
    assert all(x == 0 and isinstance(y, int) for x, y in offsets)
    ys = [y for _, y in offsets]
    assert ys == sorted(ys) and ys[0] == -attract.REACH_PX // 2 and ys[-1] == attract.REACH_PX // 2
    assert len(set(ys)) == attract.REACH_PX + 1  # one pixel at a time: most ticks move nothing


def test_each_next_picture_glides_the_other_way_along_its_longer_room() -> None:
    assert attract.glide(1, 0, 80, 10) == (12, 0)
    assert attract.glide(1, 1, 80, 10) == (-12, 0)
    assert attract.glide(0.5, 3, 80, 10) == (0, 0)


@pytest.mark.parametrize("room", [(0, 0), (-5, -5), (0, 6)])
def test_a_picture_without_room_glides_no_further_than_its_room(room: tuple[int, int]) -> None:
    for progress in (0, 0.3, 1, 2, -1):
        x, y = attract.glide(progress, 0, *room)
        assert abs(x) <= max(room[0], 0) / 2 and abs(y) <= max(room[1], 0) / 2


def test_a_longer_reach_is_capped_by_the_room() -> None:
    assert attract.glide(1, 0, 0, 10, reach=500) == (0, 5)


def test_the_software_renderer_shows_still_pictures() -> None:
    assert attract.reach(software=True) == 0
    assert attract.reach(software=False) == attract.REACH_PX
    assert attract.glide(1, 0, 0, 200, attract.reach(software=True)) == (0, 0)


def test_the_ring_grows_as_it_fades_then_rests() -> None:
    assert attract.pulse(0) == (0.7, 0.85)
    grown = [attract.pulse(ms) for ms in range(0, attract.PULSE_GROW_MS, attract.FRAME_MS)]
    assert [s for s, _ in grown] == sorted(s for s, _ in grown)
    assert [o for _, o in grown] == sorted((o for _, o in grown), reverse=True)
    assert attract.pulse(attract.PULSE_GROW_MS + 1)[1] == 0  # resting: nothing to draw
    assert attract.pulse(attract.PULSE_MS) == attract.pulse(0)  # and again


def test_the_words_breathe_between_full_and_soft() -> None:
    values = [attract.breath(ms) for ms in range(0, attract.BREATH_MS, 50)]
    assert max(values) == 1 and min(values) == pytest.approx(0.55, abs=0.01)
    assert attract.breath(attract.BREATH_MS) == attract.breath(0)
