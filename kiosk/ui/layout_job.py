"""The staff panel's layout check: `kiosk validate --layout` in a child process, read back.

The check renders every view of the hall offscreen in each language (a minute or two), so it
runs in its own process: the visitors' screen never waits for it, a crash in it cannot take the
kiosk down, and a time limit ends it. What it finds beyond the content's own findings is shown
in the panel, at the same hall.yaml lines `kiosk validate --layout` prints.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal

from kiosk.content import Finding, Severity
from kiosk.i18n import _, ngettext, staff_language
from kiosk.paths import self_command

log = logging.getLogger(__name__)
TIMEOUT_S = 600.0  # every view in two languages takes a minute or two on a slow kiosk PC
MAX_OUTPUT = 4 * 1024 * 1024  # bytes of JSON read back, at most


def layout_command(folder: Path, size: tuple[int, int], lang: str) -> list[str]:
    """The validate command that checks the layout of folder's hall at one screen size."""
    width, height = size
    return [
        *self_command(), "validate", "--layout", "--no-images", "--no-videos", "--format", "json",
        "--size", f"{width}x{height}", "--lang", lang, str(folder),
    ]  # fmt: skip


def layout_rows(output: bytes, known: set[str]) -> list[dict[str, str]]:
    """The findings in validate's JSON output that are not among the known ones, as panel rows.

    Raises ValueError when the output is not what validate writes.
    """
    payload = json.loads(output.decode("utf-8"))
    if not isinstance(payload, dict) or not isinstance(payload.get("findings"), list):
        raise ValueError("no findings list")
    rows = []
    for item in payload["findings"]:
        finding = Finding(
            Severity(item["severity"]),
            str(item["file"]),
            item["line"] if isinstance(item["line"], int) else None,
            item["column"] if isinstance(item["column"], int) else None,
            str(item["path"]),
            str(item["message"]),
        )
        if str(finding) not in known:
            rows.append({"text": str(finding), "level": finding.severity.value})
    return rows


class LayoutCheck(QObject):
    """One layout check at a time, for the hall shown; its state and its findings."""

    changed = Signal()

    def __init__(
        self,
        command: Callable[[Path, tuple[int, int], str], Sequence[str]] = layout_command,
        timeout_s: float = TIMEOUT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._command = command
        self._process: QProcess | None = None
        self._known: set[str] = set()
        self._version = ""
        self._size = (0, 0)
        self.rows: list[dict[str, str]] = []
        self.message = ""
        self._timer = QTimer(self, singleShot=True, interval=round(timeout_s * 1000))
        self._timer.timeout.connect(self._time_up)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        """A check is under way."""
        return self._process is not None

    def start(self, folder: Path, version: str, size: tuple[int, int], known: set[str]) -> None:
        """Check folder's hall (its content version, shown at size); known: findings to omit."""
        if self._process is not None:
            return
        self._known, self._version, self._size = known, version, size
        self.rows = []
        self.message = _(
            "Checking every view at {width} × {height} in each language: this takes a minute "
            "or two; the visitors' screen is not affected."
        ).format(width=size[0], height=size[1])
        program, *arguments = self._command(folder, size, staff_language())
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("QT_QPA_PLATFORM", "offscreen")  # never a window on the kiosk's screen
        environment.insert("QT_QUICK_BACKEND", "software")
        process.setProcessEnvironment(environment)
        process.setProgram(program)
        process.setArguments(arguments)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.setStandardErrorFile(os.devnull)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._failed_to_start)
        self._process = process
        log.info("layout check started at %dx%d for %s", size[0], size[1], folder)
        process.start()
        self._timer.start()
        self.changed.emit()

    def forget(self, version: str) -> None:
        """The hall shown is now version: findings of another version no longer apply."""
        if self._version and version != self._version and not self.running:
            self._version, self.rows = "", []
            self.message = _("The content changed since the last layout check: check again.")
            self.changed.emit()

    def stop(self) -> None:
        """End a check under way (the kiosk quits)."""
        process = self._process
        if process is not None:
            self._end(process)
            process.kill()
            process.waitForFinished(5000)

    def _end(self, process: QProcess) -> None:
        self._timer.stop()
        self._process = None
        for signal in (process.finished, process.errorOccurred):
            signal.disconnect()
        process.deleteLater()

    def _time_up(self) -> None:
        process = self._process
        if process is None:
            return
        self.stop()
        minutes = round(self._timer.interval() / 60_000) or 1
        self._fail(
            ngettext("took longer than {n} minute", "took longer than {n} minutes", minutes).format(
                n=minutes
            )
        )

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        process = self._process
        if process is None or error is not QProcess.ProcessError.FailedToStart:
            return
        self._end(process)
        self._fail(process.errorString())

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        self._end(process)
        output = bytes(process.read(MAX_OUTPUT + 1).data())
        if status is not QProcess.ExitStatus.NormalExit:
            self._fail(_("the check stopped unexpectedly"))
            return
        if len(output) > MAX_OUTPUT:
            self._fail(_("its report is larger than {n} MB").format(n=MAX_OUTPUT >> 20))
            return
        try:
            self.rows = layout_rows(output, self._known)
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("layout check: exit %d, unreadable report (%s)", code, exc)
            self._fail(_("it exited with status {code} without a report").format(code=code))
            return
        width, height = self._size
        n = len(self.rows)
        self.message = (
            ngettext(
                "Layout at {width} × {height}: {n} problem a visitor would see",
                "Layout at {width} × {height}: {n} problems a visitor would see",
                n,
            )
            if n
            else _("Layout at {width} × {height}: nothing cut off, too small or too faint")
        ).format(width=width, height=height, n=n)
        log.info("layout check done: %d findings", n)
        self.changed.emit()

    def _fail(self, reason: str) -> None:
        log.warning("layout check failed: %s", reason)
        self.rows = []
        self.message = _("The layout check failed: {reason}").format(reason=reason)
        self.changed.emit()

    def state(self) -> dict[str, Any]:
        """For QML: whether it runs, what it says, what it found."""
        return {"running": self.running, "message": self.message, "rows": self.rows}
