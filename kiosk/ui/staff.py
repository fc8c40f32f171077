"""The staff side of the kiosk: the hidden door, the PIN pad, content status, reload, exit."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.content import LoadResult, Severity
from kiosk.fleet.errors import PackageError
from kiosk.fleet.versions import (
    current_version,
    installed,
    read_record,
    rollback,
    rollback_target,
    version_manifest,
)
from kiosk.i18n import N_, _, ngettext
from kiosk.ops.pin import Lockout
from kiosk.ui.content import Content
from kiosk.ui.inbox import InboxWatcher
from kiosk.ui.layout_job import LayoutCheck
from kiosk.ui.singletons import engine_singleton
from kiosk.ui.variants import QVariantList, QVariantMap

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1
log = logging.getLogger(__name__)
TAIL_LINES = 60
TAIL_BYTES = 32_768
SECOND_STEP_S = 3.0  # after the long press: time for the three taps on the other corner
SECOND_STEP_TAPS = 3
# The panel's own words (in the staff's language: Staff.texts).
PANEL = {
    "pinTitle": N_("Staff PIN"),
    "pinHint": N_("Enter 6 to 12 digits, then OK"),
    "title": N_("Staff"),
    "content": N_("Content"),
    "screen": N_("Screen & touch"),
    "log": N_("Log"),
    "reload": N_("Reload"),
    "checkLayout": N_("Check the layout"),
    "layoutHint": N_(
        "The layout check renders every view offscreen at this screen's size in each language and lists every "
        "text that would be cut off, too small or too faint, and every picture too small for its "
        "frame (as `kiosk validate --layout` does)."
    ),
    "back": N_("Back to visitors"),
    "exit": N_("Exit kiosk"),
    "touchTest": N_("Touch test: touch anywhere below; every finger draws a numbered circle."),
    "versions": N_("Versions"),
    "rollback": N_("Roll back"),
    "rollbackConfirm": N_("Show the previous version again? Visitors see it at once."),
    "cancel": N_("Cancel"),
    "install": N_("Install"),
    "waitingTitle": N_("Packages on a USB stick, waiting for your approval:"),
}


def _local_time(text: object) -> str:
    """An ISO 8601 time from the install record, in local time ('-' when it is not one)."""
    try:
        return f"{dt.datetime.fromisoformat(str(text)).astimezone():%Y-%m-%d %H:%M:%S}"
    except ValueError:
        return "-"


def installed_lines(folder: Path) -> list[str]:
    """What the content folder shows: its version, when and from where it was installed."""
    try:
        current = current_version(folder)
    except PackageError as exc:
        return [str(exc)]
    if current is None:
        return [_("No package is installed in {folder} yet").format(folder=folder)]
    record = read_record(folder)
    manifest = version_manifest(folder, current)
    lines = [
        _("Installed: hall '{hall}', version {version}").format(
            hall=manifest.hall if manifest else "-", version=current
        )
    ]
    if record.get("version") == current:
        source = record.get("source")
        if record.get("action") == "rollback":
            source = _("a rollback from {version}").format(version=record.get("replaced", "-"))
        lines.append(
            _("Since {when}, from {source}").format(
                when=_local_time(record.get("installed_at")), source=source or "-"
            )
        )
        signed = record.get("signed_by")
        if record.get("action") == "install":
            lines.append(_("Signed by {key}").format(key=signed) if signed else _("Not signed"))
    if manifest is not None:
        lines.append(
            _("Packed {created} by {kiosk}; content fingerprint {fingerprint}").format(
                created=f"{manifest.created:%Y-%m-%d %H:%M} UTC",
                kiosk=manifest.checked_by,
                fingerprint=manifest.fingerprint[:12],
            )
        )
    kept = [v for v in installed(folder) if v != current]
    if kept:
        lines.append(_("Also kept: {versions}").format(versions=", ".join(reversed(kept))))
    return lines


def content_lines(shown: Sequence[LoadResult], latest: Sequence[LoadResult]) -> list[str]:
    """A line per hall: which version is shown, since when, and how healthy the latest load was."""
    lines = []
    for now, last in zip(shown, latest, strict=True):
        n_errors = sum(f.severity is Severity.ERROR for f in last.findings)
        n_warnings = len(last.findings) - n_errors
        line = _(
            "{hall}: version {version}, loaded {loaded}; latest load: {errors}, {warnings}"
        ).format(
            hall=now.folder.name,
            version=now.version or "-",
            loaded=f"{now.loaded_at:%Y-%m-%d %H:%M:%S}",
            errors=ngettext("{n} error", "{n} errors", n_errors).format(n=n_errors),
            warnings=ngettext("{n} warning", "{n} warnings", n_warnings).format(n=n_warnings),
        )
        if last is not now:
            line += " " + _("(version {version} not shown: it has errors)").format(
                version=last.version or "-"
            )
        lines.append(line)
    return lines


def problem_rows(latest: Sequence[LoadResult]) -> list[dict[str, str]]:
    """Every finding of the latest load of each hall, with its level (error, warning), or one
    'ok' row when there are none."""
    if not latest:
        return [{"text": _("No hall configured"), "level": "error"}]
    rows = [
        {"text": f"{r.folder.name}/{f}", "level": f.severity.value}
        for r in latest
        for f in r.findings
    ]
    return rows or [{"text": _("No problems found"), "level": "ok"}]


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
    layoutChanged = Signal()
    fleetChanged = Signal()
    _rolledBack = Signal(str)  # from the rollback's thread to the UI thread

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
        layout: LayoutCheck | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        content.hallChanged.connect(self.statusChanged)
        self._layout = layout or LayoutCheck()
        self._layout.setParent(self)
        self._layout.changed.connect(self.layoutChanged)
        content.hallChanged.connect(self._content_changed)
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
        self._locked_message = ""
        self._armed_until = 0.0
        self._taps = 0
        self._status = ""
        self._warning = ""
        self._disarm = QTimer(self, singleShot=True, interval=round(SECOND_STEP_S * 1000))
        self._disarm.timeout.connect(self._end_second_step)
        self._tick = QTimer(self, interval=5000)  # the lockout's minutes, while the pad shows
        self._tick.timeout.connect(self._update_lock_message)
        self._content_dir: Path | None = None
        self._inbox: InboxWatcher | None = None
        self._rolling_back: threading.Thread | None = None
        self._rolledBack.connect(self._rollback_done)
        content.hallChanged.connect(self.fleetChanged)
        self.openChanged.connect(self.fleetChanged)

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

    def _get_layout(self) -> dict[str, Any]:
        return self._layout.state()

    def _get_installed(self) -> list[str]:
        return installed_lines(self._content_dir) if self._content_dir else []

    def _get_rollback_to(self) -> str:
        """The version Roll back would show ('' when there is none, or one is under way)."""
        if self._content_dir is None or self._rolling_back is not None:
            return ""
        try:
            current = current_version(self._content_dir)
        except PackageError:
            return ""
        return (rollback_target(self._content_dir, current) or "") if current else ""

    def _get_waiting(self) -> list[dict[str, str]]:
        if self._inbox is None:
            return []
        return [{"path": str(p), "text": str(p)} for p in self._inbox.waiting]

    def _get_texts(self) -> dict[str, str]:
        return {key: _(text) for key, text in PANEL.items()}

    open = Property(bool, _get_open, notify=openChanged)
    texts = Property(QVariantMap, _get_texts, constant=True)
    enabled = Property(bool, _get_enabled, notify=statusChanged)
    status = Property(str, _get_status, notify=statusChanged)
    problems = Property(QVariantList, _get_problems, notify=statusChanged)
    content = Property(QVariantList, _get_content, notify=statusChanged)
    padOpen = Property(bool, _get_pad, notify=padChanged)
    padMessage = Property(str, _get_pad_message, notify=padChanged)
    locked = Property(bool, _get_locked, notify=padChanged)
    armed = Property(bool, _get_armed, notify=armedChanged)
    pinWarning = Property(str, _get_warning, notify=statusChanged)
    layout = Property(QVariantMap, _get_layout, notify=layoutChanged)
    installed = Property(QVariantList, _get_installed, notify=fleetChanged)
    rollbackTo = Property(str, _get_rollback_to, notify=fleetChanged)
    waiting = Property(QVariantList, _get_waiting, notify=fleetChanged)

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
            self._locked_message = ngettext(
                "Locked: try again in {n} minute", "Locked: try again in {n} minutes", minutes
            ).format(n=minutes)
            self._set_pad_message(self._locked_message)
        elif self._pad_message and self._pad_message == self._locked_message:
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
                    self._set_pad_message(_("Wrong PIN"))
                return False
            self._warning = (
                _(
                    "This PIN has only {n} digits: set a new one of 6 to 12 digits with "
                    "`kiosk set-pin`"
                ).format(n=len(pin))
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
    @Slot(int, int, float, float, int, int, float, result=str)
    def screenInfo(
        self,
        width: int,
        height: int,
        dpi: float,
        ratio: float,
        window_width: int,
        window_height: int,
        scale: float,
    ) -> str:
        """What the screen tab says of the screen and the window."""
        return _(
            "Screen {width} × {height} · {dpi} dpi · device pixel ratio {ratio} · {shape} · "
            "window {window_width} × {window_height} · UI scale {scale}"
        ).format(
            width=width,
            height=height,
            dpi=round(dpi),
            ratio=f"{ratio:g}",
            shape=_("landscape") if width >= height else _("portrait"),
            window_width=window_width,
            window_height=window_height,
            scale=f"{scale:.2f}",
        )

    @Slot(result=str)
    def logTail(self) -> str:
        """The last lines of the log file."""
        if self._log_file is None:
            return _("(logging to the console only)")
        try:
            with self._log_file.open("rb") as handle:
                handle.seek(0, 2)
                handle.seek(max(0, handle.tell() - TAIL_BYTES))
                text = handle.read().decode("utf-8", "replace")
        except OSError as exc:
            return _("(cannot read {file}: {reason})").format(
                file=self._log_file, reason=exc.strerror
            )
        return "\n".join(text.splitlines()[-TAIL_LINES:])

    @Slot()
    def reloadContent(self) -> None:
        """Load the content again from disk (the result arrives through set_status)."""
        if self._reload is None:
            self.set_status(_("reload is not available"))
        else:
            self.set_status(_("reloading…"))
            self._reload()

    def set_reload(self, reload: Callable[[], None]) -> None:
        """What reloadContent calls."""
        self._reload = reload

    def set_status(self, message: str) -> None:
        """A line about the content for the panel."""
        self._status = message
        self.statusChanged.emit()

    def set_fleet(self, content_dir: Path | None, inbox: InboxWatcher | None) -> None:
        """The content folder packages are installed into, and the inbox (for the panel)."""
        self._content_dir = content_dir
        self._inbox = inbox
        if inbox is not None:
            inbox.waitingChanged.connect(self.fleetChanged)
        self.fleetChanged.emit()

    @Slot()
    def rollBack(self) -> None:
        """Show the previous version again (after the panel's confirmation), off the UI thread."""
        folder = self._content_dir
        if not self._open or folder is None or self._rolling_back is not None:
            return
        self.set_status(_("rolling back…"))

        def run() -> None:
            try:
                done = rollback(folder)
                message = _("rolled back: version {version} again (instead of {replaced})").format(
                    version=done.version, replaced=done.replaced
                )
            except PackageError as exc:
                message = str(exc)
            except Exception as exc:  # a bug must not leave the button dead
                log.exception("rollback failed")
                message = str(exc)
            with contextlib.suppress(RuntimeError):  # the kiosk stopped meanwhile
                self._rolledBack.emit(message)

        self._rolling_back = threading.Thread(target=run, name="kiosk-rollback", daemon=True)
        self.fleetChanged.emit()
        self._rolling_back.start()

    def _rollback_done(self, message: str) -> None:
        if self._rolling_back is not None:
            self._rolling_back.join()
        self._rolling_back = None
        log.info("staff panel: %s", message)
        self.set_status(message)
        self.fleetChanged.emit()

    @Slot(str)
    def approvePackage(self, path: str) -> None:
        """Install a package waiting on a USB stick (the staff are past the PIN here)."""
        if self._open and self._inbox is not None:
            log.info("staff panel: package %s approved", path)
            self._inbox.approve(Path(path))
            self.set_status(_("installing {file}…").format(file=path))

    @Slot(int, int)
    def checkLayout(self, width: int, height: int) -> None:
        """Check the layout of the hall shown at this screen size (the result: Staff.layout)."""
        pair = self._current()
        if not self._open or pair is None or pair[0].hall is None or width <= 0 or height <= 0:
            return
        shown, latest = pair
        known = {str(f) for f in (*shown.findings, *latest.findings)}
        self._layout.start(shown.folder, shown.version, (width, height), known)

    def _current(self) -> tuple[LoadResult, LoadResult] | None:
        """The hall shown and its latest load."""
        folder = self._content.folder
        pairs = zip(self._content.results, self._content.latest, strict=True)
        return next((pair for pair in pairs if pair[0].folder == folder), None)

    def _content_changed(self) -> None:
        pair = self._current()
        self._layout.forget(pair[0].version if pair else "")

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
