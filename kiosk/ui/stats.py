"""The figures page's model: every statistic card, and the numbers of their count-up."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlNamedElement, QmlSingleton

from kiosk.present.numbers import stat_number
from kiosk.present.rows import (
    StatGroupRow,
    StatRow,
    common_source,
    featured_stats,
    stat_groups,
    stat_rows,
)
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

    changed = Signal()
    filterChosen = Signal(str)

    def __init__(self, content: Content, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._filter = ""
        self._source = ""
        self._stats = RowsModel(StatRow, self, identity="stat_id")
        self._featured = RowsModel(StatRow, self, identity="stat_id")
        self._groups = RowsModel(StatGroupRow, self, identity="section_id")
        content.changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Every card again (another hall, new content, another language, another filter)."""
        hall, lang = self._content.hall_model, self._content.lang
        if hall is not None and self._filter and hall.section(self._filter) is None:
            self._filter = ""
        self._source = common_source(hall, lang) if hall else ""
        rows = stat_rows(hall, hall.stats, lang) if hall else []
        self._stats.set_rows(rows)
        own = [self._own_source(r) for r in rows]  # as the page shows them: sources said once
        by_id = {r.stat_id: r for r in own}
        self._featured.set_rows([by_id[s.id] for s in featured_stats(hall)] if hall else [])
        self._groups.set_rows(stat_groups(hall, own, lang, self._filter) if hall else [])
        self.changed.emit()

    def _own_source(self, row: StatRow) -> StatRow:
        """The row with its source only where it differs from the one the page names."""
        return replace(row, source="") if row.source == self._source else row

    @Property(RowsModel, constant=True)
    def stats(self) -> RowsModel:
        """A row per statistic (StatRow)."""
        return self._stats

    @Property(RowsModel, constant=True)
    def featured(self) -> RowsModel:
        """The headline figures the hall names (StatRow), in its order."""
        return self._featured

    @Property(RowsModel, constant=True)
    def groups(self) -> RowsModel:
        """The figures section by section (StatGroupRow), only the filter's section if set."""
        return self._groups

    @Property(str, notify=changed)
    def filter(self) -> str:
        """The section whose figures alone are shown ('' for all)."""
        return self._filter

    @Property(str, notify=changed)
    def commonSource(self) -> str:
        """The source most figures share: the page says it once; cards name only others."""
        return self._source

    @Slot(str)
    def setFilter(self, section_id: str) -> None:
        """Show one section's figures ('' for all)."""
        if section_id != self._filter:
            self._filter = section_id
            self.rebuild()
            self.filterChosen.emit(section_id)

    def reset_filter(self) -> None:
        """Back to every figure (a new visit)."""
        self.setFilter("")

    @Slot(str, float, result=str)
    def countFrame(self, stat_id: str, fraction: float) -> str:
        """A stat's number part way through its count-up (exact at 1)."""
        hall = self._content.hall_model
        stat = hall.stat(stat_id) if hall else None
        return stat_number(stat, self._content.lang, fraction) if stat else ""
