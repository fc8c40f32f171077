"""Preparing derivatives in a pool of worker processes, on every core, never on the UI thread.

The pool never hangs the kiosk: its workers must answer within a start-up time limit, and each
batch within a time limit of its own. A pool that does not come up, breaks or stops answering is
given up (its processes killed), and images are decoded in one worker thread of this process
instead, from then on (said once in the log).
"""

from __future__ import annotations

import enum
import errno
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Executor,
    Future,
    ThreadPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from kiosk.i18n import _
from kiosk.media.cache import Cache
from kiosk.media.check import locate
from kiosk.media.derivatives import cached, derive_all
from kiosk.media.problems import ImageError, ImageProblem, Kind
from kiosk.media.sizes import ALL_SIZES, DEFAULT_SCREEN, Screen, Size
from kiosk.media.source import MAX_PIXELS
from kiosk.media.workers import process_pool

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
PoolFactory = Callable[[int], Executor]  # workers -> the executor that runs prepare_one
STOP_GRACE = 5.0  # seconds for the images being made when the pool closes without waiting
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


_Args = tuple[Path, str, Cache, tuple[Size, ...], Screen, int]  # prepare_one's, for a worker


def _ready() -> int:
    """In a worker: answer that it is up (the start-up probe)."""
    return os.getpid()


