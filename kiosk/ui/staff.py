"""The staff side of the kiosk: the hidden door, the PIN pad, content status, reload, exit."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.content import LoadResult, Severity
from kiosk.ops.pin import Lockout
from kiosk.ui.content import Content
from kiosk.ui.singletons import engine_singleton
from kiosk.ui.variants import QVariantList

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1
log = logging.getLogger(__name__)
TAIL_LINES = 60
TAIL_BYTES = 32_768
SECOND_STEP_S = 3.0  # after the long press: time for the three taps on the other corner
SECOND_STEP_TAPS = 3


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def content_lines(shown: Sequence[LoadResult], latest: Sequence[LoadResult]) -> list[str]:
    """A line per hall: which version is shown, since when, and how healthy the latest load was."""
    lines = []
    for now, last in zip(shown, latest, strict=True):
        n_errors = sum(f.severity is Severity.ERROR for f in last.findings)
        line = (
            f"{now.folder.name}: version {now.version or '-'}, loaded "
            f"{now.loaded_at:%Y-%m-%d %H:%M:%S}; latest load: {_count(n_errors, 'error')}, "
            f"{_count(len(last.findings) - n_errors, 'warning')}"
        )
        if last is not now:
            line += f" (version {last.version or '-'} not shown: it has errors)"
        lines.append(line)
    return lines


def problem_rows(latest: Sequence[LoadResult]) -> list[dict[str, str]]:
    """Every finding of the latest load of each hall, with its level (error, warning), or one
    'ok' row when there are none."""
    if not latest:
        return [{"text": "没有配置展厅 · No hall configured", "level": "error"}]
    rows = [
        {"text": f"{r.folder.name}/{f}", "level": f.severity.value}
        for r in latest
        for f in r.findings
    ]
    return rows or [{"text": "内容无误 · No problems found", "level": "ok"}]


@QmlElement
@QmlSingleton
@engine_singleton
class Staff(QObject):
    """What the staff panel may do; opened only through the hidden door and the right PIN.

    The door has two steps, so that a hand resting on the screen cannot open it: a long press
    on the bottom-left corner, then, within SECOND_STEP_S seconds, three taps on the
    bottom-right corner. That shows the PIN pad. Wrong PINs earn a growing lockout
    (kiosk.ops.pin.Lockout), kept across restarts. Everything closes when the kiosk resets.
    """

    openChanged = Signal()
    statusChanged = Signal()
    padChanged = Signal()
    armedChanged = Signal()

    def __init__(
        self,
        content: Content,
        pin_hash: str | None,
        *,
        reload: Callable[[], None] | None = None,
        kiosk_mode: bool = True,
        log_file: Path | None = None,
        lockout: Lockout | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        content.hallChanged.connect(self.statusChanged)
        self._pin_hash = pin_hash
        self._reload = reload
        self._kiosk_mode = kiosk_mode
        self._log_file = log_file
        self._lockout = lockout or Lockout(None)
        self._clock = clock
        self._open = False
        self.exited = False  # the staff pressed Exit (the reason the kiosk stopped)
        self._pad = False
        self._pad_message = ""
        self._armed_until = 0.0
        self._taps = 0
        self._status = ""
        self._warning = ""
        self._disarm = QTimer(self, singleShot=True, interval=round(SECOND_STEP_S * 1000))
        self._disarm.timeout.connect(self._end_second_step)
        self._tick = QTimer(self, interval=5000)  # the lockout's minutes, while the pad shows
        self._tick.timeout.connect(self._update_lock_message)

    # -- properties ------------------------------------------------------------
    def _get_open(self) -> bool:
        return self._open

    def _get_enabled(self) -> bool:
        """In kiosk mode the panel exists only once a PIN is set (else no way in at all)."""
        return not self._kiosk_mode or bool(self._pin_hash)

    def _get_status(self) -> str:
        return self._status

    def _get_content(self) -> list[str]:
        return content_lines(self._content.results, self._content.latest)

    def _get_problems(self) -> list[dict[str, Any]]:
        return problem_rows(self._content.latest)

    def _get_pad(self) -> bool:
        return self._pad

    def _get_pad_message(self) -> str:
        return self._pad_message

    def _get_locked(self) -> bool:
        return self._lockout.remaining() > 0

    def _get_armed(self) -> bool:
        return self._armed_until > 0

    def _get_warning(self) -> str:
        return self._warning

    open = Property(bool, _get_open, notify=openChanged)
    enabled = Property(bool, _get_enabled, notify=statusChanged)
    status = Property(str, _get_status, notify=statusChanged)
    problems = Property(QVariantList, _get_problems, notify=statusChanged)
    content = Property(QVariantList, _get_content, notify=statusChanged)
    padOpen = Property(bool, _get_pad, notify=padChanged)
    padMessage = Property(str, _get_pad_message, notify=padChanged)
    locked = Property(bool, _get_locked, notify=padChanged)
    armed = Property(bool, _get_armed, notify=armedChanged)
    pinWarning = Property(str, _get_warning, notify=statusChanged)

    # -- the door ----------------------------------------------------------------
    @Slot()
    def cornerHeld(self) -> None:
        """The long press on the first corner: the second step may follow for a few seconds."""
        if not self._get_enabled() or self._open or self._pad:
            return
        self._armed_until = self._clock() + SECOND_STEP_S
        self._taps = 0
        self._disarm.start()
        self.armedChanged.emit()

    @Slot()
    def cornerTapped(self) -> None:
        """A tap on the second corner; the third within the time opens the PIN pad."""
        if not self._armed_until:
            return
        if self._clock() > self._armed_until:
            self._end_second_step()
            return
        self._taps += 1
        if self._taps >= SECOND_STEP_TAPS:
            self._end_second_step()
            if not self._kiosk_mode:
                self._set_open(True)  # a windowed preview has no PIN
                return
            self._pad = True
            self._update_lock_message()
            self._tick.start()
            self.padChanged.emit()

    def _end_second_step(self) -> None:
        self._disarm.stop()
        if self._armed_until:
            self._armed_until = 0.0
            self._taps = 0
            self.armedChanged.emit()

    @Slot()
    def closePad(self) -> None:
        """Cancel the PIN pad."""
        if self._pad:
            self._pad = False
            self._pad_message = ""
            self._tick.stop()
            self.padChanged.emit()

    def _update_lock_message(self) -> None:
        remaining = self._lockout.remaining()
        if remaining > 0:
            minutes = max(1, math.ceil(remaining / 60))
            self._set_pad_message(
                f"已锁定，请 {minutes} 分钟后再试 · Locked: try again in {minutes} "
                f"minute{'s' if minutes != 1 else ''}"
            )
        elif self._pad_message.startswith("已锁定"):
            self._set_pad_message("")

    def _set_pad_message(self, message: str) -> None:
        if message != self._pad_message:
            self._pad_message = message
            self.padChanged.emit()

    # -- the PIN -------------------------------------------------------------------
    @Slot(str, result=bool)
    def unlock(self, pin: str) -> bool:
        """Open the panel if pin is right (or no PIN is needed outside kiosk mode)."""
        if not self._get_enabled():
            return False
        if self._kiosk_mode:
            verdict = self._lockout.check(pin, self._pin_hash)
            if not verdict.opened:
                if verdict.locked_s > 0:
                    self._update_lock_message()
                else:
                    self._set_pad_message("PIN 错误 · Wrong PIN")
                return False
            self._warning = (
                f"此 PIN 只有 {len(pin)} 位，请用 kiosk set-pin 设置 6 至 12 位的新 PIN · "
                f"This PIN has only {len(pin)} digits: set a new one of 6 to 12 digits with "
                "`kiosk set-pin`"
                if verdict.short
                else ""
            )
        self.closePad()
        self._set_open(True)
        log.info("staff panel opened")
        return True

    def set_pin_hash(self, pin_hash: str | None) -> None:
        """A new PIN from the settings (reloaded on SIGHUP)."""
        if pin_hash != self._pin_hash:
            self._pin_hash = pin_hash
            self.statusChanged.emit()

    @Slot()
    def close(self) -> None:
        """Back to visitors."""
        self._set_open(False)

    def reset(self) -> None:
        """The kiosk returns to its attract loop: the panel, the pad and the door close."""
        if self._open:
            log.info("staff panel closed: nobody touched it for the idle timeout")
        self._end_second_step()
        self.closePad()
        self._set_open(False)

    # -- what the panel does ---------------------------------------------------------
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
            self.exited = True
            QCoreApplication.exit(0)

    def _set_open(self, value: bool) -> None:
        if value != self._open:
            self._open = value
            self.openChanged.emit()
            self.statusChanged.emit()
