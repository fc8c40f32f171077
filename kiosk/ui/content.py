"""The content the kiosk shows: its halls, the one chosen, and the visitor's language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.content import Hall, LoadResult
from kiosk.content.checks import picture_problem
from kiosk.present.labels import (
    count_unit,
    keep_compounds,
    language_name,
    title_breaks,
    title_lines,
    tr,
    ui_strings,
)
from kiosk.present.qr import link_host
from kiosk.present.rows import attract_teasers, to_qml
from kiosk.ui.navigator import Navigator, Page
from kiosk.ui.singletons import engine_singleton
from kiosk.ui.variants import QVariantList, QVariantMap

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

Resolver = Callable[[Path, str, str], str]  # (hall folder, picture file, role) -> URL


def file_resolver(folder: Path, file: str, role: str) -> str:
    """Pictures straight from the hall folder; '' (a placeholder) for any unsafe or missing one.

    No film has a prepared poster frame here (role 'poster'): its player shows a dark frame.
    """
    return "" if role == "poster" else file_url(folder, file)


def file_url(folder: Path, file: str) -> str:
    """The URL of a file in the hall folder, '' for an unsafe or missing one (role 'file')."""
    if picture_problem(file, folder):
        return ""
    return (folder / file).resolve().as_uri()


@QmlElement
@QmlSingleton
@engine_singleton
class Content(QObject):
    """The halls (the last good content of each), the one shown, and the language shown in.

    `changed` fires once whenever what the views show must be built again (another hall, new
    content, another language); `picturesReady` with the files of the shown hall whose
    prepared pictures arrived.
    """

    hallChanged = Signal()
    languageChanged = Signal()
    changed = Signal()
    picturesReady = Signal(object)  # a frozenset of picture files of the shown hall
    languageChosen = Signal(str)  # by a visitor (not by a reset)
    pageChanged = Signal()

    def __init__(
        self,
        halls: Sequence[LoadResult],
        nav: Navigator,
        *,
        language: str | None = None,
        languages: Sequence[str] | None = None,
        attract_seconds: float = 8.0,
        resolver: Resolver = file_resolver,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.nav = nav
        self._offered = list(languages) if languages else None
        self._attract_seconds = attract_seconds
        self._halls = list(halls)
        self._latest: dict[int, LoadResult] = dict(enumerate(self._halls))
        self._resolver = resolver
        self._index = 0
        self._preferred = language or ""
        self._language = self.default_language()
        nav.set_start(Page.HALLS if len(self._halls) > 1 else Page.HOME)
        self._sync_nav()
        if len(self._halls) > 1:
            nav.start()
        for signal in (nav.changed, self.languageChanged, self.hallChanged):
            signal.connect(self.pageChanged)

    # -- for Python ----------------------------------------------------------
    @property
    def hall_model(self) -> Hall | None:
        """The current hall, or None when it could not be loaded."""
        return self._halls[self._index].hall if self._halls else None

    @property
    def folder(self) -> Path | None:
        """The current hall's folder."""
        return self._halls[self._index].folder if self._halls else None

    @property
    def lang(self) -> str:
        """The language shown."""
        return self._language

    @property
    def results(self) -> list[LoadResult]:
        """The content shown, hall by hall (the last good load of each)."""
        return list(self._halls)

    @property
    def latest(self) -> list[LoadResult]:
        """The latest load of each hall, good or not (the staff panel)."""
        return [self._latest.get(i, shown) for i, shown in enumerate(self._halls)]

    def resolve(self, file: str, role: str) -> str:
        """The URL to show a picture of the current hall at a role (tile, full, ...)."""
        folder = self.folder
        return self._resolver(folder, file, role) if folder is not None else ""

    def resolve_in(self, folder: Path, file: str, role: str) -> str:
        """The URL of a picture of any hall."""
        return self._resolver(folder, file, role)

    def pictures_ready(self, keys: frozenset[tuple[str, str]]) -> None:
        """Prepared pictures arrived, as (hall folder, file): tell the views of the shown hall."""
        folder = str(self.folder) if self.folder is not None else None
        files = frozenset(file for hall, file in keys if hall == folder)
        if files:
            self.picturesReady.emit(files)
        self.hallChanged.emit()  # the attract loop's pictures, the hall chooser's covers

    def offered(self) -> list[str]:
        """The hall's languages, narrowed to those the settings offer."""
        hall = self.hall_model
        own = list(hall.languages) if hall else ["zh", "en"]
        offered = [lang for lang in own if self._offered is None or lang in self._offered]
        return offered or own[:1]

    def default_language(self) -> str:
        """The language a visit starts in: the settings' choice if offered, else the first."""
        languages = self.offered()
        return self._preferred if self._preferred in languages else languages[0]

    def reset_language(self) -> None:
        """Back to the default language (after idle)."""
        self._apply_language(self.default_language())

    def apply_settings(
        self, languages: Sequence[str] | None, language: str | None, attract_seconds: float
    ) -> None:
        """Settings read again (SIGHUP): the languages offered, the default, the attract pace."""
        self._offered = list(languages) if languages else None
        self._preferred = language or ""
        self._attract_seconds = attract_seconds
        if self._language not in self.offered():
            self._language = self.default_language()
            self.languageChanged.emit()
        self._emit_changed()

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
        for i in [i for i in self._latest if i >= len(halls)]:
            del self._latest[i]
        self._index = min(self._index, len(self._halls) - 1)
        self.nav.set_start(Page.HALLS if len(self._halls) > 1 else Page.HOME)
        self._emit_changed()
        hall = self.hall_model
        if hall is None:
            self.nav.home()
        else:
            section = hall.section(self.nav.place.section)
            photos = sum(len(s.images) for s in section.stories) if section else 0
            self.nav.keep_valid({s.id for s in hall.sections}, {e.id for e in hall.events}, photos)
        return taken

    def _sync_nav(self) -> None:
        hall = self.hall_model
        sections = hall.sections if hall else []
        self.nav.set_sections(
            [s.id for s in sections], {s.id: [t.id for t in s.stories] for s in sections}
        )

    def _emit_changed(self) -> None:
        self._sync_nav()
        self.hallChanged.emit()
        self.changed.emit()

    def _apply_language(self, lang: str) -> bool:
        if lang == self._language or lang not in self.offered():
            return False
        self._language = lang
        self.languageChanged.emit()
        self.changed.emit()
        return True

    # -- for QML -------------------------------------------------------------
    @Property(str, notify=languageChanged)
    def language(self) -> str:
        """The language shown (zh, en, ...)."""
        return self._language

    @Property(QVariantList, notify=hallChanged)
    def languages(self) -> list[str]:
        """The hall's languages, narrowed to those the settings offer."""
        return self.offered()

    @Property(QVariantMap, notify=languageChanged)
    def strings(self) -> dict[str, str]:
        """The UI's own words in the language shown (`language`: the next language's name)."""
        return self._strings(self._language)

    def _strings(self, lang: str) -> dict[str, str]:
        languages = self.offered()
        index = languages.index(lang) if lang in languages else 0
        following = languages[(index + 1) % len(languages)]
        return {**ui_strings(lang), "language": language_name(following)}

    @Property(QVariantMap, notify=languageChanged)
    def otherStrings(self) -> dict[str, str]:
        """The UI's words in the next language (bilingual screens: attract, unavailable)."""
        languages = self.offered()
        index = languages.index(self._language) if self._language in languages else 0
        return self._strings(languages[(index + 1) % len(languages)]) if len(languages) > 1 else {}

    @Property(QVariantMap, notify=pageChanged)
    def page(self) -> dict[str, str]:
        """The shown page's title and colour (the dock shows them): '' on Home."""
        hall, strings = self.hall_model, ui_strings(self._language)
        accent = hall.theme.accent if hall else ""
        page = self.nav.place.page
        if page in (Page.SECTION, Page.STORY) and hall is not None:
            section = hall.section(self.nav.place.section)
            if section is not None:
                return {"title": tr(section.title, self._language), "accent": section.accent}
        titles = {Page.TIMELINE: "timeline", Page.STATS: "stats", Page.ABOUT: "about",
                  Page.HALLS: "chooseHall"}  # fmt: skip
        return {"title": strings[titles[page]] if page in titles else "", "accent": accent}

    @Property(QVariantMap, notify=hallChanged)
    def hall(self) -> dict[str, Any]:
        """The hall's own texts and counts in the language shown."""
        return self.hall_texts()

    def hall_texts(self) -> dict[str, Any]:
        """The hall's own texts and counts in the language shown."""
        hall = self.hall_model
        if hall is None:
            return {"id": "", "title": "", "subtitle": ""}
        lang = self._language
        return {
            "id": hall.id,
            "title": keep_compounds(tr(hall.title, lang)),
            "titleLines": title_lines(keep_compounds(tr(hall.title, lang))),
            "titleBreaks": title_breaks(tr(hall.title, lang)),
            "subtitle": tr(hall.subtitle, lang),
            "intro": tr(hall.intro, lang),
            "closing": tr(hall.closing, lang),
            "credits": tr(hall.credits, lang),
            "sources": list(dict.fromkeys(tr(s.source, lang) for s in hall.stats if s.source)),
            "sectionCount": len(hall.sections),
            "eventCount": len(hall.events),
            "eventUnit": count_unit(len(hall.events), "event", lang),
            "statCount": len(hall.stats),
            "statUnit": count_unit(len(hall.stats), "figure", lang),
            "link": hall.link or "",
            "linkHost": link_host(hall.link) if hall.link else "",
        }

    @Property(QVariantMap, notify=hallChanged)
    def theme(self) -> dict[str, str]:
        """The hall's colours ({} without a hall: the defaults of Shared apply)."""
        hall = self.hall_model
        return hall.theme.model_dump() if hall else {}

    @Property(bool, notify=hallChanged)
    def available(self) -> bool:
        """Whether there is a hall to show (else the unavailable page)."""
        return self.hall_model is not None

    @Property(bool, notify=hallChanged)
    def multiHall(self) -> bool:
        """Whether several halls share the kiosk (Home then leads back to the chooser)."""
        return len(self._halls) > 1

    @Property(QVariantList, notify=hallChanged)
    def attractImages(self) -> list[str]:
        """The attract loop's pictures (those prepared so far)."""
        hall = self.hall_model
        if hall is None:
            return []
        urls = (self.resolve(p.file, "full") for p in hall.pictures())
        return [url for url in urls if url]

    @Property(str, notify=hallChanged)
    def attractVideo(self) -> str:
        """The film the attract loop plays after each round of pictures ('' for none)."""
        hall = self.hall_model
        return self.resolve(hall.attract_video, "file") if hall and hall.attract_video else ""

    @Property(QVariantList, notify=changed)
    def attractTeasers(self) -> list[dict[str, Any]]:
        """Between the attract loop's pictures: headline figures and stories (TeaserRow maps)."""
        hall = self.hall_model
        return [to_qml(row) for row in attract_teasers(hall, self._language)] if hall else []

    @Property(float, notify=hallChanged)
    def attractSeconds(self) -> float:
        """How long the attract loop shows each picture."""
        return self._attract_seconds

    @Slot(str)
    def setLanguage(self, lang: str) -> None:
        """A visitor's choice: show everything in lang (one of the hall's languages)."""
        if self._apply_language(lang):
            self.languageChosen.emit(lang)

    @Slot()
    def toggleLanguage(self) -> None:
        """Switch to the next of the hall's languages."""
        languages = self.offered()
        self.setLanguage(
            languages[(languages.index(self._language) + 1) % len(languages)]
            if self._language in languages
            else languages[0]
        )

    @Slot(int)
    def chooseHall(self, index: int) -> None:
        """Open one of several halls."""
        if 0 <= index < len(self._halls) and self._halls[index].hall is not None:
            self._index = index
            if self._language not in self.offered():
                self._language = self.default_language()
                self.languageChanged.emit()
            self._emit_changed()
            self.nav.home()
