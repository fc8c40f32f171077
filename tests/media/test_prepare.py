"""Preparing a hall in worker processes: never crashes, summarises, skips what is cached."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from kiosk.media import (
    ALL_SIZES,
    Cache,
    ImagePool,
    Kind,
    Outcome,
    Size,
    Status,
    prepare,
    prepare_hall,
)
from kiosk.media.prepare import _result
from tests.media.faults import FullCache
from tests.media.inputs import BAD_INPUTS, photo
from tests.media.memory import peak_rss_mb

FILES = ["images/" + name for name in BAD_INPUTS]
GOOD = ["images/" + name for name, (_, kind, _) in BAD_INPUTS.items() if kind is None]


def test_prepare_every_bad_input_then_find_it_cached(inputs: Path, cache: Cache) -> None:
    calls: list[tuple[int, int, str]] = []
    busy = threading.Event()  # the pool must start from a process that has threads
    thread = threading.Thread(target=busy.wait)
    thread.start()
    try:
        summary = prepare_hall(inputs, FILES, cache, workers=2, progress=lambda *a: calls.append(a))
    finally:
        busy.set()
        thread.join()

    assert summary.prepared == GOOD
    assert summary.cached == []
    assert {file: p.kind for file, p in summary.failed} == {
        "images/truncated.jpg": Kind.TRUNCATED,
        "images/text.jpg": Kind.NOT_IMAGE,
        "images/empty.jpg": Kind.EMPTY,
        "images/bomb.png": Kind.TOO_LARGE,
        "images/huge.jpg": Kind.TOO_LARGE,
    }
    assert not summary.ok and summary.total == len(FILES)
    assert sorted(done for done, _, _ in calls) == list(range(1, len(FILES) + 1))
    assert {total for _, total, _ in calls} == {len(FILES)}
    assert sorted(file for _, _, file in calls) == sorted(FILES)
    for file in GOOD:
        assert all(cache.get(inputs / file, size) for size in ALL_SIZES)

    again = prepare_hall(inputs, [*GOOD, GOOD[0]], cache, workers=2)
    assert (again.prepared, again.cached, again.ok) == ([], GOOD, True)


def test_missing_sizes_are_added(tmp_path: Path, cache: Cache) -> None:
    photo(tmp_path / "a.jpg")
    assert prepare_hall(tmp_path, ["a.jpg"], cache, [Size.THUMB]).prepared == ["a.jpg"]
    assert prepare_hall(tmp_path, ["a.jpg"], cache, [Size.THUMB]).cached == ["a.jpg"]
    assert prepare_hall(tmp_path, ["a.jpg"], cache).prepared == ["a.jpg"]


def test_an_unwritable_cache_and_bad_paths_are_reported(tmp_path: Path) -> None:
    photo(tmp_path / "a.jpg")
    (tmp_path / "file").write_text("a file where the cache folder should be")
    files = ["a.jpg", "../b.jpg", "gone.jpg"]
    summary = prepare_hall(tmp_path, files, Cache(tmp_path / "file"))
    [(_, cache_problem), (_, outside), (_, missing)] = summary.failed
    assert cache_problem.kind is Kind.CACHE
    assert cache_problem.message.startswith("cannot write the image cache:")
    assert outside.kind is Kind.OUTSIDE
    assert (missing.kind, missing.message) == (Kind.MISSING, "file not found")


def test_nothing_to_prepare(tmp_path: Path, cache: Cache) -> None:
    summary = prepare_hall(tmp_path, [], cache)
    assert (summary.total, summary.ok) == (0, True)


def test_the_pool_serves_single_images(tmp_path: Path, cache: Cache) -> None:
    photo(tmp_path / "a.jpg")
    with ImagePool(cache, workers=1) as pool:
        outcome = pool.submit(tmp_path, "a.jpg", [Size.MARKER]).result(timeout=60)
    assert outcome == Outcome("a.jpg", Status.PREPARED)
    assert cache.get(tmp_path / "a.jpg", Size.MARKER)


def test_a_crashed_worker_is_a_failure_not_a_crash() -> None:
    future: Future[Outcome] = Future()
    future.set_exception(BrokenProcessPool("killed"))
    outcome = _result(future, "images/a.jpg")
    assert outcome.status is Status.FAILED
    assert outcome.problem is not None and outcome.problem.kind is Kind.CRASHED


def test_preparing_bombs_keeps_memory_bounded(inputs: Path, tmp_path: Path) -> None:
    peak = peak_rss_mb(
        f"""
        from pathlib import Path
        from kiosk.media import Cache, prepare_hall
        if __name__ == "__main__":
            hall, cache = Path({str(inputs)!r}), Cache(Path({str(tmp_path)!r}))
            s = prepare_hall(hall, ["images/bomb.png", "images/huge.jpg"], cache, workers=2)
            assert [p.kind for _, p in s.failed] == ["too-large", "too-large"], s
        """
    )
    assert peak < 150, f"peak {peak:.0f} MB: an image over the cap was decoded"


def test_a_bug_is_reported_not_raised(
    tmp_path: Path, cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("oops")

    monkeypatch.setattr(prepare, "derive_all", broken)
    photo(tmp_path / "a.jpg")
    outcome = prepare.prepare_one(tmp_path, "a.jpg", cache.base)
    assert outcome.problem is not None
    assert outcome.problem.kind is Kind.UNEXPECTED
    assert "RuntimeError('oops')" in outcome.problem.message


def test_a_full_disk_in_the_workers_is_reported_and_leaves_no_files(tmp_path: Path) -> None:
    photo(tmp_path / "a.jpg")
    cache = FullCache(tmp_path / "cache")  # reaches the worker processes, pickled by its folder
    cache.full_flag.touch()
    summary = prepare_hall(tmp_path, ["a.jpg"], cache, workers=1)
    [(_, problem)] = summary.failed
    assert problem.kind is Kind.CACHE
    assert problem.message == (
        "cannot write the image cache: the disk is full ([Errno 28] No space left on device)"
    )
    assert cache.attempt_count() == 1
    assert not [p for p in cache.base.rglob("*") if p.is_file()]  # the half-written file went
    cache.full_flag.unlink()
    assert prepare_hall(tmp_path, ["a.jpg"], cache, workers=1).prepared == ["a.jpg"]


def test_a_cache_travels_to_workers_as_its_folder(tmp_path: Path, cache: Cache) -> None:
    import pickle

    cache.digest(photo(tmp_path / "a.jpg"))
    copy = pickle.loads(pickle.dumps(cache))
    assert (type(copy), copy.base, copy.root) == (Cache, cache.base, cache.root)
    assert copy._digests == {}
