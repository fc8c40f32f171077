"""Hot reload: watch the hall folders, wait for changes to settle, load off the UI thread, swap."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from shiboken6 import Shiboken

from kiosk.content import LoadResult, load_hall
from kiosk.content.findings import errors
from kiosk.content.snapshot import Fingerprint, fingerprint
from kiosk.fleet.versions import shown_manifest
from kiosk.i18n import _
from kiosk.ui.content import Content

log = logging.getLogger(__name__)
MAX_STALE = 5  # loads in a row spoilt by changes while reading, before waiting for the next change


@dataclass(frozen=True)
class Loaded:
    """What one load read, with the folders' fingerprints from before and after reading."""

    before: list[Fingerprint]
    results: list[LoadResult]
    after: list[Fingerprint]

    @property
    def stale(self) -> bool:
        """Whether some file changed while it was being read (the results may mix versions)."""
        return self.before != self.after

    def agrees(self, other: Loaded | None) -> bool:
        """Whether two reads found the same files with the same content."""
        return (
            other is not None
            and self.after == other.after
            and [r.version for r in self.results] == [r.version for r in other.results]
        )


SETTLE_MS = 2000


def link_target(folder: Path) -> str | None:
    """Where folder points when it is a symbolic link (DIR/current), else None."""
    try:
        return os.readlink(folder)
    except OSError:  # not a link, or missing
        return None


def _log_version(result: LoadResult) -> None:
    """Log which installed version a hall folder shows (when a package put it there)."""
    manifest = shown_manifest(result.folder)
    if manifest is not None:
        log.info(
            "showing hall %s, content version %s (fingerprint %s) from %s",
            manifest.hall,
            manifest.version,
            manifest.fingerprint[:12],
            result.folder,
        )


