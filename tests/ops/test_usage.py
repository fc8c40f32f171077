"""The usage log: queued writes, visits, WAL, pruning, and surviving bad databases."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.ops import usage as usage_module
from kiosk.ops.usage import SCHEMA_VERSION, Kind, UsageLog


def rows(path: Path, columns: str = "visit, kind, target") -> list[tuple[object, ...]]:
    """Every row of the usage log, oldest first."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT {columns} FROM events ORDER BY id").fetchall()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "usage.db"


@pytest.fixture
def usage(db: Path) -> Iterator[UsageLog]:
    with UsageLog(db) as log:
        yield log


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the database, as another writer would."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")


def test_records_from_many_threads(usage: UsageLog, db: Path) -> None:
    def visitor(n: int) -> None:
        for i in range(250):
            usage.record(Kind.VIEW_STORY, f"{n}-{i}", hall="h", lang="zh")

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert usage.flush()
    written = rows(db, "kind, target, hall, lang")
    assert len(written) == 2000
    assert {target for _, target, _, _ in written} == {
        f"{n}-{i}" for n in range(8) for i in range(250)
    }
    assert {(kind, hall, lang) for kind, _, hall, lang in written} == {("view_story", "h", "zh")}
    assert usage.dropped == 0
    assert usage.ok


def test_wal_mode_and_schema(usage: UsageLog, db: Path) -> None:
    usage.record("visit_start")
    assert usage.flush()
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        indexes = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    assert ("events_ts",) in indexes


def test_visits_are_numbered(db: Path) -> None:
    with UsageLog(db) as usage:
        usage.record(Kind.ATTRACT_RESET)
        usage.record(Kind.VISIT_START)
        usage.record(Kind.VIEW_SECTION, "alpha")
        usage.record(Kind.VISIT_END)
        usage.record(Kind.ATTRACT_RESET)
        usage.record(Kind.VISIT_START)
        usage.record(Kind.LANGUAGE, "en", lang="en")
    with UsageLog(db) as usage:  # after a restart (or a crash mid-visit): a new number
        usage.record(Kind.VIEW_STATS)
        usage.record(Kind.VISIT_START)
    assert rows(db) == [
        (0, "attract_reset", ""),
        (1, "visit_start", ""),
        (1, "view_section", "alpha"),
        (1, "visit_end", ""),
        (0, "attract_reset", ""),
        (2, "visit_start", ""),
        (2, "language", "en"),
        (0, "view_stats", ""),
        (3, "visit_start", ""),
    ]


def test_times(usage: UsageLog, db: Path) -> None:
    at = datetime(2024, 5, 12, 9, 30, 15)
    usage.record(Kind.VIEW_TIMELINE, at=at)
    usage.flush()
    ((ts,),) = rows(db, "ts")
    assert isinstance(ts, float)
    assert datetime.fromtimestamp(ts) == at


def test_unknown_kind(usage: UsageLog) -> None:
    with pytest.raises(ValueError, match="view_everything"):
        usage.record("view_everything")


def test_prune(usage: UsageLog, db: Path) -> None:
    now = datetime.now()
    for days in (400, 91, 89, 1, 0):
        usage.record(Kind.VIEW_SECTION, str(days), at=now - timedelta(days=days))
    usage.prune(retention_days=90)
    usage.record(Kind.VIEW_SECTION, "after", at=now - timedelta(days=200))
    assert usage.flush()
    assert [target for _, _, target in rows(db)] == ["89", "1", "0", "after"]


