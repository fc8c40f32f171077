"""Log files: where they go, their lines, rotation, and the stderr fallback."""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from kiosk.ops.logs import (
    BACKUPS,
    MAX_BYTES,
    LogFile,
    default_log_file,
    log_qt_message,
    setup_logging,
)

LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d INFO kiosk\.test: hello 你好$"
)


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """Put the root logger back as it was (closing the files setup_logging opened)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if h.get_name() == "kiosk"]


def test_creates_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "deeper" / "kiosk.log"
    assert setup_logging(path) == path
    logging.getLogger("kiosk.test").info("hello 你好")
    logging.getLogger("kiosk.test").debug("not at INFO")
    for handler in ours():
        handler.flush()
    assert [LINE.match(line) is not None for line in path.read_text("utf-8").splitlines()] == [True]


def test_rotation(tmp_path: Path) -> None:
    setup_logging(tmp_path / "kiosk.log")
    (rotating,) = [h for h in ours() if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert (rotating.maxBytes, rotating.backupCount) == (MAX_BYTES, BACKUPS) == (2 * 1024**2, 4)


def test_setup_twice_replaces(tmp_path: Path) -> None:
    setup_logging(tmp_path / "a.log")
    setup_logging(tmp_path / "b.log", logging.DEBUG)
    files = [h for h in ours() if isinstance(h, logging.FileHandler)]
    assert [Path(h.baseFilename).name for h in files] == ["b.log"]
    assert len(ours()) == 2  # the file and stderr
    assert logging.getLogger().level == logging.DEBUG


def test_unwritable_folder_falls_back_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("a file where the folder should be")
    assert setup_logging(blocker / "logs" / "kiosk.log") is None
    logging.getLogger("kiosk.test").info("still heard")
    err = capsys.readouterr().err
    assert err.count("logging to stderr only") == 1
    assert "still heard" in err
    assert not any(isinstance(h, logging.FileHandler) for h in ours())


def test_default_place() -> None:
    assert default_log_file().name == "kiosk.log"
    assert "kiosk" in default_log_file().parts


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("QtDebugMsg", logging.DEBUG),
        ("QtInfoMsg", logging.INFO),
        ("QtWarningMsg", logging.WARNING),
        ("warning", logging.WARNING),
        ("QtCriticalMsg", logging.ERROR),
        ("QtFatalMsg", logging.CRITICAL),
        ("something new", logging.WARNING),
    ],
)
def test_qt_messages(name: str, level: int, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="kiosk.qt"):
        log_qt_message(name, "qrc:/Main.qml:12: TypeError")
    ((logger, got, message),) = caplog.record_tuples
    assert (logger, got, message) == ("kiosk.qt", level, "qrc:/Main.qml:12: TypeError")


class _FullDisk:
    """A log file's stream on a disk that is full while `full` is set."""

    def __init__(self, target: IO[str]) -> None:
        self.target = target
        self.full = True

    def _check(self) -> None:
        if self.full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def write(self, text: str) -> int:
        self._check()
        return self.target.write(text)

    def flush(self) -> None:
        self._check()
        self.target.flush()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.target.seek(offset, whence)

    def tell(self) -> int:
        return self.target.tell()

    def close(self) -> None:
        self.target.close()


def _file_handler() -> LogFile:
    (handler,) = [h for h in ours() if isinstance(h, LogFile)]
    return handler


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_said_once_on_stderr_and_never_raises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert setup_logging(Path("/dev/full")) == Path("/dev/full")  # every write: ENOSPC
    for i in range(50):
        logging.getLogger("kiosk.test").info("line %d", i)
    err = capsys.readouterr().err
    assert err.count("cannot write the log file /dev/full") == 1
    assert "No space left on device" in err
    assert "Traceback" not in err and "Logging error" not in err
    assert _file_handler().lost == 50
    assert setup_logging(tmp_path / "kiosk.log")  # closing the full file does not raise either


def test_lost_lines_are_counted_in_the_file_once_it_can_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.log"
    setup_logging(path)
    handler = _file_handler()
    logging.getLogger("kiosk.test").info("before")
    disk = _FullDisk(handler.stream)
    handler.stream = disk  # type: ignore[assignment]
    for i in range(5):
        logging.getLogger("kiosk.test").info("lost %d", i)
    disk.full = False
    logging.getLogger("kiosk.test").info("after")
    disk.full = True
    logging.getLogger("kiosk.test").info("lost again")
    disk.full = False
    logging.getLogger("kiosk.test").info("last")
    handler.flush()
    lines = [line.split(" ", 1)[1] for line in path.read_text("utf-8").splitlines()]
    assert lines == [
        "INFO kiosk.test: before",
        "INFO kiosk.test: after",
        f"WARNING kiosk.ops.logs: 5 log lines before this one could not be written to {path}",
        "INFO kiosk.test: last",
        f"WARNING kiosk.ops.logs: 1 log lines before this one could not be written to {path}",
    ]
    assert capsys.readouterr().err.count("cannot write the log file") == 2  # once per outage
