"""Idle watcher: after a quiet spell, count down (from a detail view) and return to attract."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QEventPoint, QMouseEvent, QTouchEvent
from PySide6.QtQml import QmlNamedElement, QmlSingleton

from kiosk.ops.heap import release_heap
from kiosk.ui.navigator import Navigator, Page
from kiosk.ui.singletons import engine_singleton

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

TRIM_DELAY_MS = 2000  # after the attract loop starts: the visitor's pages are gone by then

INPUT_EVENTS = {
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.NativeGesture,
}  # fmt: skip


@QmlNamedElement("Idle")
@QmlSingleton
@engine_singleton
class IdleWatcher(QObject):  # type: ignore[operator]
    """Watches every input event of the application and resets the kiosk when nobody is there.

    A reset sends the navigator to the start and the attract loop, and calls on_reset (the
    language and the timeline filter go back to their defaults, the staff panel closes).
    """

    countdownChanged = Signal()
    reset = Signal()
    visitStarted = Signal()
    visitEnded = Signal()

    def __init__(
        self,
        nav: Navigator,
        on_reset: Callable[[], None] = lambda: None,
        timeout_s: float = 90,
        countdown_s: int = 10,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._nav = nav
        self._on_reset = on_reset
        self._countdown_s = countdown_s
        self._remaining = 0
        self.last_touch: float | None = None  # epoch seconds of the last input (the state file)
        self._pressed = 0  # touches or buttons down: a visitor mid-gesture is never reset
        self._fingers: set[int] = set()
        self._buttons = False
        self._timer = QTimer(self, singleShot=True, interval=max(1, int(timeout_s * 1000)))
        self._timer.timeout.connect(self._on_timeout)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)
        self._enabled = False
        self._visiting = False
        self._holds = 0  # films playing: a visitor is watching, not gone

    def start(self) -> None:
        """Begin watching (call once the window is up)."""
        self._enabled = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (snapshots, staff panel)."""
        self._enabled = False
        self._timer.stop()
        self._tick.stop()
        self._set_remaining(0)

    def set_countdown(self, seconds: int) -> None:
        """Change the warning before a reset from a detail view (settings read again)."""
        self._countdown_s = seconds

    def set_timeout(self, seconds: float) -> None:
        """Change the idle timeout (tests shorten it)."""
        self._timer.setInterval(max(1, int(seconds * 1000)))
        if self._enabled:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input counts as activity; nothing is swallowed here.

        The filter sees one event several times (the window, then each item it is delivered to)
        and touches also arrive as synthesised mouse presses, so it keeps *state* (which fingers
        and buttons are down), never counts.
        """
        kind = event.type()
        if kind in INPUT_EVENTS and self._enabled:
            if isinstance(event, QTouchEvent):
                for point in event.points():
                    if point.state() in (
                        QEventPoint.State.Released,
                        QEventPoint.State.Unknown,
                    ) or kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                        self._fingers.discard(point.id())
                    else:
                        self._fingers.add(point.id())
                if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                    self._fingers.clear()
            elif (
                isinstance(event, QMouseEvent)
                and event.source() == Qt.MouseEventSource.MouseEventNotSynthesized
            ):
                self._buttons = event.buttons() != Qt.MouseButton.NoButton
            self._pressed = len(self._fingers) + int(self._buttons)
            self.activity()
        return False

    @Slot()
    def activity(self) -> None:
        """Someone is here: cancel a countdown and restart the timer."""
        if not self._enabled:
            return
        self.last_touch = time.time()
        if not self._visiting and not self._nav.attract:
            self._visiting = True
            self.visitStarted.emit()
        self._tick.stop()
        self._set_remaining(0)
        self._timer.start()

    @Slot(bool)
    def hold(self, on: bool) -> None:
        """A film starts (True) or stops (False) playing: no reset while one plays.

        When the last one stops (it ended, or the visitor paused it) the idle timeout starts
        afresh, so a film left playing alone ends in the attract loop a timeout after its end.
        """
        self._holds = max(0, self._holds + (1 if on else -1))
        if self._holds == 0 and self._enabled and not self._tick.isActive():
            self._timer.start()

    @property
    def holding(self) -> bool:
        """Whether a film is playing (the idle timer waits for it)."""
        return self._holds > 0

    def _on_timeout(self) -> None:
        if self._pressed or self._holds:  # mid-gesture, or watching a film: try again later
            self._timer.start()
            return
        nav = self._nav
        if nav.attract:
            return
        at_rest = nav.place.page in (Page.HOME, Page.HALLS) and not nav.place.overlay
        if at_rest or self._countdown_s <= 0:
            self._go_attract()
        else:
            self._set_remaining(self._countdown_s)
            self._tick.start()

    def _on_tick(self) -> None:
        if self._pressed:
            self.activity()
            return
        self._set_remaining(self._remaining - 1)
        if self._remaining <= 0:
            self._tick.stop()
            self._go_attract()

    def _go_attract(self) -> None:
        self._set_remaining(0)
        self._holds = 0  # the pages go, and their films with them
        if self._visiting:
            self._visiting = False
            self.visitEnded.emit()
        self._nav.start()
        self._on_reset()
        self._nav.set_attract(True)
        self.reset.emit()
        # Once the pages the visitor saw are gone, hand their memory back: glibc keeps freed
        # heap otherwise, and a kiosk's RSS would creep up visit after visit.
        QTimer.singleShot(TRIM_DELAY_MS, self, release_heap)

    @Slot()
    def wake(self) -> None:
        """A touch on the attract loop: Home (or the hall chooser), default language."""
        self._on_reset()
        self._nav.start()
        self._nav.set_attract(False)
        self.activity()

    def _set_remaining(self, value: int) -> None:
        if value != self._remaining:
            self._remaining = value
            self.countdownChanged.emit()

    @Property(int, notify=countdownChanged)
    def countdown(self) -> int:
        """Seconds left before the kiosk resets (0 while no countdown runs)."""
        return self._remaining

    @Property(int, notify=countdownChanged)
    def countdownTotal(self) -> int:
        """The countdown's length in seconds."""
        return self._countdown_s
