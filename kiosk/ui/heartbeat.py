"""Keep systemd's watchdog fed from the UI event loop; report ready after the first frame."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtQuick import QQuickWindow

from kiosk.ops.heartbeat import FileNotifier
from kiosk.ops.watchdog import SystemdNotifier

log = logging.getLogger(__name__)


class Heartbeat(QObject):
    """Pings the watchdog from a UI-thread timer, so a hung UI stops the pings and gets restarted."""

    def __init__(
        self,
        window: QQuickWindow,
        notifier: SystemdNotifier | FileNotifier,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.ready = False
        self.timer = QTimer(self)
        if not notifier.enabled:
            return
        self._window = window
        # frameSwapped comes from the render thread; queued, it lands once the UI loop runs.
        window.frameSwapped.connect(self._first_frame, Qt.ConnectionType.QueuedConnection)
        interval = notifier.watchdog_interval
        if interval is not None:
            self.timer.setInterval(max(1, int(interval * 1000 / 2)))
            self.timer.timeout.connect(self._ping)
            self.timer.start()
            log.info("systemd watchdog: pinging every %d ms", self.timer.interval())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stopping)

    @Slot()
    def _first_frame(self) -> None:
        if self.ready:
            return
        self.ready = True
        self._window.frameSwapped.disconnect(self._first_frame)
        self.notifier.ready()
        self.notifier.status("showing the kiosk")

    @Slot()
    def _ping(self) -> None:
        self.notifier.watchdog()

    @Slot()
    def _stopping(self) -> None:
        self.timer.stop()
        self.notifier.stopping()
