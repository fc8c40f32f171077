"""A page's prepared pictures arrive with the page: known at a tap, in with its fade, no re-fade."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kiosk.config import Settings
from kiosk.content import load_hall
from kiosk.media import Cache, prepare_hall
from kiosk.ui.app import Session
from tests.hallgen import make_generated_hall
from tests.ui.conftest import has_item, item

WAIT = 30_000


def test_a_section_opened_after_start_shows_its_prepared_pictures_with_the_page(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path
) -> None:
    hall = load_hall(make_generated_hall(tmp_path / "hall", sections=2, stories=2, events=2))
    assert hall.hall is not None
    cache = tmp_path / "cache"
    prepare_hall(hall.folder, [p.file for p in hall.hall.pictures()], Cache(cache))
    session = launch([hall], settings=Settings(image_cache=cache))
    theme, images = session.theme, session.images
    section = hall.hall.sections[1]
    assert section.cover is not None
    qtbot.waitUntil(lambda: bool(theme.property("started")), timeout=WAIT)  # type: ignore[attr-defined]
    # Looked up ahead once the first frame is out: every picture of the hall, none prepared again.
    # (resolve() here would itself look one up: the test reads what is known.)
    files = {p.file for p in hall.hall.pictures()}
    known = lambda: {file for folder, file in images._paths if folder == str(hall.folder)}  # noqa: E731
    qtbot.waitUntil(lambda: known() == files, timeout=WAIT)  # type: ignore[attr-defined]
    assert not images.busy()
    announced: list[object] = []
    images.changed.connect(lambda: announced.append(1))
    arrivals: list[tuple[bool, bool]] = []  # (a page fading in, the picture at full opacity)

    session.nav.openSection(section.id)
    qtbot.waitUntil(lambda: has_item(session.window, "sectionCover"), timeout=WAIT)  # type: ignore[attr-defined]
    cover = item(session.window, "sectionCover")
    assert str(cache) in cover.property("source").toString()  # its file known as it was built
    cover.readyChanged.connect(  # type: ignore[attr-defined]
        lambda: arrivals.append((bool(theme.property("entering")), bool(cover.property("shown"))))
    )
    qtbot.waitUntil(lambda: bool(cover.property("shown")), timeout=WAIT)  # type: ignore[attr-defined]
    assert not announced  # no trip through the image thread, no batching of arrivals
    for entering, shown in arrivals:  # decoded while the page faded in: no fade of its own
        assert shown or not entering
    qtbot.waitUntil(lambda: not theme.property("entering"), timeout=WAIT)  # type: ignore[attr-defined]
