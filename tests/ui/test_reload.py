"""Hot reload: good changes appear, bad or half-written ones never reach visitors."""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.content import LoadResult, load_hall
from kiosk.content.snapshot import fingerprint
from kiosk.ui.navigator import Overlay, Page
from kiosk.ui.reload import MAX_STALE, ContentWatcher
from kiosk.ui.staff import problem_rows
from kiosk.ui.views import Views, build
from tests.hallgen import make_generated_hall

WAIT = 10_000


@pytest.fixture
def live(qtbot: object, tmp_path: Path) -> tuple[Views, ContentWatcher, Path]:
    folder = make_generated_hall(tmp_path / "hall", sections=3, events=4)
    views = build([load_hall(folder)])
    watcher = ContentWatcher(views.content, [folder], settle_ms=60)
    yield views, watcher, folder
    watcher.close()


Loader = Callable[[Path], LoadResult]


@pytest.fixture
def watch(
    qtbot: object, tmp_path: Path
) -> Iterator[Callable[[Loader], tuple[Views, ContentWatcher, Path]]]:
    """A hall and a watcher that reads it through the given loader."""
    watchers: list[ContentWatcher] = []

    def make(loader: Loader) -> tuple[Views, ContentWatcher, Path]:
        folder = make_generated_hall(tmp_path / "hall", sections=3, events=4)
        views = build([load_hall(folder)])
        watchers.append(ContentWatcher(views.content, [folder], settle_ms=60, loader=loader))
        return views, watchers[-1], folder

    yield make
    for watcher in watchers:
        watcher.close()


def _titles(views: Views) -> list[str]:
    return [row.title for row in views.home.sections.rows()]


def _problems(views: Views) -> list[str]:
    return [row["text"] for row in problem_rows(views.content.latest)]


def _edit(folder: Path, old: str, new: str, count: int = 1) -> None:
    path = folder / "hall.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, count), encoding="utf-8")


def test_a_valid_change_appears(qtbot: object, live: tuple[Views, ContentWatcher, Path]) -> None:
    views, watcher, folder = live
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        _edit(folder, "板块1", "新板块")
    assert signal.args[0] is True
    assert _titles(views)[0] == "新板块"


def test_an_invalid_change_keeps_the_last_good_content_then_a_fix_is_picked_up(
    qtbot: object, live: tuple[Views, ContentWatcher, Path]
) -> None:
    views, watcher, folder = live
    before = _titles(views)
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        _edit(folder, "accent: '#A33A2E'", "accent: red")
    assert signal.args[0] is False
    assert "showing the last good content" in signal.args[1]
    assert _titles(views) == before
    assert any("is not a colour" in line for line in _problems(views))
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        _edit(folder, "accent: red", "accent: '#123456'")
    assert signal.args[0] is True
    assert views.home.sections.rows()[0].accent == "#123456"
    assert not any("is not a colour" in line for line in _problems(views))


