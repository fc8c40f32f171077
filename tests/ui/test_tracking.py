"""Usage rows from what visitors do (no personal data)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.config import Attract, Settings
from kiosk.content import LoadResult
from kiosk.ops.usage import Kind
from kiosk.ui.app import Session
from kiosk.ui.navigator import Overlay, Page, Place
from kiosk.ui.tracking import views_opened


@pytest.mark.parametrize(
    ("before", "after", "opened"),
    [
        (Place(Page.HOME), Place(Page.SECTION, "city"), [(Kind.VIEW_SECTION, "city")]),
        (
            Place(Page.SECTION, "city"),
            Place(Page.SECTION, "industry"),
            [(Kind.VIEW_SECTION, "industry")],
        ),
        (Place(Page.HOME), Place(Page.TIMELINE), [(Kind.VIEW_TIMELINE, "")]),
        (
            Place(Page.TIMELINE),
            Place(Page.TIMELINE, overlay=Overlay.EVENT, event="e1"),
            [(Kind.VIEW_EVENT, "e1")],
        ),
        (
            Place(Page.SECTION, "city"),
            Place(Page.SECTION, "city", overlay=Overlay.PHOTO, photo=2),
            [(Kind.VIEW_PHOTO, "city/2")],
        ),
        (Place(Page.TIMELINE, overlay=Overlay.EVENT, event="e1"), Place(Page.TIMELINE), []),
        (Place(Page.STATS), Place(Page.HOME), []),
    ],
)
def test_views_opened(before: Place, after: Place, opened: list[tuple[Kind, str]]) -> None:
    assert views_opened(before, after) == opened


def test_a_visit_is_recorded(
    qtbot: object, launch: Callable[..., Session], bundled: LoadResult, tmp_path: Path
) -> None:
    db = tmp_path / "visits.db"
    session = launch(
        [bundled], settings=Settings(usage_db=db, idle_timeout=5, attract=Attract(countdown=1))
    )
    session.idle.activity()
    nav = session.nav
    nav.openSection("city")
    nav.openPhoto(1)
    nav.back()
    session.content.setLanguage("en")
    nav.openTimeline()
    session.timeline.setFilter("industry")
    session.idle.set_timeout(0.05)
    with qtbot.waitSignal(session.idle.reset, timeout=5000):  # type: ignore[attr-defined]
        pass
    assert session.tracker is not None
    session.tracker.close()
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT kind, target, lang FROM events ORDER BY id").fetchall()
    connection.close()
    assert rows == [
        ("visit_start", "", "zh"),
        ("view_section", "city", "zh"),
        ("view_photo", "city/1", "zh"),
        ("language", "en", "en"),
        ("view_timeline", "", "en"),
        ("timeline_filter", "industry", "en"),
        ("visit_end", "", "en"),
        ("attract_reset", "", "zh"),
    ]


def test_opening_a_story_or_the_next_one_is_recorded_once() -> None:
    from kiosk.ops.usage import Kind
    from kiosk.ui.navigator import Page, Place
    from kiosk.ui.tracking import views_opened

    section = Place(page=Page.SECTION, section="city")
    story = Place(page=Page.STORY, section="city", story="park")
    assert views_opened(section, story) == [(Kind.VIEW_STORY, "park")]
    assert views_opened(story, Place(page=Page.STORY, section="city", story="bridge")) == [
        (Kind.VIEW_STORY, "bridge")
    ]
    assert views_opened(story, story) == []
    assert views_opened(story, section) == [(Kind.VIEW_SECTION, "city")]
