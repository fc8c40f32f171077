"""A worker pool that does not come up, breaks or hangs: prepare still finishes every image."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from kiosk.media import ALL_SIZES, Cache, ImagePool, Outcome, Size, Status, prepare, prepare_hall
from kiosk.media.prepare import Fallback, Limits
from tests.media.faults import DyingCache, never_start
from tests.media.inputs import photo

FILES = [f"images/{n}.jpg" for n in range(4)]
BOUND = 120  # seconds: far beyond any of these runs; reaching it means something hung


@pytest.fixture(autouse=True)
def fallback(monkeypatch: pytest.MonkeyPatch) -> Fallback:
    """A fresh process-wide fallback for each test (giving up must not leak to other tests)."""
    fresh = Fallback()
    monkeypatch.setattr(prepare, "FALLBACK", fresh)
    return fresh


@pytest.fixture
def hall(tmp_path: Path) -> Path:
    """A hall folder with four small photos."""
    for file in FILES:
        photo(tmp_path / "hall" / file)
    return tmp_path / "hall"


class Fake(Executor):
    """An executor that answers the start-up probe, then breaks or keeps silent on images."""

    def __init__(self, images: Callable[[Future[Any]], None]) -> None:
        self.images = images
        self.shut = False

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """The probe is answered at once; image futures go to self.images."""
        future: Future[Any] = Future()
        if fn is prepare._ready:
            future.set_result(1)
        else:
            self.images(future)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Remember it was shut down."""
        self.shut = True


def finishes(work: Callable[[], Any]) -> Any:
    """Run work in a thread and return its result; fail (never hang) if it does not end."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    thread.join(BOUND)
    assert not thread.is_alive(), f"still running after {BOUND} s: it hung"
    return result[0]


def all_prepared(hall: Path, cache: Cache, summary: prepare.PrepareSummary) -> None:
    """Every image prepared, every size in the cache."""
    assert (summary.prepared, summary.failed) == (FILES, [])
    for file in FILES:
        assert all(cache.get(hall / file, size) for size in ALL_SIZES)


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The fallback's log lines."""
    return [r.getMessage() for r in caplog.records if r.name == prepare.__name__]


def test_a_pool_that_cannot_start_falls_back_to_one_thread(
    hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []

    def refuse(workers: int) -> Executor:
        calls.append(workers)
        raise OSError("no processes here")

    cache = Cache(tmp_path / "cache")
    seen: list[str] = []
    summary = finishes(
        lambda: prepare_hall(
            hall, FILES, cache, workers=2, factory=refuse, progress=lambda *a: seen.append(a[2])
        )
    )
    all_prepared(hall, cache, summary)
    assert sorted(seen) == FILES
    again = finishes(lambda: prepare_hall(hall, FILES, Cache(tmp_path / "c2"), factory=refuse))
    assert again.prepared == FILES
    assert calls == [2]  # given up for the process's life: not tried (nor waited for) again
    assert warnings_of(caplog) == [
        "the image worker processes could not start (OSError('no processes here')); "
        "decoding images in one thread from now on"
    ]


def test_workers_that_never_answer_are_killed_within_the_start_limit(
    hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pools: list[ProcessPoolExecutor] = []

    def hung(workers: int) -> Executor:
        pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=never_start
        )
        pools.append(pool)
        return pool

    cache = Cache(tmp_path / "cache")
    limits = Limits(start=1.0)
    summary = finishes(
        lambda: prepare_hall(hall, FILES, cache, workers=2, factory=hung, limits=limits)
    )
    all_prepared(hall, cache, summary)
    assert warnings_of(caplog) == [
        "the image worker processes did not answer within 1 s of starting; "
        "decoding images in one thread from now on"
    ]
    assert len(pools) == 1
    children = multiprocessing.active_children()  # also reaps the killed ones
    assert not [p for p in children if p.name.startswith("SpawnProcess")], children


def test_a_pool_that_breaks_mid_batch_finishes_in_the_thread(
    hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = DyingCache(tmp_path / "cache")  # each worker dies at its first write
    summary = finishes(lambda: prepare_hall(hall, FILES, cache, workers=2))
    all_prepared(hall, cache, summary)
    [line] = warnings_of(caplog)
    assert line.startswith("the image worker processes stopped (BrokenProcessPool(")


@pytest.mark.parametrize(
    ("images", "reason"),
    [
        (lambda future: None, "answered nothing for 0.125 s"),
        (lambda future: future.set_exception(BrokenProcessPool("gone")), "stopped"),
    ],
    ids=["silent", "broken"],
)
def test_workers_that_stop_answering_are_given_up(
    hall: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    images: Callable[[Future[Any]], None],
    reason: str,
) -> None:
    fake = Fake(images)
    cache = Cache(tmp_path / "cache")
    limits = Limits(start=60, image=0.125)
    summary = finishes(
        lambda: prepare_hall(hall, FILES, cache, workers=1, factory=lambda n: fake, limits=limits)
    )
    all_prepared(hall, cache, summary)
    assert fake.shut
    [line] = warnings_of(caplog)
    assert line.startswith(f"the image worker processes {reason}")


def test_a_pool_given_up_serves_single_images_from_the_thread(
    tmp_path: Path, fallback: Fallback
) -> None:
    photo(tmp_path / "a.jpg")
    cache = Cache(tmp_path / "cache")
    fallback.give_up("were given up by the test")
    with ImagePool(cache, workers=1) as pool:
        outcome = pool.submit(tmp_path, "a.jpg", [Size.MARKER]).result(timeout=BOUND)
        assert pool.run(tmp_path, ["a.jpg"]) == {"a.jpg": Outcome("a.jpg", Status.PREPARED)}
    assert outcome == Outcome("a.jpg", Status.PREPARED)


def test_a_healthy_pool_is_not_given_up(hall: Path, tmp_path: Path, fallback: Fallback) -> None:
    cache = Cache(tmp_path / "cache")
    all_prepared(hall, cache, finishes(lambda: prepare_hall(hall, FILES, cache, workers=2)))
    assert fallback.reason == ""


def test_a_batch_may_take_one_image_limit_per_image_and_worker() -> None:
    limits = Limits(start=30, image=120)
    assert [limits.batch(n, 2) for n in (1, 2, 3, 40)] == [120, 120, 240, 2400]


def test_the_wine_wakeup_fix_keeps_a_pool_working() -> None:
    import os

    from kiosk.media import workers

    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    workers._fix_wakeup(pool)
    try:
        assert isinstance(pool._executor_manager_thread_wakeup, workers._Wakeup)  # type: ignore[attr-defined]
        assert all(pool.submit(os.getpid).result(BOUND) > 0 for _ in range(3))
    finally:
        pool.shutdown()


def test_closing_a_busy_pool_is_no_fault_of_the_workers(
    hall: Path, tmp_path: Path, fallback: Fallback
) -> None:
    pools: list[ImagePool] = []
    fake = Fake(lambda future: pools[0].close(wait=False))  # the kiosk stops while it works
    pools.append(ImagePool(Cache(tmp_path / "cache"), workers=1, factory=lambda n: fake))
    outcomes = finishes(lambda: pools[0].run(hall, FILES))
    assert {o.status for o in outcomes.values()} == {Status.FAILED}
    assert fallback.reason == ""
