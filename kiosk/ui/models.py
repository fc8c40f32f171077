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
    """A list model whose roles are the keys of its rows (fixed at construction).

    With an ``identity`` key (a role unique per row, such as an id), replacing the rows removes,
    inserts and updates only the rows that differ, so views keep every other delegate.
    """

    countChanged = Signal()

    def __init__(self, keys: Sequence[str], parent: Any = None, *, identity: str = "") -> None:
        super().__init__(parent)
        self._keys = list(keys)
        if identity and identity not in self._keys:
            raise KeyError(f"identity {identity!r} is not one of the keys")
        self._identity = identity
        self._roles = {Qt.ItemDataRole.UserRole + i: key for i, key in enumerate(self._keys)}
        self._rows: list[dict[str, Any]] = []
        for signal in (self.modelReset, self.rowsInserted, self.rowsRemoved):
            signal.connect(self.countChanged)

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
        if self._identity and self._rows and new and self._merge(new):
            return
        if len(new) != len(self._rows) or not new:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        for i, (before, after) in enumerate(zip(old, new, strict=True)):
            self._update(i, before, after)

    def _update(self, i: int, before: dict[str, Any], after: dict[str, Any]) -> None:
        """Tell views which roles of row i changed (nothing when none did)."""
        if before != after:
            roles = [r for r, key in self._roles.items() if before.get(key) != after.get(key)]
            self.dataChanged.emit(self.index(i), self.index(i), roles)

    def _merge(self, new: list[dict[str, Any]]) -> bool:
        """Remove, insert and update rows by identity; False (nothing done) if a reset is better."""
        ident = self._identity
        new_ids = [row.get(ident) for row in new]
        old_ids = [row.get(ident) for row in self._rows]
        wanted = set(new_ids)
        if len(wanted) != len(new_ids) or len(set(old_ids)) != len(old_ids):
            return False  # not unique: only a reset is safe
        kept = [i for i in old_ids if i in wanted]
        staying = set(kept)
        if not kept or kept != [i for i in new_ids if i in staying]:
            return False  # nothing in common, or reordered
        # Removals, last block first so earlier indices stay valid.
        end = len(self._rows)
        while end > 0:
            if old_ids[end - 1] in wanted:
                end -= 1
                continue
            start = end - 1
            while start > 0 and old_ids[start - 1] not in wanted:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del self._rows[start:end]
            self.endRemoveRows()
            end = start
        # Insertions in runs, then updates of the rows that stayed.
        at = 0
        while at < len(new):
            if at < len(self._rows) and self._rows[at].get(ident) == new_ids[at]:
                before, self._rows[at] = self._rows[at], new[at]
                self._update(at, before, new[at])
                at += 1
                continue
            stop = at
            while stop < len(new) and new_ids[stop] not in staying:
                stop += 1
            self.beginInsertRows(QModelIndex(), at, stop - 1)
            self._rows[at:at] = new[at:stop]
            self.endInsertRows()
            at = stop
        return True

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
