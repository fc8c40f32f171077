"""Thin QAbstractListModel adapters over the frozen row dataclasses of kiosk.present.rows."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, Generic, TypeVar

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
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.present.rows import role_name, to_qml

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
Item = TypeVar("Item")


@QmlElement
@QmlUncreatable("the kiosk makes its models")
class RowsModel(QAbstractListModel):  # type: ignore[operator]
    """A list model whose roles are the fields of one frozen row dataclass.

    With an ``identity`` field (unique per row, such as an id), replacing the rows removes,
    inserts and updates only the rows that differ, so views keep every other delegate.
    """

    countChanged = Signal()

    def __init__(self, row_type: type, parent: Any = None, *, identity: str = "") -> None:
        super().__init__(parent)
        if not dataclasses.is_dataclass(row_type):
            raise TypeError(f"{row_type!r} is not a dataclass")
        self.row_type = row_type
        self._fields = [f.name for f in dataclasses.fields(row_type)]
        if identity and identity not in self._fields:
            raise KeyError(f"identity {identity!r} is not a field of {row_type.__name__}")
        self._identity = identity
        self._roles = {Qt.ItemDataRole.UserRole + i: f for i, f in enumerate(self._fields)}
        self._by_role_name = {role_name(f): f for f in self._fields}
        self._rows: list[Any] = []
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
        field = self._roles.get(role)
        return to_qml(getattr(self._rows[index.row()], field)) if field else None

    def roleNames(self) -> dict[int, QByteArray]:
        """Role numbers to the names QML delegates use (camelCase field names)."""
        return {role: QByteArray(role_name(f).encode()) for role, f in self._roles.items()}

    def role_names(self) -> list[str]:
        """The role names, in field order (documentation and tests)."""
        return [role_name(f) for f in self._fields]

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row; rows that merely changed are updated in place (views keep their place)."""
        wrong = {type(row).__name__ for row in rows if not isinstance(row, self.row_type)}
        if wrong:
            raise TypeError(f"rows of {sorted(wrong)} in a model of {self.row_type.__name__}")
        new = list(rows)
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

    def _update(self, i: int, before: Any, after: Any) -> None:
        """Tell views which roles of row i changed (nothing when none did)."""
        if before != after:
            roles = [r for r, f in self._roles.items() if getattr(before, f) != getattr(after, f)]
            self.dataChanged.emit(self.index(i), self.index(i), roles)

    def _merge(self, new: list[Any]) -> bool:
        """Remove, insert and update rows by identity; False (nothing done) if a reset is better."""
        ident = self._identity
        new_ids = [getattr(row, ident) for row in new]
        old_ids = [getattr(row, ident) for row in self._rows]
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
            if at < len(self._rows) and getattr(self._rows[at], ident) == new_ids[at]:
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

    def rows(self) -> list[Any]:
        """The rows (frozen: for tests and Python callers)."""
        return list(self._rows)

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        """One row as a map of its roles, for QML code outside delegates."""
        return to_qml(self._rows[row]) if 0 <= row < len(self._rows) else {}

    @Slot(str, str, result=int)
    def indexOf(self, role: str, value: str) -> int:
        """The first row whose role equals value, or -1."""
        field = self._by_role_name.get(role)
        if field is None:
            return -1
        return next((i for i, row in enumerate(self._rows) if getattr(row, field) == value), -1)

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)


class RowList(Generic[Item, R]):
    """Rows built one per content item; when pictures become ready only their rows are built again.

    build(item) makes an item's row, pictures(item) names the picture files it shows.
    """

    def __init__(
        self,
        build: Callable[[Item], R],
        pictures: Callable[[Item], Iterable[str]],
        apply: Callable[[list[R]], None],
    ) -> None:
        self._build = build
        self._pictures = pictures
        self._apply = apply
        self._items: list[Item] = []
        self._files: list[frozenset[str]] = []
        self.rows: list[R] = []

    def set_items(self, items: Sequence[Item]) -> None:
        """Build every row."""
        self._items = list(items)
        self._files = [frozenset(self._pictures(item)) for item in self._items]
        self.rows = [self._build(item) for item in self._items]
        self._apply(self.rows)

    def refresh(self, ready: Collection[str]) -> int:
        """Build again the rows showing any of these picture files; how many were."""
        changed = 0
        for i, files in enumerate(self._files):
            if not files.isdisjoint(ready):
                self.rows[i] = self._build(self._items[i])
                changed += 1
        if changed:
            self._apply(self.rows)
        return changed
