"""RowsModel: rows replaced by identity keep every delegate that did not change."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from kiosk.ui.models import RowList, RowsModel


@dataclass(frozen=True)
class Row:
    """A row with an id and a text."""

    id: str
    text: str
    long_name: str = ""


def rows(*ids: str, text: str = "") -> list[Row]:
    """Rows with an id and a text."""
    return [Row(i, text or i) for i in ids]


class Recorder:
    """Every change signal of a model, in order."""

    def __init__(self, model: RowsModel) -> None:
        self.calls: list[tuple[Any, ...]] = []
        model.modelReset.connect(lambda: self.calls.append(("reset",)))
        model.rowsRemoved.connect(lambda _p, a, b: self.calls.append(("removed", a, b)))
        model.rowsInserted.connect(lambda _p, a, b: self.calls.append(("inserted", a, b)))
        model.dataChanged.connect(
            lambda top, _bottom, roles: self.calls.append(
                ("changed", top.row(), [model.roleNames()[r].data().decode() for r in roles])
            )
        )
        model.countChanged.connect(lambda: self.calls.append(("count", model.rowCount())))


@pytest.fixture
def model() -> RowsModel:
    """A model keyed by id, holding a, b, c, d, e."""
    m = RowsModel(Row, identity="id")
    m.set_rows(rows("a", "b", "c", "d", "e"))
    return m


def ids(model: RowsModel) -> list[str]:
    """The ids in the model, in order."""
    return [r.id for r in model.rows()]


def test_a_sliding_window_removes_and_inserts_only_the_edges(model: RowsModel) -> None:
    seen = Recorder(model)
    model.set_rows(rows("c", "d", "e", "f", "g"))
    assert ids(model) == ["c", "d", "e", "f", "g"]
    assert seen.calls == [
        ("count", 3),
        ("removed", 0, 1),
        ("count", 5),
        ("inserted", 3, 4),
    ]


def test_holes_and_changes_keep_the_new_order(model: RowsModel) -> None:
    seen = Recorder(model)
    new = rows("a", "x", "c", "y", "e")
    new[2] = dataclasses.replace(new[2], text="C")
    model.set_rows(new)
    assert model.rows() == new
    assert ("reset",) not in seen.calls
    assert [c for c in seen.calls if c[0] == "changed"] == [("changed", 2, ["text"])]
    removed = [c[1:] for c in seen.calls if c[0] == "removed"]
    inserted = [c[1:] for c in seen.calls if c[0] == "inserted"]
    assert removed == [(3, 3), (1, 1)]  # the last block first
    assert inserted == [(1, 1), (3, 3)]


def test_data_is_current_when_views_hear_of_a_change(model: RowsModel) -> None:
    texts: list[str] = []
    model.dataChanged.connect(lambda top, *_: texts.append(model.get(top.row())["text"]))
    model.set_rows(rows("a", "b", "c", "d", "e", text="new"))
    assert texts == ["new"] * 5


def test_reordered_rows_of_the_same_count_change_in_place(model: RowsModel) -> None:
    seen = Recorder(model)
    model.set_rows(rows("e", "d", "c", "b", "a"))
    assert ids(model) == ["e", "d", "c", "b", "a"]
    assert [c[:2] for c in seen.calls] == [
        ("changed", 0),
        ("changed", 1),
        ("changed", 3),
        ("changed", 4),
    ]


@pytest.mark.parametrize(
    "new",
    [rows("e", "d", "c"), rows("p", "q"), rows("a", "a")],
    ids=["reordered", "disjoint", "duplicates"],
)
def test_otherwise_a_reset(model: RowsModel, new: list[Row]) -> None:
    seen = Recorder(model)
    model.set_rows(new)
    assert model.rows() == new
    assert {c[0] for c in seen.calls} == {"reset", "count"}


def test_unchanged_rows_say_nothing(model: RowsModel) -> None:
    seen = Recorder(model)
    model.set_rows(rows("a", "b", "c", "d", "e"))
    assert seen.calls == []


def test_identity_must_be_a_field() -> None:
    with pytest.raises(KeyError, match="identity"):
        RowsModel(Row, identity="name")


def test_rows_are_one_dataclass() -> None:
    with pytest.raises(TypeError, match="not a dataclass"):
        RowsModel(dict)
    m = RowsModel(Row)
    with pytest.raises(TypeError, match="in a model of Row"):
        m.set_rows([{"id": "a", "text": "b"}])


def test_roles_are_the_fields_in_camel_case() -> None:
    m = RowsModel(Row)
    assert m.role_names() == ["id", "text", "longName"]
    m.set_rows([Row("a", "b", "c")])
    assert m.get(0) == {"id": "a", "text": "b", "longName": "c"}
    assert m.indexOf("longName", "c") == 0 and m.indexOf("nope", "c") == -1


def test_flat_list() -> None:
    m = RowsModel(Row)
    m.set_rows([Row("a", "a")])
    assert m.rowCount(m.index(0)) == 0
    assert m.rowCount(QModelIndex()) == 1


def test_a_row_list_builds_again_only_the_rows_with_new_pictures() -> None:
    built: list[str] = []
    model = RowsModel(Row, identity="id")

    def build(item: tuple[str, str]) -> Row:
        built.append(item[0])
        return Row(item[0], item[1])

    rows_ = RowList(build, lambda item: {item[1]}, model.set_rows)
    rows_.set_items([("a", "a.jpg"), ("b", "b.jpg"), ("c", "a.jpg")])
    built.clear()
    assert rows_.refresh({"a.jpg"}) == 2
    assert built == ["a", "c"]
    assert rows_.refresh({"z.jpg"}) == 0
