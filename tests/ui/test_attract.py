"""The attract loop: one slow clock moves it, pictures take turns, less motion keeps it still."""

from __future__ import annotations

from PySide6.QtCore import QMetaObject, QObject
from PySide6.QtQuick import QQuickItem

from kiosk.present import attract
from kiosk.ui.app import Session
from tests.ui.conftest import handler, has_item, item

WAIT = 5000


def _loop(qtbot: object, kiosk: Session) -> tuple[QQuickItem, QQuickItem, QQuickItem, QObject]:
    kiosk.nav.set_attract(True)
    qtbot.waitUntil(lambda: has_item(kiosk.window, "attractView"), timeout=WAIT)  # type: ignore[attr-defined]
    view = item(kiosk.window, "attractView")
    a, b = (view.findChild(QQuickItem, f"attractLayer{x}") for x in "AB")
    assert a is not None and b is not None
    return view, a, b, handler(kiosk.window, "attractTicker")


def test_the_loop_ticks_a_few_times_a_second_and_hides_the_page_under_it(
    qtbot: object, kiosk: Session
) -> None:
    view, a, _b, ticker = _loop(qtbot, kiosk)
    assert ticker.property("running")
    assert ticker.property("interval") in (attract.FRAME_MS, attract.FADE_FRAME_MS)
    assert not kiosk.window.findChild(QQuickItem, "content").isVisible()  # not drawn under it
    qtbot.waitUntil(lambda: a.property("covering"), timeout=WAIT)  # type: ignore[attr-defined]
    assert ticker.property("interval") == attract.FRAME_MS  # faded in: the slow tick
    assert view.property("clock") >= attract.FADE_MS  # the clock moved in whole ticks
    kiosk.nav.set_attract(False)
    qtbot.waitUntil(lambda: kiosk.window.findChild(QQuickItem, "content").isVisible(), timeout=WAIT)  # type: ignore[attr-defined]


def test_pictures_take_turns_fading_in_on_the_clock_and_the_covered_one_is_let_go(
    qtbot: object, kiosk: Session
) -> None:
    view, a, b, ticker = _loop(qtbot, kiosk)
    ticker.setProperty("running", False)  # the test moves the clock
    qtbot.waitUntil(lambda: a.property("showing"), timeout=WAIT)  # type: ignore[attr-defined]
    start = a.property("shownAt")
    view.setProperty("clock", start + attract.FADE_MS // 2)
    assert a.property("opacity") == 0.5  # halfway through its fade, as the clock says
    view.setProperty("clock", start + attract.FADE_MS)
    assert a.property("covering")
    interval = view.property("interval")
    while view.property("clock") - view.property("advancedAt") < interval - attract.FRAME_MS:
        QMetaObject.invokeMethod(view, "step")
    assert view.property("cursor") == 0
    QMetaObject.invokeMethod(view, "step")
    assert view.property("cursor") == 1  # the next picture, after seconds_per_image
    qtbot.waitUntil(lambda: b.property("showing"), timeout=WAIT)  # type: ignore[attr-defined]
    assert b.property("opacity") == 0 and a.isVisible()  # fading in over the other one
    view.setProperty("clock", b.property("shownAt") + attract.FADE_MS)
    assert b.property("covering")
    assert not a.isVisible() and not a.property("showing")  # let go: nothing drawn under it
    image = b.childItems()[0]
    assert image.x().is_integer() and image.y().is_integer()  # copied, never resampled


def test_with_less_motion_the_loop_stands_still(qtbot: object, kiosk: Session) -> None:
    assert kiosk.access is not None
    kiosk.access.toggle("reducedMotion")
    view, a, _b, ticker = _loop(qtbot, kiosk)
    qtbot.waitUntil(lambda: a.property("covering"), timeout=WAIT)  # type: ignore[attr-defined]
    assert not ticker.property("running")  # nothing moves, so nothing is drawn again
    assert a.property("opacity") == 1 and not a.property("moving")  # shown at once, no fade
    assert item(kiosk.window, "attractPulse").property("opacity") == 0
    assert item(kiosk.window, "attractCallToAction").property("opacity") == 1
    view.setProperty("clock", 60_000)  # even were the clock to move
    assert a.property("offset").toPoint().isNull() and a.property("opacity") == 1
    assert view.property("cursor") == 0


def test_in_motion_the_ring_and_the_words_follow_the_clock(qtbot: object, kiosk: Session) -> None:
    view, _a, _b, ticker = _loop(qtbot, kiosk)
    ticker.setProperty("running", False)
    ring, words = item(kiosk.window, "attractPulse"), item(kiosk.window, "attractCallToAction")
    for ms in (0, 1000, attract.PULSE_GROW_MS + 200):
        view.setProperty("clock", ms)
        scale, opacity = attract.pulse(ms)
        assert ring.property("scale") == scale and ring.property("opacity") == opacity
        assert words.property("opacity") == attract.breath(ms)
