"""The derivative sizes the UI shows: square boxes that each picture is fitted within."""

from __future__ import annotations

import enum

Screen = tuple[int, int]
DEFAULT_SCREEN: Screen = (1920, 1080)
BASE_SHORT_SIDE = 1080  # the short side the UI is laid out for (kiosk/ui/qml/Kiosk/Theme.qml)


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
        """The box's side in pixels, for this screen: the others grow with a scaled-up screen.

        The UI lays out at 1080 px on the screen's short side and scales from there, so on a
        3840x2160 screen a tile is shown twice as large and its derivative is twice as large.
        """
        if self is Size.FULL:
            return max(screen)
        return round(_EDGES[self] * max(1.0, min(screen) / BASE_SHORT_SIDE))


_EDGES = {Size.TILE: 960, Size.THUMB: 480, Size.MARKER: 320}
ALL_SIZES = tuple(Size)


def fit(size: tuple[int, int], edge: int) -> tuple[int, int]:
    """The size scaled down (never up) to fit within an edge x edge box, keeping the aspect."""
    width, height = size
    scale = min(1.0, edge / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))