class ContentWatcher(QObject):
    """Reloads content when the hall folders change and the change has settled.

    A change is shown only once the folders stayed quiet for a whole settle interval, were
    read whole (nothing changed while reading), stayed quiet for another interval and read
    again to the same files and content: a copy that pauses for less than the interval never
    reaches the screen half done. The staff's reload button reads once and shows at once.
    """

    reloaded = Signal(bool, str)  # taken, a line for the staff panel and the log
    _loaded = Signal(object)  # from the loading thread to the UI thread

    def __init__(
        self,
        content: Content,
        folders: Sequence[Path],
        *,
        settle_ms: int = SETTLE_MS,
        loader: Callable[[Path], LoadResult] = load_hall,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._folders = [Path(f) for f in folders]
        self._loader = loader
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._timer = QTimer(self, singleShot=True, interval=settle_ms)
        self._timer.timeout.connect(self._settle)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-reload")
        self._pending: Future[Loaded] | None = None
        self._again = False
        self._now = False  # the next load is shown without a second read (the staff button)
        self._first: Loaded | None = None  # a change read once, waiting for its second read
        self._stale = 0  # loads in a row that files changed under
        self._shown: list[Fingerprint] | None = None  # the files of the last load shown
        self._closed = False
        self._targets = self._link_targets()  # where each folder that is a link points
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

    def _link_targets(self) -> list[str | None]:
        return [link_target(folder) for folder in self._folders]

    def _changed(self, _path: str) -> None:
        targets = self._link_targets()
        if targets != self._targets:
            # DIR/current switched (kiosk install, rollback): a whole, checked version, shown
            # at once without the settling wait an edit in place needs.
            self._targets = targets
            log.info("a hall folder link was switched; showing its new version now")
            self._timer.stop()
            watched = self._watcher.files() + self._watcher.directories()
            if watched:  # the same paths now lead to other folders: watch those instead
                self._watcher.removePaths(watched)
            self._watch()
            self.reload_now()
            return
        self._timer.start()

    def _settle(self) -> None:
        """Nothing changed for a whole settle interval: read the folders (again)."""
        self._watch()
        self._load()

    @property
    def folders(self) -> list[Path]:
        """The hall folders watched."""
        return list(self._folders)

    def set_folders(self, folders: Sequence[Path]) -> None:
        """Watch these hall folders instead (settings read again); read them at once."""
        self._folders = [Path(f) for f in folders]
        self._targets = self._link_targets()
        self._first = None
        self._watch()
        self.reload_now()

    def set_settle_ms(self, settle_ms: int) -> None:
        """Change the settling time (settings reloaded on SIGHUP)."""
        self._timer.setInterval(settle_ms)

    def reload_now(self) -> None:
        """Load every hall again and show it at once (the staff button, a signal, an install)."""
        self._stale = 0
        self._now = True
        self._load()

    def _load(self) -> None:
        """Load every hall in the loading thread (once more after the running load, if any)."""
        if self._closed:  # the kiosk is stopping: its loading thread is gone
            return
        if self._pending is not None and not self._pending.done():
            self._again = True
            return
        self._pending = self._pool.submit(self._load_all)
        self._pending.add_done_callback(self._deliver)

    def _deliver(self, future: Future[Loaded]) -> None:
        """From the loading thread: hand the result to the UI thread (unless closed meanwhile)."""
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the watcher was deleted while loading
            self._loaded.emit(future)

    def _load_all(self) -> Loaded:
        """In the loading thread: read every hall, noting whether files changed meanwhile."""
        before = self._fingerprints()
        results = [self._loader(folder) for folder in self._folders]
        return Loaded(before, results, self._fingerprints())

    def _swap(self, future: Future[Loaded]) -> None:
        if self._closed:  # delivered after close(): nothing is shown any more
            return
        try:
            loaded = future.result()
        except Exception:  # a bug in loading must never take the kiosk down
            log.exception("reloading content failed")
            self.reloaded.emit(False, _("reloading failed; showing the last good content"))
            return
        if len(loaded.results) != len(self._folders):  # the folders changed while reading
            self._load()
            return
        if loaded.stale:
            self._retry(loaded)
            return
        self._stale = 0
        if not self._now and loaded.after == self._shown:  # e.g. a switch read at once
            self._first = None
            if self._again:
                self._again = False
                self._load()
            return
        if not self._now and not loaded.agrees(self._first):
            # Read once: read again after another quiet interval; shown if both reads agree.
            self._first = loaded
            self._timer.start()
            log.info(
                "content changed; reading it again in %d ms before it is shown",
                self._timer.interval(),
            )
            if self._again:
                self._again = False
                self._load()
            return
        self._now = False
        self._first = None
        self._shown = loaded.after
        results = loaded.results
        taken = self._content.replace_halls(results)
        for result in results:
            for finding in errors(result.findings):
                log.warning("%s/%s", result.folder.name, finding)
        for result, ok in zip(results, taken, strict=True):
            if ok:
                _log_version(result)
        if all(taken):
            message = _("content reloaded")
            log.info(message)
        else:
            bad = [r.folder.name for r, ok in zip(results, taken, strict=True) if not ok]
            message = _("new content of {halls} has errors; showing the last good content").format(
                halls=", ".join(bad)
            )
            log.warning(message)
        self.reloaded.emit(all(taken), message)
        if self._again:
            self._again = False
            self._load()

    def _retry(self, loaded: Loaded) -> None:
        """Files changed while being read: drop what was read, load again once they settle."""
        self._stale += 1
        changed = [
            f.name
            for f, a, b in zip(self._folders, loaded.before, loaded.after, strict=True)
            if a != b
        ]
        if self._stale > MAX_STALE:  # said once; a clean load or the staff button starts over
            if self._stale == MAX_STALE + 1:
                message = _(
                    "content keeps changing while it is read; showing the last good content"
                )
                log.warning("%s (%s, %d loads in a row)", message, ", ".join(changed), self._stale)
                self.reloaded.emit(False, message)
            if self._again:  # a change settled meanwhile: that one is read
                self._again = False
                self._load()
            return
        log.info(
            "content of %s changed while it was being read; not shown, reading it again once it "
            "settles",
            ", ".join(changed),
        )
        self._again = False  # the settled load below reads the newest files anyway
        self._timer.start()

    def close(self) -> None:
        """Stop watching (here, on the UI thread) and let a running load finish in the background."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        # The watcher's inotify notifier must die on this thread, not whenever the GC runs.
        Shiboken.delete(self._watcher)
