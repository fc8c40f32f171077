"""The object QML binds to: the current hall in the current language, as models and maps."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.content import Hall, LoadResult
from kiosk.content.checks import picture_problem
from kiosk.present import rows
from kiosk.present.labels import title_lines, tr, ui_strings
from kiosk.present.numbers import stat_number
from kiosk.present.timeline import layout
from kiosk.ui.models import RowsModel
from kiosk.ui.navigator import Navigator

SECTION_KEYS = [
    "sectionId", "index", "title", "tagline", "accent", "cover",
    "storyCount", "storyUnit", "statCount", "eventCount",
]  # fmt: skip
STORY_KEYS = ["storyId", "index", "headline", "date", "paragraphs", "images", "statIds", "eventIds"]
STAT_KEYS = [
    "statId", "label", "prefix", "number", "suffix", "asOf", "asOfLabel", "source",
    "accent", "sectionId", "sectionTitle",
]  # fmt: skip
EVENT_KEYS = [
    "eventId", "headline", "text", "date", "precision", "isRange", "accent",
    "sectionId", "sectionTitle", "image", "x", "endX", "lane", "spanTrack",
]  # fmt: skip
MONTH_KEYS = ["x", "label", "year", "month", "yearLabel"]
PHOTO_KEYS = ["source", "full", "caption", "credit", "story"]
HALL_KEYS = ["hallIndex", "title", "subtitle", "accent", "background", "cover", "sectionCount"]

Resolver = Callable[[Path, str, str], str]
VARIANT_MAP: Any = "QVariantMap"  # a JS object in QML


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def file_resolver(folder: Path, file: str, role: str) -> str:
    """Pictures straight from the hall folder; '' (a placeholder) for any unsafe or missing one."""
    if picture_problem(file, folder):
        return ""
    return (folder / file).resolve().as_uri()


class Backend(QObject):
    """Hall content for QML: models, localised maps and actions, in one language at a time."""

    languageChanged = Signal()
    hallChanged = Signal()
    sectionChanged = Signal()
    eventChanged = Signal()
    timelineChanged = Signal()
    languageChosen = Signal(str)  # by a visitor (not by a reset)
    filterChosen = Signal(str)

    def __init__(
        self,
        halls: Sequence[LoadResult],
        *,
        language: str | None = None,
        languages: Sequence[str] | None = None,
        attract_seconds: float = 8.0,
        resolver: Resolver = file_resolver,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._offered = list(languages) if languages else None
        self._attract_seconds = attract_seconds
        self._halls = list(halls)
        self._latest: dict[int, LoadResult] = dict(enumerate(self._halls))
        self._resolver = resolver
        self._index = 0
        self._filter = ""
        self.nav = Navigator("halls" if len(self._halls) > 1 else "home", self)
        self._models = {
            "sections": RowsModel(SECTION_KEYS, self, identity="sectionId"),
            "stories": RowsModel(STORY_KEYS, self),
            "sectionStats": RowsModel(STAT_KEYS, self),
            "sectionEvents": RowsModel(EVENT_KEYS, self, identity="eventId"),
            "stats": RowsModel(STAT_KEYS, self, identity="statId"),
            # Only the events near what the timeline shows (setTimelineWindow): a hall of
            # thousands of events then costs the view a few dozen delegates.
            "timeline": RowsModel(EVENT_KEYS, self, identity="eventId"),
            "months": RowsModel(MONTH_KEYS, self),
            "photos": RowsModel(PHOTO_KEYS, self),
            "halls": RowsModel(HALL_KEYS, self),
        }
        self._timeline_rows: list[dict[str, Any]] = []
        self._timeline_window = (-math.inf, math.inf)
        self._timeline_width = 0.0
        self._timeline_lanes = 0
        self._timeline_tracks = 0
        self._preferred = language or ""
        self._language = self.default_language()
        self.nav.changed.connect(self._on_nav)
        self._reload()
        if len(self._halls) > 1:
            self.nav.start()

    # -- content -----------------------------------------------------------
    @property
    def hall_model(self) -> Hall | None:
        """The current hall, or None when it could not be loaded."""
        if not self._halls:
            return None
        return self._halls[self._index].hall

    def model(self, name: str) -> RowsModel:
        """One of the list models by name (tests)."""
        return self._models[name]

    def timeline_rows(self) -> list[dict[str, Any]]:
        """Every event row of the timeline, not only those in its model's window (tests)."""
        return [dict(row) for row in self._timeline_rows]

    def _resolve(self, file: str, role: str) -> str:
        return self._resolver(self._halls[self._index].folder, file, role)

    def _reload(self) -> None:
        """Rebuild every model for the current hall and language."""
        hall = self.hall_model
        self._models["halls"].set_rows(self._hall_rows())
        if hall is None:
            self._timeline_rows = []
            for name in ("sections", "stats", "timeline", "months"):
                self._models[name].set_rows([])
            self.nav.set_sections([])
        else:
            lang = self._language
            self._models["sections"].set_rows(rows.section_rows(hall, lang, self._resolve))
            self._models["stats"].set_rows(rows.stat_rows(hall, hall.stats, lang))
            self.nav.set_sections([s.id for s in hall.sections])
            self._rebuild_timeline()
        self._rebuild_section()
        self.hallChanged.emit()
        self.eventChanged.emit()

    def _hall_rows(self) -> list[dict[str, Any]]:
        result = []
        for i, loaded in enumerate(self._halls):
            hall = loaded.hall
            if hall is None:
                continue
            cover = next((s.cover for s in hall.sections if s.cover), None)
            result.append(
                {
                    "hallIndex": i,
                    "title": tr(hall.title, self._language),
                    "subtitle": tr(hall.subtitle, self._language),
                    "accent": hall.theme.accent,
                    "background": hall.theme.background,
                    "cover": self._resolver(loaded.folder, cover.file, "tile") if cover else "",
                    "sectionCount": len(hall.sections),
                }
            )
        return result

    def _rebuild_timeline(self) -> None:
        hall = self.hall_model
        if hall is None:
            return
        events = [e for e in hall.events if not self._filter or e.section == self._filter]
        placed = layout(events)
        self._timeline_width = placed.width
        self._timeline_lanes = placed.lanes
        self._timeline_tracks = placed.tracks
        self._timeline_rows = rows.timeline_rows(hall, placed, self._language, self._resolve)
        self._models["timeline"].set_rows(
            rows.timeline_window(self._timeline_rows, *self._timeline_window)
        )
        self._models["months"].set_rows(rows.month_rows(placed, self._language))
        self.timelineChanged.emit()

    def _rebuild_section(self) -> None:
        hall = self.hall_model
        section = hall.section(self.nav.place.section) if hall else None
        lang = self._language
        if hall is None or section is None:
            for name in ("stories", "sectionStats", "sectionEvents", "photos"):
                self._models[name].set_rows([])
        else:
            stories = rows.story_rows(section, lang, self._resolve)
            self._models["stories"].set_rows(stories)
            stats = [s for s in hall.stats if s.section == section.id]
            self._models["sectionStats"].set_rows(rows.stat_rows(hall, stats, lang))
            events = sorted(
                (e for e in hall.events if e.section == section.id),
                key=lambda e: e.date.sort_key(),
            )
            self._models["sectionEvents"].set_rows(
                rows.event_rows(hall, events, lang, self._resolve)
            )
            photos = [
                {
                    **{k: image[k] for k in ("source", "full", "caption", "credit")},
                    "story": s["index"],
                }
                for s in stories
                for image in s["images"]
            ]
            self._models["photos"].set_rows(photos)
        self._shown_section = self.nav.place.section
        self.sectionChanged.emit()

    def _on_nav(self) -> None:
        # Leaving a section keeps its rows: its page stays built, hidden, for a quick return.
        section = self.nav.place.section
        if section and section != getattr(self, "_shown_section", None):
            self._rebuild_section()
        self.eventChanged.emit()

    # -- properties for QML --------------------------------------------------
    def _get_language(self) -> str:
        return self._language

    def _get_languages(self) -> list[str]:
        """The hall's languages, narrowed to those the settings offer."""
        hall = self.hall_model
        own = list(hall.languages) if hall else ["zh", "en"]
        offered = [lang for lang in own if self._offered is None or lang in self._offered]
        return offered or own[:1]

    def _get_strings(self) -> dict[str, str]:
        return ui_strings(self._language)

    def _get_other_strings(self) -> dict[str, str]:
        """The UI's words in the next language (bilingual screens: attract, unavailable)."""
        languages = self._get_languages()
        index = languages.index(self._language) if self._language in languages else 0
        return ui_strings(languages[(index + 1) % len(languages)]) if len(languages) > 1 else {}

    def _get_hall(self) -> dict[str, Any]:
        hall = self.hall_model
        if hall is None:
            return {"id": "", "title": "", "subtitle": ""}
        lang = self._language
        return {
            "id": hall.id,
            "title": tr(hall.title, lang),
            "titleLines": title_lines(tr(hall.title, lang)),
            "subtitle": tr(hall.subtitle, lang),
            "intro": tr(hall.intro, lang),
            "closing": tr(hall.closing, lang),
            "credits": tr(hall.credits, lang),
            "sectionCount": len(hall.sections),
            "eventCount": len(hall.events),
            "statCount": len(hall.stats),
        }

    def _get_theme(self) -> dict[str, str]:
        hall = self.hall_model
        theme = hall.theme if hall else None
        return theme.model_dump() if theme else {}

    def _get_available(self) -> bool:
        return self.hall_model is not None

    def _get_multi(self) -> bool:
        return len(self._halls) > 1

    def _get_current_section(self) -> dict[str, Any]:
        index = self._models["sections"].indexOf("sectionId", self.nav.place.section)
        return self._models["sections"].get(index) if index >= 0 else {}

    def _get_current_event(self) -> dict[str, Any]:
        hall = self.hall_model
        event = hall.event(self.nav.place.event) if hall else None
        if hall is None or event is None:
            return {}
        (row,) = rows.event_rows(hall, [event], self._language, self._resolve)
        return row

    def _get_attract_images(self) -> list[str]:
        hall = self.hall_model
        if hall is None:
            return []
        urls = (self._resolve(p.file, "full") for p in hall.pictures())
        return [url for url in urls if url]

    def content_status(self) -> list[str]:
        """A line per hall: which version is shown, since when, and how healthy the latest load was."""
        lines = []
        for i, shown in enumerate(self._halls):
            latest = self._latest.get(i, shown)
            n_errors = sum(f.severity.value == "error" for f in latest.findings)
            n_warnings = len(latest.findings) - n_errors
            line = (
                f"{shown.folder.name}: version {shown.version or '-'}, loaded "
                f"{shown.loaded_at:%Y-%m-%d %H:%M:%S}; latest load: {_count(n_errors, 'error')}, "
                f"{_count(n_warnings, 'warning')}"
            )
            if latest is not shown:
                line += f" (version {latest.version or '-'} not shown: it has errors)"
            lines.append(line)
        return lines

    def problem_list(self) -> list[str]:
        """Every finding of the latest load of each hall, as text (staff panel)."""
        if not self._halls:
            return ["no hall configured"]
        return [f"{r.folder.name}/{f}" for r in self._latest.values() for f in r.findings]

    def _get_attract_seconds(self) -> float:
        return self._attract_seconds

    def _get_filter(self) -> str:
        return self._filter

    def _get_timeline_width(self) -> float:
        return self._timeline_width

    def _get_timeline_lanes(self) -> int:
        return self._timeline_lanes

    def _get_timeline_tracks(self) -> int:
        return self._timeline_tracks

    language = Property(str, _get_language, notify=languageChanged)
    languages = Property(list, _get_languages, notify=hallChanged)
    strings = Property(VARIANT_MAP, _get_strings, notify=languageChanged)
    otherStrings = Property(VARIANT_MAP, _get_other_strings, notify=languageChanged)
    hall = Property(VARIANT_MAP, _get_hall, notify=hallChanged)
    theme = Property(VARIANT_MAP, _get_theme, notify=hallChanged)
    available = Property(bool, _get_available, notify=hallChanged)
    multiHall = Property(bool, _get_multi, notify=hallChanged)
    currentSection = Property(VARIANT_MAP, _get_current_section, notify=sectionChanged)
    currentEvent = Property(VARIANT_MAP, _get_current_event, notify=eventChanged)
    attractImages = Property(list, _get_attract_images, notify=hallChanged)
    attractSeconds = Property(float, _get_attract_seconds, notify=hallChanged)
    problems = Property(list, problem_list, notify=hallChanged)
    timelineFilter = Property(str, _get_filter, notify=timelineChanged)
    timelineWidth = Property(float, _get_timeline_width, notify=timelineChanged)
    timelineLanes = Property(int, _get_timeline_lanes, notify=timelineChanged)
    timelineTracks = Property(int, _get_timeline_tracks, notify=timelineChanged)

    def _model_property(name: str) -> Any:  # type: ignore[misc]
        return Property(QObject, lambda self: self._models[name], constant=True)

    sections = _model_property("sections")
    stories = _model_property("stories")
    sectionStats = _model_property("sectionStats")
    sectionEvents = _model_property("sectionEvents")
    stats = _model_property("stats")
    timeline = _model_property("timeline")
    months = _model_property("months")
    photos = _model_property("photos")
    halls = _model_property("halls")
    navigator = Property(QObject, lambda self: self.nav, constant=True)

    # -- actions -----------------------------------------------------------
    @Slot(str)
    def setLanguage(self, lang: str) -> None:
        """A visitor's choice: show everything in lang (one of the hall's languages)."""
        if self._apply_language(lang):
            self.languageChosen.emit(lang)

    def _apply_language(self, lang: str) -> bool:
        if lang == self._language or lang not in self._get_languages():
            return False
        self._language = lang
        self.languageChanged.emit()
        self._reload()
        return True

    @Slot()
    def toggleLanguage(self) -> None:
        """Switch to the next of the hall's languages."""
        languages = self._get_languages()
        self.setLanguage(
            languages[(languages.index(self._language) + 1) % len(languages)]
            if self._language in languages
            else languages[0]
        )

    def default_language(self) -> str:
        """The language a visit starts in: the settings' choice if offered, else the first."""
        languages = self._get_languages()
        return self._preferred if self._preferred in languages else languages[0]

    def apply_settings(
        self, languages: Sequence[str] | None, language: str | None, attract_seconds: float
    ) -> None:
        """Settings read again (SIGHUP): the languages offered, the default, the attract pace."""
        self._offered = list(languages) if languages else None
        self._preferred = language or ""
        self._attract_seconds = attract_seconds
        if self._language not in self._get_languages():
            self._language = self.default_language()
            self.languageChanged.emit()
        self._reload()

    def reset_language(self) -> None:
        """Back to the default language (after idle)."""
        self._apply_language(self.default_language())

    @Slot(int)
    def chooseHall(self, index: int) -> None:
        """Open one of several halls."""
        if 0 <= index < len(self._halls) and self._halls[index].hall is not None:
            self._index = index
            self._filter = ""
            if self._language not in self._get_languages():
                self._language = self.default_language()
                self.languageChanged.emit()
            self._reload()
            self.nav.home()

    @Slot(str)
    def setTimelineFilter(self, section_id: str) -> None:
        """Show only one section's events on the timeline ('' for all)."""
        if section_id != self._filter:
            self._filter = section_id
            self._rebuild_timeline()
            self.filterChosen.emit(section_id)

    @Slot(float, float)
    def setTimelineWindow(self, left: float, right: float) -> None:
        """Keep in the timeline model only the events reaching into [left, right] (layout units)."""
        if (left, right) != self._timeline_window:
            self._timeline_window = (left, right)
            self._models["timeline"].set_rows(
                rows.timeline_window(self._timeline_rows, left, right)
            )

    @Slot(str, float, result=str)
    def countFrame(self, stat_id: str, fraction: float) -> str:
        """A stat's number part way through its count-up (exact at 1)."""
        hall = self.hall_model
        stat = hall.stat(stat_id) if hall else None
        return stat_number(stat, self._language, fraction) if stat else ""

    @Slot(int, int, result=float)
    def monthX(self, year: int, month: int) -> float:
        """Where a month starts on the timeline (layout units), or -1."""
        for row in self._models["months"].rows():
            if (row["year"], row["month"]) == (year, month):
                return float(row["x"])
        return -1.0

    def refresh_images(self) -> None:
        """Pictures became available: update the rows that show them (views keep their place)."""
        self._reload()

    def replace_halls(self, halls: Sequence[LoadResult]) -> list[bool]:
        """Swap in new content, hall by hall; an unusable hall keeps its last good content.

        Returns, per hall, whether its new content was taken. The visitor stays where they
        are when that still exists, else lands on the nearest valid view (section, or Home).
        """
        taken = []
        for i, new in enumerate(halls):
            old = self._halls[i] if i < len(self._halls) else None
            use = new.usable or old is None or not old.usable
            taken.append(new.usable)
            if i < len(self._halls):
                self._halls[i] = new if use else old  # type: ignore[assignment]
            else:
                self._halls.append(new)
            self._latest[i] = new
        del self._halls[len(halls) :]
        for i in list(self._latest):
            if i >= len(halls):
                del self._latest[i]
        self._index = min(self._index, len(self._halls) - 1)
        self.nav.set_start("halls" if len(self._halls) > 1 else "home")
        self._reload()
        self._keep_visitor_on_valid_view()
        return taken

    def _keep_visitor_on_valid_view(self) -> None:
        hall = self.hall_model
        place = self.nav.place
        if hall is None:
            self.nav.home()
            return
        if place.section and hall.section(place.section) is None:
            self.nav.home()
        elif (place.overlay == "event" and hall.event(place.event) is None) or (
            place.overlay == "photo" and place.photo >= self._models["photos"].rowCount()
        ):
            self.nav.back()
