"""The usage log: visitor interactions in SQLite, written by one background thread."""

from __future__ import annotations

import contextlib
import logging
import math
import queue
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType

import platformdirs

from kiosk.files import NotAFile, kind_of

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
# MIGRATIONS[n] takes a database from user_version n to n + 1.
MIGRATIONS = (
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        ts REAL NOT NULL,        -- when, in seconds since the epoch
        visit INTEGER NOT NULL,  -- the visit counter, 0 outside a visit
        kind TEXT NOT NULL,      -- a Kind
        target TEXT NOT NULL,    -- a section, story, event or language id, a photo, ...
        hall TEXT NOT NULL,      -- the hall id
        lang TEXT NOT NULL       -- the language on screen
    );
    CREATE INDEX events_ts ON events (ts);
    """,
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,    -- kiosk_id: the kiosk that writes here (merged reports)
        value TEXT NOT NULL
    );
    """,
)
KIOSK_ID = "kiosk_id"
INSERT = "INSERT INTO events (ts, visit, kind, target, hall, lang) VALUES (?, ?, ?, ?, ?, ?)"

MAX_QUEUE = 10_000  # rows waiting to be written; more are dropped, never waited for
BATCH = 500  # rows per transaction at most
BUSY_TIMEOUT_S = 0.5  # SQLite's own wait for a lock, before our backoff
MAX_BACKOFF_S = 2.0
MAX_SET_ASIDE = 3  # files moved aside in one run before giving up on the folder
MAX_FAILURES = 5  # tries of a batch that fails for another reason than a lock
REOPEN_FIRST_S = 5.0  # after the database could not be opened: the first wait to try again
REOPEN_MAX_S = 300.0  # ... doubling up to this

_CORRUPT = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


class Kind(StrEnum):
    """What happened: the kinds of row in the usage log."""

    VISIT_START = "visit_start"
    VISIT_END = "visit_end"
    VIEW_SECTION = "view_section"
    VIEW_STORY = "view_story"
    VIEW_PHOTO = "view_photo"
    VIEW_EVENT = "view_event"
    VIEW_TIMELINE = "view_timeline"
    VIEW_STATS = "view_stats"
    TIMELINE_FILTER = "timeline_filter"
    STATS_FILTER = "stats_filter"
    CODE_SHOWN = "code_shown"  # a QR code came into view: story:<id>, event:<id>, hall:<id>
    LANGUAGE = "language"
    ATTRACT_RESET = "attract_reset"


def default_path() -> Path:
    """Where the usage log lives unless told otherwise."""
    return platformdirs.user_data_path("kiosk") / "usage.db"


@dataclass(frozen=True)
class _Row:
    ts: float
    kind: Kind
    target: str
    hall: str
    lang: str


@dataclass(frozen=True)
class _Flush:
    done: threading.Event


@dataclass(frozen=True)
class _Prune:
    cutoff: float


class _Stop:
    pass


_Item = _Row | _Flush | _Prune | _Stop


class _SetAside(Exception):
    """The file cannot be used and must be moved aside; label names why."""

    def __init__(self, label: str, reason: str) -> None:
        super().__init__(reason)
        self.label = label


