"""How high above the floor a control on the screen is: within reach from a wheelchair or not.

The reach range of ISO 21542, the ADA and GB 50763 (15-48 in, 0.38-1.22 m): every control a
visitor needs lies in it, for the screen's size and how it is mounted (the settings).
"""

from __future__ import annotations

import math

REACH_M = (0.38, 1.22)
INCH_M = 0.0254
BOTTOM_EDGE_M = {"landscape": 0.75, "portrait": 0.45}  # a kiosk stand; a totem on the floor


def screen_height_m(diagonal_in: float, pixels: tuple[int, int]) -> float:
    """The height of a screen of this diagonal and pixel shape (square pixels), in metres."""
    width, height = pixels
    return diagonal_in * INCH_M * height / math.hypot(width, height)


def bottom_edge_m(pixels: tuple[int, int], given: float | None = None) -> float:
    """The screen's lower edge above the floor: as the settings give it, else a typical one."""
    if given is not None:
        return given
    return BOTTOM_EDGE_M["portrait" if pixels[1] > pixels[0] else "landscape"]


def height_m(y: float, pixels: tuple[int, int], diagonal_in: float, bottom: float) -> float:
    """How high above the floor a point y pixels from the screen's top is."""
    return bottom + (pixels[1] - y) / pixels[1] * screen_height_m(diagonal_in, pixels)


def within_reach(height: float) -> bool:
    """Whether a height lies in the reach range."""
    return REACH_M[0] <= height <= REACH_M[1]
