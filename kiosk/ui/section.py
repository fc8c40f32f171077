"""The open section's models: its stories, figures, events and photos."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlNamedElement, QmlSingleton

from kiosk.content import Section, Story
from kiosk.present.rows import (
    EventRow,
    PhotoRow,
    StatRow,
    StoryRow,
    event_pictures,
    event_row,
    photo_offsets,
    photo_rows,
    section_row,
    stat_rows,
    story_pictures,
    story_row,
    to_qml,
)
from kiosk.ui.content import Content
from kiosk.ui.models import RowList, RowsModel
from kiosk.ui.navigator import Navigator
from kiosk.ui.singletons import engine_singleton
from kiosk.ui.variants import QVariantMap

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlNamedElement("Section")
@QmlSingleton
@engine_singleton
class SectionModels(QObject):  # type: ignore[operator]
    """What the section page shows of the open section (kept when the visitor leaves it)."""

    currentChanged = Signal()
    storyChanged = Signal()

    def __init__(self, content: Content, nav: Navigator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._nav = nav
        self._shown = ""
        self._current: dict[str, Any] = {}
        self._stories = RowsModel(StoryRow, self, identity="story_id")
        self._stats = RowsModel(StatRow, self, identity="stat_id")
        self._events = RowsModel(EventRow, self, identity="event_id")
        self._photos = RowsModel(PhotoRow, self)
        self._story: dict[str, Any] = {}
        self._story_stats = RowsModel(StatRow, self, identity="stat_id")
        self._story_events = RowsModel(EventRow, self, identity="event_id")
        self._story_rows: RowList[tuple[int, Story, int], StoryRow] = RowList(
            lambda item: story_row(item[1], item[0], item[2], content.lang, content.resolve),
            lambda item: story_pictures(item[1]),
            self._stories.set_rows,
        )
        content.changed.connect(self.rebuild)
        content.picturesReady.connect(self._pictures)
        nav.changed.connect(self._on_nav)
        self.rebuild()

    def _section(self) -> Section | None:
        hall = self._content.hall_model
        return hall.section(self._shown) if hall and self._shown else None

    def _on_nav(self) -> None:
        # Leaving a section keeps its rows: its page stays built, hidden, for a quick return.
        section = self._nav.place.section
        if section and section != self._shown:
            self.rebuild()
        elif self._nav.place.story != self._story.get("storyId", ""):
            self._rebuild_story()

    def rebuild(self) -> None:
        """Every row again, for the section the navigator has open (or the one last open)."""
        self._shown = self._nav.place.section or self._shown
        hall, section = self._content.hall_model, self._section()
        lang, resolve = self._content.lang, self._content.resolve
        if hall is None or section is None:
            self._current = {}
            self._story_rows.set_items([])
            for model in (self._stats, self._events, self._photos):
                model.set_rows([])
        else:
            self._current = to_qml(section_row(hall, hall.sections.index(section), lang, resolve))
            offsets = photo_offsets(section)
            self._story_rows.set_items(
                [(i, story, offsets[i]) for i, story in enumerate(section.stories)]
            )
            self._stats.set_rows(
                stat_rows(hall, [s for s in hall.stats if s.section == section.id], lang)
            )
            events = sorted(
                (e for e in hall.events if e.section == section.id), key=lambda e: e.date.sort_key()
            )
            self._events.set_rows([event_row(hall, e, lang, resolve) for e in events])
            self._photos.set_rows(photo_rows(section, lang, resolve))
        self.currentChanged.emit()
        self._rebuild_story()

    def _rebuild_story(self) -> None:
        """The open story's row and the figures and events it links to."""
        hall, story_id = self._content.hall_model, self._nav.place.story
        row = next((r for r in self._stories.rows() if r.story_id == story_id), None)
        if hall is None or row is None:
            self._story = {}
            self._story_stats.set_rows([])
            self._story_events.set_rows([])
        else:
            lang, resolve = self._content.lang, self._content.resolve
            self._story = to_qml(row)
            stats = [s for s in (hall.stat(i) for i in row.stat_ids) if s is not None]
            self._story_stats.set_rows(stat_rows(hall, stats, lang))
            events = [e for e in (hall.event(i) for i in row.event_ids) if e is not None]
            events.sort(key=lambda e: e.date.sort_key())
            self._story_events.set_rows([event_row(hall, e, lang, resolve) for e in events])
        self.storyChanged.emit()

    def _pictures(self, files: frozenset[str]) -> None:
        """Prepared pictures arrived: only the rows showing them are built again."""
        hall, section = self._content.hall_model, self._section()
        if hall is None or section is None:
            return
        lang, resolve = self._content.lang, self._content.resolve
        self._story_rows.refresh(files)
        if self._story and any(p.file in files for p in self._story_files()):
            self._rebuild_story()
        if any(p.file in files for story in section.stories for p in story.images):
            self._photos.set_rows(photo_rows(section, lang, resolve))
        if section.cover and section.cover.file in files:
            self._current = to_qml(section_row(hall, hall.sections.index(section), lang, resolve))
            self.currentChanged.emit()
        events = [e for e in hall.events if e.section == section.id]
        if any(event_pictures(hall, e) & files for e in events):
            rows = {r.event_id: r for r in self._events.rows()}
            for event in events:
                if event_pictures(hall, event) & files:
                    rows[event.id] = event_row(hall, event, lang, resolve)
            self._events.set_rows([rows[r.event_id] for r in self._events.rows()])

    @Property(QVariantMap, notify=currentChanged)
    def current(self) -> dict[str, Any]:
        """The open section's row (SectionRow's roles), {} when none is open."""
        return self._current

    def _story_files(self) -> list[Any]:
        section = self._section()
        story = next(
            (t for t in (section.stories if section else []) if t.id == self._nav.place.story),
            None,
        )
        return list(story.images) if story else []

    @Property(QVariantMap, notify=storyChanged)
    def story(self) -> dict[str, Any]:
        """The open story's row (StoryRow's roles), {} when none is open."""
        return self._story

    @Property(RowsModel, constant=True)
    def storyStats(self) -> RowsModel:
        """The figures the open story links to (StatRow), in its order."""
        return self._story_stats

    @Property(RowsModel, constant=True)
    def storyEvents(self) -> RowsModel:
        """The events the open story tells, by date (EventRow)."""
        return self._story_events

    @Property(RowsModel, constant=True)
    def stories(self) -> RowsModel:
        """Its stories (StoryRow)."""
        return self._stories

    @Property(RowsModel, constant=True)
    def stats(self) -> RowsModel:
        """Its statistic cards (StatRow)."""
        return self._stats

    @Property(RowsModel, constant=True)
    def events(self) -> RowsModel:
        """Its events, by date (EventRow)."""
        return self._events

    @Property(RowsModel, constant=True)
    def photos(self) -> RowsModel:
        """Its stories' pictures in order (PhotoRow), for the photo viewer."""
        return self._photos
