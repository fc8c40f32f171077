"""Home's models: a tile per section, and the hall chooser's halls."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject
from PySide6.QtQml import QmlNamedElement, QmlSingleton

from kiosk.present.rows import HallRow, SectionRow, hall_row, section_pictures, section_row
from kiosk.ui.content import Content
from kiosk.ui.models import RowList, RowsModel
from kiosk.ui.singletons import engine_singleton

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlNamedElement("Home")
@QmlSingleton
@engine_singleton
class HomeModels(QObject):  # type: ignore[operator]
    """The sections of the hall shown (Home's tiles, the chips) and the halls to choose from."""

    def __init__(self, content: Content, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._sections = RowsModel(SectionRow, self, identity="section_id")
        self._halls = RowsModel(HallRow, self)
        self._rows: RowList[int, SectionRow] = RowList(
            self._section_row, self._section_pictures, self._sections.set_rows
        )
        content.changed.connect(self.rebuild)
        content.picturesReady.connect(self._pictures)
        self.rebuild()

    def _section_row(self, index: int) -> SectionRow:
        hall = self._content.hall_model
        assert hall is not None
        return section_row(hall, index, self._content.lang, self._content.resolve)

    def _section_pictures(self, index: int) -> set[str]:
        hall = self._content.hall_model
        return section_pictures(hall.sections[index]) if hall else set()

    def rebuild(self) -> None:
        """Every row again (another hall, new content, another language)."""
        hall = self._content.hall_model
        self._rows.set_items(range(len(hall.sections)) if hall else [])
        self._halls.set_rows(self._hall_rows())

    def _hall_rows(self) -> list[HallRow]:
        rows = []
        for i, loaded in enumerate(self._content.results):
            hall = loaded.hall
            if hall is None:
                continue
            cover = next((s.cover for s in hall.sections if s.cover), None)
            url = self._content.resolve_in(loaded.folder, cover.file, "tile") if cover else ""
            rows.append(hall_row(i, hall, self._content.lang, url))
        return rows

    def _pictures(self, files: frozenset[str]) -> None:
        self._rows.refresh(files)
        self._halls.set_rows(self._hall_rows())

    @Property(RowsModel, constant=True)
    def sections(self) -> RowsModel:
        """A row per section (SectionRow)."""
        return self._sections

    @Property(RowsModel, constant=True)
    def halls(self) -> RowsModel:
        """A row per usable hall (HallRow), for the hall chooser."""
        return self._halls
