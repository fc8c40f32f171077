"""The whole kiosk without touch: a visit with keys only, the focus ring at every step."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.config import Accessibility, Settings
from kiosk.content import LoadResult
from kiosk.ui.app import Session
from kiosk.ui.navigator import Navigator

LIMIT = 120  # presses to find a control: more means the order is lost


def focused(window: QQuickWindow) -> QQuickItem | None:
    """The item with the keyboard focus (a Pressable), if any."""
    return window.activeFocusItem()


def owner(item: QQuickItem | None) -> str:
    """The objectName of the focused Pressable or of the nearest named item holding it."""
    while item is not None:
        if item.objectName() and item.objectName() != "stage":
            return item.objectName()
        item = item.parentItem()
    return ""


def inside(item: QQuickItem | None, name: str) -> bool:
    """Whether item lies within the item named name."""
    while item is not None:
        if item.objectName() == name:
            return True
        item = item.parentItem()
    return False


def ring_shown(item: QQuickItem | None) -> bool:
    """Whether the focused item draws its focus ring."""
    rings = [c for c in (item.childItems() if item else []) if c.objectName() == "focusRing"]
    return bool(rings) and rings[0].isVisible() and rings[0].width() > 0


def press(window: QQuickWindow, key: Qt.Key) -> None:
    """A key pressed and released."""
    QTest.keyClick(window, key)


def tab_to(qtbot: object, window: QQuickWindow, name: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Move the focus with key until the control named name has it (its ring shown)."""
    seen = []
    for _ in range(LIMIT):
        press(window, key)
        now = focused(window)
        assert now is not None and now.isVisible() and now.isEnabled(), "a hidden item took it"
        seen.append(owner(now))
        if seen[-1] == name:
            assert ring_shown(focused(window)), f"{name} has the focus but no ring"
            return
    pytest.fail(f"{name} never took the focus; the order went {seen[:40]}")


@pytest.fixture
def keyed(launch: Callable[..., Session], bundled: LoadResult) -> Session:
    """The kiosk at 1920x1080, its window active for keys."""
    session = launch([bundled], size=(1920, 1080))
    session.window.requestActivate()
    QTest.qWaitForWindowActive(session.window)
    return session


def test_a_whole_visit_with_keys_only(qtbot: object, keyed: Session) -> None:
    window, nav = keyed.window, keyed.nav
    tab_to(qtbot, window, "sectionTile_projects")
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: nav.page == Navigator.Page.SECTION)  # type: ignore[attr-defined]
    tab_to(qtbot, window, "storyCardTap_0")
    press(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: nav.page == Navigator.Page.STORY)  # type: ignore[attr-defined]
    tab_to(qtbot, window, "nextStory")
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: nav.storyIndex == 1)  # type: ignore[attr-defined]
    press(window, Qt.Key.Key_Backspace)  # Back
    qtbot.waitUntil(lambda: nav.page == Navigator.Page.SECTION)  # type: ignore[attr-defined]
    press(window, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: nav.page == Navigator.Page.HOME)  # type: ignore[attr-defined]
    tab_to(qtbot, window, "timelineEntry")
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: nav.page == Navigator.Page.TIMELINE)  # type: ignore[attr-defined]
    tab_to(qtbot, window, "timelineCard_komatsu-signing", Qt.Key.Key_Right)
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: nav.overlay == Navigator.Overlay.EVENT)  # type: ignore[attr-defined]
    tab_to(qtbot, window, "eventOpenSection")
    for _ in range(12):  # the overlay holds the focus: the page under it takes none
        press(window, Qt.Key.Key_Tab)
        assert inside(focused(window), "eventDetail"), owner(focused(window))
    press(window, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: nav.overlay == Navigator.Overlay.NONE)  # type: ignore[attr-defined]
    press(window, Qt.Key.Key_Home)
    tab_to(qtbot, window, "statsEntry")
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: nav.page == Navigator.Page.STATS)  # type: ignore[attr-defined]
    tab_to(qtbot, window, "homeButton")
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: nav.page == Navigator.Page.HOME)  # type: ignore[attr-defined]


def test_the_accessibility_sheet_opens_from_a_key_and_holds_the_focus(
    qtbot: object, keyed: Session
) -> None:
    window, access = keyed.window, keyed.access
    assert access is not None
    press(window, Qt.Key.Key_F1)  # help
    qtbot.waitUntil(lambda: access.property("panelOpen") is True)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: inside(focused(window), "accessPanel"))  # type: ignore[attr-defined]
    tab_to(qtbot, window, "accessToggle_largeText")
    press(window, Qt.Key.Key_Space)
    assert access.property("largeText") is True
    for _ in range(10):
        press(window, Qt.Key.Key_Tab)
        assert inside(focused(window), "accessPanel"), owner(focused(window))
    press(window, Qt.Key.Key_Backspace)  # Back closes the sheet, the options stay
    qtbot.waitUntil(lambda: access.property("panelOpen") is False)  # type: ignore[attr-defined]
    assert access.property("largeText") is True


def test_a_keypad_s_own_keys_from_the_settings(
    qtbot: object, launch: Callable[..., Session], bundled: LoadResult
) -> None:
    keys = {"next": ["F8"], "activate": ["F9"], "home": ["F10"]}
    session = launch([bundled], size=(1920, 1080), settings=Settings(
        accessibility=Accessibility(keys=keys)  # type: ignore[arg-type]
    ))  # fmt: skip
    window = session.window
    window.requestActivate()
    QTest.qWaitForWindowActive(window)
    tab_to(qtbot, window, "sectionTile_projects", Qt.Key.Key_F8)
    press(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: session.nav.page == Navigator.Page.SECTION)  # type: ignore[attr-defined]
    press(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: session.nav.page == Navigator.Page.HOME)  # type: ignore[attr-defined]
    assert session.guard is None  # windowed: the escape keys are the kiosk guard's (test_app)


def test_a_touch_hides_the_ring_and_a_key_brings_it_back(
    qtbot: object, keyed: Session, touchscreen: object
) -> None:
    from tests.ui.conftest import item, tap

    window = keyed.window
    tab_to(qtbot, window, "sectionTile_projects")
    tap(window, touchscreen, item(window, "homeTitle"))  # type: ignore[arg-type]
    assert keyed.access is not None
    qtbot.waitUntil(lambda: keyed.access.property("keyboard") is False)  # type: ignore[attr-defined, union-attr]
    assert not ring_shown(focused(window))
    press(window, Qt.Key.Key_Tab)
    assert ring_shown(focused(window))