def test_corrupt_file_is_moved_aside(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    db.parent.mkdir()
    garbage = b"this is not a database " * 200
    db.write_bytes(garbage)
    with UsageLog(db) as usage:
        usage.record(Kind.VISIT_START)
        assert usage.flush()
        assert usage.ok
    (aside,) = db.parent.glob("usage.db.corrupt-*")
    assert aside.read_bytes() == garbage
    assert rows(db) == [(1, "visit_start", "")]
    assert "moved it to usage.db.corrupt-" in caplog.text


def test_newer_schema_is_set_aside(db: Path) -> None:
    db.parent.mkdir()
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA user_version = 99")
    with UsageLog(db) as usage:
        usage.record(Kind.VISIT_START)
    assert len(list(db.parent.glob("usage.db.v99-*"))) == 1
    assert rows(db) == [(1, "visit_start", "")]


def test_locked_database(usage: UsageLog, db: Path) -> None:
    usage.record(Kind.VISIT_START)
    assert usage.flush()
    with locked(db):
        for target in ("alpha", "beta"):
            usage.record(Kind.VIEW_SECTION, target)  # returns at once, lock or not
        assert not usage.flush(timeout=0.2)  # cannot finish while the lock is held
        assert rows(db) == [(1, "visit_start", "")]
    assert usage.flush()
    assert rows(db) == [
        (1, "visit_start", ""),
        (1, "view_section", "alpha"),
        (1, "view_section", "beta"),
    ]


def test_full_queue_drops_rather_than_waits(db: Path) -> None:
    with UsageLog(db, max_queue=5) as usage:
        usage.record(Kind.VISIT_START)
        assert usage.flush()
        with locked(db):
            for i in range(100):
                usage.record(Kind.VIEW_PHOTO, str(i))
        assert usage.flush()
        written = len(rows(db)) - 1
        assert usage.dropped > 0
        assert written + usage.dropped == 100


def test_unwritable_folder(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING), UsageLog(blocker / "usage.db") as usage:
        for _ in range(3):
            usage.record(Kind.VISIT_START)
            assert usage.flush()
        assert not usage.ok
        assert usage.dropped == 3
    warnings = [r for r in caplog.records if r.name == "kiosk.ops.usage"]
    assert len(warnings) == 1
    assert "visits will not be recorded" in warnings[0].getMessage()


def test_close(db: Path) -> None:
    usage = UsageLog(db)
    usage.record(Kind.VISIT_START)
    usage.close()
    usage.close()
    usage.record(Kind.VISIT_END)  # ignored after close
    assert usage.flush()
    assert rows(db) == [(1, "visit_start", "")]


def test_default_path() -> None:
    from kiosk.ops.usage import default_path

    assert default_path().name == "usage.db"
    assert "kiosk" in default_path().parts


def test_a_full_disk_is_said_once_and_writing_resumes_when_there_is_room(
    db: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with UsageLog(db) as usage:
        for i in range(2000):
            usage.record(Kind.VIEW_PHOTO, f"old-{i:04d}-" + "x" * 60)
    real_connect = usage_module._connect

    def full(path: Path) -> sqlite3.Connection:
        """The database may not grow: SQLite says SQLITE_FULL, as on a full disk."""
        conn = real_connect(path)
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(usage_module, "_connect", full)
    caplog.set_level(logging.INFO, logger="kiosk.ops.usage")
    with UsageLog(db) as usage:
        for batch in range(5):
            for i in range(300):
                usage.record(Kind.VIEW_STORY, f"new-{batch}-{i}-" + "y" * 5000)  # > a page
            assert usage.flush(timeout=10)
        assert usage.dropped == 1500
        assert usage.ok  # the kiosk goes on; only these rows are lost
        lines = [r.getMessage() for r in caplog.records if r.name == "kiosk.ops.usage"]
        assert len(lines) == 2, lines  # the error once, giving up once: not once per batch
        assert "(database or disk is full); retrying" in lines[0]
        assert "gave up writing" in lines[1]

        with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as conn:
            conn.execute("DELETE FROM events WHERE target LIKE 'old-%'")  # room again
        usage.record(Kind.VIEW_SECTION, "after")
        assert usage.flush(timeout=10)
    assert rows(db) == [(0, "view_section", "after")]
    lines = [r.getMessage() for r in caplog.records if r.name == "kiosk.ops.usage"]
    assert "writing to" in lines[2] and "again" in lines[2]
    assert "1500 interactions were dropped" in lines[3]
    assert len(lines) == 4


@pytest.mark.skipif(os.name != "posix", reason="named pipes")
def test_a_named_pipe_as_database_is_refused_then_retried(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "usage.db"
    os.mkfifo(db)
    monkeypatch.setattr(usage_module, "REOPEN_FIRST_S", 0.0)
    with caplog.at_level(logging.INFO), UsageLog(db) as usage:
        usage.record(Kind.VISIT_START)
        assert usage.flush(timeout=5)
        assert not usage.ok
        assert usage.dropped == 1
        db.unlink()  # staff remove the pipe: recording resumes
        usage.record(Kind.VISIT_START)
        assert usage.flush(timeout=5)
        assert usage.ok
    messages = [r.getMessage() for r in caplog.records if r.name == "kiosk.ops.usage"]
    assert "is a named pipe (FIFO), not a regular file" in messages[0]
    assert "visits will not be recorded until it can be used again" in messages[0]
    assert any(m.startswith(f"usage log: recording again to {db}") for m in messages)
    assert len(rows(db)) == 1


def test_a_database_that_cannot_be_opened_at_start_is_tried_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(usage_module, "REOPEN_FIRST_S", 0.0)
    with caplog.at_level(logging.INFO), UsageLog(blocker / "usage.db") as usage:
        usage.record(Kind.VISIT_START)
        assert usage.flush(timeout=5)
        assert not usage.ok
        blocker.unlink()  # the disk is mounted, the folder made: the next visit is recorded
        usage.record(Kind.VISIT_START)
        assert usage.flush(timeout=5)
        assert usage.ok
        assert usage.dropped == 1
    assert len(rows(blocker / "usage.db")) == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2  # the outage, once; what it lost, once
    assert "1 interactions were dropped" in warnings[1]
