"""The timeline of a large hall: only the events near the viewport have delegates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtQuick import QQuickWindow

from kiosk.content import load_hall
from kiosk.ui.app import Session
from tests.hallgen import make_generated_hall
from tests.ui.conftest import _items, item

WAIT = 10_000


def cards(window: QQuickWindow) -> set[str]:
    """The event ids of every timeline card that exists (on screen or not)."""
    prefix = "timelineCard_"
    return {
        i.objectName().removeprefix(prefix)
        for i in _items(window.contentItem())
        if i.objectName().startswith(prefix)
    }


def on_screen(session: Session, left: float, right: float) -> set[str]:
    """The ids of the events whose card start lies within [left, right] (window pixels)."""
    scale = session.window.width() / 1920
    rows = session.timeline.all_rows()
    return {r.event_id for r in rows if left <= r.x * scale <= right}


def test_a_long_timeline_makes_only_the_cards_near_the_view(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path
) -> None:
    folder = make_generated_hall(tmp_path / "big", sections=4, events=400, images=4)
    session = launch([load_hall(folder)], size=(1920, 1080))
    session.nav.openTimeline()
    qtbot.waitUntil(lambda: bool(cards(session.window)), timeout=WAIT)  # type: ignore[attr-defined]
    flick = item(session.window, "timelineFlick")
    width = flick.width()
    assert len(session.timeline.all_rows()) == 400
    made = cards(session.window)
    assert on_screen(session, 0, width) <= made
    assert len(made) < 100, "every event got a delegate"

    last = max(r.x for r in session.timeline.all_rows())
    end = last * session.window.width() / 1920 - width / 2
    flick.setProperty("contentX", end)
    expected = on_screen(session, end, end + width)
    assert expected
    qtbot.waitUntil(lambda: expected <= cards(session.window), timeout=WAIT)  # type: ignore[attr-defined]
    assert not cards(session.window) & on_screen(session, 0, width), "cards far behind remain"
    assert len(cards(session.window)) < 100
