"""A visitor's fingers: taps, swipes, flicks, pinches and long presses on the real window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPointingDevice
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.config import Settings, hash_pin
from kiosk.content import LoadResult, load_hall
from kiosk.ui.app import Session
from kiosk.ui.navigator import Overlay, Page
from tests.hallgen import make_generated_hall
from tests.ui.conftest import _items, center, handler, has_item, item, pinch, swipe, tap

WAIT = 5000


def test_tapping_a_tile_opens_its_section(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    tap(kiosk.window, touchscreen, item(kiosk.window, "sectionTile_city"))
    qtbot.waitUntil(lambda: kiosk.nav.place.page == Page.SECTION, timeout=WAIT)  # type: ignore[attr-defined]
    assert kiosk.nav.place.section == "city"
    qtbot.waitUntil(lambda: has_item(kiosk.window, "sectionView"), timeout=WAIT)  # type: ignore[attr-defined]


def test_home_entries_and_back(qtbot: object, kiosk: Session, touchscreen: QPointingDevice) -> None:
    window, nav = kiosk.window, kiosk.nav
    tap(window, touchscreen, item(window, "timelineEntry"))
    qtbot.waitUntil(lambda: has_item(window, "timelineView"), timeout=WAIT)  # type: ignore[attr-defined]
    tap(window, touchscreen, item(window, "backButton"))
    qtbot.waitUntil(lambda: nav.place.page == Page.HOME, timeout=WAIT)  # type: ignore[attr-defined]
    tap(window, touchscreen, item(window, "statsEntry"))
    qtbot.waitUntil(lambda: has_item(window, "statsView"), timeout=WAIT)  # type: ignore[attr-defined]
    tap(window, touchscreen, item(window, "homeButton"))
    qtbot.waitUntil(lambda: nav.place.page == Page.HOME, timeout=WAIT)  # type: ignore[attr-defined]


def test_language_switch_by_touch(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    tap(kiosk.window, touchscreen, item(kiosk.window, "languageButton"))
    qtbot.waitUntil(lambda: kiosk.content.property("language") == "en", timeout=WAIT)  # type: ignore[attr-defined]


def test_a_swipe_changes_section(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    nav = kiosk.nav
    nav.openSection("industry")
    qtbot.waitUntil(lambda: has_item(kiosk.window, "sectionView"), timeout=WAIT)  # type: ignore[attr-defined]
    swipe(kiosk.window, touchscreen, QPoint(1500, 700), QPoint(300, 700))
    qtbot.waitUntil(lambda: nav.place.section == "city", timeout=WAIT)  # type: ignore[attr-defined]
    swipe(kiosk.window, touchscreen, QPoint(300, 700), QPoint(1500, 700))
    qtbot.waitUntil(lambda: nav.place.section == "industry", timeout=WAIT)  # type: ignore[attr-defined]


def test_a_swipe_past_the_last_section_stays(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    nav = kiosk.nav
    nav.openSection("livelihood")
    qtbot.waitUntil(lambda: has_item(kiosk.window, "sectionView"), timeout=WAIT)  # type: ignore[attr-defined]
    swipe(kiosk.window, touchscreen, QPoint(1500, 700), QPoint(300, 700))
    view = item(kiosk.window, "sectionView")
    qtbot.waitUntil(lambda: view.property("swipeOffset") == 0, timeout=WAIT)  # type: ignore[attr-defined]
    assert nav.place.section == "livelihood"


def test_a_flick_moves_the_timeline(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    kiosk.nav.openTimeline()
    qtbot.waitUntil(lambda: has_item(kiosk.window, "timelineFlick"), timeout=WAIT)  # type: ignore[attr-defined]
    flick = item(kiosk.window, "timelineFlick")
    start = flick.property("contentX")
    swipe(kiosk.window, touchscreen, QPoint(1500, 500), QPoint(500, 500), steps=6)
    qtbot.waitUntil(lambda: flick.property("contentX") > start + 800, timeout=WAIT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not flick.property("moving"), timeout=WAIT)  # type: ignore[attr-defined]


def test_tapping_a_timeline_card_opens_the_event(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    kiosk.nav.openTimeline()
    qtbot.waitUntil(
        lambda: has_item(kiosk.window, "timelineCard_shenglong-record-flight"), timeout=WAIT
    )  # type: ignore[attr-defined]
    tap(kiosk.window, touchscreen, item(kiosk.window, "timelineCard_shenglong-record-flight"))
    qtbot.waitUntil(lambda: has_item(kiosk.window, "eventDetail"), timeout=WAIT)  # type: ignore[attr-defined]
    assert kiosk.timeline.property("current")["eventId"] == "shenglong-record-flight"
    tap(kiosk.window, touchscreen, item(kiosk.window, "closeEvent"))
    qtbot.waitUntil(lambda: kiosk.nav.place.overlay == Overlay.NONE, timeout=WAIT)  # type: ignore[attr-defined]


def test_pinch_zooms_a_photo(qtbot: object, kiosk: Session, touchscreen: QPointingDevice) -> None:
    nav = kiosk.nav
    nav.openSection("city")
    nav.openPhoto(0)
    qtbot.waitUntil(lambda: has_item(kiosk.window, "photoViewer"), timeout=WAIT)  # type: ignore[attr-defined]
    viewer = item(kiosk.window, "photoViewer")
    assert viewer.property("zoom") == 1
    pinch(kiosk.window, touchscreen, QPoint(960, 540), 80, 320)
    qtbot.waitUntil(lambda: viewer.property("zoom") > 1.5, timeout=WAIT)  # type: ignore[attr-defined]
    assert handler(kiosk.window, "photoPinch") is not None


def test_a_swipe_changes_photo(qtbot: object, kiosk: Session, touchscreen: QPointingDevice) -> None:
    nav = kiosk.nav
    nav.openSection("city")
    nav.openPhoto(0)
    qtbot.waitUntil(lambda: has_item(kiosk.window, "photoList"), timeout=WAIT)  # type: ignore[attr-defined]
    swipe(kiosk.window, touchscreen, QPoint(1500, 540), QPoint(300, 540))
    qtbot.waitUntil(lambda: nav.place.photo == 1, timeout=WAIT)  # type: ignore[attr-defined]


def test_a_long_press_or_right_click_opens_no_menu(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    window = kiosk.window
    target = center(item(window, "sectionTile_projects"))
    windows_before = list(QGuiApplication.topLevelWindows())
    QTest.touchEvent(window, touchscreen).press(0, target, window).commit()
    QTest.qWait(1200)  # the duration of a long press (> Qt's 800 ms) is what is under test
    opened = [w for w in QGuiApplication.topLevelWindows() if w not in windows_before]
    QTest.touchEvent(window, touchscreen).release(0, target + QPoint(0, 200), window).commit()
    QTest.mouseClick(window, Qt.MouseButton.RightButton, pos=target)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=target)
    QTest.qWait(1200)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=target + QPoint(0, 200))
    assert not opened
    assert list(QGuiApplication.topLevelWindows()) == windows_before
    assert kiosk.nav.place.page == Page.HOME


def test_attract_then_touch_goes_home_in_the_default_language(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    kiosk.content.setLanguage("en")
    kiosk.nav.openStats()
    kiosk.idle._countdown_s = 0  # straight to attract in this test
    kiosk.idle.set_timeout(0.05)
    qtbot.waitUntil(lambda: has_item(kiosk.window, "attractView"), timeout=WAIT)  # type: ignore[attr-defined]
    assert kiosk.content.property("language") == "zh"
    kiosk.idle.set_timeout(60)
    tap(kiosk.window, touchscreen, QPoint(960, 540))
    qtbot.waitUntil(lambda: not has_item(kiosk.window, "attractView"), timeout=WAIT)  # type: ignore[attr-defined]
    assert kiosk.nav.place.page == Page.HOME


def test_the_attract_loop_lets_go_of_visited_pages_and_their_memory(
    qtbot: object, kiosk: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    trims: list[bool] = []
    monkeypatch.setattr("kiosk.ui.idle.release_heap", lambda: trims.append(True))
    monkeypatch.setattr("kiosk.ui.idle.TRIM_DELAY_MS", 10)
    nav = kiosk.nav
    for visit, view in (
        (lambda: nav.openSection("city"), "sectionView"),
        (nav.openTimeline, "timelineView"),
        (nav.home, "homeView"),
    ):
        visit()
        qtbot.waitUntil(lambda v=view: has_item(kiosk.window, v), timeout=WAIT)  # type: ignore[attr-defined]
    # Kept while the visitor is here, hidden: coming back is instant.
    assert exists(kiosk, "timelineView") and exists(kiosk, "sectionView")
    assert not has_item(kiosk.window, "timelineView")
    kiosk.idle._countdown_s = 0
    kiosk.idle.set_timeout(0.05)
    qtbot.waitUntil(lambda: has_item(kiosk.window, "attractView"), timeout=WAIT)  # type: ignore[attr-defined]
    kiosk.idle.set_timeout(60)
    qtbot.waitUntil(lambda: bool(trims), timeout=WAIT)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: not exists(kiosk, "timelineView") and not exists(kiosk, "sectionView"),
        timeout=WAIT,
    )
    assert exists(kiosk, "homeView")


def test_a_section_builds_what_is_below_the_fold_just_after_its_first_frame(
    qtbot: object, kiosk: Session
) -> None:
    kiosk.nav.openSection("city")
    stories = kiosk.section.stories.rowCount()
    stats = [r.stat_id for r in kiosk.section.stats.rows()]
    events = [r.event_id for r in kiosk.section.events.rows()]
    assert stories > 1 and stats and events
    assert exists(kiosk, "sectionCover")
    # The story cards are the first screen; the figures and events below them come later.
    assert all(exists(kiosk, f"story_{i}") for i in range(stories))
    assert not exists(kiosk, f"sectionStat_{stats[0]}"), "built before the first frame"
    names = [f"sectionStat_{i}" for i in stats] + [f"sectionEvent_{i}" for i in events]
    qtbot.waitUntil(lambda: all(exists(kiosk, n) for n in names), timeout=WAIT)  # type: ignore[attr-defined]


def test_figures_count_up_again_on_every_visit(qtbot: object, kiosk: Session) -> None:
    nav = kiosk.nav
    first = kiosk.stats.stats.rows()[0].stat_id
    for _visit in range(2):
        nav.openStats()
        qtbot.waitUntil(lambda: has_item(kiosk.window, f"statCard_{first}"), timeout=WAIT)  # type: ignore[attr-defined]
        card = item(kiosk.window, f"statCard_{first}")
        assert card.property("progress") < 1, "the figure did not count up"
        qtbot.waitUntil(lambda c=card: c.property("progress") == 1, timeout=WAIT)  # type: ignore[attr-defined]
        nav.home()
        qtbot.waitUntil(lambda: has_item(kiosk.window, "homeView"), timeout=WAIT)  # type: ignore[attr-defined]
    assert exists(kiosk, "statsView"), "the page is built afresh (slow) instead of kept"


def exists(session: Session, name: str) -> bool:
    """Whether an item with this objectName exists, shown or hidden."""
    return any(i.objectName() == name for i in _items(session.window.contentItem()))


def test_countdown_before_reset_from_a_detail_view(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    kiosk.nav.openSection("city")
    kiosk.idle.set_timeout(0.05)
    qtbot.waitUntil(lambda: has_item(kiosk.window, "idleCountdown"), timeout=WAIT)  # type: ignore[attr-defined]
    kiosk.idle.set_timeout(60)
    tap(kiosk.window, touchscreen, item(kiosk.window, "stayButton"))
    qtbot.waitUntil(lambda: not has_item(kiosk.window, "idleCountdown"), timeout=WAIT)  # type: ignore[attr-defined]
    assert kiosk.nav.place.section == "city"


def _press_staff_corner(qtbot: object, session: Session, device: QPointingDevice) -> None:
    """The two-step door: a long press bottom left, then three taps bottom right."""
    session.theme.setProperty("staffHoldSeconds", 0.3)
    corner = item(session.window, "staffCorner")
    point = center(corner)
    QTest.touchEvent(session.window, device).press(0, point, session.window).commit()
    qtbot.waitUntil(lambda: session.staff.property("armed"), timeout=WAIT)  # type: ignore[attr-defined]
    QTest.touchEvent(session.window, device).release(0, point, session.window).commit()
    assert not has_item(session.window, "pinPad")  # the long press alone opens nothing
    second = item(session.window, "staffSecondCorner")
    for _ in range(3):
        tap(session.window, device, second)
    qtbot.waitUntil(lambda: has_item(session.window, "pinPad"), timeout=WAIT)  # type: ignore[attr-defined]


def _type_pin(session: Session, device: QPointingDevice, pin: str) -> None:
    for key in [*pin, "OK"]:
        tap(session.window, device, item(session.window, f"pinKey_{key}"))


def test_staff_corner_needs_the_right_pin(
    qtbot: object, launch: Callable[..., Session], bundled: LoadResult, touchscreen: QPointingDevice
) -> None:
    session = launch(
        [bundled], kiosk_mode=True, settings=Settings(staff_pin_hash=hash_pin("730519"))
    )
    _press_staff_corner(qtbot, session, touchscreen)
    _type_pin(session, touchscreen, "111111")
    assert not session.staff.property("open")
    assert has_item(session.window, "pinPad")
    assert item(session.window, "pinMessage").property("text") == "Wrong PIN"
    _type_pin(session, touchscreen, "730519")
    qtbot.waitUntil(lambda: has_item(session.window, "staffPanel"), timeout=WAIT)  # type: ignore[attr-defined]
    assert session.staff.property("open")
    assert any("version" in line for line in session.staff.property("content"))
    tap(session.window, touchscreen, item(session.window, "staffBack"))
    qtbot.waitUntil(lambda: not has_item(session.window, "staffPanel"), timeout=WAIT)  # type: ignore[attr-defined]


def test_staff_corner_does_nothing_without_a_pin(
    qtbot: object, launch: Callable[..., Session], bundled: LoadResult, touchscreen: QPointingDevice
) -> None:
    session = launch([bundled], kiosk_mode=True)
    session.theme.setProperty("staffHoldSeconds", 0.3)
    point = center(item(session.window, "staffCorner"))
    QTest.touchEvent(session.window, touchscreen).press(0, point, session.window).commit()
    QTest.qWait(600)  # longer than the hold: nothing may appear
    QTest.touchEvent(session.window, touchscreen).release(0, point, session.window).commit()
    assert not session.staff.property("armed")
    for _ in range(3):
        tap(session.window, touchscreen, item(session.window, "staffSecondCorner"))
    assert not has_item(session.window, "pinPad")


def test_a_hand_resting_on_the_corner_opens_nothing(
    qtbot: object, launch: Callable[..., Session], bundled: LoadResult, touchscreen: QPointingDevice
) -> None:
    session = launch(
        [bundled], kiosk_mode=True, settings=Settings(staff_pin_hash=hash_pin("730519"))
    )
    session.theme.setProperty("staffHoldSeconds", 0.3)
    point = center(item(session.window, "staffCorner"))
    QTest.touchEvent(session.window, touchscreen).press(0, point, session.window).commit()
    qtbot.waitUntil(lambda: session.staff.property("armed"), timeout=WAIT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not session.staff.property("armed"), timeout=WAIT)  # type: ignore[attr-defined]
    QTest.touchEvent(session.window, touchscreen).release(0, point, session.window).commit()
    assert not has_item(session.window, "pinPad")


def test_the_staff_panel_closes_after_the_idle_timeout(
    qtbot: object, launch: Callable[..., Session], bundled: LoadResult, touchscreen: QPointingDevice
) -> None:
    session = launch(
        [bundled], kiosk_mode=True, settings=Settings(staff_pin_hash=hash_pin("730519"))
    )
    _press_staff_corner(qtbot, session, touchscreen)
    _type_pin(session, touchscreen, "730519")
    qtbot.waitUntil(lambda: has_item(session.window, "staffExit"), timeout=WAIT)  # type: ignore[attr-defined]
    session.idle.set_timeout(0.2)
    qtbot.waitUntil(lambda: not has_item(session.window, "staffPanel"), timeout=WAIT)  # type: ignore[attr-defined]
    assert not session.staff.property("open")
    assert session.nav.attract
    _press_staff_corner(qtbot, session, touchscreen)  # the pad, left open, closes too
    qtbot.waitUntil(lambda: not has_item(session.window, "pinPad"), timeout=WAIT)  # type: ignore[attr-defined]


def test_hall_chooser_by_touch(
    qtbot: object,
    launch: Callable[..., Session],
    bundled: LoadResult,
    second_hall: LoadResult,
    touchscreen: QPointingDevice,
) -> None:
    session = launch([bundled, second_hall])
    qtbot.waitUntil(lambda: has_item(session.window, "hallChooser"), timeout=WAIT)  # type: ignore[attr-defined]
    tap(session.window, touchscreen, item(session.window, "hallTile_1"))
    qtbot.waitUntil(
        lambda: session.content.property("hall")["id"] == "generated-hall", timeout=WAIT
    )  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: has_item(session.window, "hallsButton"), timeout=WAIT)  # type: ignore[attr-defined]
    tap(session.window, touchscreen, item(session.window, "hallsButton"))
    qtbot.waitUntil(lambda: has_item(session.window, "hallChooser"), timeout=WAIT)  # type: ignore[attr-defined]


def test_unavailable_screen_when_the_hall_is_broken(
    qtbot: object, launch: Callable[..., Session], tmp_path: object
) -> None:
    from pathlib import Path

    from kiosk.content import load_hall

    folder = Path(str(tmp_path)) / "broken"
    folder.mkdir()
    (folder / "hall.yaml").write_text("id: [broken\n", encoding="utf-8")
    session = launch([load_hall(folder)])
    qtbot.waitUntil(lambda: has_item(session.window, "unavailableView"), timeout=WAIT)  # type: ignore[attr-defined]
    texts = [
        i.property("text")
        for i in session.window.contentItem().findChildren(QQuickItem)
        if i.property("text")
    ]
    assert not any("Traceback" in str(t) or "hall.yaml" in str(t) for t in texts)


def test_idle_resets_after_a_visitor_tapped_buttons(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    """Taps reach the filter several times (window, items, synthesised mouse): none may stick."""
    window = kiosk.window
    tap(window, touchscreen, item(window, "statsEntry"))
    qtbot.waitUntil(lambda: has_item(window, "statsView"), timeout=WAIT)  # type: ignore[attr-defined]
    tap(window, touchscreen, item(window, "languageButton"))
    tap(window, touchscreen, item(window, "homeButton"))
    qtbot.waitUntil(lambda: kiosk.nav.place.page == Page.HOME, timeout=WAIT)  # type: ignore[attr-defined]
    kiosk.idle.set_timeout(0.05)
    with qtbot.waitSignal(kiosk.idle.reset, timeout=WAIT):  # type: ignore[attr-defined]
        pass
    assert kiosk.nav.attract


def test_a_third_language_is_one_tap_away_once_its_catalog_exists(
    qtbot: object,
    launch: Callable[..., Session],
    tmp_path: Path,
    touchscreen: QPointingDevice,
) -> None:
    """A generated zh/en/ja hall: the language button goes zh -> en -> ja -> zh."""
    result = load_hall(make_generated_hall(tmp_path / "trilingual", japanese=True))
    assert result.ok, [str(f) for f in result.findings]
    kiosk = launch([result], size=(1920, 1080))
    content = kiosk.content
    shown = []
    for _ in range(3):
        shown.append((content.property("language"), content.property("strings")["home"]))
        tap(kiosk.window, touchscreen, item(kiosk.window, "languageButton"))
        previous = shown[-1][0]
        qtbot.waitUntil(lambda: content.property("language") != previous, timeout=WAIT)  # type: ignore[attr-defined]  # noqa: B023
    assert shown == [("zh", "首页"), ("en", "Home"), ("ja", "ホーム")]
    assert content.property("language") == "zh"
    content.setLanguage("ja")
    title = item(kiosk.window, "homeTitle")
    qtbot.waitUntil(
        lambda: title.property("text") == "日本語：生成展厅 generated\u2011hall", timeout=WAIT
    )  # type: ignore[attr-defined]


def test_a_story_card_opens_its_story_and_a_swipe_goes_to_the_next(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    nav = kiosk.nav
    nav.openSection("projects")
    qtbot.waitUntil(lambda: has_item(kiosk.window, "story_0"), timeout=WAIT)  # type: ignore[attr-defined]
    first, second = (r.story_id for r in kiosk.section.stories.rows()[:2])
    card = item(kiosk.window, "story_0")
    qtbot.waitUntil(lambda: card.width() > 400 and 400 < center(card).y() < 900, timeout=WAIT)  # type: ignore[attr-defined]  # laid out
    tap(kiosk.window, touchscreen, card)
    qtbot.waitUntil(lambda: nav.place.page == Page.STORY and nav.place.story == first, timeout=WAIT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: has_item(kiosk.window, "storyView"), timeout=WAIT)  # type: ignore[attr-defined]
    headline = item(kiosk.window, "storyHeadline")
    assert headline.property("text") == kiosk.section.stories.rows()[0].headline
    swipe(kiosk.window, touchscreen, QPoint(1500, 600), QPoint(300, 600))
    qtbot.waitUntil(lambda: nav.place.story == second, timeout=WAIT)  # type: ignore[attr-defined]
    nav.back()
    qtbot.waitUntil(lambda: nav.place.page == Page.SECTION, timeout=WAIT)  # type: ignore[attr-defined]


def test_an_attract_teaser_opens_its_story_and_elsewhere_goes_home(
    qtbot: object, kiosk: Session, touchscreen: QPointingDevice
) -> None:
    teasers = kiosk.content.property("attractTeasers")
    assert teasers and all(t["text"] for t in teasers)
    assert {t["kind"] for t in teasers} == {"figure", "story"}
    for touch_teaser in (True, False):
        kiosk.nav.set_attract(True)
        qtbot.waitUntil(lambda: has_item(kiosk.window, "attractTeaser"), timeout=WAIT)  # type: ignore[attr-defined]
        teaser = item(kiosk.window, "attractTeaser")
        tap(kiosk.window, touchscreen, teaser if touch_teaser else QPoint(1700, 1000))
        qtbot.waitUntil(lambda: not kiosk.nav.property("attract"), timeout=WAIT)  # type: ignore[attr-defined]
        if touch_teaser:
            assert kiosk.nav.place.page == Page.STORY
            assert kiosk.nav.place.story == teasers[0]["storyId"]
        else:
            assert kiosk.nav.place.page == Page.HOME


def test_the_about_page_shows_the_intro_closing_and_byline(qtbot: object, kiosk: Session) -> None:
    kiosk.nav.home()
    qtbot.waitUntil(lambda: has_item(kiosk.window, "aboutButton"), timeout=WAIT)  # type: ignore[attr-defined]
    kiosk.nav.openAbout()
    qtbot.waitUntil(lambda: has_item(kiosk.window, "aboutView"), timeout=WAIT)  # type: ignore[attr-defined]
    hall = kiosk.content.property("hall")
    assert item(kiosk.window, "aboutIntro").property("text") == hall["intro"]
    assert item(kiosk.window, "closingCredits").property("text") == "本报记者 刘菲 曹俐"
