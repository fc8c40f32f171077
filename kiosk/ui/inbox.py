"""The inbox on a timer: each look and each install runs in its own thread, never the UI's."""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:  # the inbox's code is imported only where one is configured (kiosk.ui.app)
    from kiosk.fleet.inbox import Inbox, Outcome

log = logging.getLogger(__name__)


class InboxWatcher(QObject):
    """Polls an Inbox every poll_s seconds in a worker thread; outcomes arrive as a signal."""

    outcome = Signal(str, str)  # status ("installed", "refused", "waiting"), a line for the staff
    waitingChanged = Signal()
    _polled = Signal(object)  # from the worker thread to the UI thread

    def __init__(self, inbox: Inbox, poll_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inbox = inbox
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-inbox")
        self._pending: Future[list[Outcome]] | None = None
        self._closed = False
        self._waiting: list[Path] = []
        self._polled.connect(self._deliver)
        self._timer = QTimer(self, interval=round(poll_s * 1000))
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    @property
    def waiting(self) -> list[Path]:
        """USB packages waiting for the staff's approval."""
        return list(self._waiting)

    @property
    def busy(self) -> bool:
        """Whether a look (or an install) is running now."""
        return self._pending is not None and not self._pending.done()

    def poll(self) -> None:
        """Look at the inbox now (unless the last look is still running)."""
        if self._closed or self.busy:
            return
        self._pending = self._pool.submit(self.inbox.poll)
        self._pending.add_done_callback(self._done)

    def approve(self, path: Path) -> None:
        """Install a waiting USB package at the next look (the staff approved it)."""
        self.inbox.approve(path)
        self.poll()

    def _done(self, future: Future[list[Outcome]]) -> None:
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # deleted meanwhile
            self._polled.emit(future)

    def _deliver(self, future: Future[list[Outcome]]) -> None:
        try:
            outcomes = future.result()
        except Exception:  # a bug in the inbox must never take the kiosk down
            log.exception("looking at the package inbox failed")
            return
        for outcome in outcomes:
            self.outcome.emit(outcome.status, outcome.message)
        waiting = self.inbox.waiting
        if waiting != self._waiting:
            self._waiting = waiting
            self.waitingChanged.emit()

    def close(self) -> None:
        """Stop looking; an install under way finishes in the background (it is atomic)."""
        self._closed = True
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
