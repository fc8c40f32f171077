"""Faults in the running kiosk: it keeps running, shows valid content and says what happened."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.config import Settings
from kiosk.content import LoadResult, load_hall
from kiosk.media import Cache, ImageInfo, inspect_image, prepare_hall
from kiosk.ui import app as app_module
from kiosk.ui import images as images_module
from kiosk.ui.app import Session
from tests.hallgen import make_generated_hall
from tests.media.faults import FullCache
from tests.ui.conftest import _items, has_item, item

WAIT = 30_000
# What Qt says when an Image cannot decode its file: unavoidable, and expected here only.
DAMAGED_WARNING = r"QML Image: Error decoding: file://.*/cache/.*\.jpg: Unsupported image format"
# Another view showing the same picture (a Home tile's sharper derivative) may ask for the
# damaged file just as it is replaced by its repair.
REPLACED_WARNING = r"QML Image: Cannot open: file://.*/cache/.*\.jpg"


def _hall(tmp_path: Path) -> LoadResult:
    folder = make_generated_hall(tmp_path / "hall", sections=2, stories=1, events=2)
    return load_hall(folder)


def _prepared_kiosk(
    launch: Callable[..., Session], tmp_path: Path
) -> tuple[Session, LoadResult, Path]:
    """A kiosk on a small hall whose pictures are all prepared: the session, hall and cache."""
    hall = _hall(tmp_path)
    assert hall.hall is not None
    cache = tmp_path / "cache"
    prepare_hall(hall.folder, [p.file for p in hall.hall.pictures()], Cache(cache))
    return launch([hall], settings=Settings(image_cache=cache)), hall, cache


def _pictures(window: QQuickWindow) -> list[QQuickItem]:
    """Every Picture item in the window."""
    return [
        i for i in _items(window.contentItem()) if i.metaObject().className().startswith("Picture")
    ]


def _source(picture: QQuickItem) -> str:
    return picture.property("source").toString()


def _shown(window: QQuickWindow, cache: Path) -> list[QQuickItem]:
    """The visible pictures showing a prepared derivative."""
    return [
        p
        for p in _pictures(window)
        if p.isVisible() and p.property("ready") and str(cache) in _source(p)
    ]


@pytest.mark.qt_log_ignore(DAMAGED_WARNING)
def test_a_derivative_damaged_while_the_kiosk_shows_pictures_is_made_again(
    qtbot: object,
    launch: Callable[..., Session],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    qtlog: object,
) -> None:
    session, hall, cache = _prepared_kiosk(launch, tmp_path)
    assert hall.hall is not None
    qtbot.waitUntil(lambda: len(_shown(session.window, cache)) >= 2, timeout=WAIT)  # type: ignore[attr-defined]
    cover = session.home.sections.rows()[0].cover_full  # what the section hero shows
    path = Path(QUrl(cover).toLocalFile())
    path.write_bytes(b"garbage where a JPEG was")  # damaged on disk after it was looked up

    session.nav.openSection("section-1")  # the section's hero loads it anew: it fails
    qtbot.waitUntil(lambda: has_item(session.window, "sectionCover"), timeout=WAIT)  # type: ignore[attr-defined]
    hero = item(session.window, "sectionCover")
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: hero.property("ready") and _source(hero) == f"{cover}?repair=1", timeout=WAIT
    )
    assert isinstance(inspect_image(path), ImageInfo)  # made again
    assert f"cached full image of {hall.hall.sections[0].cover.file} is damaged" in caplog.text
    warnings = [r.message for r in qtlog.records if "QML Image" in r.message]  # type: ignore[attr-defined]
    assert len(warnings) == 1 and re.search(DAMAGED_WARNING, warnings[0]), warnings


@pytest.mark.qt_log_ignore(DAMAGED_WARNING, REPLACED_WARNING)
def test_a_damaged_picture_in_the_attract_loop_is_made_again(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    session = _prepared_kiosk(launch, tmp_path)[0]
    content = session.content
    qtbot.waitUntil(lambda: bool(content.property("attractImages")), timeout=WAIT)  # type: ignore[attr-defined]
    first = content.property("attractImages")[0]
    Path(QUrl(first).toLocalFile()).write_bytes(b"garbage where a JPEG was")
    session.nav.set_attract(True)  # the loop starts with the first picture: it fails
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: f"{first}?repair=1" in content.property("attractImages"), timeout=WAIT
    )
    assert "is damaged" in caplog.text


def test_a_full_image_cache_shows_placeholders_then_pictures_once_there_is_room(
    qtbot: object,
    launch: Callable[..., Session],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hall = _hall(tmp_path)
    assert hall.hall is not None
    cache = FullCache(tmp_path / "cache")
    cache.full_flag.touch()
    monkeypatch.setattr(app_module, "Cache", FullCache)  # reaches the worker processes too
    monkeypatch.setattr(images_module, "RETRY_MS", 20)
    session = launch([hall], settings=Settings(image_cache=cache.base))
    qtbot.waitUntil(lambda: cache.attempt_count() >= 3, timeout=WAIT)  # type: ignore[attr-defined]
    assert not _shown(session.window, cache.base)  # placeholders
    assert session.content.property("available")
    session.nav.openSection("section-2")  # visitors go on using it
    qtbot.waitUntil(lambda: has_item(session.window, "sectionCover"), timeout=WAIT)  # type: ignore[attr-defined]
    full = [r.getMessage() for r in caplog.records if "the disk is full" in r.getMessage()]
    asked = {key[1] for key in session.images.failed}
    assert len(full) == len(asked) > 0  # one line per picture, however often it is retried
    # no picture was written (a retry may be half-way through a temporary file, which then goes)
    assert not [p for p in cache.base.rglob("*") if p.is_file() and p.suffix != ".tmp"]

    cache.full_flag.unlink()  # room again
    qtbot.waitUntil(lambda: has_item(session.window, "sectionCover"), timeout=WAIT)  # type: ignore[attr-defined]
    hero = item(session.window, "sectionCover")
    qtbot.waitUntil(lambda: hero.property("ready"), timeout=WAIT)  # type: ignore[attr-defined]
    assert str(cache.base) in _source(hero)
    # The others follow the hero once it worked (one probe, then the rest), each in its turn.
    qtbot.waitUntil(lambda: not session.images.failed, timeout=WAIT)  # type: ignore[attr-defined]
    assert not [p for p in cache.base.rglob("*.tmp")]