def _code(exc: sqlite3.Error) -> int:
    """The primary SQLite result code of an error (0 if it has none)."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _connect(path: Path) -> sqlite3.Connection:
    """Open the database in WAL mode, checked and upgraded; raises sqlite3.Error or _SetAside.

    Raises NotAFile (an OSError) when the path names a pipe, a device or a folder.
    """
    with contextlib.suppress(FileNotFoundError):
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise NotAFile(path, kind_of(mode))
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        (check,) = conn.execute("PRAGMA quick_check").fetchone()
        if check != "ok":
            raise _SetAside("corrupt", f"integrity check: {check}")
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise _SetAside(f"v{version}", f"written by a newer kiosk (schema {version})")
        for step in range(version, SCHEMA_VERSION):
            conn.executescript(
                f"BEGIN IMMEDIATE; {MIGRATIONS[step]} PRAGMA user_version = {step + 1}; COMMIT;"
            )
    except sqlite3.Error as exc:
        conn.close()
        if _code(exc) in _CORRUPT:
            raise _SetAside("corrupt", str(exc)) from exc
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _backoff() -> Iterator[float]:
    """Waits between retries: doubling from 50 ms up to MAX_BACKOFF_S."""
    delay = 0.05
    while True:
        yield delay
        delay = min(2 * delay, MAX_BACKOFF_S)


class UsageLog:
    """Records visitor interactions; record() only queues, a background thread writes."""

    def __init__(
        self, path: Path | None = None, *, kiosk_id: str = "", max_queue: int = MAX_QUEUE
    ) -> None:
        self.path = path or default_path()
        self.kiosk_id = kiosk_id  # written into the database (a merged report tells kiosks apart)
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=max_queue)
        self._lock = threading.Lock()
        self._dropped = 0
        self._closed = False
        # The rest belongs to the writer thread.
        self._conn: sqlite3.Connection | None = None
        self._available = True
        self._reopen_at = 0.0  # when unavailable: the time (monotonic) to try opening again
        self._reopen_wait = REOPEN_FIRST_S
        self._down_since: float | None = None
        self._deadline = math.inf  # set by close(): stop retrying after it
        self._set_aside_count = 0
        self._stalled = False  # a write failed: said once, until one works
        self._failing = False  # gave up on a batch (disk full?): one try per batch from then on
        self._reported_drops = 0
        self._visit = 0  # the open visit, 0 outside one
        self._last_visit = 0
        self._thread = threading.Thread(target=self._run, name="kiosk-usage", daemon=True)
        self._thread.start()

    # -- the caller's side ---------------------------------------------------
    def record(
        self,
        kind: str,
        target: str = "",
        hall: str = "",
        lang: str = "",
        at: datetime | None = None,
    ) -> None:
        """Queue one interaction; never blocks (dropped if the queue is full or the log closed)."""
        row = _Row(time.time() if at is None else at.timestamp(), Kind(kind), target, hall, lang)
        if self._closed:
            return
        try:
            self._queue.put_nowait(row)
        except queue.Full:
            self._add_dropped(1)

    def prune(self, retention_days: float) -> None:
        """Queue the deletion of rows older than retention_days (call at start and daily)."""
        with contextlib.suppress(queue.Full):  # busy: the next daily call will do it
            self._queue.put_nowait(_Prune(time.time() - retention_days * 86400))

    def flush(self, timeout: float | None = None) -> bool:
        """Block until everything queued so far is written or given up; False on timeout."""
        if self._closed or not self._thread.is_alive():
            return True
        end = math.inf if timeout is None else time.monotonic() + timeout
        done = threading.Event()
        try:
            self._queue.put(_Flush(done), timeout=timeout)
        except queue.Full:
            return False
        return done.wait(None if timeout is None else max(0.0, end - time.monotonic()))

    def close(self, timeout: float = 5.0) -> None:
        """Write what is queued (trying for at most timeout seconds) and stop the writer."""
        if self._closed:
            return
        self._closed = True
        self._deadline = time.monotonic() + timeout
        with contextlib.suppress(queue.Full):
            self._queue.put(_Stop(), timeout=timeout)
        self._thread.join(max(0.0, self._deadline - time.monotonic()) + 1.0)
        if self._thread.is_alive():
            log.warning("usage log: the writer did not stop within %.1f s", timeout)

    @property
    def ok(self) -> bool:
        """False while the database is unusable (rows are then dropped; opening is retried)."""
        return self._available

    @property
    def dropped(self) -> int:
        """Rows recorded but never written (queue full, database unavailable, or given up)."""
        with self._lock:
            return self._dropped

    def __enter__(self) -> UsageLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _add_dropped(self, count: int) -> None:
        with self._lock:
            self._dropped += count

    # -- the writer thread ---------------------------------------------------
    def _run(self) -> None:
        try:
            self._open()
            while self._handle(self._take()):
                pass
        except Exception:  # a bug: say so, and never leave a flush() waiting
            log.exception("usage log: the writer stopped")
            self._available = False
        finally:
            self._close_conn()
            with contextlib.suppress(queue.Empty):
                while True:
                    item = self._queue.get_nowait()
                    if isinstance(item, _Flush):
                        item.done.set()

    def _take(self) -> list[_Item]:
        """The next items: wait for one, then take what else is waiting, up to BATCH."""
        try:
            items = [self._queue.get(timeout=1.0 if self._closed else None)]
        except queue.Empty:  # closed, and the stop could not be queued
            return [_Stop()]
        with contextlib.suppress(queue.Empty):
            while len(items) < BATCH:
                items.append(self._queue.get_nowait())
        return items

    def _handle(self, items: list[_Item]) -> bool:
        """Write rows in order, acting on each control item as reached; False to stop."""
        rows: list[_Row] = []
        running = True
        for item in items:
            if isinstance(item, _Row):
                rows.append(item)
                continue
            self._write(rows)
            rows = []
            if isinstance(item, _Flush):
                item.done.set()
            elif isinstance(item, _Prune):
                self._delete_before(item.cutoff)
            else:
                running = False
        self._write(rows)
        return running

    def _write(self, rows: list[_Row]) -> None:
        """Insert rows in one transaction, stamped with their visit."""
        if not rows:
            return
        visit, last = self._visit, self._last_visit
        values = []
        for row in rows:
            if row.kind is Kind.VISIT_START:
                last += 1
                visit = last
            values.append((row.ts, visit, row.kind.value, row.target, row.hall, row.lang))
            if row.kind is Kind.VISIT_END:
                visit = 0
        if self._attempt(lambda conn: conn.executemany(INSERT, values)):
            self._visit, self._last_visit = visit, last
            self._report_drops()
        else:
            self._add_dropped(len(rows))

    def _delete_before(self, cutoff: float) -> None:
        """Prune: delete the rows older than cutoff."""
        self._attempt(lambda conn: conn.execute("DELETE FROM events WHERE ts < ?", (cutoff,)))

    def _attempt(self, action: Callable[[sqlite3.Connection], object]) -> bool:
        """Run action in a transaction, retrying with backoff; False if it cannot be done.

        A lock is waited out until close(); other errors (disk full, I/O) give up after a few
        tries, so that one bad batch cannot hold up the queue forever. Once given up, later
        batches get one try each until one is written; the log says each change once.
        """
        delays = _backoff()
        failures = 0
        tries = 1 if self._failing else MAX_FAILURES
        while self._conn is not None or self._open():
            conn = self._conn
            assert conn is not None
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    action(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                if _code(exc) in _CORRUPT:
                    self._set_aside("corrupt", str(exc))
                    continue
                if not self._stalled:
                    log.warning("usage log: cannot write to %s (%s); retrying", self.path, exc)
                    self._stalled = True
                failures += _code(exc) not in _BUSY
                if failures >= tries or not self._pause(delays):
                    if not self._failing:
                        log.warning(
                            "usage log: gave up writing to %s; interactions are dropped until "
                            "it can be written again",
                            self.path,
                        )
                        self._failing = True
                    return False
            else:
                if self._stalled:
                    log.info("usage log: writing to %s again", self.path)
                    self._stalled = self._failing = False
                return True
        return False

    def _pause(self, delays: Iterator[float]) -> bool:
        """Sleep before a retry; False when close() says to stop trying."""
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            return False
        time.sleep(min(next(delays), remaining))
        return True

    def _open(self) -> bool:
        """Connect, moving a bad file aside; False while the database cannot be used.

        After a failure, opening is tried again after a wait that doubles (REOPEN_FIRST_S up
        to REOPEN_MAX_S); rows recorded meanwhile are dropped and counted.
        """
        if not self._available:
            if time.monotonic() < self._reopen_at or self._closed:
                return False
            self._available = True
        delays = _backoff()
        while self._available:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = _connect(self.path)
            except _SetAside as exc:
                self._set_aside(exc.label, str(exc))
            except sqlite3.Error as exc:
                if _code(exc) not in _BUSY or not self._pause(delays):
                    self._give_up(str(exc))
            except OSError as exc:
                self._give_up(str(exc))
            else:
                self._conn = conn
                if self.kiosk_id:  # best effort: a report names an unnamed database by its file
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute(
                            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                            (KIOSK_ID, self.kiosk_id),
                        )
                (top,) = conn.execute("SELECT COALESCE(MAX(visit), 0) FROM events").fetchone()
                self._last_visit = max(self._last_visit, int(top))
                if self._down_since is not None:
                    log.info(
                        "usage log: recording again to %s (it could not be used for %.0f s)",
                        self.path,
                        time.monotonic() - self._down_since,
                    )
                    self._down_since = None
                    self._reopen_wait = REOPEN_FIRST_S
                return True
        return False

    def _set_aside(self, label: str, reason: str) -> None:
        """Move the database file (and its WAL) to usage.db.<label>-<time>, to start afresh."""
        self._close_conn()
        self._set_aside_count += 1
        if self._set_aside_count > MAX_SET_ASIDE:
            self._give_up(f"{reason}; it went bad {MAX_SET_ASIDE} times")
            return
        stem = f"{self.path}.{label}-{datetime.now():%Y%m%d-%H%M%S}"
        aside = Path(stem)
        for n in range(1, 1000):
            if not aside.exists():
                break
            aside = Path(f"{stem}-{n}")
        try:
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    source.rename(f"{aside}{suffix}")
        except OSError as exc:
            self._give_up(f"{reason}; cannot move it aside: {exc}")
            return
        log.warning(
            "usage log: %s is unusable (%s); moved it to %s and started a new one",
            self.path,
            reason,
            aside.name,
        )

    def _give_up(self, reason: str) -> None:
        """Stop using the database for a while (said once per outage); rows are dropped meanwhile."""
        self._close_conn()
        if self._down_since is None:
            self._down_since = time.monotonic()
            log.warning(
                "usage log: cannot use %s (%s); visits will not be recorded until it can be "
                "used again (tried again after %.0f s, then less and less often)",
                self.path,
                reason,
                self._reopen_wait,
            )
        self._available = False
        self._reopen_at = time.monotonic() + self._reopen_wait
        self._reopen_wait = min(2 * self._reopen_wait, REOPEN_MAX_S)

    def _close_conn(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _report_drops(self) -> None:
        dropped = self.dropped
        if dropped > self._reported_drops:
            log.warning(
                "usage log: %d interactions were dropped while the database could not be written",
                dropped - self._reported_drops,
            )
            self._reported_drops = dropped
