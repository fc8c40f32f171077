"""Prepared images for QML: the UI only ever shows cached derivatives, made off the UI thread."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from kiosk.content.checks import picture_problem
from kiosk.media import ALL_SIZES, Cache, ImagePool, ImageProblem, Size, inspect_image, prepare_hall

log = logging.getLogger(__name__)

ROLE_SIZES = {
    "full": Size.FULL,  # the photo viewer, the attract loop, the section hero
    "tile": Size.TILE,  # Home tiles, hall tiles
    "story": Size.TILE,  # pictures in a story (shown up to ~960 px wide)
    "thumb": Size.THUMB,
    "marker": Size.MARKER,  # timeline cards
}
Key = tuple[str, str]  # (hall folder, picture file)


class ImageService(QObject):
    """Maps pictures to prepared derivatives; prepares missing ones in worker processes."""

    changed = Signal()  # some pictures became available (debounced)
    _done = Signal(object)  # from the preparing thread: (key, {size: path} | None, problem)

    def __init__(
        self, cache: Cache, *, workers: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self._workers = workers
        self._paths: dict[Key, dict[Size, str]] = {}
        self._pending: set[Key] = set()
        self.failed: dict[Key, str] = {}
        # One waiting thread per worker process, so that every core prepares pictures.
        threads = max(1, workers or os.cpu_count() or 1)
        self._thread = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="kiosk-images")
        self._pool_lock = threading.Lock()
        self._pool: ImagePool | None = None
        self._done.connect(self._on_done)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.changed)

    def resolve(self, folder: Path, file: str, role: str) -> str:
        """A file URL of the derivative for role, or '' (a placeholder) until it is ready."""
        if picture_problem(file, folder):
            return ""
        key = (str(folder), file)
        paths = self._paths.get(key)
        if paths is None:
            if key not in self._pending and key not in self.failed:
                self._pending.add(key)
                self._thread.submit(self._prepare, folder, file)
            return ""
        return paths.get(ROLE_SIZES.get(role, Size.FULL), "")

    def prepare_now(self, folder: Path, files: Iterable[str]) -> None:
        """Prepare pictures here and now (snapshots, which must show every image at once)."""
        names = [f for f in dict.fromkeys(files) if not picture_problem(f, folder)]
        summary = prepare_hall(folder, names, self.cache, workers=self._workers)
        broken = dict(summary.failed)
        for file in names:
            key = (str(folder), file)
            if file in broken:
                self.failed[key] = str(broken[file])
            else:
                self._paths[key] = self._lookup(folder / file)

    def _lookup(self, source: Path) -> dict[Size, str]:
        found = {size: self.cache.get(source, size) for size in ALL_SIZES}
        return {size: path.resolve().as_uri() for size, path in found.items() if path is not None}

    def _prepare(self, folder: Path, file: str) -> None:
        """In the preparing thread: use the cache, else a worker process; report back."""
        key = (str(folder), file)
        try:
            paths = self._lookup(folder / file)
            if self._drop_damaged(paths, file):
                paths = {}
            if len(paths) < len(ALL_SIZES):
                with self._pool_lock:
                    if self._pool is None:
                        self._pool = ImagePool(self.cache, workers=self._workers)
                outcome = self._pool.submit(folder, file).result()
                if outcome.problem is not None:
                    self._done.emit((key, None, str(outcome.problem)))
                    return
                paths = self._lookup(folder / file)
            self._done.emit((key, paths, ""))
        except Exception as exc:  # never take the kiosk down for a picture
            self._done.emit((key, None, f"cannot prepare it: {exc}"))

    def _drop_damaged(self, paths: dict[Size, str], file: str) -> bool:
        """Delete cached derivatives that no longer decode (a disk fault, a stray edit); True if any."""
        damaged = False
        for size, url in paths.items():
            path = Path(QUrl(url).toLocalFile())
            problem = inspect_image(path)
            if isinstance(problem, ImageProblem):
                log.warning(
                    "cached %s image of %s is damaged (%s); making it again", size, file, problem
                )
                path.unlink(missing_ok=True)
                damaged = True
        return damaged

    def _on_done(self, payload: tuple[Key, dict[Size, str] | None, str]) -> None:
        key, paths, problem = payload
        self._pending.discard(key)
        if paths is None:
            self.failed[key] = problem
            log.warning(
                "image %s/%s: %s (showing a placeholder)", Path(key[0]).name, key[1], problem
            )
        else:
            self._paths[key] = paths
        self._debounce.start()

    def busy(self) -> bool:
        """Whether pictures are still being prepared."""
        return bool(self._pending)

    def close(self) -> None:
        """Stop preparing (pending pictures are dropped)."""
        self._debounce.stop()
        self._thread.shutdown(wait=False, cancel_futures=True)
        if self._pool is not None:
            self._pool.close(wait=False)
