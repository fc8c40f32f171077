"""The timeline of a large hall: only the events near the viewport have delegates."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.content import LoadResult, load_hall
from kiosk.ui.app import Session
from kiosk.ui.navigator import Page
from tests.hallgen import make_generated_hall
from tests.ui.conftest import _items, has_item, item, swipe

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


# -- every card reads whole -------------------------------------------------------------------
CARD_PREFIXES = ("timelineCard_", "yearLaneEvent_")


def _card_of(text: QQuickItem) -> QQuickItem | None:
    """The card (or year-lane pill) a text belongs to."""
    at = text.parentItem()
    while at is not None and not at.objectName().startswith(CARD_PREFIXES):
        at = at.parentItem()
    return at


def _rect(target: QQuickItem) -> QRectF:
    """The item's rectangle in window coordinates."""
    return target.mapRectToScene(QRectF(0, 0, target.width(), target.height()))


def _inside(inner: QRectF, outer: QRectF) -> bool:
    slack = 0.5
    return (
        inner.left() >= outer.left() - slack
        and inner.right() <= outer.right() + slack
        and inner.top() >= outer.top() - slack
        and inner.bottom() <= outer.bottom() + slack
    )


def card_problems(window: QQuickWindow, min_px: float) -> tuple[list[str], int]:
    """What is wrong with the cards wholly in view (cut, clipped, too small, covered), and how
    many texts were checked."""
    flick = item(window, "timelineFlick")
    view = _rect(flick)
    problems: list[str] = []
    cards = [
        i
        for i in _items(window.contentItem())
        if i.objectName().startswith(CARD_PREFIXES) and i.isVisible()
    ]
    shown = [
        c for c in cards if _rect(c).left() >= view.left() and _rect(c).right() <= view.right()
    ]
    checked = 0
    for card in shown:
        name = card.objectName()
        if not _inside(_rect(card), view):
            problems.append(f"{name} is cut by the top or bottom of the timeline")
        for text in _items(card):
            if text.objectName() != "cardText" or not text.isVisible() or not text.property("text"):
                continue
            checked += 1
            words = text.property("text")
            if text.property("truncated"):
                problems.append(f"{name}: {words!r} is truncated")
            if not _inside(_rect(text), _rect(card)):
                problems.append(f"{name}: {words!r} is clipped by its card")
            lines = text.property("lineCount") * text.property("lineHeight")
            if lines > text.height() + 0.5:
                problems.append(f"{name}: {words!r} has more lines than its box holds")
            size = text.property("font").pixelSize()
            if size < min_px - 0.5:
                problems.append(f"{name}: {words!r} is {size} px (at least {min_px:.0f})")
    for a, b in itertools.combinations(shown, 2):
        if _rect(a).intersects(_rect(b)):
            problems.append(f"{a.objectName()} and {b.objectName()} overlap")
    return problems, checked


def months_with_events(session: Session) -> list[tuple[int, int]]:
    """The months of the axis where an event's mark starts."""
    months = session.timeline.month_rows()
    found = set()
    for row in session.timeline.all_rows():
        month = [m for m in months if m.x <= row.x][-1]
        found.add((month.year, month.month))
    return sorted(found)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720), (3840, 2160)])
