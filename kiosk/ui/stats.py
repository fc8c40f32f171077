"""The figures page's model: every statistic card, and the numbers of their count-up."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Slot
from PySide6.QtQml import QmlNamedElement, QmlSingleton

from kiosk.present.numbers import stat_number
from kiosk.present.rows import StatRow, stat_rows
from kiosk.ui.content import Content
from kiosk.ui.models import RowsModel
from kiosk.ui.singletons import engine_singleton

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@QmlNamedElement("Stats")
@QmlSingleton
@engine_singleton
class StatsModels(QObject):  # type: ignore[operator]
    """The hall's statistic cards in the language shown."""

    def __init__(self, content: Content, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._stats = RowsModel(StatRow, self, identity="stat_id")
        content.changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Every card again (another hall, new content, another language)."""
        hall = self._content.hall_model
        self._stats.set_rows(stat_rows(hall, hall.stats, self._content.lang) if hall else [])

    @Property(RowsModel, constant=True)
    def stats(self) -> RowsModel:
        """A row per statistic (StatRow)."""
        return self._stats

    @Slot(str, float, result=str)
    def countFrame(self, stat_id: str, fraction: float) -> str:
        """A stat's number part way through its count-up (exact at 1)."""
        hall = self._content.hall_model
        stat = hall.stat(stat_id) if hall else None
        return stat_number(stat, self._content.lang, fraction) if stat else ""
