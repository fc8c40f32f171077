"""Prepared images for QML: the UI only ever shows cached derivatives, made off the UI thread."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtQml import QmlNamedElement, QmlSingleton

from kiosk.content.checks import picture_problem
from kiosk.media.cache import Cache
from kiosk.media.problems import ImageProblem, Kind
from kiosk.media.sizes import ALL_SIZES, DEFAULT_SCREEN, Screen, Size
from kiosk.ui.singletons import engine_singleton

if TYPE_CHECKING:
    from kiosk.media.prepare import ImagePool

# Pillow and the worker pool are imported where pictures are checked or prepared (off the UI
# thread), not at start-up: the first frame does not wait for them.

log = logging.getLogger(__name__)
QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

ROLE_SIZES = {
    "full": Size.FULL,  # the photo viewer, the attract loop, the section hero
    "tile": Size.TILE,  # Home tiles, hall tiles
    "story": Size.TILE,  # pictures in a story (shown up to ~960 px wide)
    "thumb": Size.THUMB,
    "marker": Size.MARKER,  # timeline cards
}
RETRY_MS = 60_000  # how often a cache that could not be written is tried again (one picture)
HOLD_LIMIT_S = 30.0  # at most, for a start that failed before release()
MAX_REPAIRS = 3  # derivatives QML could not show, made again per picture and run at most
Key = tuple[str, str]  # (hall folder, picture file)
Signature = tuple[int, int, int, int] | None  # a source's size, mtime, ctime and inode


def _signature(source: Path) -> Signature:
    """What tells a replaced source file from the one prepared (None if it is gone)."""
    try:
        stat = source.stat()
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


@dataclass(frozen=True)
class _Done:
    """From the preparing thread: the derivatives found (or None), and the problem if any."""

    key: Key
    paths: dict[Size, str] | None
    problem: ImageProblem | None = None
    repaired: bool = False
    signature: Signature = None  # of the source, taken before it was looked up


def source_size(path: Path) -> tuple[int, int]:
    """An image file's pixels, upright, from its header ((0, 0) if it cannot be read)."""
    from kiosk.media.check import ImageInfo, inspect_image

    info = inspect_image(path)
    return info.upright if isinstance(info, ImageInfo) else (0, 0)


def _local(url: str) -> str:
    """The file a derivative URL names (without the query that makes QML load it afresh)."""
    return QUrl(url).toLocalFile()