def test_every_card_reads_whole(
    qtbot: object,
    launch: Callable[..., Session],
    bundled: LoadResult,
    size: tuple[int, int],
    lang: str,
) -> None:
    session = launch([bundled], size=size, language=lang)
    session.nav.openTimeline()
    qtbot.waitUntil(lambda: bool(cards(session.window)), timeout=WAIT)  # type: ignore[attr-defined]
    flick = item(session.window, "timelineFlick")
    scale = flick.property("contentWidth") / session.timeline.property("width")
    min_px = 24 * min(size) / 1080
    problems: list[str] = []
    checked = 0
    for year, month in months_with_events(session):
        assert session.timeline.show_month(year, month)
        wanted = min(
            session.timeline.property("position") * scale,
            flick.property("contentWidth") - flick.width(),
        )
        qtbot.waitUntil(lambda w=wanted: abs(flick.property("contentX") - w) < 1, timeout=WAIT)  # type: ignore[attr-defined]
        left = flick.property("contentX") / scale
        in_view = {
            r.event_id
            for r in session.timeline.all_rows()
            if r.x * scale >= flick.property("contentX")
            and r.x * scale + 344 * scale <= flick.property("contentX") + flick.width()
        }
        qtbot.waitUntil(lambda v=in_view: v <= cards(session.window), timeout=WAIT)  # type: ignore[attr-defined]
        found, count = card_problems(session.window, min_px)
        problems += [f"{year}-{month:02d} (left {left:.0f}): {p}" for p in found]
        checked += count
    assert checked > 0
    assert not problems, "\n".join(sorted(set(problems)))


# -- the place on the axis -------------------------------------------------------------------
def test_the_timeline_keeps_its_place_until_a_new_visit(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    kiosk.nav.openTimeline()
    qtbot.waitUntil(lambda: bool(cards(kiosk.window)), timeout=WAIT)  # type: ignore[attr-defined]
    kiosk.timeline.setFilter("projects")
    flick = item(kiosk.window, "timelineFlick")
    swipe(kiosk.window, touchscreen, QPoint(1500, 500), QPoint(700, 500))
    qtbot.waitUntil(lambda: not flick.property("moving"), timeout=WAIT)  # type: ignore[attr-defined]
    place = flick.property("contentX")
    assert place > 100
    assert kiosk.timeline.property("position") == pytest.approx(place)

    kiosk.nav.openEvent("komatsu-signing")
    kiosk.nav.openSection("projects")  # the event's "Open section"
    qtbot.waitUntil(lambda: not flick.isVisible(), timeout=WAIT)  # type: ignore[attr-defined]
    kiosk.nav.back()  # from the section to the timeline (the event closed on the way)
    qtbot.waitUntil(lambda: kiosk.nav.page == Page.TIMELINE and not kiosk.nav.overlay, timeout=WAIT)  # type: ignore[attr-defined]
    flick = item(kiosk.window, "timelineFlick")
    assert kiosk.timeline.property("filter") == "projects"
    assert flick.property("contentX") == pytest.approx(place)

    kiosk.nav.home()
    kiosk.idle.set_timeout(0.05)
    qtbot.waitUntil(lambda: kiosk.nav.attract, timeout=WAIT)  # type: ignore[attr-defined]
    kiosk.idle.set_timeout(90)
    kiosk.idle.wake()
    kiosk.nav.openTimeline()
    qtbot.waitUntil(lambda: has_item(kiosk.window, "timelineFlick"), timeout=WAIT)  # type: ignore[attr-defined]
    assert kiosk.timeline.property("filter") == ""
    assert item(kiosk.window, "timelineFlick").property("contentX") == 0


def test_a_snapshot_of_a_month_shows_that_month(bundled: LoadResult, tmp_path: Path) -> None:
    from kiosk.ui.snapshot import render

    seen: dict[str, float] = {}

    def inspect(window: QQuickWindow) -> None:
        flick = item(window, "timelineFlick")
        seen.update(left=flick.property("contentX"), width=flick.width())
        for month in (9, 1):
            press = next(
                i
                for i in _items(item(window, f"monthJump_2023_{month}"))
                if i.metaObject().className().startswith("Pressable")
            )
            seen[f"checked{month}"] = press.property("checked")

    render([bundled], "timeline:2023-09", (1920, 1080), "en", tmp_path / "t.png", inspect)
    september = 160 + 8 * 420  # PADDING + 8 months
    assert seen["left"] < september < seen["left"] + seen["width"] - 420
    assert seen["checked9"] is True and seen["checked1"] is False  # what a screen reader hears
    with pytest.raises(ValueError, match="no month 2031-01"):
        render([bundled], "timeline:2031-01", (1920, 1080), "en", tmp_path / "x.png")
