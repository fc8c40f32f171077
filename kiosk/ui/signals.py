"""Unix signals into the event loop: SIGTERM and SIGINT stop the kiosk, SIGHUP reloads it."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QObject

log = logging.getLogger(__name__)
STOP = ("SIGTERM", "SIGINT")
RELOAD = ("SIGHUP",)  # the Unix convention: read the settings (and the content) again


class StopSignals:
    """`systemctl stop` (SIGTERM) and Ctrl+C (SIGINT) end the event loop, from the event loop;
    SIGHUP (`systemctl reload`, `kill -HUP`) calls a reload callback, from the event loop too.

    Python runs a signal handler on the main thread at its next bytecode, and while Qt's loop
    runs that is inside whichever Python callback Qt makes next: often the application-wide
    event filter, halfway through delivering an event. Quitting there used to crash the kiosk:
    in Qt 6 quit() closes the windows on the spot, and the platform window being delivered an
    update request was freed under Qt's feet (a segfault at stop). So the handler only takes
    note; the signal's byte on a wakeup socket wakes the event loop, and a socket notifier,
    called from the top of the loop, ends it with exit(0) or reloads. Not quit(): that asks the
    windows to close, which the kiosk guard refuses, so a full-screen kiosk never stopped.
    Importing this module does not import Qt (it is installed before Qt is loaded).
    """

    def __init__(self) -> None:
        self.requested = False  # a stop signal came
        self.signal_name = ""  # which one
        self._installed = False
        self._app: QCoreApplication | None = None
        self._notifier: QObject | None = None
        self._on_reload: Callable[[], None] | None = None
        self._names = [name for name in (*STOP, *RELOAD) if hasattr(signal, name)]

    def __enter__(self) -> StopSignals:
        self._reader, self._writer = socket.socketpair()
        for sock in (self._reader, self._writer):
            sock.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {
            sig: signal.signal(sig, self._note)
            for sig in (getattr(signal, name) for name in self._names)
        }
        self._installed = True
        return self

    def _note(self, signum: int, _frame: object) -> None:
        name = signal.Signals(signum).name
        if name in STOP:  # nothing else: this runs wherever Python happens to be
            self.requested = True
            self.signal_name = self.signal_name or name

    def watch(self, app: QCoreApplication, on_reload: Callable[[], None] | None = None) -> None:
        """End app's event loop once a stop signal arrives (also one that came before), and
        call on_reload for each SIGHUP."""
        from PySide6.QtCore import QSocketNotifier

        self._app = app
        self._on_reload = on_reload
        notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, app)
        notifier.activated.connect(self._woken)
        self._notifier = notifier

    def _woken(self) -> None:
        """From the event loop: the wakeup socket has bytes, one per signal caught."""
        reloads = {int(getattr(signal, name)) for name in RELOAD if hasattr(signal, name)}
        hangups = 0
        with contextlib.suppress(BlockingIOError):
            while data := self._reader.recv(64):
                hangups += sum(byte in reloads for byte in data)
        if self.requested and self._app is not None:
            self._app.exit(0)  # leaves the loop; the windows close in Session.close()
            return
        if hangups and self._on_reload is not None:
            log.info("SIGHUP: reading the settings and the content again")
            try:
                self._on_reload()
            except Exception:  # a reload must never take the kiosk down
                log.exception("reloading after SIGHUP failed; the kiosk goes on as it was")

    def __exit__(self, *_exc: object) -> None:
        if not self._installed:
            return
        if self._notifier is not None:
            from shiboken6 import Shiboken

            Shiboken.delete(self._notifier)  # here, on the UI thread, before the socket closes
            self._notifier = None
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._reader.close()
        self._writer.close()
        self._installed = False
