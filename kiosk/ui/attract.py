"""The attract loop's motion for QML (kiosk.present.attract), as the singleton AttractMotion."""

from __future__ import annotations

import os

from PySide6.QtCore import Property, QObject, QPointF, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.present import attract
from kiosk.ui.renderer import is_software

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class AttractMotion(QObject):
    """How often the loop ticks, and where each moving thing is at a given tick."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._software = is_software(os.environ)  # the renderer is chosen before QML loads

    @Slot(bool, result=int)
    def interval(self, fading: bool) -> int:
        """Milliseconds to the next tick (shorter while a picture fades in)."""
        return attract.interval(fading)

    @Property(int, constant=True)
    def fadeMs(self) -> int:
        """Milliseconds of the crossfade between two pictures."""
        return attract.FADE_MS

    @Slot(float, float, result=float)
    def fade(self, elapsed: float, duration: float) -> float:
        """A picture's opacity elapsed ms after it began to show."""
        return attract.fade(elapsed, duration)

    @Slot(float, int, float, float, float, result=QPointF)
    def glide(
        self, progress: float, slide: int, roomX: float, roomY: float, scale: float
    ) -> QPointF:
        """A picture's offset from the centre in whole pixels (reach scaled with the screen)."""
        reach = attract.reach(self._software) * scale
        x, y = attract.glide(progress, slide, roomX, roomY, reach)
        return QPointF(x, y)

    @Slot(float, result=float)
    def pulseScale(self, ms: float) -> float:
        """The touch ring's scale at ms."""
        return attract.pulse(ms)[0]

    @Slot(float, result=float)
    def pulseOpacity(self, ms: float) -> float:
        """The touch ring's opacity at ms."""
        return attract.pulse(ms)[1]

    @Slot(float, result=float)
    def breath(self, ms: float) -> float:
        """The invitation's opacity at ms."""
        return attract.breath(ms)