@QmlNamedElement("Pictures")
@QmlSingleton
@engine_singleton
class ImageService(QObject):  # type: ignore[operator]
    """Maps pictures to prepared derivatives; prepares missing ones in worker processes.

    When the cache cannot be written (a full disk), pictures show what exists or a
    placeholder, each said once in the log; every retry_ms one picture is tried again, and
    once it works all the waiting ones follow. A derivative QML cannot show is checked and
    made again (pictureFailed). A source file replaced since it was prepared is prepared
    again when next asked for.
    """

    changed = Signal()  # some pictures became available or failed (debounced)
    ready = Signal(object)  # with it: a frozenset of the (hall folder, file) keys concerned
    _done = Signal(object)  # from the preparing thread: a _Done
    _found = Signal(object)  # from the preparing thread: what look_ahead found prepared

    def __init__(
        self,
        cache: Cache,
        *,
        workers: int | None = None,
        screen: Screen = DEFAULT_SCREEN,
        retry_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.screen = screen  # the derivatives' sizes follow the screen shown on
        self._workers = workers
        self._paths: dict[Key, dict[Size, str]] = {}
        self._pending: set[Key] = set()
        self.failed: dict[Key, str] = {}
        self._waiting: set[Key] = set()  # failed because the cache could not be written
        self._blocked = ""  # why the cache cannot be written ('' while it can)
        self._shown: dict[str, set[Key]] = {}  # derivative file -> the pictures using it
        self._repairs: dict[Key, int] = {}
        self._sources: dict[Key, Signature] = {}  # each source as it was when prepared
        # One waiting thread per worker process, so that every core prepares pictures.
        threads = max(1, workers or os.cpu_count() or 1)
        self._thread = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="kiosk-images")
        self._pool_lock = threading.Lock()
        self._pool: ImagePool | None = None
        self._open = threading.Event()  # cleared while QML loads: see held()
        self._open.set()
        self._done.connect(self._on_done)
        self._found.connect(self._take)
        self._settled: set[Key] = set()  # pictures done since the last `changed`
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._announce)
        interval = RETRY_MS if retry_ms is None else retry_ms
        self._retry = QTimer(self, singleShot=True, interval=interval)
        self._retry.timeout.connect(self._probe)

    def resolve(self, folder: Path, file: str, role: str) -> str:
        """A file URL of the derivative for role, or '' (a placeholder) until it is ready.

        Role 'file' is the file itself (a film, its subtitles), never prepared; role 'poster' the
        poster frame `kiosk prepare` grabbed from a film ('' when there is none).
        """
        if picture_problem(file, folder):
            return ""
        if role == "file":
            return (folder / file).resolve().as_uri()
        if role == "poster":
            try:
                poster = self.cache.poster_path(folder / file)
            except OSError:
                return ""
            return poster.resolve().as_uri() if poster.is_file() else ""
        key = (str(folder), file)
        known = key in self._sources and key not in self._pending
        if known and _signature(folder / file) != self._sources[key]:
            log.info("image %s/%s was replaced; preparing it again", folder.name, file)
            self._forget(key)
        paths = self._paths.get(key)
        if paths is None:
            if key not in self._pending and key not in self.failed:
                self._submit(key)
            return ""
        return paths.get(ROLE_SIZES.get(role, Size.FULL), "")

    def take_prepared(self, folder: Path, files: Iterable[str]) -> int:
        """Know at once the pictures whose every size is in the cache (no thread); how many.

        For the first view: its pictures are then in its first frame instead of arriving one by
        one after it. A damaged derivative is made again when QML fails to show it.
        """
        return self._take(self._prepared(self._unknown(folder, files)))

    def look_ahead(self, folder: Path, files: Iterable[str]) -> None:
        """Find in the preparing thread which of these pictures are prepared, for views to come.

        A tap then shows a page's prepared pictures at once (resolve knows their files) rather
        than after a trip through the thread and the batching of arrivals. Nothing is prepared
        or announced here: a picture not in the cache is prepared when a view asks for it.
        """
        keys = self._unknown(folder, files)
        if keys:
            with contextlib.suppress(RuntimeError):  # closing: nothing to look ahead for
                self._thread.submit(self._look_up, keys)

    def _look_up(self, keys: list[Key]) -> None:
        """In the preparing thread: hand what is prepared among keys to the UI thread."""
        self._open.wait(HOLD_LIMIT_S)
        found = self._prepared(keys)
        with contextlib.suppress(RuntimeError):  # the service was deleted meanwhile
            self._found.emit(found)

    def _unknown(self, folder: Path, files: Iterable[str]) -> list[Key]:
        """The keys of these pictures not yet known, asked for or failed (safe names only)."""
        keys = ((str(folder), file) for file in dict.fromkeys(files))
        return [k for k in keys if not self._known(k) and not picture_problem(k[1], folder)]

    def _known(self, key: Key) -> bool:
        """Whether a picture is known, being prepared or failed: its own answer stands."""
        return key in self._paths or key in self._pending or key in self.failed

    def _prepared(self, keys: list[Key]) -> list[tuple[Key, Signature, dict[Size, str]]]:
        """Those of keys whose every size is in the cache, with their sources' signatures."""
        found = []
        for key in keys:
            source = Path(key[0]) / key[1]
            try:
                signature, paths = _signature(source), self._lookup(source)
            except OSError:
                continue  # said when a view asks for it
            if len(paths) == len(ALL_SIZES):
                found.append((key, signature, paths))
        return found

    def _take(self, found: list[tuple[Key, Signature, dict[Size, str]]]) -> int:
        """Know these prepared pictures, unless a view asked meanwhile; how many were taken."""
        taken = 0
        for key, signature, paths in found:
            if self._known(key):  # a view asked meanwhile
                continue
            self._sources[key] = signature
            self._set_paths(key, paths)
            taken += 1
        return taken

    def prepare_now(self, folder: Path, files: Iterable[str]) -> None:
        """Prepare pictures here and now (snapshots, which must show every image at once)."""
        names = [f for f in dict.fromkeys(files) if not picture_problem(f, folder)]
        from kiosk.media.prepare import prepare_hall

        summary = prepare_hall(folder, names, self.cache, screen=self.screen, workers=self._workers)
        broken = dict(summary.failed)
        for file in names:
            key = (str(folder), file)
            self._sources[key] = _signature(folder / file)
            if file in broken:
                self.failed[key] = str(broken[file])
            else:
                self._set_paths(key, self._lookup(folder / file))

    def origin(self, url: str) -> tuple[str, tuple[int, int]] | None:
        """The hall file a derivative URL shows and that file's pixels (None: not a picture's)."""
        keys = sorted(self._shown.get(_local(url), ()))
        if not keys:
            return None
        folder, file = keys[0]
        return file, source_size(Path(folder) / file)

    @Slot(str)
    def pictureFailed(self, url: str) -> None:
        """QML could not show this derivative: check it, and make it again if it is damaged."""
        for key in sorted(self._shown.get(_local(url), ())):
            if key in self._pending:
                continue
            repairs = self._repairs.get(key, 0)
            if repairs >= MAX_REPAIRS:
                if repairs == MAX_REPAIRS:
                    log.warning(
                        "image %s/%s: still cannot be shown after %d repairs; showing a "
                        "placeholder",
                        Path(key[0]).name,
                        key[1],
                        MAX_REPAIRS,
                    )
                    self._repairs[key] = repairs + 1
                continue
            self._repairs[key] = repairs + 1
            self._submit(key, repair=_local(url))

    def hold(self) -> None:
        """Prepare nothing until release() (while the views are built and QML loads the window).

        The preparing thread imports and loads extension modules on its first picture (the
        worker pool's); doing that while the QML engine loaded its plugins deadlocked about
        one start in five (tests/cli/test_run.py). Requests made meanwhile wait, then run; a
        start that fails before release() lets them go after HOLD_LIMIT_S.
        """
        self._open.clear()

    def release(self) -> None:
        """Let the pictures asked for since hold() be prepared."""
        self._open.set()

    def _submit(self, key: Key, *, probe: bool = False, repair: str = "") -> None:
        self._pending.add(key)
        self._thread.submit(self._prepare, key, probe, repair)

    def _lookup(self, source: Path) -> dict[Size, str]:
        found = {size: self.cache.get(source, size, self.screen) for size in ALL_SIZES}
        return {size: path.resolve().as_uri() for size, path in found.items() if path is not None}

    def _prepare(self, key: Key, probe: bool, repair: str) -> None:
        """In the preparing thread: use the cache, else a worker process; report back.

        While the cache cannot be written, only a probe goes to a worker (no decoding in vain).
        """
        self._open.wait(HOLD_LIMIT_S)
        folder, file = Path(key[0]), key[1]
        signature = _signature(folder / file)
        try:
            paths = self._lookup(folder / file)
            damaged = self._drop_damaged(paths, file)
            if repair:
                self._explain_repair(repair, paths, damaged, file)
            if damaged:
                paths = {}
            if len(paths) < len(ALL_SIZES):
                blocked = self._blocked
                if blocked and not probe:
                    problem = ImageProblem(Kind.CACHE, blocked)
                    self._done.emit(_Done(key, paths, problem, signature=signature))
                    return
                with self._pool_lock:
                    if self._pool is None:
                        from kiosk.media.prepare import ImagePool

                        self._pool = ImagePool(
                            self.cache, workers=self._workers, screen=self.screen
                        )
                outcome = self._pool.run(folder, [file])[file]  # never hangs on the pool
                paths = self._lookup(folder / file)
                if outcome.problem is not None:
                    cache_fault = outcome.problem.kind is Kind.CACHE
                    found = paths if cache_fault else None
                    self._done.emit(_Done(key, found, outcome.problem, signature=signature))
                    return
            self._done.emit(_Done(key, paths, repaired=bool(repair), signature=signature))
        except Exception as exc:  # never take the kiosk down for a picture
            problem = ImageProblem(Kind.UNEXPECTED, f"cannot prepare it: {exc}")
            self._done.emit(_Done(key, None, problem, signature=signature))

    def _drop_damaged(self, paths: dict[Size, str], file: str) -> bool:
        """Delete cached derivatives that no longer decode (a disk fault, a stray edit); True if any."""
        from kiosk.media.check import inspect_image

        damaged = False
        for size, url in paths.items():
            path = Path(_local(url))
            problem = inspect_image(path)
            if isinstance(problem, ImageProblem):
                log.warning(
                    "cached %s image of %s is damaged (%s); making it again", size, file, problem
                )
                path.unlink(missing_ok=True)
                damaged = True
        return damaged

    def _explain_repair(self, shown: str, paths: dict[Size, str], damaged: bool, file: str) -> None:
        """Log why a derivative QML could not show is (or is not) made again."""
        if damaged:
            return  # _drop_damaged said so
        if shown not in {_local(url) for url in paths.values()}:
            log.warning("cached image %s of %s is gone; making it again", Path(shown).name, file)
        else:
            log.warning(
                "the kiosk could not show cached image %s of %s, but it reads fine; showing it "
                "again",
                Path(shown).name,
                file,
            )

    def _announce(self) -> None:
        keys, self._settled = frozenset(self._settled), set()
        self.ready.emit(keys)
        self.changed.emit()

    def _on_done(self, done: _Done) -> None:
        key, paths, problem = done.key, done.paths, done.problem
        self._pending.discard(key)
        self._settled.add(key)
        self._sources[key] = done.signature
        where = f"{Path(key[0]).name}/{key[1]}"
        if problem is None:
            assert paths is not None
            self.failed.pop(key, None)
            self._set_paths(key, paths, fresh=done.repaired)
            if key in self._waiting:
                self._waiting.discard(key)
                self._unblock()
        elif problem.kind is Kind.CACHE:
            self.failed[key] = str(problem)
            if paths:
                self._set_paths(key, paths)  # the sizes that were made show meanwhile
            if key not in self._waiting:
                log.warning("image %s: %s (showing a placeholder until it can)", where, problem)
                self._waiting.add(key)
            self._blocked = str(problem)
            if not self._retry.isActive():
                self._retry.start()
        else:
            self.failed[key] = str(problem)
            self._waiting.discard(key)
            log.warning("image %s: %s (showing a placeholder)", where, problem)
        self._debounce.start()

    def _set_paths(self, key: Key, paths: dict[Size, str], *, fresh: bool = False) -> None:
        """Remember a picture's derivatives; fresh ones get a new URL, so that QML loads them."""
        if fresh:
            paths = {
                size: f"{url}?repair={self._repairs.get(key, 0)}" for size, url in paths.items()
            }
        self._paths[key] = paths
        for url in paths.values():
            self._shown.setdefault(_local(url), set()).add(key)

    def _forget(self, key: Key) -> None:
        """Drop what is known of a picture, so that it is prepared afresh."""
        for known in (self._paths, self.failed, self._sources, self._repairs):
            known.pop(key, None)
        self._waiting.discard(key)

    def _probe(self) -> None:
        """Try one waiting picture again (the rest follow once it works)."""
        key = next((k for k in sorted(self._waiting) if k not in self._pending), None)
        if key is not None:
            self._submit(key, probe=True)

    def _unblock(self) -> None:
        """A picture was written after the cache could not be: prepare every waiting one."""
        if not self._blocked:
            return
        self._blocked = ""
        self._retry.stop()
        waiting = [k for k in sorted(self._waiting) if k not in self._pending]
        log.info(
            "the image cache can be written again; preparing the %d pictures that waited",
            len(waiting),
        )
        for key in waiting:
            self._submit(key)

    def busy(self) -> bool:
        """Whether pictures are still being prepared."""
        return bool(self._pending)

    def close(self) -> None:
        """Stop preparing (pending pictures are dropped)."""
        self._debounce.stop()
        self._retry.stop()
        self._thread.shutdown(wait=False, cancel_futures=True)
        if self._pool is not None:
            self._pool.close(wait=False)
