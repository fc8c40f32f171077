"""Thin QAbstractListModel adapters over rows built by kiosk.present."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel):
    """A list model whose roles are the keys of its rows (fixed at construction)."""

    countChanged = Signal()

    def __init__(self, keys: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._keys = list(keys)
        self._roles = {Qt.ItemDataRole.UserRole + i: key for i, key in enumerate(self._keys)}
        self._rows: list[dict[str, Any]] = []
        self.modelReset.connect(self.countChanged)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows (none under a valid parent: this is a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of a role for a row; None for anything out of range."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            role = Qt.ItemDataRole.UserRole
        key = self._roles.get(role)
        return self._rows[index.row()].get(key) if key else None

    def roleNames(self) -> dict[int, QByteArray]:
        """Role numbers to the names QML delegates use."""
        return {role: QByteArray(key.encode()) for role, key in self._roles.items()}

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Replace every row; rows that merely changed are updated in place (views keep their place)."""
        unknown = {k for row in rows for k in row} - set(self._keys)
        if unknown:
            raise KeyError(f"rows carry keys this model has no role for: {sorted(unknown)}")
        new = [dict(row) for row in rows]
        if len(new) != len(self._rows) or not new:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        for i, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                roles = [r for r, key in self._roles.items() if before.get(key) != after.get(key)]
                self.dataChanged.emit(self.index(i), self.index(i), roles)

    def rows(self) -> list[dict[str, Any]]:
        """A copy of the rows (for tests and Python callers)."""
        return [dict(row) for row in self._rows]

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        """One row as a map, for QML code outside delegates."""
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else {}

    @Slot(str, str, result=int)
    def indexOf(self, key: str, value: str) -> int:
        """The first row whose key equals value, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.get(key) == value), -1)

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)
