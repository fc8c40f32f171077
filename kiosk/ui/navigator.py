"""Where the visitor is: the page, an overlay on it, and the way back."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Property, QEnum, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.ui.singletons import engine_singleton

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1
MAX_HISTORY = 50


@QmlElement
@QmlSingleton
@engine_singleton
class Navigator(QObject):
    """Navigation state, driven from QML (as the singleton Navigator) and read back."""

    @QEnum
    class Page(IntEnum):
        """The pages a visitor moves between (UNAVAILABLE: shown when a hall cannot be)."""

        HOME = 0
        SECTION = 1
        TIMELINE = 2
        STATS = 3
        HALLS = 4
        UNAVAILABLE = 5
        STORY = 6
        ABOUT = 7

    @QEnum
    class Overlay(IntEnum):
        """What may lie over a page."""

        NONE = 0
        EVENT = 1
        PHOTO = 2

    changed = Signal()
    attractChanged = Signal()

    def __init__(self, start: Navigator.Page | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._start = start or Page.HOME
        self._place = Place(page=self._start)
        self._history: list[Place] = []
        self._attract = False
        self._sections: list[str] = []
        self._stories: dict[str, list[str]] = {}

    # -- state -------------------------------------------------------------
    def set_sections(self, ids: list[str], stories: dict[str, list[str]] | None = None) -> None:
        """The section ids of the current hall in order, and each one's story ids (swiping)."""
        self._sections = list(ids)
        self._stories = {k: list(v) for k, v in (stories or {}).items()}

    def _section_of(self, story_id: str) -> str:
        """The section holding a story ('' when none does)."""
        return next((s for s, stories in self._stories.items() if story_id in stories), "")

    def set_start(self, page: Navigator.Page) -> None:
        """The page the start leads to (HALLS when several halls share the kiosk)."""
        self._start = page

    @property
    def place(self) -> Place:
        """The current place."""
        return self._place

    def _go(self, place: Place, *, remember: bool = True) -> None:
        if place == self._place:
            return
        if remember:
            self._history.append(replace(self._place, overlay=Overlay.NONE, event="", photo=0))
            del self._history[:-MAX_HISTORY]
        self._place = place
        self.changed.emit()

    @Property(int, notify=changed)
    def page(self) -> int:
        """The page shown (a Navigator.Page)."""
        return int(self._place.page)

    @Property(int, notify=changed)
    def overlay(self) -> int:
        """What lies over it (a Navigator.Overlay)."""
        return int(self._place.overlay)

    @Property(str, notify=changed)
    def section(self) -> str:
        """The open section's id ('' when none)."""
        return self._place.section

    @Property(str, notify=changed)
    def eventId(self) -> str:
        """The event shown in the overlay."""
        return self._place.event

    @Property(str, notify=changed)
    def story(self) -> str:
        """The open story's id ('' when none)."""
        return self._place.story

    @Property(int, notify=changed)
    def storyIndex(self) -> int:
        """The open story's place in its section (-1 when none)."""
        stories = self._stories.get(self._place.section, [])
        return stories.index(self._place.story) if self._place.story in stories else -1

    @Property(int, notify=changed)
    def photo(self) -> int:
        """The photo shown in the viewer (an index into Section.photos)."""
        return self._place.photo

    @Property(int, notify=changed)
    def depth(self) -> int:
        """How many steps Back would take to the start."""
        return len(self._history) + (1 if self._place.overlay else 0)

    @Property(int, notify=changed)
    def sectionIndex(self) -> int:
        """The open section's place among the hall's sections (-1 when none)."""
        return self._section_index()

    def _section_index(self) -> int:
        return (
            self._sections.index(self._place.section)
            if self._place.section in self._sections
            else -1
        )

    @Property(int, notify=changed)
    def sectionCount(self) -> int:
        """How many sections the hall has (the way to the next one ends there)."""
        return len(self._sections)

    @Property(bool, notify=attractChanged)
    def attract(self) -> bool:
        """Whether the attract loop is showing."""
        return self._attract

    # -- moves -------------------------------------------------------------
    @Slot()
    def home(self) -> None:
        """Back to Home, forgetting the way here."""
        self._history.clear()
        self._go(Place(page=Page.HOME), remember=False)

    @Slot()
    def start(self) -> None:
        """Back to the very start: the hall chooser if there is one, else Home."""
        self._history.clear()
        self._go(Place(page=self._start), remember=False)

    @Slot(str)
    def openSection(self, section_id: str) -> None:
        """Open a section by id."""
        if section_id in self._sections:
            self._go(Place(page=Page.SECTION, section=section_id))

    @Slot(int, result=bool)
    def stepSection(self, step: int) -> bool:
        """Move to the neighbouring section (swipe); False at either end."""
        index = self._section_index() + step
        if self._place.page != Page.SECTION or not 0 <= index < len(self._sections):
            return False
        self._go(Place(page=Page.SECTION, section=self._sections[index]), remember=False)
        return True

    @Slot(str)
    def openStory(self, story_id: str) -> None:
        """Open a story (of any section) by id."""
        section = self._section_of(story_id)
        if section:
            self._go(Place(page=Page.STORY, section=section, story=story_id))

    @Slot(int, result=bool)
    def stepStory(self, step: int) -> bool:
        """Move to the neighbouring story of the section (swipe); False at either end."""
        stories = self._stories.get(self._place.section, [])
        if self._place.page != Page.STORY or self._place.story not in stories:
            return False
        index = stories.index(self._place.story) + step
        if not 0 <= index < len(stories):
            return False
        self._go(replace(self._place, story=stories[index]), remember=False)
        return True

    @Slot()
    def openAbout(self) -> None:
        """Open the page about the exhibition (intro, closing, credits)."""
        self._go(Place(page=Page.ABOUT))

    @Slot()
    def openTimeline(self) -> None:
        """Open the timeline."""
        self._go(Place(page=Page.TIMELINE))

    @Slot()
    def openStats(self) -> None:
        """Open the statistics."""
        self._go(Place(page=Page.STATS))

    @Slot(str)
    def openEvent(self, event_id: str) -> None:
        """Show an event's detail over the current page."""
        self._go(replace(self._place, overlay=Overlay.EVENT, event=event_id), remember=False)

    @Slot(int)
    def openPhoto(self, index: int) -> None:
        """Show a photo of the current section full screen."""
        self._go(replace(self._place, overlay=Overlay.PHOTO, photo=index), remember=False)

    @Slot(int)
    def setPhoto(self, index: int) -> None:
        """Swipe to another photo in the viewer."""
        if self._place.overlay == Overlay.PHOTO:
            self._go(replace(self._place, photo=index), remember=False)

    @Slot()
    def back(self) -> None:
        """Close the overlay, else go to the previous page, else to the start."""
        if self._place.overlay:
            self._go(replace(self._place, overlay=Overlay.NONE, event="", photo=0), remember=False)
        elif self._history:
            self._go(self._history.pop(), remember=False)
        elif self._place.page != self._start:
            self.start()

    def restore(self, place: str) -> None:
        """Go to a place written as 'page[:section][/overlay:arg]' (snapshots, tests)."""
        page, _, rest = place.partition("/")
        name, _, section = page.partition(":")
        overlay, _, arg = rest.partition(":")
        self._history.clear()
        target = Place(page=Page.__members__[(name or "home").upper()], section=section)
        if target.page == Page.STORY:  # story:<id>, its section found
            target = replace(target, section=self._section_of(section), story=section)
        if overlay == "event":
            target = replace(target, overlay=Overlay.EVENT, event=arg)
        elif overlay == "photo":
            target = replace(target, overlay=Overlay.PHOTO, photo=int(arg or 0))
        self._go(target, remember=False)

    def keep_valid(self, sections: set[str], events: set[str], photos: int) -> None:
        """After new content: stay where the visitor is if that still exists, else step back."""
        place = self._place
        if place.section and place.section not in sections:
            self.home()
        elif place.story and place.story not in self._stories.get(place.section, []):
            self._go(Place(page=Page.SECTION, section=place.section), remember=False)
        elif (place.overlay == Overlay.EVENT and place.event not in events) or (
            place.overlay == Overlay.PHOTO and place.photo >= photos
        ):
            self.back()

    def set_attract(self, on: bool) -> None:
        """Enter or leave the attract loop."""
        if on != self._attract:
            self._attract = on
            self.attractChanged.emit()

    def describe(self) -> dict[str, Any]:
        """The state as plain data (tests and logs)."""
        return {
            "page": self._place.page.name.lower(),
            "section": self._place.section,
            "overlay": self._place.overlay.name.lower() if self._place.overlay else "",
            "event": self._place.event,
            "photo": self._place.photo,
            "story": self._place.story,
            "attract": self._attract,
            "depth": len(self._history) + (1 if self._place.overlay else 0),
        }


Page = Navigator.Page
Overlay = Navigator.Overlay


@dataclass(frozen=True)
class Place:
    """One place in the visitor's history."""

    page: Navigator.Page = Page.HOME
    section: str = ""
    overlay: Navigator.Overlay = Overlay.NONE
    event: str = ""
    photo: int = 0
    story: str = ""
