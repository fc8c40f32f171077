"""Every minute, the kiosk's state to status.json and the Prometheus textfile, off the UI thread."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk import __version__
from kiosk.content import LoadResult, Severity
from kiosk.fleet.versions import shown_manifest
from kiosk.ops.status import INTERVAL_S, HallState, State, rss_bytes, visits_today, write_state
from kiosk.ui.content import Content

log = logging.getLogger(__name__)


def hall_state(shown: LoadResult, latest: LoadResult) -> HallState:
    """What a hall folder shows (and from which package), with its latest load's findings."""
    manifest = shown_manifest(shown.folder)
    n_errors = sum(f.severity is Severity.ERROR for f in latest.findings)
    return HallState(
        folder=str(shown.folder),
        hall=shown.hall.id if shown.hall else "",
        shown=shown.version,
        content_version=manifest.version if manifest else "",
        fingerprint=manifest.fingerprint if manifest else "",
        errors=n_errors,
        warnings=len(latest.findings) - n_errors,
    )


class StateWriter(QObject):
    """Collects the figures on the UI thread (cheap), reads and writes files in a worker."""

    def __init__(
        self,
        kiosk: str,
        content: Content,
        status_file: Path,
        prometheus_file: Path | None,
        usage_db: Path | None,
        *,
        last_touch: Callable[[], float | None] = lambda: None,
        interval_s: float = INTERVAL_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._content = content
        self._status_file = status_file
        self._prometheus_file = prometheus_file
        self._usage_db = usage_db
        self._last_touch = last_touch
        self._started = time.time()
        self._reload: tuple[bool, str, float] | None = None
        self._failed = False  # a write failed (logged once until one succeeds)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-state")
        self._timer = QTimer(self, interval=round(interval_s * 1000))
        self._timer.timeout.connect(self.write)
        self._timer.start()
        self.write()

    def set_prometheus_file(self, path: Path | None) -> None:
        """Write the textfile there from now on (settings read again); the old one goes."""
        if path == self._prometheus_file:
            return
        old, self._prometheus_file = self._prometheus_file, path
        # Removed after the writes queued for it: else node_exporter reads a stale kiosk.
        if old is not None:
            self._pool.submit(_remove, old)
        self.write()

    def reloaded(self, ok: bool, message: str) -> None:
        """The content watcher's result: the last reload's figures."""
        self._reload = (ok, message, time.time())

    def snapshot(self, *, up: bool = True) -> State:
        """The state now, as far as the UI thread knows it (files are read by the worker)."""
        reload_ok, message, at = self._reload or (None, "", None)
        return State(
            kiosk=self._kiosk,
            up=up,
            written_at=time.time(),
            started_at=self._started,
            pid=os.getpid(),
            kiosk_version=__version__,
            reload_ok=reload_ok,
            reload_message=message,
            reload_at=at,
            last_touch=self._last_touch(),
        )

    def write(self, *, up: bool = True) -> None:
        """Write the state (in the worker thread)."""
        pairs = list(zip(self._content.results, self._content.latest, strict=True))
        self._pool.submit(self._write, self.snapshot(up=up), pairs, self._prometheus_file)

    def _write(
        self,
        state: State,
        pairs: list[tuple[LoadResult, LoadResult]],
        prometheus_file: Path | None,
    ) -> None:
        state = replace(
            state,
            halls=[hall_state(shown, latest) for shown, latest in pairs],
            rss_bytes=rss_bytes(),
            visits_today=visits_today(self._usage_db) if self._usage_db else None,
        )
        try:
            write_state(state, self._status_file, prometheus_file)
        except OSError as exc:
            if not self._failed:
                log.warning("cannot write the kiosk's state: %s", exc)
            self._failed = True
        else:
            self._failed = False

    def close(self) -> None:
        """The kiosk stops: write the state once more, down, and wait for it."""
        self._timer.stop()
        self.write(up=False)
        self._pool.shutdown(wait=True)


def _remove(path: Path) -> None:
    """In the worker: a textfile the settings no longer name goes."""
    with contextlib.suppress(OSError):
        path.unlink()
