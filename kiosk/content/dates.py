"""Partial dates (2023, 2023-04, 2023-05-12) and their ordering."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from kiosk.i18n import N_, _

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
HINT = N_("use YYYY, YYYY-MM or YYYY-MM-DD")


def _not_a_date(text: str) -> ValueError:
    return ValueError(_("{text} is not a date ({hint})").format(text=repr(text), hint=_(HINT)))


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError otherwise."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(
                _("{text} is not a date ({hint})").format(text=repr(text), hint=_(HINT))
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if year < dt.MINYEAR:  # 0000: no calendar day to compare or show
            raise ValueError(
                _("{text} is not a date ({hint})").format(text=repr(text), hint=_(HINT))
            )
        if month is not None and not 1 <= month <= 12:
            raise ValueError(
                _("{text} is not a date ({hint})").format(text=repr(text), hint=_(HINT))
            )
        if month is not None and day is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(
                    _("{text} is not a date ({hint})").format(text=repr(text), hint=_(HINT))
                )
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        """'year', 'month' or 'day'."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def first_day(self) -> dt.date:
        """The earliest calendar day this date may mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest calendar day this date may mean."""
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day)
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def span(self, within: str | None = None) -> tuple[dt.date, dt.date]:
        """The first and last day this date may mean; `within` narrows a month to a third.

        early: days 1-10, mid: 11-20, late: 21 to the month's end.
        """
        first, last = self.first_day(), self.last_day()
        if within is None or self.month is None or self.day is not None:
            return first, last
        start = {"early": 1, "mid": 11, "late": 21}[within]
        end = {"early": 10, "mid": 20, "late": last.day}[within]
        return first.replace(day=start), last.replace(day=end)

    def iso(self) -> str:
        """The ISO 8601 text, as partial as the date itself."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def sort_key(self) -> tuple[int, int, int]:
        """Order partial dates at the start of the period they name."""
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        return self.iso()
