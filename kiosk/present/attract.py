"""The attract loop's motion: everything moves on one slow tick, by whole steps.

A full-screen picture redrawn 60 times a second kept a core busy all day (83 % with the
software renderer, 186 % with llvmpipe). Here the loop draws at most FRAME_MS apart (FADE_FRAME_MS
during a crossfade), a picture glides by whole pixels (copied, never resampled), and the fade,
the ring and the breathing words step on the same ticks, so that they share the frames they cause.
"""

from __future__ import annotations

import math

FRAME_MS = 250  # the loop's tick: at most 4 frames a second while the picture glides
FADE_FRAME_MS = 100  # and 10 while one picture fades into the next
FADE_MS = 1600  # the crossfade from one picture to the next
REACH_PX = 24  # how far a picture glides while it is shown (at 1080p), at most
PULSE_MS = 3600  # the touch ring: grows and fades for PULSE_GROW_MS, then rests
PULSE_GROW_MS = 3000
BREATH_MS = 3600  # the invitation's words: brighter, softer, brighter again


def interval(fading: bool) -> int:
    """Milliseconds to the loop's next tick: shorter while a picture fades into the next."""
    return FADE_FRAME_MS if fading else FRAME_MS


def reach(software: bool) -> int:
    """How far pictures glide: not at all with the software renderer.

    The software renderer redraws only what changed, so a still picture costs nothing between
    crossfades, while each pixel of glide redraws the whole screen (the picture and all that lies
    over it: about 8 % of a core more here). The GPU renderers draw the whole window on every
    tick anyway, so there the glide is free.
    """
    return 0 if software else REACH_PX


def fade(elapsed_ms: float, fade_ms: float = FADE_MS) -> float:
    """The opacity of a picture elapsed_ms after it began to show (in-out quadratic)."""
    if fade_ms <= 0 or elapsed_ms >= fade_ms:
        return 1.0
    t = max(0.0, elapsed_ms / fade_ms)
    return 2 * t * t if t < 0.5 else 1 - (-2 * t + 2) ** 2 / 2


def glide(
    progress: float, slide: int, room_x: float, room_y: float, reach: float = REACH_PX
) -> tuple[int, int]:
    """A picture's offset from the centre (whole pixels) as it glides, progress 0..1.

    room_x, room_y: how much larger than the screen the picture is drawn (cropped). It glides
    along the axis with more room, at most reach, and back and forth with each next picture;
    a picture without room stays still. Whole pixels: the picture is copied, never resampled.
    """
    progress = min(1.0, max(0.0, progress))
    direction = 1 if slide % 2 == 0 else -1
    along_x = room_x >= room_y
    travel = min(max(room_x if along_x else room_y, 0.0), reach)
    offset = round(direction * travel * (progress - 0.5))
    limit = int(travel // 2)
    offset = max(-limit, min(limit, offset))
    return (offset, 0) if along_x else (0, offset)


def pulse(ms: float) -> tuple[float, float]:
    """The touch ring's (scale, opacity) at ms: it grows from 0.7 to 1.55 as it fades, then rests."""
    t = (ms % PULSE_MS) / PULSE_GROW_MS
    if t >= 1:
        return 1.55, 0.0
    eased = 1 - (1 - t) ** 3  # out cubic
    return round(0.7 + 0.85 * eased, 3), round(0.85 * (1 - eased), 3)


def breath(ms: float) -> float:
    """The invitation's opacity at ms: from 1 down to 0.55 and back over BREATH_MS."""
    return round(1 - 0.45 * (0.5 - 0.5 * math.cos(2 * math.pi * (ms % BREATH_MS) / BREATH_MS)), 3)
