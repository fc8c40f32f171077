"""Usage tracking: turns navigation and idle signals into anonymous usage rows."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kiosk.ops.usage import Kind, UsageLog
from kiosk.ui.backend import Backend
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.navigator import Place

PRUNE_EVERY_MS = 24 * 3600 * 1000


class Tracker(QObject):
    """Records what visitors open (no personal data) into a UsageLog."""

    def __init__(
        self,
        backend: Backend,
        idle: IdleWatcher,
        usage: UsageLog,
        retention_days: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._usage = usage
        self._last = backend.nav.place
        backend.nav.changed.connect(self._on_nav)
        backend.languageChosen.connect(lambda lang: self._record(Kind.LANGUAGE, lang))
        backend.filterChosen.connect(lambda section: self._record(Kind.TIMELINE_FILTER, section))
        idle.visitStarted.connect(lambda: self._record(Kind.VISIT_START))
        idle.visitEnded.connect(lambda: self._record(Kind.VISIT_END))
        idle.reset.connect(lambda: self._record(Kind.ATTRACT_RESET))
        usage.prune(retention_days)
        self._prune = QTimer(self, interval=PRUNE_EVERY_MS)
        self._prune.timeout.connect(lambda: usage.prune(retention_days))
        self._prune.start()

    def _record(self, kind: Kind, target: str = "") -> None:
        hall = self._backend.property("hall")["id"]
        self._usage.record(kind, target, hall=hall, lang=self._backend.property("language"))

    def _on_nav(self) -> None:
        place, last = self._backend.nav.place, self._last
        self._last = place
        for kind, target in views_opened(last, place):
            self._record(kind, target)

    def close(self) -> None:
        """Stop pruning and write what is queued."""
        self._prune.stop()
        self._usage.close()


def views_opened(before: Place, after: Place) -> list[tuple[Kind, str]]:
    """What a move from one place to another opened."""
    opened: list[tuple[Kind, str]] = []
    if (after.page, after.section) != (before.page, before.section):
        if after.page == "section":
            opened.append((Kind.VIEW_SECTION, after.section))
        elif after.page == "timeline":
            opened.append((Kind.VIEW_TIMELINE, ""))
        elif after.page == "stats":
            opened.append((Kind.VIEW_STATS, ""))
    if after.overlay == "event" and (before.overlay, before.event) != ("event", after.event):
        opened.append((Kind.VIEW_EVENT, after.event))
    if after.overlay == "photo" and (before.overlay, before.photo) != ("photo", after.photo):
        opened.append((Kind.VIEW_PHOTO, f"{after.section}/{after.photo}"))
    return opened
