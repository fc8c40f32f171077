"""The timeline's models: the events near the view, the month marks, the filter, the open event."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlNamedElement, QmlSingleton

from kiosk.present.rows import (
    ListEventRow,
    MonthRow,
    TimelineRow,
    YearRow,
    event_pictures,
    event_row,
    list_event_rows,
    month_rows,
    timeline_row,
    timeline_window,
    to_qml,
    year_rows,
)
from kiosk.present.timeline import Layout, layout
from kiosk.ui.content import Content
from kiosk.ui.models import RowList, RowsModel
from kiosk.ui.navigator import Navigator, Overlay
from kiosk.ui.singletons import engine_singleton
from kiosk.ui.variants import QVariantMap

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlNamedElement("Timeline")
@QmlSingleton
@engine_singleton
class TimelineModels(QObject):  # type: ignore[operator]
    """The timeline of the hall shown, filtered to a section or not, and the event open on it.

    Only the events near what the view shows have rows in `events` (setWindow): a hall of
    thousands of events costs the view a few dozen delegates.
    """

    changed = Signal()
    currentChanged = Signal()
    positionChanged = Signal()
    filterChosen = Signal(str)  # by a visitor

    def __init__(self, content: Content, nav: Navigator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._nav = nav
        self._filter = ""
        self._position = 0.0
        self._window = (-math.inf, math.inf)
        self._layout: Layout = layout([])
        self._current: dict[str, Any] = {}
        self._events = RowsModel(TimelineRow, self, identity="event_id")
        self._months = RowsModel(MonthRow, self)
        self._years = RowsModel(YearRow, self)
        self._list = RowsModel(ListEventRow, self, identity="event_id")
        self._listed = False  # the list is built only while a view shows it (larger text)
        self._rows: RowList[int, TimelineRow] = RowList(
            self._row, self._row_pictures, self._apply_window
        )
        content.changed.connect(self.rebuild)
        content.picturesReady.connect(self._pictures)
        nav.changed.connect(self._update_current)
        self.rebuild()

    def _row(self, index: int) -> TimelineRow:
        hall = self._content.hall_model
        assert hall is not None
        return timeline_row(hall, self._layout, index, self._content.lang, self._content.resolve)

    def _row_pictures(self, index: int) -> set[str]:
        hall = self._content.hall_model
        return event_pictures(hall, self._layout.events[index].event) if hall else set()

    def _apply_window(self, rows: list[TimelineRow]) -> None:
        self._events.set_rows(timeline_window(rows, *self._window))

    def rebuild(self) -> None:
        """Lay the (filtered) events out again and build their rows and the month marks."""
        hall = self._content.hall_model
        if hall is None or hall.section(self._filter) is None:
            self._filter = ""  # another hall, or its section is gone
        events = (
            [e for e in hall.events if not self._filter or e.section == self._filter]
            if hall
            else []
        )
        self._layout = layout(events)
        self._rows.set_items(range(len(self._layout.events)))
        self._months.set_rows(month_rows(self._layout, self._content.lang))
        self._years.set_rows(year_rows(hall, self._layout, self._content.lang) if hall else [])
        self._list.set_rows(
            list_event_rows(hall, events, self._content.lang, self._content.resolve)
            if hall and self._listed
            else []
        )
        self.changed.emit()
        self._update_current()

    def _pictures(self, files: frozenset[str]) -> None:
        self._rows.refresh(files)
        self._update_current()

    def _update_current(self) -> None:
        hall = self._content.hall_model
        place = self._nav.place
        event = hall.event(place.event) if hall and place.overlay == Overlay.EVENT else None
        current = (
            to_qml(event_row(hall, event, self._content.lang, self._content.resolve))
            if hall and event
            else {}
        )
        if current != self._current:
            self._current = current
            self.currentChanged.emit()

    def month_rows(self) -> list[MonthRow]:
        """The month marks of the axis."""
        return list(self._months.rows())

    def all_rows(self) -> list[TimelineRow]:
        """Every event's row, not only those in the window (tests)."""
        return list(self._rows.rows)

    @Property(RowsModel, constant=True)
    def events(self) -> RowsModel:
        """The events reaching into the window (TimelineRow; every event until a view sets one)."""
        return self._events

    @Property(RowsModel, constant=True)
    def list(self) -> RowsModel:
        """Every (filtered) event in date order under its month (ListEventRow), while listed."""
        return self._list

    @Slot(bool)
    def setListed(self, listed: bool) -> None:
        """Build the list (a view shows the events as a list: larger text) or drop it."""
        if listed != self._listed:
            self._listed = listed
            self.rebuild()

    @Property(RowsModel, constant=True)
    def months(self) -> RowsModel:
        """The month marks (MonthRow)."""
        return self._months

    @Property(RowsModel, constant=True)
    def years(self) -> RowsModel:
        """The years of the axis, with their "Throughout the year" lanes (YearRow)."""
        return self._years

    @Property(str, notify=changed)
    def filter(self) -> str:
        """The section whose events are shown ('' for all)."""
        return self._filter

    @Property(float, notify=changed)
    def width(self) -> float:
        """The axis's length in layout units (times Theme.scale on screen)."""
        return self._layout.width

    @Property(int, notify=changed)
    def lanes(self) -> int:
        """Lanes of cards above the axis."""
        return self._layout.lanes

    @Property(int, notify=changed)
    def tracks(self) -> int:
        """Rows of span bars under the axis."""
        return self._layout.tracks

    @Property(bool, notify=changed)
    def yearLane(self) -> bool:
        """Whether any year has a "Throughout the year" lane (its events lasted all of it)."""
        return self._layout.year_lane

    @Property(QVariantMap, notify=currentChanged)
    def current(self) -> dict[str, Any]:
        """The event open in the overlay (EventRow's roles), {} when none."""
        return self._current

    @Slot(str)
    def setFilter(self, section_id: str) -> None:
        """Show only one section's events ('' for all)."""
        if section_id != self._filter:
            self._filter = section_id
            self.setPosition(0.0)  # a new filter draws a new axis: from its beginning
            self.rebuild()
            self.filterChosen.emit(section_id)

    def reset(self) -> None:
        """Every event, from the start of the axis (a new visit)."""
        self.setPosition(0.0)
        if self._filter:
            self._filter = ""
            self.rebuild()

    def show_month(self, year: int, month: int) -> bool:
        """Put the axis where that month is in view (a snapshot's); False if it has no such month."""
        x = self._layout.month_x(year, month)
        if x is None:
            return False
        self.setPosition(max(0.0, x - self._layout.month_width / 4))
        return True

    @Property(float, notify=positionChanged)
    def position(self) -> float:
        """Where the view's left edge was left on the axis (layout units); a new page starts there."""
        return self._position

    @Slot(float)
    def setPosition(self, x: float) -> None:
        """Remember where the view's left edge is (layout units)."""
        if x != self._position:
            self._position = x
            self.positionChanged.emit()

    @Slot(float, float)
    def setWindow(self, left: float, right: float) -> None:
        """Keep in `events` only those reaching into [left, right] (layout units)."""
        if (left, right) != self._window:
            self._window = (left, right)
            self._apply_window(self._rows.rows)

    @Slot(int, int, result=float)
    def monthX(self, year: int, month: int) -> float:
        """Where a month starts on the axis (layout units), or -1."""
        x = self._layout.month_x(year, month)
        return -1.0 if x is None else float(x)
