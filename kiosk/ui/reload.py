"""Hot reload: watch the hall folders, wait for changes to settle, load off the UI thread, swap."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from shiboken6 import Shiboken

from kiosk.content import LoadResult, load_hall
from kiosk.content.findings import errors
from kiosk.ui.backend import Backend

log = logging.getLogger(__name__)
Fingerprint = tuple[tuple[str, int, int], ...] | None


def fingerprint(folder: Path) -> Fingerprint:
    """Every file's path, size and mtime below folder; None if the folder is missing."""
    if not folder.is_dir():
        return None
    entries = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            try:
                stat = path.stat()
            except OSError:  # vanished while we looked: still changing
                continue
            entries.append((str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


class ContentWatcher(QObject):
    """Reloads content when the hall folders change and the change has settled."""

    reloaded = Signal(bool, str)  # taken, a line for the staff panel and the log
    _loaded = Signal(object)  # from the loading thread to the UI thread

    def __init__(
        self,
        backend: Backend,
        folders: Sequence[Path],
        *,
        settle_ms: int = 1500,
        loader: Callable[[Path], LoadResult] = load_hall,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._folders = [Path(f) for f in folders]
        self._loader = loader
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._timer = QTimer(self, singleShot=True, interval=settle_ms)
        self._timer.timeout.connect(self._settle)
        self._prints = self._fingerprints()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-reload")
        self._pending: Future[list[LoadResult]] | None = None
        self._again = False
        self._closed = False
        self._loaded.connect(self._swap)
        self._watch()

    def _fingerprints(self) -> list[Fingerprint]:
        return [fingerprint(folder) for folder in self._folders]

    def _watch(self) -> None:
        """(Re)watch each folder, its subfolders and files, and its parent (renames, deletion)."""
        paths = set()
        for folder in self._folders:
            paths.add(str(folder.parent))
            if folder.is_dir():
                for root, _dirs, files in os.walk(folder):
                    paths.add(root)
                    paths.update(
                        str(Path(root, name)) for name in files if name.endswith((".yaml", ".yml"))
                    )
        stale = set(self._watcher.files() + self._watcher.directories()) - paths
        if stale:
            self._watcher.removePaths(sorted(stale))
        new = sorted(paths - set(self._watcher.files() + self._watcher.directories()))
        if new:
            self._watcher.addPaths(new)

    def _changed(self, _path: str) -> None:
        self._timer.start()

    def _settle(self) -> None:
        """Load only once nothing changed for a whole settle interval."""
        self._watch()
        prints = self._fingerprints()
        if prints != self._prints:
            self._prints = prints
            self._timer.start()  # still being copied: wait for quiet
            return
        self.reload_now()

    def reload_now(self) -> None:
        """Load every hall again (staff button, or a settled change)."""
        if self._pending is not None and not self._pending.done():
            self._again = True
            return
        self._pending = self._pool.submit(self._load_all)
        self._pending.add_done_callback(self._deliver)

    def _deliver(self, future: Future[list[LoadResult]]) -> None:
        """From the loading thread: hand the result to the UI thread (unless closed meanwhile)."""
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the watcher was deleted while loading
            self._loaded.emit(future)

    def _load_all(self) -> list[LoadResult]:
        return [self._loader(folder) for folder in self._folders]

    def _swap(self, future: Future[list[LoadResult]]) -> None:
        try:
            results = future.result()
        except Exception:  # a bug in loading must never take the kiosk down
            log.exception("reloading content failed")
            self.reloaded.emit(False, "reloading failed; showing the last good content")
            return
        taken = self._backend.replace_halls(results)
        for result in results:
            for finding in errors(result.findings):
                log.warning("%s/%s", result.folder.name, finding)
        if all(taken):
            message = "content reloaded"
            log.info(message)
        else:
            bad = [r.folder.name for r, ok in zip(results, taken, strict=True) if not ok]
            message = f"new content of {', '.join(bad)} has errors; showing the last good content"
            log.warning(message)
        self.reloaded.emit(all(taken), message)
        if self._again:
            self._again = False
            self.reload_now()

    def close(self) -> None:
        """Stop watching (here, on the UI thread) and let a running load finish in the background."""
        self._closed = True
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        # The watcher's inotify notifier must die on this thread, not whenever the GC runs.
        Shiboken.delete(self._watcher)
