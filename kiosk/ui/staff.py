"""The staff side of the kiosk: PIN check, content status, reload, log tail, exit."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.config import check_pin
from kiosk.ui.backend import Backend

TAIL_LINES = 60
TAIL_BYTES = 32_768
MAX_TRIES = 5
LOCKOUT_S = 60.0


class Staff(QObject):
    """What the staff panel may do; opened only with the right PIN."""

    openChanged = Signal()
    statusChanged = Signal()

    def __init__(
        self,
        backend: Backend,
        pin_hash: str | None,
        *,
        reload: Callable[[], None] | None = None,
        kiosk_mode: bool = True,
        log_file: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        backend.hallChanged.connect(self.statusChanged)
        self._pin_hash = pin_hash
        self._reload = reload
        self._kiosk_mode = kiosk_mode
        self._log_file = log_file
        self._open = False
        self._failures = 0
        self._locked_until = 0.0
        self._status = ""

    def _get_open(self) -> bool:
        return self._open

    def _get_needs_pin(self) -> bool:
        return self._kiosk_mode

    def _get_enabled(self) -> bool:
        """In kiosk mode the panel exists only once a PIN is set (else no way in at all)."""
        return not self._kiosk_mode or bool(self._pin_hash)

    def _get_status(self) -> str:
        return self._status

    def _get_content(self) -> list[str]:
        return self._backend.content_status()

    def _get_problems(self) -> list[str]:
        return self._backend.problem_list()

    open = Property(bool, _get_open, notify=openChanged)
    needsPin = Property(bool, _get_needs_pin, constant=True)
    enabled = Property(bool, _get_enabled, constant=True)
    status = Property(str, _get_status, notify=statusChanged)
    problems = Property(list, _get_problems, notify=statusChanged)
    content = Property(list, _get_content, notify=statusChanged)

    def set_log_file(self, path: Path | None) -> None:
        """Where logTail reads."""
        self._log_file = path

    @Slot(result=str)
    def logTail(self) -> str:
        """The last lines of the log file."""
        if self._log_file is None:
            return "(logging to the console only)"
        try:
            with self._log_file.open("rb") as handle:
                handle.seek(0, 2)
                handle.seek(max(0, handle.tell() - TAIL_BYTES))
                text = handle.read().decode("utf-8", "replace")
        except OSError as exc:
            return f"(cannot read {self._log_file}: {exc.strerror})"
        return "\n".join(text.splitlines()[-TAIL_LINES:])

    @Slot(str, result=bool)
    def unlock(self, pin: str) -> bool:
        """Open the panel if pin is right (or no PIN is needed outside kiosk mode)."""
        if not self._get_enabled() or time.monotonic() < self._locked_until:
            return False
        if self._kiosk_mode and not check_pin(pin, self._pin_hash):
            self._failures += 1
            if self._failures >= MAX_TRIES:  # slow down guessing
                self._failures = 0
                self._locked_until = time.monotonic() + LOCKOUT_S
            return False
        self._failures = 0
        self._set_open(True)
        return True

    @Slot()
    def close(self) -> None:
        """Back to visitors."""
        self._set_open(False)

    @Slot()
    def reloadContent(self) -> None:
        """Load the content again from disk (the result arrives through set_status)."""
        if self._reload is None:
            self.set_status("reload is not available")
        else:
            self.set_status("reloading…")
            self._reload()

    def set_reload(self, reload: Callable[[], None]) -> None:
        """What reloadContent calls."""
        self._reload = reload

    def set_status(self, message: str) -> None:
        """A line about the content for the panel."""
        self._status = message
        self.statusChanged.emit()

    @Slot()
    def exitKiosk(self) -> None:
        """Quit the application (staff only)."""
        if self._open:
            QCoreApplication.exit(0)

    def _set_open(self, value: bool) -> None:
        if value != self._open:
            self._open = value
            self.openChanged.emit()
            self.statusChanged.emit()
