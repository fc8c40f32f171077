"""Timeline layout: each event's mark on the month axis and its card, in lanes that never overlap.

An event is drawn as the period its date names, never as a point on that period's first day:

- a day is a point (the middle of that day), its card hanging above it;
- a month is a band over the month (`within: early|mid|late` narrows it to a third);
- a span of days (`end`) is a bar from the start of its first day to the end of its last;
- a year is not on the axis at all: it sits in that year's "Throughout the year" lane.

Events are ordered by where their marks start, so the axis reads in the order of their dates
(`截至2023年12月底`, late December, comes after 9 December). Events of the same day share a
point: each gets its own dot, stacked up the pole (`stack`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from kiosk.content.model import Event

MONTH_WIDTH = 420.0  # layout units (px at 1920x1080) per month
CARD_WIDTH = 360.0  # an event card's width
CARD_GAP = 24.0
MAX_LANES = 3
PADDING = 160.0  # before the first and after the last month

Kind = Literal["day", "month", "range", "year"]


@dataclass(frozen=True)
class Month:
    """A month mark on the axis."""

    year: int
    month: int
    x: float


@dataclass(frozen=True)
class Year:
    """A year on the axis: where it starts and ends, and the events that lasted all of it."""

    year: int
    x: float
    end_x: float
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Placed:
    """An event on the axis: its mark from x to end_x, its card's lane, its track or stack."""

    event: Event
    kind: Kind
    x: float  # where its mark starts (a day: the day's middle) and its card's left edge
    end_x: float  # where its mark ends (a day: x)
    lane: int  # the row of cards above the axis, 0 nearest
    track: int = -1  # a band or bar: its row under the axis (-1: a day)
    stack: int = 0  # a day: its dot's place among the events of that day (0 on the axis)


@dataclass(frozen=True)
class Layout:
    """The whole timeline: months, years, placed events and the total width."""

    months: list[Month]
    events: list[Placed]
    width: float
    month_width: float
    lanes: int
    tracks: int = 0
    years: tuple[Year, ...] = ()

    def month_x(self, year: int, month: int) -> float | None:
        """The x of a month mark, if the axis has that month."""
        return next((m.x for m in self.months if (m.year, m.month) == (year, month)), None)

    @property
    def year_lane(self) -> bool:
        """Whether any year has events that lasted all of it."""
        return any(y.events for y in self.years)


def kind_of(event: Event) -> Kind:
    """How an event is drawn: a day's point, a month's band, a range's bar or the year lane."""
    if event.end is not None and event.end != event.date:
        return "range"
    return event.date.precision  # type: ignore[return-value]


def extent(event: Event) -> tuple[dt.date, dt.date]:
    """The first and last day an event's mark covers."""
    first, last = event.date.span(event.within)
    if event.end is not None:
        last = max(last, event.end.last_day())
    return first, last


def _x(day: dt.date, first: tuple[int, int], month_width: float, fraction: float) -> float:
    """x of a moment of a day (0: its start, 1: its end), relative to the first month."""
    index = (day.year - first[0]) * 12 + day.month - first[1]
    days = (dt.date(day.year + day.month // 12, day.month % 12 + 1, 1) - day.replace(day=1)).days
    return PADDING + (index + (day.day - 1 + fraction) / days) * month_width


def layout(events: Sequence[Event], *, max_lanes: int = MAX_LANES) -> Layout:
    """Lay events out along a month axis; widen months until the cards fit in max_lanes."""
    if not events:
        return Layout([], [], 2 * PADDING, MONTH_WIDTH, 0)
    spans = [extent(e) for e in events]
    first = min((a.year, a.month) for a, _ in spans)
    last = max((b.year, b.month) for _, b in spans)
    n_months = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    on_axis = [e for e in events if kind_of(e) != "year"]
    month_width = MONTH_WIDTH
    for _ in range(12):
        placed, lanes = _place(on_axis, first, month_width, max_lanes)
        if placed is not None:
            break
        month_width *= 1.5
    else:  # pragma: no cover - only for absurdly dense halls
        placed, lanes = _place(on_axis, first, month_width, 10**6)
    assert placed is not None
    months = [
        Month(
            first[0] + (first[1] - 1 + i) // 12,
            (first[1] - 1 + i) % 12 + 1,
            PADDING + i * month_width,
        )
        for i in range(n_months)
    ]
    axis_end = PADDING + n_months * month_width
    width = max(axis_end + PADDING, max((p.x for p in placed), default=0) + CARD_WIDTH + PADDING)
    placed, tracks = _tracks(placed)
    return Layout(
        months,
        _stacks(placed),
        width,
        month_width,
        lanes,
        tracks,
        _years(events, months, axis_end),
    )


def _years(events: Sequence[Event], months: list[Month], axis_end: float) -> tuple[Year, ...]:
    """Each year the axis shows: its stretch of the axis and its whole-year events, in order."""
    years: list[Year] = []
    for month in months:
        if not years or years[-1].year != month.year:
            if years:
                years[-1] = replace(years[-1], end_x=month.x)
            whole = sorted(
                (e for e in events if kind_of(e) == "year" and e.date.year == month.year),
                key=lambda e: e.id,
            )
            years.append(Year(month.year, month.x, axis_end, tuple(whole)))
    return tuple(years)


def _tracks(placed: list[Placed]) -> tuple[list[Placed], int]:
    """Give every band and bar a track under the axis so that those of a track never overlap."""
    ends: list[float] = []
    result = []
    for item in sorted(placed, key=lambda p: (p.x, p.end_x, p.event.id)):
        if item.kind == "day":
            result.append(item)
            continue
        track = next((i for i, end in enumerate(ends) if end <= item.x), len(ends))
        if track == len(ends):
            ends.append(0.0)
        ends[track] = item.end_x
        result.append(replace(item, track=track))
    return result, len(ends)


def _stacks(placed: list[Placed]) -> list[Placed]:
    """Number the events of one day, so each has its own dot (in lane order)."""
    seen: dict[float, int] = {}
    result = []
    for item in sorted(placed, key=lambda p: (p.x, p.lane)):
        if item.kind == "day":
            item = replace(item, stack=seen.get(item.x, 0))
            seen[item.x] = item.stack + 1
        result.append(item)
    return sorted(result, key=lambda p: (p.x, p.end_x, p.event.id))


def _place(
    events: Sequence[Event], first: tuple[int, int], month_width: float, max_lanes: int
) -> tuple[list[Placed] | None, int]:
    """Greedy lanes: each card takes the first lane free at its x; None if too many lanes."""
    marks = []
    for event in events:
        kind = kind_of(event)
        start, end = extent(event)
        if kind == "day":
            x = end_x = _x(start, first, month_width, 0.5)
        else:
            x, end_x = _x(start, first, month_width, 0), _x(end, first, month_width, 1)
        marks.append((x, end_x, event.id, kind, event))
    marks.sort(key=lambda m: m[:3])
    free_from: list[float] = []  # per lane, the x where it is free again
    placed = []
    for x, end_x, _id, kind, event in marks:
        lane = next((i for i, free in enumerate(free_from) if free <= x), len(free_from))
        if lane >= max_lanes:
            return None, 0
        if lane == len(free_from):
            free_from.append(0.0)
        free_from[lane] = x + CARD_WIDTH + CARD_GAP
        placed.append(Placed(event, kind, x, end_x, lane))
    return placed, len(free_from)
