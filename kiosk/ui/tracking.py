"""Usage tracking: turns navigation and idle signals into anonymous usage rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kiosk.ops.usage import Kind, UsageLog
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.navigator import Navigator, Overlay, Page, Place

PRUNE_EVERY_MS = 24 * 3600 * 1000
Where = Callable[[], tuple[str, str]]  # the hall id and the language shown, now


class Tracker(QObject):
    """Records what visitors open (no personal data) into a UsageLog."""

    def __init__(
        self,
        nav: Navigator,
        idle: IdleWatcher,
        usage: UsageLog,
        retention_days: float,
        where: Where,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._nav = nav
        self._usage = usage
        self._where = where
        self._last = nav.place
        self._codes: set[str] = set()  # the QR codes shown since the visitor last moved
        nav.changed.connect(self._on_nav)
        idle.visitStarted.connect(lambda: self.record(Kind.VISIT_START))
        idle.visitEnded.connect(lambda: self.record(Kind.VISIT_END))
        idle.reset.connect(lambda: self.record(Kind.ATTRACT_RESET))
        usage.prune(retention_days)
        self._prune = QTimer(self, interval=PRUNE_EVERY_MS)
        self._prune.timeout.connect(lambda: usage.prune(retention_days))
        self._prune.start()

    def record(self, kind: Kind, target: str = "") -> None:
        """One row: what happened, to what, in which hall and language."""
        hall, lang = self._where()
        self._usage.record(kind, target, hall=hall, lang=lang)

    def code_shown(self, target: str) -> None:
        """A QR code came into view: one row per code and page (scrolling back adds none).

        An overlay opened and closed over the page (an event, a photo) leaves it the same page.
        """
        if target not in self._codes:
            self._codes.add(target)
            self.record(Kind.CODE_SHOWN, target)

    def _on_nav(self) -> None:
        place, last = self._nav.place, self._last
        self._last = place
        if (place.page, place.section, place.story) != (last.page, last.section, last.story):
            self._codes.clear()
        for kind, target in views_opened(last, place):
            self.record(kind, target)

    def close(self) -> None:
        """Stop pruning and write what is queued."""
        self._prune.stop()
        self._usage.close()


def views_opened(before: Place, after: Place) -> list[tuple[Kind, str]]:
    """What a move from one place to another opened."""
    opened: list[tuple[Kind, str]] = []
    if (after.page, after.section) != (before.page, before.section):
        if after.page == Page.SECTION:
            opened.append((Kind.VIEW_SECTION, after.section))
        elif after.page == Page.TIMELINE:
            opened.append((Kind.VIEW_TIMELINE, ""))
        elif after.page == Page.STATS:
            opened.append((Kind.VIEW_STATS, ""))
    if after.page == Page.STORY and (before.page, before.story) != (Page.STORY, after.story):
        opened.append((Kind.VIEW_STORY, after.story))
    if after.overlay == Overlay.EVENT and (before.overlay, before.event) != (
        Overlay.EVENT,
        after.event,
    ):
        opened.append((Kind.VIEW_EVENT, after.event))
    if after.overlay == Overlay.PHOTO and (before.overlay, before.photo) != (
        Overlay.PHOTO,
        after.photo,
    ):
        opened.append((Kind.VIEW_PHOTO, f"{after.section}/{after.photo}"))
    return opened
