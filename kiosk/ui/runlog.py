"""One log line when the kiosk is on screen and one when it stops: what ran, where, how long."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk import __version__
from kiosk.content import LoadResult

log = logging.getLogger("kiosk")


def describe_halls(halls: Sequence[LoadResult]) -> str:
    """'jining-hitech-2023 (version 3f2a9c1e0b)', one per hall."""
    return ", ".join(
        f"{r.hall.id if r.hall else r.folder.name} (version {r.version or '-'}"
        f"{'' if r.usable else ', not usable'})"
        for r in halls
    )


class RunLog(QObject):
    """Logs the start (once the first frame is drawn) and the stop of a kiosk run."""

    def __init__(
        self, window: QQuickWindow, halls: Sequence[LoadResult], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._halls = list(halls)
        self._started = time.monotonic()
        self.shown = False
        # frameSwapped comes from the render thread; queued, it lands once the UI loop runs.
        window.frameSwapped.connect(self._first_frame, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _first_frame(self) -> None:
        if self.shown:
            return
        self.shown = True
        self._window.frameSwapped.disconnect(self._first_frame)
        window = self._window
        renderer = window.rendererInterface()
        api = renderer.graphicsApi() if renderer is not None else None
        log.info(
            "kiosk %s started: %s; window %d×%d on a %s screen; Qt platform %s, renderer %s; "
            "on screen %.1f s after start",
            __version__,
            describe_halls(self._halls),
            window.width(),
            window.height(),
            _screen(window),
            QGuiApplication.platformName(),
            _API_NAMES.get(api, str(api)),
            time.monotonic() - self._started,
        )

    def stopped(self, reason: str) -> None:
        """The kiosk stops, and why."""
        log.info("kiosk stopped (%s) after %s", reason, _duration(time.monotonic() - self._started))


_API_NAMES = {
    QSGRendererInterface.GraphicsApi.Software: "software",
    QSGRendererInterface.GraphicsApi.OpenGL: "OpenGL",
    QSGRendererInterface.GraphicsApi.Vulkan: "Vulkan",
    QSGRendererInterface.GraphicsApi.Direct3D11: "Direct3D 11",
    QSGRendererInterface.GraphicsApi.Direct3D12: "Direct3D 12",
    QSGRendererInterface.GraphicsApi.Metal: "Metal",
    QSGRendererInterface.GraphicsApi.Null: "none",
}


def _screen(window: QQuickWindow) -> str:
    screen = window.screen()
    if screen is None:
        return "unknown"
    size = screen.size()
    return f"{size.width()}×{size.height()}"


def _duration(seconds: float) -> str:
    """'3 d 4 h 5 min', '12 min 3 s', '4.2 s'."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return f"{days} d {hours} h {minutes} min"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s"