def test_a_half_written_file_never_reaches_visitors(
    qtbot: object, live: tuple[Views, ContentWatcher, Path]
) -> None:
    views, watcher, folder = live
    before = _titles(views)
    text = (folder / "hall.yaml").read_text(encoding="utf-8")
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        (folder / "hall.yaml").write_text(text[: len(text) // 2], encoding="utf-8")
    assert signal.args[0] is False
    assert _titles(views) == before


def test_visitor_on_a_deleted_section_lands_home(
    qtbot: object, live: tuple[Views, ContentWatcher, Path]
) -> None:
    views, watcher, folder = live
    views.nav.openSection("section-3")
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        _edit(folder, "section-3", "section-9", count=-1)  # the section is gone, its id with it
    assert views.nav.place.page == Page.HOME


def test_visitor_on_a_deleted_event_goes_back_to_the_page(
    qtbot: object, live: tuple[Views, ContentWatcher, Path]
) -> None:
    views, watcher, folder = live
    views.nav.openTimeline()
    views.nav.openEvent("event-1")
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        _edit(folder, "- id: event-1\n", "- id: event-99\n")
    assert (views.nav.place.page, views.nav.place.overlay) == (Page.TIMELINE, Overlay.NONE)


def test_folder_missing_then_replaced_whole(
    qtbot: object, live: tuple[Views, ContentWatcher, Path], tmp_path: Path
) -> None:
    views, watcher, folder = live
    before = _titles(views)
    staged = make_generated_hall(tmp_path / "staged", sections=2, events=2, hall_id="replaced")
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        shutil.rmtree(folder)
    assert signal.args[0] is False
    assert _titles(views) == before  # still the last good content
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        staged.rename(folder)
    assert signal.args[0] is True
    assert views.content.property("hall")["id"] == "replaced"


def test_fingerprint_sees_size_changes(tmp_path: Path) -> None:
    folder = make_generated_hall(tmp_path / "h", sections=1, events=1)
    first = fingerprint(folder)
    with (folder / "images" / "p0000.jpg").open("ab") as handle:
        handle.write(b"more")
    assert fingerprint(folder) != first
    assert fingerprint(tmp_path / "missing") is None


def _while_reading(*changes: Callable[[Path], object]) -> tuple[Loader, list[Path]]:
    """A loader whose nth call makes the nth change in the middle of reading (then loads plainly)."""
    calls: list[Path] = []

    def loader(folder: Path) -> LoadResult:
        calls.append(folder)
        if len(calls) > len(changes):
            return load_hall(folder)
        result = load_hall(folder)
        changes[len(calls) - 1](folder)
        return result

    return loader, calls


def test_content_replaced_while_being_read_is_read_again(
    qtbot: object,
    watch: Callable[[Loader], tuple[Views, ContentWatcher, Path]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    loader, calls = _while_reading(lambda folder: _edit(folder, "板块1", "新板块"))
    views, watcher, _folder = watch(loader)
    caplog.set_level(logging.INFO, logger="kiosk.ui.reload")
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        watcher.reload_now()
    # The first load read the old text and saw it change under it: never shown as current.
    assert signal.args == [True, "content reloaded"]
    assert _titles(views)[0] == "新板块"
    assert len(calls) == 2
    assert "hall changed while it was being read; not shown" in caplog.text


def test_a_valid_version_replaced_by_a_bad_one_while_read_is_never_shown(
    qtbot: object, watch: Callable[[Loader], tuple[Views, ContentWatcher, Path]]
) -> None:
    loader, calls = _while_reading(lambda folder: _edit(folder, "accent: '#A33A2E'", "accent: red"))
    views, watcher, folder = watch(loader)
    before = _titles(views)
    _edit(folder, "板块1", "新板块")  # valid, but replaced by a bad version while it is read
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        watcher.reload_now()
    assert signal.args[0] is False
    assert "showing the last good content" in signal.args[1]
    assert _titles(views) == before  # the last good content, not the version read in passing
    assert any("is not a colour" in line for line in _problems(views))
    assert len(calls) >= 2


def test_a_file_rewritten_in_place_while_read_is_read_again_when_complete(
    qtbot: object,
    watch: Callable[[Loader], tuple[Views, ContentWatcher, Path]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[Path] = []

    def copying(folder: Path) -> LoadResult:
        """The loader reads hall.yaml while another program rewrites it in place, not atomically."""
        calls.append(folder)
        if len(calls) > 1:
            return load_hall(folder)
        path = folder / "hall.yaml"
        new = path.read_text(encoding="utf-8").replace("板块1", "新板块").encode()
        with path.open("r+b") as handle:  # truncated, half written ...
            handle.truncate(0)
            handle.write(new[: len(new) // 2])
            handle.flush()
            result = load_hall(folder)  # ... read just then ...
            handle.write(new[len(new) // 2 :])  # ... and finished
        return result

    views, watcher, _folder = watch(copying)
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        watcher.reload_now()
    assert len(calls) == 2
    assert signal.args == [True, "content reloaded"]  # the half file was never reported or shown
    assert _titles(views)[0] == "新板块"
    assert "has errors" not in caplog.text


def test_content_that_keeps_changing_while_read_keeps_the_last_good_content(
    qtbot: object,
    watch: Callable[[Loader], tuple[Views, ContentWatcher, Path]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def bump(n: int) -> Callable[[Path], object]:
        return lambda folder: _edit(folder, f"板块{n}", f"板块{n + 1}")

    loader, calls = _while_reading(*(bump(n) for n in range(1, MAX_STALE + 2)))
    views, watcher, _folder = watch(loader)
    before = _titles(views)
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        watcher.reload_now()
    assert signal.args[0] is False and "keeps changing while it is read" in signal.args[1]
    assert _titles(views) == before
    assert len(calls) == MAX_STALE + 1
    assert caplog.text.count("keeps changing while it is read") == 1
    # The files then stay still: the change that was seen last is loaded.
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        pass
    assert signal.args[0] is True
    assert _titles(views)[0] == f"板块{MAX_STALE + 2}"


def test_fingerprint_sees_a_file_replaced_with_the_same_size_and_time(tmp_path: Path) -> None:
    folder = make_generated_hall(tmp_path / "h", sections=1, events=1)
    path = folder / "hall.yaml"
    first = fingerprint(folder)
    stat = path.stat()
    staged = tmp_path / "staged.yaml"
    staged.write_bytes(path.read_bytes().replace(b"section-1", b"section-x"))
    os.utime(staged, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as rsync -t or cp -p would
    staged.replace(path)
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert fingerprint(folder) != first


def _rss_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="named pipes, /proc")
@pytest.mark.parametrize("make", ["fifo", "zero"])
def test_a_hall_file_that_is_not_a_file_is_refused_and_reloads_go_on(
    qtbot: object, live: tuple[Views, ContentWatcher, Path], make: str
) -> None:
    views, watcher, folder = live
    before, rss = _titles(views), _rss_mb()
    path = folder / "hall.yaml"
    good = path.read_bytes()
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        path.unlink()
        os.mkfifo(path) if make == "fifo" else path.symlink_to("/dev/zero")
    assert signal.args[0] is False
    assert _titles(views) == before
    expected = (
        "named pipe (FIFO), not a regular file" if make == "fifo" else "outside the hall folder"
    )
    assert any(expected in line for line in _problems(views))
    assert _rss_mb() - rss < 20  # nothing was read into memory
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        path.unlink()
        path.write_bytes(good.replace("板块1".encode(), "新板块".encode()))
    assert signal.args[0] is True  # reloads still work
    assert _titles(views)[0] == "新板块"


def test_a_hall_copied_slowly_in_pieces_is_never_shown_half_done(
    qtbot: object, tmp_path: Path
) -> None:
    """Each piece ends at a section, so every state in between is a valid, shorter hall.

    The copy stalls once for longer than the settling time: one quiet interval alone would
    show the half-copied hall; the second read, another interval later, sees the copy go on.
    """
    from PySide6.QtCore import QTimer

    settle = 400
    folder = make_generated_hall(tmp_path / "hall", sections=6, events=4)
    path = folder / "hall.yaml"
    views = build([load_hall(folder)])
    watcher = ContentWatcher(views.content, [folder], settle_ms=settle)
    shown: list[int] = []
    views.content.hallChanged.connect(lambda: shown.append(views.home.sections.rowCount()))
    new = path.read_text(encoding="utf-8").replace("板块1", "新板块")
    cuts = [new.index(f"\n- id: section-{n}\n") + 1 for n in range(2, 7)] + [len(new)]
    pieces = list(zip([0, *cuts], cuts, strict=False))
    handle = path.open("w", encoding="utf-8")  # written in place, as a slow copy would

    def write(n: int) -> None:
        start, end = pieces[n]
        handle.write(new[start:end])
        handle.flush()
        if n + 1 == len(pieces):
            handle.close()
            return
        pause = int(settle * 1.5) if n == 2 else settle // 3  # one stall past the settling time
        QTimer.singleShot(pause, lambda: write(n + 1))

    try:
        write(0)
        qtbot.waitUntil(lambda: handle.closed, timeout=WAIT)  # type: ignore[attr-defined]
        with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
            pass
        assert signal.args[0] is True
        assert _titles(views)[0] == "新板块"
        assert shown == [6]  # the whole new hall, once; never one with fewer sections
    finally:
        if not handle.closed:
            handle.close()
        watcher.close()


def test_a_load_that_ends_after_close_is_dropped(
    qtbot: object, watch: Callable[[Loader], tuple[Views, ContentWatcher, Path]]
) -> None:
    """The kiosk stopping while a reload runs: the late result and later triggers do nothing."""
    reading, release = threading.Event(), threading.Event()

    def slow(folder: Path) -> LoadResult:
        reading.set()
        release.wait(WAIT / 1000)
        return load_hall(folder)

    views, watcher, _folder = watch(slow)
    before = _titles(views)
    watcher.reload_now()
    assert reading.wait(WAIT / 1000)
    watcher._again = True  # a change arrived meanwhile: a finished load would start another
    watcher.close()
    release.set()
    qtbot.waitUntil(lambda: watcher._pending is not None and watcher._pending.done())  # type: ignore[attr-defined]
    watcher._swap(watcher._pending)  # as the queued signal would, had it been emitted
    watcher.reload_now()  # e.g. SIGHUP while stopping
    assert _titles(views) == before
