"""Log files: where they go, their lines, rotation, and the stderr fallback."""

from __future__ import annotations

import logging
import logging.handlers
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ops.logs import BACKUPS, MAX_BYTES, default_log_file, log_qt_message, setup_logging

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