@dataclass(frozen=True)
class Limits:
    """Seconds the worker processes may take before their work moves to one thread."""

    start: float = 30.0  # the first answer: a spawned interpreter (or frozen exe) importing Pillow
    image: float = 60.0  # one image in a worker (a capped decode takes a second or two)

    def batch(self, count: int, workers: int) -> float:
        """The time limit of a batch of count images on that many workers."""
        return self.image * -(-count // max(1, workers))


class Fallback:
    """This process's one image thread, and why the worker processes were given up ('' if not)."""

    def __init__(self) -> None:
        self.reason = ""
        self._lock = threading.Lock()
        self._thread: ThreadPoolExecutor | None = None

    def give_up(self, reason: str) -> None:
        """Decode in the thread from now on; the first reason is logged, once."""
        with self._lock:
            first, self.reason = not self.reason, self.reason or reason
        if first:
            log.warning(
                "the image worker processes %s; decoding images in one thread from now on", reason
            )

    def executor(self) -> ThreadPoolExecutor:
        """The one worker thread (started on first use, shared by every pool)."""
        with self._lock:
            if self._thread is None:
                self._thread = ThreadPoolExecutor(1, thread_name_prefix="kiosk-decode")
            return self._thread


FALLBACK = Fallback()


def _processes(executor: Executor) -> list[multiprocessing.process.BaseProcess]:
    """The worker processes of a process pool (none for other executors)."""
    found = getattr(executor, "_processes", None)  # ProcessPoolExecutor's own, private
    return list(found.values()) if isinstance(found, dict) else []


def _reap(processes: Sequence[multiprocessing.process.BaseProcess], grace: float) -> None:
    """Let worker processes end within grace seconds, then kill the rest."""
    deadline = time.monotonic() + grace
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
    for process in processes:
        if process.is_alive():
            process.kill()
            process.join(5)


def _stop(
    executor: Executor, *, grace: float, cancel: bool = True, background: bool = False
) -> None:
    """Shut an executor down without ever hanging: workers still there after grace are killed."""
    processes = _processes(executor)
    executor.shutdown(wait=False, cancel_futures=cancel)
    if background:
        threading.Thread(target=_reap, args=(processes, grace), daemon=True).start()
    else:
        _reap(processes, grace)


class ImagePool:
    """Worker processes that prepare images; keep one for the app's life, or use `with`.

    Processes start with 'spawn', so the pool is safe to create from a process that already
    runs threads (a Qt app). Each worker holds at most one decoded image at a time. The
    workers are asked to answer at once; `run` waits for that within limits.start, and for
    each batch within its limit, and decodes what they did not in the FALLBACK thread.
    """

    def __init__(
        self,
        cache: Cache,
        *,
        workers: int | None = None,
        screen: Screen = DEFAULT_SCREEN,
        max_pixels: int = MAX_PIXELS,
        limits: Limits | None = None,
        factory: PoolFactory = process_pool,
    ) -> None:
        self.cache = cache
        self.screen = screen
        self.max_pixels = max_pixels
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.limits = limits or Limits()
        self._lock = threading.Lock()
        self._executor: Executor | None = None  # None once given up (or never started)
        self._probe: Future[int] | None = None  # until the workers first answered
        self._started = time.monotonic()
        self._closed = False  # closed on purpose: nothing to fall back for
        self._closing: Future[None] = Future()  # done at close(): wakes the batches waiting
        if FALLBACK.reason:
            return
        try:
            self._executor = factory(self.workers)
            self._probe = self._executor.submit(_ready)
        except Exception as exc:  # no processes on this machine, or none allowed
            self._give_up(f"could not start ({exc!r})")

    def submit(
        self, hall_folder: Path, file: str, sizes: Sequence[Size] = ALL_SIZES
    ) -> Future[Outcome]:
        """Prepare one image in a worker (or the fallback thread); the result is its Outcome."""
        executor = self._executor
        if executor is not None:
            try:
                return executor.submit(prepare_one, *self._args(hall_folder, file, sizes))
            except Exception as exc:  # broken, or shut down by another thread giving up
                self._give_up(f"stopped ({exc!r})")
        return FALLBACK.executor().submit(prepare_one, *self._args(hall_folder, file, sizes))

    def _args(self, hall_folder: Path, file: str, sizes: Sequence[Size]) -> _Args:
        """prepare_one's arguments (the cache is pickled as its folder: subclasses travel too)."""
        return (hall_folder, file, self.cache, tuple(sizes), self.screen, self.max_pixels)

    def run(
        self,
        hall_folder: Path,
        files: Sequence[str],
        sizes: Sequence[Size] = ALL_SIZES,
        progress: Progress | None = None,
    ) -> dict[str, Outcome]:
        """Prepare files within the time limits; never raises, never hangs on the workers."""
        names = list(dict.fromkeys(files))
        outcomes: dict[str, Outcome] = {}

        def record(name: str, outcome: Outcome) -> None:
            outcomes[name] = outcome
            if progress:
                progress(len(outcomes), len(names), name)

        if self._up():
            self._in_workers(hall_folder, names, sizes, record)
        for name in names:
            if name not in outcomes and self._closed:
                problem = ImageProblem(Kind.UNEXPECTED, _("not prepared: the kiosk is stopping"))
                record(name, _failed(name, problem))
            elif name not in outcomes:
                args = self._args(hall_folder, name, sizes)
                record(name, _result(FALLBACK.executor().submit(prepare_one, *args), name))
        return outcomes

    def _up(self) -> bool:
        """Whether the workers answered, waiting for them within the start-up limit."""
        probe = self._probe
        if probe is None:
            return self._executor is not None
        remaining = self._started + self.limits.start - time.monotonic()
        try:
            probe.result(timeout=max(0.0, remaining))
        except TimeoutError:
            self._give_up(f"did not answer within {self.limits.start:g} s of starting")
            return False
        except Exception as exc:  # a worker died at start, or the pool was given up meanwhile
            self._give_up(f"could not start ({exc!r})")
            return False
        self._probe = None
        return self._executor is not None

    def _in_workers(
        self,
        hall_folder: Path,
        names: Sequence[str],
        sizes: Sequence[Size],
        record: Callable[[str, Outcome], None],
    ) -> None:
        """Prepare names in the workers until done, or until they break or time out."""
        futures: dict[Future[Outcome], str] = {}
        executor = self._executor
        if executor is None:
            return
        try:
            for name in names:
                futures[executor.submit(prepare_one, *self._args(hall_folder, name, sizes))] = name
        except Exception as exc:  # broken, or shut down by another thread giving up
            self._give_up(f"stopped ({exc!r})")
            return
        batch = self.limits.batch(len(names), self.workers)
        deadline = time.monotonic() + batch
        pending = set(futures)
        while pending:
            left = deadline - time.monotonic()
            timeout = max(0.0, min(self.limits.image, left))
            waiting: set[Future[Any]] = {*pending, self._closing}
            done, rest = wait(waiting, timeout=timeout, return_when=FIRST_COMPLETED)
            pending = rest - {self._closing}
            if self._closing.done():
                return  # close() cancelled the rest
            if not done:
                if left <= self.limits.image:
                    self._give_up(f"did not finish {len(names)} images within {batch:g} s")
                else:
                    self._give_up(f"answered nothing for {self.limits.image:g} s")
                return
            broken: Exception | None = None
            for future in done:
                try:
                    record(futures[future], future.result())
                except Exception as exc:  # the pool broke (a worker died) or was given up
                    broken = broken or exc
            if broken is not None:
                self._give_up(f"stopped ({broken!r})")
                return

    def _give_up(self, reason: str) -> None:
        """Stop using (and kill) the worker processes; the FALLBACK thread does the rest."""
        with self._lock:
            executor, self._executor, self._probe = self._executor, None, None
        if executor is not None:
            _stop(executor, grace=0.0)
        if not self._closed:  # work cut short by close() is no fault of the workers
            FALLBACK.give_up(reason)

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers: after their queued work (within limits.image) if waiting, else soon."""
        with self._lock:
            executor, self._executor, self._probe = self._executor, None, None
            self._closed = True
            if not self._closing.done():
                self._closing.set_result(None)
        if executor is not None:
            grace = self.limits.image if wait else STOP_GRACE
            _stop(executor, grace=grace, cancel=not wait, background=not wait)

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
    limits: Limits | None = None,
    factory: PoolFactory = process_pool,
) -> PrepareSummary:
    """Build every derivative the hall needs, in parallel; progress(done, total, file) as each ends.

    Lists in the summary follow the order of files; nothing raises for a bad image, and a
    worker pool that breaks or hangs only makes it slower (ImagePool.run).
    """
    started = time.perf_counter()
    names = list(dict.fromkeys(files))
    outcomes: dict[str, Outcome] = {}
    if names:
        count = min(workers or os.cpu_count() or 1, len(names))
        with ImagePool(
            cache,
            workers=count,
            screen=screen,
            max_pixels=max_pixels,
            limits=limits,
            factory=factory,
        ) as pool:
            outcomes = pool.run(hall_folder, names, sizes, progress)
    summary = PrepareSummary()
    for name in names:
        summary.add(outcomes[name])
    summary.seconds = time.perf_counter() - started
    return summary


def _result(future: Future[Outcome], file: str) -> Outcome:
    """A future's Outcome; a worker that died with it is a failure of that image."""
    try:
        return future.result()
    except BrokenProcessPool:
        message = _("the image worker stopped unexpectedly (out of memory?)")
        return _failed(file, ImageProblem(Kind.CRASHED, message))
