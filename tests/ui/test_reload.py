"""Hot reload: good changes appear, bad or half-written ones never reach visitors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.content import load_hall
from kiosk.ui.backend import Backend
from kiosk.ui.reload import ContentWatcher, fingerprint
from tests.hallgen import make_generated_hall

WAIT = 10_000


@pytest.fixture
def live(qtbot: object, tmp_path: Path) -> tuple[Backend, ContentWatcher, Path]:
    folder = make_generated_hall(tmp_path / "hall", sections=3, events=4)
    backend = Backend([load_hall(folder)])
    watcher = ContentWatcher(backend, [folder], settle_ms=60)
    yield backend, watcher, folder
    watcher.close()


def _titles(backend: Backend) -> list[str]:
    return [row["title"] for row in backend.model("sections").rows()]


def _edit(folder: Path, old: str, new: str, count: int = 1) -> None:
    path = folder / "hall.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, count), encoding="utf-8")


def test_a_valid_change_appears(qtbot: object, live: tuple[Backend, ContentWatcher, Path]) -> None:
    backend, watcher, folder = live
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        _edit(folder, "板块1", "新板块")
    assert signal.args[0] is True
    assert _titles(backend)[0] == "新板块"


def test_an_invalid_change_keeps_the_last_good_content_then_a_fix_is_picked_up(
    qtbot: object, live: tuple[Backend, ContentWatcher, Path]
) -> None:
    backend, watcher, folder = live
    before = _titles(backend)
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        _edit(folder, "accent: '#A33A2E'", "accent: red")
    assert signal.args[0] is False
    assert "showing the last good content" in signal.args[1]
    assert _titles(backend) == before
    assert any("is not a colour" in line for line in backend.problem_list())
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        _edit(folder, "accent: red", "accent: '#123456'")
    assert signal.args[0] is True
    assert backend.model("sections").rows()[0]["accent"] == "#123456"
    assert not any("is not a colour" in line for line in backend.problem_list())


def test_a_half_written_file_never_reaches_visitors(
    qtbot: object, live: tuple[Backend, ContentWatcher, Path]
) -> None:
    backend, watcher, folder = live
    before = _titles(backend)
    text = (folder / "hall.yaml").read_text(encoding="utf-8")
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        (folder / "hall.yaml").write_text(text[: len(text) // 2], encoding="utf-8")
    assert signal.args[0] is False
    assert _titles(backend) == before


def test_visitor_on_a_deleted_section_lands_home(
    qtbot: object, live: tuple[Backend, ContentWatcher, Path]
) -> None:
    backend, watcher, folder = live
    backend.nav.openSection("section-3")
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        _edit(folder, "section-3", "section-9", count=-1)  # the section is gone, its id with it
    assert backend.nav.place.page == "home"


def test_visitor_on_a_deleted_event_goes_back_to_the_page(
    qtbot: object, live: tuple[Backend, ContentWatcher, Path]
) -> None:
    backend, watcher, folder = live
    backend.nav.openTimeline()
    backend.nav.openEvent("event-1")
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        _edit(folder, "- id: event-1\n", "- id: event-99\n")
    assert (backend.nav.place.page, backend.nav.place.overlay) == ("timeline", "")


def test_folder_missing_then_replaced_whole(
    qtbot: object, live: tuple[Backend, ContentWatcher, Path], tmp_path: Path
) -> None:
    backend, watcher, folder = live
    before = _titles(backend)
    staged = make_generated_hall(tmp_path / "staged", sections=2, events=2, hall_id="replaced")
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        shutil.rmtree(folder)
    assert signal.args[0] is False
    assert _titles(backend) == before  # still the last good content
    with qtbot.waitSignal(watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        staged.rename(folder)
    assert signal.args[0] is True
    assert backend.property("hall")["id"] == "replaced"


def test_fingerprint_sees_size_changes(tmp_path: Path) -> None:
    folder = make_generated_hall(tmp_path / "h", sections=1, events=1)
    first = fingerprint(folder)
    with (folder / "images" / "p0000.jpg").open("ab") as handle:
        handle.write(b"more")
    assert fingerprint(folder) != first
    assert fingerprint(tmp_path / "missing") is None
