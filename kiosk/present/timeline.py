"""Timeline layout: where each event sits on the month axis, in lanes that never overlap."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kiosk.content.dates import PartialDate
from kiosk.content.model import Event

MONTH_WIDTH = 420.0  # layout units (px at 1920x1080) per month
CARD_WIDTH = 360.0  # an event card's width
CARD_GAP = 24.0
MAX_LANES = 3
PADDING = 160.0  # before the first and after the last month


@dataclass(frozen=True)
class Month:
    """A month mark on the axis."""

    year: int
    month: int
    x: float


@dataclass(frozen=True)
class Placed:
    """An event with its place: x of its start, x of its end (spans), and its lane."""

    event: Event
    x: float
    end_x: float
    lane: int
    track: int = -1  # for spans: the row under the axis where its bar runs (-1: not a span)


@dataclass(frozen=True)
class Layout:
    """The whole timeline: months, placed events and the total width."""

    months: list[Month]
    events: list[Placed]
    width: float
    month_width: float
    lanes: int
    tracks: int = 0

    def month_x(self, year: int, month: int) -> float | None:
        """The x of a month mark, if the axis has that month."""
        return next((m.x for m in self.months if (m.year, m.month) == (year, month)), None)


def _month_index(date: PartialDate, first: tuple[int, int]) -> int:
    return (date.year - first[0]) * 12 + (date.month or 1) - first[1]


def _offset(date: PartialDate, first: tuple[int, int], month_width: float, *, end: bool) -> float:
    """x of a date's start (or end) relative to the first month."""
    index = _month_index(date, first)
    if date.month is None:  # a year: its whole span
        return (index + (12 if end else 0)) * month_width
    if date.day is None:  # a month: that month, whole
        return (index + (1 if end else 0)) * month_width
    days = calendar.monthrange(date.year, date.month)[1]
    return (index + (date.day - (0 if end else 1)) / days) * month_width


def layout(events: Sequence[Event], *, max_lanes: int = MAX_LANES) -> Layout:
    """Lay events out along a month axis; widen months until they fit in max_lanes."""
    if not events:
        return Layout([], [], 2 * PADDING, MONTH_WIDTH, 0)
    starts = [e.date for e in events]
    ends = [e.end or e.date for e in events]
    first = min((d.year, d.month or 1) for d in starts)
    last = max((d.year, d.month or 12) for d in ends)
    n_months = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    month_width = MONTH_WIDTH
    for _ in range(12):
        placed, lanes = _place(events, first, month_width, max_lanes)
        if placed is not None:
            break
        month_width *= 1.5
    else:  # pragma: no cover - only for absurdly dense halls
        placed, lanes = _place(events, first, month_width, 10**6)
    assert placed is not None
    months = [
        Month(
            first[0] + (first[1] - 1 + i) // 12,
            (first[1] - 1 + i) % 12 + 1,
            PADDING + i * month_width,
        )
        for i in range(n_months)
    ]
    width = 2 * PADDING + n_months * month_width
    width = max(width, max(p.x for p in placed) + CARD_WIDTH + PADDING)
    placed, tracks = _tracks(placed)
    return Layout(months, placed, width, month_width, lanes, tracks)


def _tracks(placed: list[Placed]) -> tuple[list[Placed], int]:
    """Give every span (end_x > x) a track so that spans on one track never overlap."""
    ends: list[float] = []
    result = []
    for item in placed:
        if item.end_x <= item.x:
            result.append(item)
            continue
        track = next((i for i, end in enumerate(ends) if end <= item.x), len(ends))
        if track == len(ends):
            ends.append(0.0)
        ends[track] = item.end_x
        result.append(replace(item, track=track))
    return result, len(ends)


def _place(
    events: Sequence[Event], first: tuple[int, int], month_width: float, max_lanes: int
) -> tuple[list[Placed] | None, int]:
    """Greedy lanes: each card takes the first lane free at its x; None if too many lanes."""
    order = sorted(events, key=lambda e: (e.date.sort_key(), e.id))
    free_from: list[float] = []  # per lane, the x where it is free again
    placed = []
    for event in order:
        x = PADDING + _offset(event.date, first, month_width, end=False)
        end_x = PADDING + _offset(event.end or event.date, first, month_width, end=True)
        if event.end is None and event.date.day is not None:
            end_x = x  # a single day is a point
        lane = next((i for i, free in enumerate(free_from) if free <= x), len(free_from))
        if lane >= max_lanes:
            return None, 0
        if lane == len(free_from):
            free_from.append(0.0)
        free_from[lane] = x + CARD_WIDTH + CARD_GAP
        placed.append(Placed(event, x, end_x, lane))
    return placed, len(free_from)
