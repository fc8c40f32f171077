"""Preparing derivatives in a pool of worker processes, on every core, never on the UI thread."""

from __future__ import annotations

import enum
import errno
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from kiosk.i18n import _, set_staff_language, staff_language
from kiosk.media.cache import Cache
from kiosk.media.check import locate
from kiosk.media.derivatives import cached, derive_all
from kiosk.media.problems import ImageError, ImageProblem, Kind
from kiosk.media.sizes import ALL_SIZES, DEFAULT_SCREEN, Screen, Size
from kiosk.media.source import MAX_PIXELS

Progress = Callable[[int, int, str], None]
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}  # no room, or over the quota


class Status(enum.StrEnum):
    """What became of one image."""

    PREPARED = "prepared"
    CACHED = "cached"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    """One image's result."""

    file: str
    status: Status
    problem: ImageProblem | None = None


@dataclass
class PrepareSummary:
    """Images prepared now, found already cached, and failed with the reason."""

    prepared: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    failed: list[tuple[str, ImageProblem]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Whether every image is ready to show."""
        return not self.failed

    @property
    def total(self) -> int:
        """How many images were asked for."""
        return len(self.prepared) + len(self.cached) + len(self.failed)

    def add(self, outcome: Outcome) -> None:
        """Count one image's outcome."""
        if outcome.problem is not None:
            self.failed.append((outcome.file, outcome.problem))
        elif outcome.status is Status.CACHED:
            self.cached.append(outcome.file)
        else:
            self.prepared.append(outcome.file)


def prepare_one(
    hall_folder: Path,
    file: str,
    cache: Cache | Path,
    sizes: Sequence[Size] = ALL_SIZES,
    screen: Screen = DEFAULT_SCREEN,
    max_pixels: int = MAX_PIXELS,
) -> Outcome:
    """Derive one image's missing sizes (runs in a worker); never raises."""
    cache = cache if isinstance(cache, Cache) else Cache(cache)
    try:
        source = locate(hall_folder, file)
        if all(cached(source, sizes, cache, screen).values()):
            return Outcome(file, Status.CACHED)
        derive_all(source, sizes, cache, screen=screen, max_pixels=max_pixels)
    except ImageError as exc:
        return _failed(file, exc.problem)
    except OSError as exc:  # the cache folder, not the image
        reason = (
            _("the disk is full ({error})").format(error=exc) if exc.errno in _FULL else str(exc)
        )
        problem = _("cannot write the image cache: {reason}").format(reason=reason)
        return _failed(file, ImageProblem(Kind.CACHE, problem))
    except Exception as exc:  # a bug: report it, never crash the batch
        message = _("unexpected error while preparing it ({error}); please report this").format(
            error=repr(exc)
        )
        return _failed(file, ImageProblem(Kind.UNEXPECTED, message))
    return Outcome(file, Status.PREPARED)


def _failed(file: str, problem: ImageProblem) -> Outcome:
    return Outcome(file, Status.FAILED, problem)


class ImagePool:
    """Worker processes that prepare images; keep one for the app's life, or use `with`.

    Processes start with 'spawn', so the pool is safe to create from a process that already
    runs threads (a Qt app). Each worker holds at most one decoded image at a time.
    """

    def __init__(
        self,
        cache: Cache,
        *,
        workers: int | None = None,
        screen: Screen = DEFAULT_SCREEN,
        max_pixels: int = MAX_PIXELS,
    ) -> None:
        self.cache = cache
        self.screen = screen
        self.max_pixels = max_pixels
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._executor = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=set_staff_language,  # the workers' messages in the staff's language
            initargs=(staff_language(),),
        )

    def submit(
        self, hall_folder: Path, file: str, sizes: Sequence[Size] = ALL_SIZES
    ) -> Future[Outcome]:
        """Prepare one image in a worker; the future's result is its Outcome."""
        return self._executor.submit(
            prepare_one,
            hall_folder,
            file,
            self.cache,  # pickled as its folder: a Cache subclass reaches the workers too
            tuple(sizes),
            self.screen,
            self.max_pixels,
        )

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers (pending work is dropped when not waiting)."""
        self._executor.shutdown(wait=wait, cancel_futures=not wait)

    def __enter__(self) -> ImagePool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(wait=exc is None)


def prepare_hall(
    hall_folder: Path,
    files: Sequence[str],
    cache: Cache,
    sizes: Sequence[Size] = ALL_SIZES,
    *,
    screen: Screen = DEFAULT_SCREEN,
    max_pixels: int = MAX_PIXELS,
    workers: int | None = None,
    progress: Progress | None = None,
) -> PrepareSummary:
    """Build every derivative the hall needs, in parallel; progress(done, total, file) as each ends.

    Lists in the summary follow the order of files; nothing raises for a bad image.
    """
    started = time.perf_counter()
    names = list(dict.fromkeys(files))
    outcomes: dict[str, Outcome] = {}
    if names:
        count = min(workers or os.cpu_count() or 1, len(names))
        with ImagePool(cache, workers=count, screen=screen, max_pixels=max_pixels) as pool:
            futures = {pool.submit(hall_folder, name, sizes): name for name in names}
            for done, future in enumerate(as_completed(futures), 1):
                name = futures[future]
                outcomes[name] = _result(future, name)
                if progress:
                    progress(done, len(names), name)
    summary = PrepareSummary()
    for name in names:
        summary.add(outcomes[name])
    summary.seconds = time.perf_counter() - started
    return summary


def _result(future: Future[Outcome], file: str) -> Outcome:
    try:
        return future.result()
    except BrokenProcessPool:
        message = _("the image worker stopped unexpectedly (out of memory?)")
        return _failed(file, ImageProblem(Kind.CRASHED, message))
