"""The Python side of the views: the models of each view, navigation, language, idle."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from kiosk.content import LoadResult
from kiosk.present import rows
from kiosk.ui.app import QML_DIR, Session
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.navigator import Overlay, Page
from kiosk.ui.views import Views, build


@pytest.fixture
def views(qtbot: object, bundled: LoadResult) -> Views:
    return build([bundled])


MODELS = [
    ("home", "sections"),
    ("home", "halls"),
    ("section", "stories"),
    ("section", "stats"),
    ("section", "events"),
    ("section", "photos"),
    ("stats", "stats"),
    ("timeline", "events"),
    ("timeline", "months"),
    ("timeline", "years"),
]


@pytest.mark.parametrize(("owner", "name"), MODELS)
def test_models_pass_qtmodeltester(
    qtmodeltester: object, views: Views, owner: str, name: str
) -> None:
    views.nav.openSection("city")
    qtmodeltester.check(getattr(getattr(views, owner), name))  # type: ignore[attr-defined]


def test_models_are_filled_in_the_current_language(views: Views) -> None:
    assert [s.title for s in views.home.sections.rows()] == [
        "项目建设",
        "产业发展",
        "城市建设",
        "营商环境",
        "民生福祉",
    ]
    assert views.stats.stats.rowCount() == 33  # the invented "13 shows held" card is gone
    views.content.setLanguage("en")
    assert views.home.sections.rows()[0].title == "Project Construction"
    assert views.content.property("strings")["home"] == "Home"
    views.content.setLanguage("fr")  # not a hall language: ignored
    assert views.content.property("language") == "en"


def test_section_models_follow_navigation(views: Views) -> None:
    views.nav.openSection("livelihood")
    stories = views.section.stories.rows()
    assert len(stories) == 4
    assert all(story.paragraphs for story in stories)
    assert views.section.property("current")["title"] == "民生福祉"
    values = [row.number for row in views.section.stats.rows()]
    assert "10353" in values and "5.57" in values
    assert views.section.photos.rowCount() == 4


def test_navigation_history_and_swipe(views: Views) -> None:
    nav = views.nav
    nav.openSection("projects")
    assert nav.stepSection(1) and nav.place.section == "industry"
    assert not nav.stepSection(-2)
    nav.openEvent("komatsu-signing")
    assert nav.place.overlay == Overlay.EVENT
    nav.back()
    assert (nav.place.page, nav.place.overlay) == (Page.SECTION, Overlay.NONE)
    nav.back()
    assert nav.place.page == Page.HOME
    nav.openTimeline()
    nav.openStats()
    nav.home()
    assert nav.describe()["depth"] == 0


def test_timeline_filter_and_month_positions(views: Views) -> None:
    timeline = views.timeline
    all_events = timeline.events.rowCount()
    assert all_events == 18  # and the two of the whole year in its lane:
    assert [len(row.events) for row in timeline.years.rows()] == [2]
    timeline.setFilter("city")
    events = timeline.events.rows()
    assert {row.section_id for row in events} == {"city"}
    assert len(events) == 3
    assert timeline.monthX(2023, 8) > 0
    assert timeline.monthX(2031, 1) == -1
    timeline.setFilter("")
    assert timeline.events.rowCount() == all_events


def test_count_frames_end_on_the_exact_value(views: Views) -> None:
    stats = views.stats
    assert stats.countFrame("childcare-places-per-thousand", 1.0) == "5.57"
    assert stats.countFrame("childcare-places-per-thousand", 0.0) == "0.00"
    views.content.setLanguage("en")
    assert stats.countFrame("new-urban-jobs", 1.0) == "10,353"


def test_multi_hall_chooser(qtbot: object, bundled: LoadResult, second_hall: LoadResult) -> None:
    views = build([bundled, second_hall])
    assert views.nav.place.page == Page.HALLS
    assert [row.hall_index for row in views.home.halls.rows()] == [0, 1]
    views.content.chooseHall(1)
    assert views.nav.place.page == Page.HOME
    assert views.content.property("hall")["id"] == "generated-hall"
    views.nav.start()
    assert views.nav.place.page == Page.HALLS


def test_the_open_event_follows_navigation(views: Views) -> None:
    assert views.timeline.property("current") == {}
    views.nav.openTimeline()
    views.nav.openEvent("komatsu-signing")
    assert views.timeline.property("current")["eventId"] == "komatsu-signing"
    views.nav.back()
    assert views.timeline.property("current") == {}


def test_only_rows_showing_new_pictures_are_built_again(qtbot: object, bundled: LoadResult) -> None:
    """A batch of prepared pictures rebuilds the rows that show them, and updates only those."""
    ready: set[str] = set()

    def resolve(folder: object, file: str, role: str) -> str:
        return f"file:///prepared/{file}" if file in ready else ""

    views = build([bundled], resolver=resolve)
    views.nav.openSection("city")
    changed: list[int] = []
    views.home.sections.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    cover = "images/city/cover.jpg"
    ready.add(cover)
    views.content.pictures_ready(frozenset({(str(bundled.folder), cover)}))
    assert changed == [2]  # the city tile only
    assert views.home.sections.rows()[2].cover == f"file:///prepared/{cover}"
    assert views.home.sections.rows()[0].cover == ""
    assert views.section.property("current")["cover"] == f"file:///prepared/{cover}"


def test_idle_resets_to_attract_and_default_language(qtbot: object, views: Views) -> None:
    idle = IdleWatcher(views.nav, views.content.reset_language, timeout_s=0.05, countdown_s=0)
    views.content.setLanguage("en")
    views.nav.openStats()
    idle.start()
    with qtbot.waitSignal(idle.reset, timeout=2000):  # type: ignore[attr-defined]
        pass
    assert views.nav.attract
    assert views.content.property("language") == "zh"
    idle.wake()
    assert not views.nav.attract
    assert views.nav.place.page == Page.HOME


def test_idle_counts_down_from_a_detail_view_and_activity_cancels(
    qtbot: object, views: Views
) -> None:
    idle = IdleWatcher(views.nav, timeout_s=0.05, countdown_s=2)
    views.nav.openSection("city")
    idle.start()
    qtbot.waitUntil(lambda: idle.property("countdown") == 2, timeout=2000)  # type: ignore[attr-defined]
    idle.activity()
    assert idle.property("countdown") == 0
    with qtbot.waitSignal(idle.reset, timeout=5000):  # type: ignore[attr-defined]
        pass
    assert views.nav.place.page == Page.HOME


def test_idle_never_resets_mid_gesture(qtbot: object, kiosk: Session, touchscreen: object) -> None:
    kiosk.idle.set_timeout(0.05)
    kiosk.nav.openStats()
    window = kiosk.window
    QTest.touchEvent(window, touchscreen).press(0, QPoint(900, 600), window).commit()
    fired: list[bool] = []
    kiosk.idle.reset.connect(lambda: fired.append(True))
    kiosk.idle.countdownChanged.connect(lambda: fired.append(True))
    QTest.qWait(300)
    assert not fired, "reset while a finger was down"
    QTest.touchEvent(window, touchscreen).release(0, QPoint(900, 600), window).commit()
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)  # type: ignore[attr-defined]


def test_the_qml_readme_lists_every_model_role() -> None:
    """kiosk/ui/qml/README.md documents each row type's roles from the one definition."""
    text = (QML_DIR / "README.md").read_text(encoding="utf-8")
    for row_type in rows.ROW_TYPES:
        roles = " ".join(rows.role_name(f.name) for f in dataclasses.fields(row_type))
        assert f"| `{row_type.__name__}` | `{roles}` |" in text, (
            f"{row_type.__name__}'s roles are not listed as: {roles}"
        )
