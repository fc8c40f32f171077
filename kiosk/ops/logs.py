"""Log files: rotating, one line per record, falling back to stderr when the folder fails."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from datetime import datetime
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

LOG_NAME = "kiosk.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 4  # kiosk.log and kiosk.log.1-4: five files of 2 MB at most
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HANDLER_NAME = "kiosk"  # marks our handlers, so a second setup replaces them

QT_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "critical": logging.ERROR,
    "system": logging.ERROR,
    "fatal": logging.CRITICAL,
}


class IsoFormatter(logging.Formatter):
    """Times as local ISO 8601 with milliseconds and the UTC offset."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        """The record's time, e.g. 2024-05-12T10:15:00.123+08:00."""
        return datetime.fromtimestamp(record.created).astimezone().isoformat("T", "milliseconds")


class LogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file that never raises into the app, nor floods stderr when it fails.

    When a line cannot be written (a full disk, a vanished drive) stderr hears it once, with
    no traceback; once lines are written again, the file says how many were lost.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        self.lost = 0  # lines not written since the last one that was

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record; after lost lines, also a line saying how many."""
        lost = self.lost
        super().emit(record)
        if lost and self.lost == lost:  # written again
            self.lost = 0
            notice = logging.makeLogRecord(
                {
                    "name": __name__,
                    "levelno": logging.WARNING,
                    "levelname": "WARNING",
                    "msg": "%d log lines before this one could not be written to %s",
                    "args": (lost, self.baseFilename),
                }
            )
            super().emit(notice)

    def close(self) -> None:
        """Close the file, even when its last lines cannot be written."""
        with contextlib.suppress(OSError):
            super().close()

    def handleError(self, record: logging.LogRecord) -> None:
        """Count the lost line; say the first of a run on stderr (logging would print tracebacks)."""
        self.lost += 1
        if self.lost == 1 and sys.stderr is not None:
            error = sys.exc_info()[1]
            with contextlib.suppress(Exception):
                sys.stderr.write(
                    f"kiosk: cannot write the log file {self.baseFilename} ({error}); log lines "
                    "are lost until it can be written again\n"
                )


def default_log_file() -> Path:
    """Where the log goes unless told otherwise."""
    return platformdirs.user_log_path("kiosk") / LOG_NAME


def setup_logging(log_file: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to a rotating file (and warnings to stderr); the file, or None if only stderr works."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(handler)
        handler.close()
    path = log_file or default_log_file()
    formatter = IsoFormatter(FORMAT)
    stderr = logging.StreamHandler(sys.stderr)
    file: logging.Handler | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = LogFile(path)
    except OSError as exc:
        problem = str(exc)
    handlers = [stderr] if file is None else [stderr, file]
    stderr.setLevel(level if file is None else max(level, logging.WARNING))
    for handler in handlers:
        handler.set_name(HANDLER_NAME)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(level)
    if file is None:
        log.warning("cannot write log files to %s (%s); logging to stderr only", path, problem)
        return None
    return path


# What Qt Multimedia says of a machine without a sound server or device (a test machine, a kiosk
# whose speakers are off: the film plays silently) or without VA-API video decoding (no GPU
# driver: FFmpeg decodes in software): not faults of the kiosk's.
ABSENT_DEVICE_NOTES = (
    "PulseAudioService: pa_context_connect() failed",
    "No audio device detected",
    "Couldn't load pipewire",
    "Couldn't resolve pipewire",
    "Couldn't load va",
    "Couldn't resolve va",
)


def log_qt_message(level_name: str, message: str) -> None:
    """Log a Qt message to 'kiosk.qt'; level_name like 'warning' or 'QtWarningMsg'.

    Qt's notes of an absent sound or video device are information, not warnings.
    """
    name = level_name.lower().removeprefix("qt").removesuffix("msg")
    level = QT_LEVELS.get(name, logging.WARNING)
    if level == logging.WARNING and message.startswith(ABSENT_DEVICE_NOTES):
        level = logging.INFO
    logging.getLogger("kiosk.qt").log(level, "%s", message)
