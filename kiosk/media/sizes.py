"""The derivative sizes the UI shows: square boxes that each picture is fitted within."""

from __future__ import annotations

import enum

Screen = tuple[int, int]
DEFAULT_SCREEN: Screen = (1920, 1080)


class Size(enum.StrEnum):
    """A derivative size; each is a square box so that one file suits both orientations.

    FULL follows the screen's long edge, so a landscape 1920x1080 and a portrait 1080x1920
    screen share one derivative. TILE covers a section cover tile, shown at up to about
    900x600 on a scaled 4K screen. THUMB serves story strips, MARKER timeline markers.
    """

    FULL = "full"
    TILE = "tile"
    THUMB = "thumb"
    MARKER = "marker"

    def edge(self, screen: Screen = DEFAULT_SCREEN) -> int:
        """The box's side in pixels, for this screen."""
        return max(screen) if self is Size.FULL else _EDGES[self]


_EDGES = {Size.TILE: 960, Size.THUMB: 480, Size.MARKER: 320}
ALL_SIZES = tuple(Size)


def fit(size: tuple[int, int], edge: int) -> tuple[int, int]:
    """The size scaled down (never up) to fit within an edge x edge box, keeping the aspect."""
    width, height = size
    scale = min(1.0, edge / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))
