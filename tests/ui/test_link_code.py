"""QR codes to take a story home: drawn offline, crisp, decoding to the link, and counted."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kiosk.config import Settings
from kiosk.content import LoadResult, load_hall
from kiosk.content.model import MAX_LINK
from kiosk.ops.report import write_report
from kiosk.present.qr import QUIET_ZONE, link_host, qr_modules
from kiosk.ui import snapshot
from kiosk.ui.app import Session
from kiosk.ui.layout_check import problems
from kiosk.ui.takehome import MAX_ID, QrCodes, qr_image
from tests.hallgen import LINK, LINKED_EVENT, LINKED_STORY, make_linked_hall
from tests.ui.conftest import item

STORY_LINK = f"{LINK}{LINKED_STORY}.html"
EVENT_LINK = f"{LINK}{LINKED_EVENT}.html"


def decoded(image: Image.Image | QImage) -> list[str]:
    """The QR codes a well-kept decoder (zxing-cpp) reads in an image."""
    if isinstance(image, QImage):
        image = Image.fromqimage(image)
    return [code.text for code in zxingcpp.read_barcodes(image.convert("L"))]


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory, image_cache: Path) -> LoadResult:
    """The bundled hall with links on the hall, a story and an event (pictures prepared)."""
    from kiosk.media import Cache, prepare_hall

    result = load_hall(make_linked_hall(tmp_path_factory.mktemp("linked") / "hall"))
    assert result.ok and result.hall is not None, [str(f) for f in result.findings]
    prepare_hall(result.folder, [p.file for p in result.hall.pictures()], Cache(image_cache))
    return result


@pytest.mark.parametrize(
    "link", [STORY_LINK, "https://济宁.中国/新闻", "https://a.cn/" + "x" * 187]
)
def test_a_code_decodes_back_to_its_link(link: str) -> None:
    modules = qr_modules(link)
    assert len(modules) == len(modules[0])
    assert not any(modules[0]) and not any(row[0] for row in modules)  # the quiet zone
    assert not any(any(row[:QUIET_ZONE]) or any(row[-QUIET_ZONE:]) for row in modules)
    image = qr_image(link, 300)
    assert decoded(image) == [link]


def test_the_code_has_whole_pixel_modules_within_its_size() -> None:
    count = len(qr_modules(STORY_LINK))
    for side in (count - 1, count, 2 * count + 1, 250):
        image = qr_image(STORY_LINK, side)
        scale = max(1, side // count)
        assert (image.width(), image.height()) == (count * scale, count * scale)
        grey = {image.pixelColor(x, y).value() for x in range(image.width()) for y in range(4)}
        assert grey <= {0, 255}  # black and white, no smoothing


def test_the_provider_draws_what_qml_asks_and_a_blank_for_nonsense() -> None:
    from urllib.parse import quote

    provider = QrCodes()
    size = QSize()
    image = provider.requestImage(quote(STORY_LINK, safe=""), size, QSize(200, 200))
    assert decoded(image) == [STORY_LINK] and size == image.size()
    assert image.width() <= 200
    for bad in (
        "",
        "x" * (MAX_ID + 1),
        quote("https://a.cn/" + "x" * 3000),
    ):  # none, huge, overflow
        blank = provider.requestImage(bad, QSize(), QSize(100, 100))
        assert not blank.isNull() and decoded(blank) == []


def test_the_longest_link_still_fits_a_small_code() -> None:
    count = len(qr_modules("https://a.cn/" + "x" * (MAX_LINK - 13)))
    assert count <= 57 + 2 * QUIET_ZONE  # version 10 or less: 2 px modules in 130 px


def test_the_host_shown_under_the_code() -> None:
    assert link_host(STORY_LINK) == "www.example.com"
    assert link_host("https://济宁.中国/新闻") == "济宁.中国"


VIEWS = [("event", f"event:{LINKED_EVENT}", EVENT_LINK), ("about", "about", LINK)]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("view", "link"), [v[1:] for v in VIEWS], ids=[v[0] for v in VIEWS])
def test_the_event_and_about_pages_show_a_code_that_scans(
    qtbot: object,
    linked: LoadResult,
    image_cache: Path,
    tmp_path: Path,
    view: str,
    link: str,
    lang: str,
    size: tuple[int, int],
) -> None:
    import json

    out, facts = tmp_path / "view.png", tmp_path / "facts.json"
    snapshot.render(
        [linked], view, size, lang, out, settings=Settings(image_cache=image_cache), facts=facts
    )
    assert decoded(Image.open(out)) == [link]
    shown = json.loads(facts.read_text(encoding="utf-8"))
    texts = {t["name"]: t["text"] for t in shown["texts"]}
    assert (
        texts["linkCodeCaption"] == {"zh": "扫码阅读原文", "en": "Scan to read the original"}[lang]
    )
    assert texts["linkCodeHost"] == "www.example.com"
    assert problems(shown, size, small_files=False) == []


def test_a_story_shows_its_code_at_the_end_and_the_visit_counts_it(
    qtbot: object, launch: Callable[..., Session], linked: LoadResult, tmp_path: Path
) -> None:
    db = tmp_path / "usage.db"
    session = launch([linked], settings=Settings(usage_db=db), size=(1920, 1080))
    session.idle.activity()
    session.nav.openStory(LINKED_STORY)
    window = session.window
    qtbot.waitUntil(lambda: item(window, "storyLink").property("link") == STORY_LINK)  # type: ignore[attr-defined]
    flick = item(window, "storyFlick")
    code = item(window, "storyLink")
    qtbot.waitUntil(lambda: code.y() > 0 and code.property("inView") is False)  # type: ignore[attr-defined]
    for shown in (1, 2):  # down to it, back up, down again: counted once in this place
        flick.setProperty("contentY", flick.property("contentHeight") - flick.height())
        qtbot.waitUntil(lambda n=shown: code.property("shownCount") == n)  # type: ignore[attr-defined]
        flick.setProperty("contentY", 0)
        qtbot.waitUntil(lambda: code.property("inView") is False)  # type: ignore[attr-defined]
    flick.setProperty("contentY", flick.property("contentHeight") - flick.height())
    qtbot.waitUntil(lambda: decoded(window.grabWindow()) == [STORY_LINK])  # type: ignore[attr-defined]
    session.nav.openEvent(LINKED_EVENT)
    qtbot.waitUntil(lambda: decoded(window.grabWindow()) == [EVENT_LINK])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: item(window, "eventLink").property("shownCount") == 1)  # type: ignore[attr-defined]
    session.nav.back()
    session.nav.back()
    session.nav.openStory(LINKED_STORY)  # a new look at the story: counted again when seen
    code = item(window, "storyLink")
    qtbot.waitUntil(lambda: code.y() > 0)  # type: ignore[attr-defined]
    flick = item(window, "storyFlick")
    counted = code.property("shownCount")
    flick.setProperty("contentY", flick.property("contentHeight") - flick.height())
    qtbot.waitUntil(lambda: code.property("shownCount") == counted + 1)  # type: ignore[attr-defined]
    assert session.tracker is not None
    session.tracker.close()
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT target FROM events WHERE kind = 'code_shown' ORDER BY id"
        ).fetchall()
    connection.close()
    assert rows == [
        (f"story:{LINKED_STORY}",),
        (f"event:{LINKED_EVENT}",),
        (f"story:{LINKED_STORY}",),
    ]
    files = write_report(db, tmp_path / "report", titles={f"story:{LINKED_STORY}": "Two projects"})
    codes = next(f for f in files.files if f.name == "top_codes.csv").read_text(encoding="utf-8")
    assert f"story:{LINKED_STORY},Two projects,2" in codes
