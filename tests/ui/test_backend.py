"""The Python side of the UI: models, navigation, language, idle, staff, kiosk guard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest

from kiosk.config import Attract, Settings, hash_pin
from kiosk.content import LoadResult
from kiosk.ui.app import KioskGuard, Session
from kiosk.ui.backend import Backend
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.staff import Staff


@pytest.fixture
def backend(qtbot: object, bundled: LoadResult) -> Backend:
    return Backend([bundled])


@pytest.mark.parametrize(
    "name",
    [
        "sections",
        "stories",
        "sectionStats",
        "sectionEvents",
        "stats",
        "timeline",
        "months",
        "photos",
        "halls",
    ],
)
def test_models_pass_qtmodeltester(qtmodeltester: object, backend: Backend, name: str) -> None:
    backend.nav.openSection("city")
    qtmodeltester.check(backend.model(name))  # type: ignore[attr-defined]


def test_models_are_filled_in_the_current_language(backend: Backend) -> None:
    sections = backend.model("sections").rows()
    assert [s["title"] for s in sections] == [
        "项目建设",
        "产业发展",
        "城市建设",
        "营商环境",
        "民生福祉",
    ]
    assert backend.model("stats").rowCount() == 34
    backend.setLanguage("en")
    assert backend.model("sections").rows()[0]["title"] == "Project Construction"
    assert backend.property("strings")["home"] == "Home"
    backend.setLanguage("fr")  # not a hall language: ignored
    assert backend.property("language") == "en"


def test_section_models_follow_navigation(backend: Backend) -> None:
    backend.nav.openSection("livelihood")
    stories = backend.model("stories").rows()
    assert len(stories) == 4
    assert all(story["paragraphs"] for story in stories)
    assert backend.property("currentSection")["title"] == "民生福祉"
    values = [row["number"] for row in backend.model("sectionStats").rows()]
    assert "10353" in values and "5.57" in values
    assert backend.model("photos").rowCount() == 4


def test_navigation_history_and_swipe(backend: Backend) -> None:
    nav = backend.nav
    nav.openSection("projects")
    assert nav.stepSection(1) and nav.place.section == "industry"
    assert not nav.stepSection(-2)
    nav.openEvent("komatsu-signing")
    assert nav.place.overlay == "event"
    nav.back()
    assert (nav.place.page, nav.place.overlay) == ("section", "")
    nav.back()
    assert nav.place.page == "home"
    nav.openTimeline()
    nav.openStats()
    nav.home()
    assert nav.describe()["depth"] == 0


def test_timeline_filter_and_month_positions(backend: Backend) -> None:
    all_events = backend.model("timeline").rowCount()
    assert all_events == 20
    backend.setTimelineFilter("city")
    rows = backend.model("timeline").rows()
    assert {row["sectionId"] for row in rows} == {"city"}
    assert len(rows) == 3
    assert backend.monthX(2023, 8) > 0
    assert backend.monthX(2031, 1) == -1
    backend.setTimelineFilter("")
    assert backend.model("timeline").rowCount() == all_events


def test_count_frames_end_on_the_exact_value(backend: Backend) -> None:
    assert backend.countFrame("childcare-places-per-thousand", 1.0) == "5.57"
    assert backend.countFrame("childcare-places-per-thousand", 0.0) == "0.00"
    backend.setLanguage("en")
    assert backend.countFrame("new-urban-jobs", 1.0) == "10,353"


def test_multi_hall_chooser(qtbot: object, bundled: LoadResult, second_hall: LoadResult) -> None:
    backend = Backend([bundled, second_hall])
    assert backend.nav.place.page == "halls"
    assert [row["hallIndex"] for row in backend.model("halls").rows()] == [0, 1]
    backend.chooseHall(1)
    assert backend.nav.place.page == "home"
    assert backend.property("hall")["id"] == "generated-hall"
    backend.nav.start()
    assert backend.nav.place.page == "halls"


def test_idle_resets_to_attract_and_default_language(qtbot: object, backend: Backend) -> None:
    idle = IdleWatcher(backend, timeout_s=0.05, countdown_s=0)
    backend.setLanguage("en")
    backend.nav.openStats()
    idle.start()
    with qtbot.waitSignal(idle.reset, timeout=2000):  # type: ignore[attr-defined]
        pass
    assert backend.nav.describe()["attract"]
    assert backend.property("language") == "zh"
    idle.wake()
    assert not backend.nav.describe()["attract"]
    assert backend.nav.place.page == "home"


def test_idle_counts_down_from_a_detail_view_and_activity_cancels(
    qtbot: object, backend: Backend
) -> None:
    idle = IdleWatcher(backend, timeout_s=0.05, countdown_s=2)
    backend.nav.openSection("city")
    idle.start()
    qtbot.waitUntil(lambda: idle.property("countdown") == 2, timeout=2000)  # type: ignore[attr-defined]
    idle.activity()
    assert idle.property("countdown") == 0
    with qtbot.waitSignal(idle.reset, timeout=5000):  # type: ignore[attr-defined]
        pass
    assert backend.nav.place.page == "home"


def test_idle_never_resets_mid_gesture(qtbot: object, kiosk: Session, touchscreen: object) -> None:
    kiosk.idle.set_timeout(0.05)
    kiosk.backend.nav.openStats()
    window = kiosk.window
    QTest.touchEvent(window, touchscreen).press(0, QPoint(900, 600), window).commit()
    fired: list[bool] = []
    kiosk.idle.reset.connect(lambda: fired.append(True))
    kiosk.idle.countdownChanged.connect(lambda: fired.append(True))
    QTest.qWait(300)
    assert not fired, "reset while a finger was down"
    QTest.touchEvent(window, touchscreen).release(0, QPoint(900, 600), window).commit()
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)  # type: ignore[attr-defined]


def test_staff_pin(qtbot: object, backend: Backend) -> None:
    staff = Staff(backend, hash_pin("730519"), kiosk_mode=True)
    assert staff.property("enabled")
    assert not staff.unlock("111111")
    assert not staff.property("open")
    assert staff.unlock("730519")
    assert staff.property("open")
    staff.close()
    assert not Staff(backend, None, kiosk_mode=True).property("enabled")


def test_staff_lockout_after_repeated_wrong_pins(qtbot: object, backend: Backend) -> None:
    staff = Staff(backend, hash_pin("730519"), kiosk_mode=True)
    for _ in range(4):
        assert not staff.unlock("000000")
    assert not staff.unlock("730519")  # locked for a minute


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_kiosk_guard_swallows_escape_keys(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    guard = KioskGuard()
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    assert guard.eventFilter(guard, event)
    assert not guard.eventFilter(
        guard, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_5, Qt.KeyboardModifier.NoModifier)
    )


def test_kiosk_mode_window_ignores_close_and_escape(
    launch: Callable[..., Session], bundled: LoadResult
) -> None:
    session = launch([bundled], kiosk_mode=True, settings=Settings(attract=Attract()))
    window = session.window
    session.backend.nav.openStats()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    window.close()
    assert window.isVisible()
    assert session.backend.nav.place.page == "stats"
    assert session.guard is not None and session.guard.blocked >= 4


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _through_the_door(staff: Staff) -> None:
    staff.cornerHeld()
    for _ in range(3):
        staff.cornerTapped()


def test_staff_door_needs_a_long_press_then_three_taps_within_three_seconds(
    qtbot: object, backend: Backend
) -> None:
    clock = _Clock()
    staff = Staff(backend, hash_pin("730519"), kiosk_mode=True, clock=clock)
    for _ in range(3):
        staff.cornerTapped()  # taps alone do nothing
    assert not staff.property("padOpen")
    staff.cornerHeld()
    assert staff.property("armed")
    staff.cornerTapped()
    staff.cornerTapped()
    clock.now += 3.5  # too late for the third
    staff.cornerTapped()
    assert not staff.property("padOpen") and not staff.property("armed")
    _through_the_door(staff)
    assert staff.property("padOpen")


def test_staff_pad_says_locked_instead_of_wrong(
    qtbot: object, backend: Backend, tmp_path: Path
) -> None:
    from kiosk.ops.pin import FREE_TRIES, Lockout

    staff = Staff(
        backend, hash_pin("730519"), kiosk_mode=True, lockout=Lockout(tmp_path / "lock.json")
    )
    _through_the_door(staff)
    assert not staff.unlock("000001")
    assert staff.property("padMessage") == "PIN 错误 · Wrong PIN"
    for _ in range(FREE_TRIES):
        staff.unlock("000001")
    assert staff.property("locked")
    assert staff.property("padMessage") == "已锁定，请 1 分钟后再试 · Locked: try again in 1 minute"
    assert not staff.unlock("730519")  # even the right PIN waits
    assert "Locked" in staff.property("padMessage")


def test_a_short_pin_opens_the_panel_with_a_warning(qtbot: object, backend: Backend) -> None:
    staff = Staff(backend, hash_pin("2468"), kiosk_mode=True)
    _through_the_door(staff)
    assert staff.unlock("2468")
    assert "only 4 digits" in staff.property("pinWarning")


def test_the_panel_and_the_pad_close_when_the_kiosk_resets(qtbot: object, backend: Backend) -> None:
    staff = Staff(backend, hash_pin("730519"), kiosk_mode=True)
    _through_the_door(staff)
    staff.reset()
    assert not staff.property("padOpen")
    _through_the_door(staff)
    assert staff.unlock("730519") and staff.property("open")
    staff.reset()
    assert not staff.property("open")
