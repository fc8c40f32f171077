"""Partial dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2023", PartialDate(2023), "year"),
        ("2023-04", PartialDate(2023, 4), "month"),
        ("2023-05-12", PartialDate(2023, 5, 12), "day"),
        ("2024-02-29", PartialDate(2024, 2, 29), "day"),
    ],
)
def test_parse(text: str, expected: PartialDate, precision: str) -> None:
    date = PartialDate.parse(text)
    assert date == expected
    assert date.precision == precision
    assert date.iso() == text


@pytest.mark.parametrize(
    "text",
    [
        "2023-13",
        "2023-00",
        "2023-02-29",
        "23",
        "2023/05/12",
        "",
        "2023-05-12T10:00",
        "0000",
        "0000-05",
    ],
)
def test_bad(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        PartialDate.parse(text)


def test_periods() -> None:
    assert PartialDate(2023, 2).first_day() == dt.date(2023, 2, 1)
    assert PartialDate(2023, 2).last_day() == dt.date(2023, 2, 28)
    assert PartialDate(2023).last_day() == dt.date(2023, 12, 31)
    assert sorted(
        [PartialDate(2023, 5, 1), PartialDate(2023), PartialDate(2023, 4)], key=PartialDate.sort_key
    ) == [PartialDate(2023), PartialDate(2023, 4), PartialDate(2023, 5, 1)]


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_round_trip(day: dt.date) -> None:
    date = PartialDate.parse(day.isoformat())
    assert date.first_day() == date.last_day() == day
