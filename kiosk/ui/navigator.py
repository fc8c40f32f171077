"""Where the visitor is: the page, an overlay on it, and the way back."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

PAGES = ("halls", "home", "section", "timeline", "stats")
OVERLAYS = ("", "event", "photo")
MAX_HISTORY = 50


@dataclass(frozen=True)
class Place:
    """One place in the visitor's history."""

    page: str = "home"
    section: str = ""
    overlay: str = ""
    event: str = ""
    photo: int = 0


class Navigator(QObject):
    """Navigation state, driven from QML and read back through its properties."""

    changed = Signal()
    attractChanged = Signal()
    sectionRequested = Signal(str)

    def __init__(self, start: str = "home", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._start = start
        self._place = Place(page=start)
        self._history: list[Place] = []
        self._attract = False
        self._sections: list[str] = []

    # -- state -------------------------------------------------------------
    def set_sections(self, ids: list[str]) -> None:
        """The section ids of the current hall, in order (for swiping)."""
        self._sections = list(ids)

    def set_start(self, page: str) -> None:
        """The page Home leads to ('halls' when several halls share the kiosk)."""
        self._start = page

    @property
    def place(self) -> Place:
        """The current place."""
        return self._place

    def _go(self, place: Place, *, remember: bool = True) -> None:
        if place == self._place:
            return
        if remember:
            self._history.append(replace(self._place, overlay="", event="", photo=0))
            del self._history[:-MAX_HISTORY]
        self._place = place
        self.changed.emit()

    def _get_page(self) -> str:
        return self._place.page

    def _get_overlay(self) -> str:
        return self._place.overlay

    def _get_section(self) -> str:
        return self._place.section

    def _get_event(self) -> str:
        return self._place.event

    def _get_photo(self) -> int:
        return self._place.photo

    def _get_depth(self) -> int:
        return len(self._history) + (1 if self._place.overlay else 0)

    def _get_attract(self) -> bool:
        return self._attract

    def _get_section_index(self) -> int:
        return (
            self._sections.index(self._place.section)
            if self._place.section in self._sections
            else -1
        )

    page = Property(str, _get_page, notify=changed)
    overlay = Property(str, _get_overlay, notify=changed)
    section = Property(str, _get_section, notify=changed)
    eventId = Property(str, _get_event, notify=changed)
    photo = Property(int, _get_photo, notify=changed)
    depth = Property(int, _get_depth, notify=changed)
    sectionIndex = Property(int, _get_section_index, notify=changed)
    attract = Property(bool, _get_attract, notify=attractChanged)

    # -- moves -------------------------------------------------------------
    @Slot()
    def home(self) -> None:
        """Back to Home, forgetting the way here."""
        self._history.clear()
        self._go(Place(page="home"), remember=False)

    @Slot()
    def start(self) -> None:
        """Back to the very start: the hall chooser if there is one, else Home."""
        self._history.clear()
        self._go(Place(page=self._start), remember=False)

    @Slot(str)
    def openSection(self, section_id: str) -> None:
        """Open a section by id."""
        if section_id in self._sections:
            self._go(Place(page="section", section=section_id))

    @Slot(int)
    def openSectionAt(self, index: int) -> None:
        """Open a section by its position."""
        if 0 <= index < len(self._sections):
            self.openSection(self._sections[index])

    @Slot(int, result=bool)
    def stepSection(self, step: int) -> bool:
        """Move to the neighbouring section (swipe); False at either end."""
        index = self._get_section_index() + step
        if self._place.page != "section" or not 0 <= index < len(self._sections):
            return False
        self._go(Place(page="section", section=self._sections[index]), remember=False)
        return True

    @Slot()
    def openTimeline(self) -> None:
        """Open the timeline."""
        self._go(Place(page="timeline"))

    @Slot()
    def openStats(self) -> None:
        """Open the statistics."""
        self._go(Place(page="stats"))

    @Slot(str)
    def openEvent(self, event_id: str) -> None:
        """Show an event's detail over the current page."""
        self._go(replace(self._place, overlay="event", event=event_id), remember=False)

    @Slot(int)
    def openPhoto(self, index: int) -> None:
        """Show a photo of the current section full screen."""
        self._go(replace(self._place, overlay="photo", photo=index), remember=False)

    @Slot(int)
    def setPhoto(self, index: int) -> None:
        """Swipe to another photo in the viewer."""
        if self._place.overlay == "photo":
            self._go(replace(self._place, photo=index), remember=False)

    @Slot()
    def back(self) -> None:
        """Close the overlay, else go to the previous page, else Home."""
        if self._place.overlay:
            self._go(replace(self._place, overlay="", event="", photo=0), remember=False)
        elif self._history:
            self._go(self._history.pop(), remember=False)
        elif self._place.page != self._start:
            self.start()

    @Slot(str)
    def restore(self, place: str) -> None:
        """Go to a place written as 'page[:section][/overlay:arg]' (snapshots, tests)."""
        page, _, rest = place.partition("/")
        name, _, section = page.partition(":")
        overlay, _, arg = rest.partition(":")
        self._history.clear()
        target = Place(page=name or "home", section=section)
        if overlay == "event":
            target = replace(target, overlay="event", event=arg)
        elif overlay == "photo":
            target = replace(target, overlay="photo", photo=int(arg or 0))
        self._go(target, remember=False)

    def set_attract(self, on: bool) -> None:
        """Enter or leave the attract loop."""
        if on != self._attract:
            self._attract = on
            self.attractChanged.emit()

    def describe(self) -> dict[str, Any]:
        """The state as plain data (tests and logs)."""
        return {**self._place.__dict__, "attract": self._attract, "depth": self._get_depth()}
