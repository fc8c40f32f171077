"""The staff door and panel, and the kiosk guard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest

from kiosk.config import Attract, Settings, hash_pin
from kiosk.content import LoadResult
from kiosk.ui.app import KioskGuard, Session
from kiosk.ui.content import Content
from kiosk.ui.navigator import Page
from kiosk.ui.staff import Staff, problem_rows
from kiosk.ui.views import build


@pytest.fixture
def content(qtbot: object, bundled: LoadResult) -> Content:
    return build([bundled]).content


def test_staff_pin(qtbot: object, content: Content) -> None:
    staff = Staff(content, hash_pin("730519"), kiosk_mode=True)
    assert staff.property("enabled")
    assert not staff.unlock("111111")
    assert not staff.property("open")
    assert staff.unlock("730519")
    assert staff.property("open")
    staff.close()
    assert not Staff(content, None, kiosk_mode=True).property("enabled")


def test_staff_lockout_after_repeated_wrong_pins(qtbot: object, content: Content) -> None:
    staff = Staff(content, hash_pin("730519"), kiosk_mode=True)
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
    session.nav.openStats()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    window.close()
    assert window.isVisible()
    assert session.nav.place.page == Page.STATS
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
    qtbot: object, content: Content
) -> None:
    clock = _Clock()
    staff = Staff(content, hash_pin("730519"), kiosk_mode=True, clock=clock)
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
    qtbot: object, content: Content, tmp_path: Path
) -> None:
    from kiosk.ops.pin import FREE_TRIES, Lockout

    staff = Staff(
        content, hash_pin("730519"), kiosk_mode=True, lockout=Lockout(tmp_path / "lock.json")
    )
    _through_the_door(staff)
    assert not staff.unlock("000001")
    assert staff.property("padMessage") == "Wrong PIN"
    for _ in range(FREE_TRIES):
        staff.unlock("000001")
    assert staff.property("locked")
    assert staff.property("padMessage") == "Locked: try again in 1 minute"
    assert not staff.unlock("730519")  # even the right PIN waits
    assert "Locked" in staff.property("padMessage")


def test_a_short_pin_opens_the_panel_with_a_warning(qtbot: object, content: Content) -> None:
    staff = Staff(content, hash_pin("2468"), kiosk_mode=True)
    _through_the_door(staff)
    assert staff.unlock("2468")
    assert "only 4 digits" in staff.property("pinWarning")


def test_the_panel_and_the_pad_close_when_the_kiosk_resets(qtbot: object, content: Content) -> None:
    staff = Staff(content, hash_pin("730519"), kiosk_mode=True)
    _through_the_door(staff)
    staff.reset()
    assert not staff.property("padOpen")
    _through_the_door(staff)
    assert staff.unlock("730519") and staff.property("open")
    staff.reset()
    assert not staff.property("open")


def test_problems_carry_their_level_for_the_panel(
    qtbot: object, content: Content, make_hall: Callable[..., Path]
) -> None:
    from kiosk.content import load_hall

    rows = problem_rows(content.latest)
    assert rows in ([{"text": "No problems found", "level": "ok"}], [])
    broken = load_hall(make_hall("id: x\ntitle: {zh: 甲, en: A}\nsections: []\n"))
    [row] = problem_rows([broken])
    assert row["level"] == "error" and "needs at least one entry" in row["text"]
