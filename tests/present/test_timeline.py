"""The timeline layout: each event drawn as the period its date names, cards that never overlap."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import load_hall
from kiosk.content.dates import PartialDate
from kiosk.content.model import Event, Hall
from kiosk.paths import DEFAULT_HALL
from kiosk.present.labels import date_label
from kiosk.present.rows import month_rows, timeline_row, year_rows
from kiosk.present.timeline import (
    CARD_GAP,
    CARD_WIDTH,
    PADDING,
    Layout,
    Placed,
    extent,
    layout,
)
from tests.hallgen import mixed_events

D = PartialDate.parse
LANGS = {"languages": ["zh", "en"]}


def _event(ident: str, date: str, end: str | None = None, **more: object) -> Event:
    data: dict[str, object] = {"id": ident, "date": date, "headline": ident, "section": "a"}
    if end:
        data["end"] = end
    return Event.model_validate({**data, **more}, context={"languages": ["zh"]})


@pytest.fixture(scope="module")
def hall() -> Hall:
    """The bundled hall."""
    return load_hall(DEFAULT_HALL).require()


@pytest.fixture(scope="module")
def bundled(hall: Hall) -> Layout:
    """The bundled hall's timeline."""
    return layout(hall.events)


def _by_id(placed: Layout) -> dict[str, Placed]:
    return {p.event.id: p for p in placed.events}


def _day_x(placed: Layout, day: dt.date, fraction: float) -> float:
    """x of a moment of a day on the layout's axis (0: its start, 1: its end)."""
    start = placed.month_x(day.year, day.month)
    assert start is not None
    days = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - day.replace(day=1)
    return start + (day.day - 1 + fraction) / days.days * placed.month_width


def assert_truthful(placed: Layout, events: list[Event]) -> None:
    """What every layout holds: each mark covers exactly its period, in date order, no overlaps."""
    on_axis = [e for e in events if e.date.precision != "year" or e.end]
    in_lanes = [e for y in placed.years for e in y.events]
    assert sorted(p.event.id for p in placed.events) == sorted(e.id for e in on_axis)
    assert sorted(e.id for e in in_lanes) == sorted(e.id for e in events if e not in on_axis)
    for p in placed.events:
        first, last = extent(p.event)
        if p.kind == "day":
            assert p.x == p.end_x == pytest.approx(_day_x(placed, first, 0.5))
            assert p.track == -1
        else:
            assert p.x == pytest.approx(_day_x(placed, first, 0))
            assert p.end_x == pytest.approx(_day_x(placed, last, 1))
            assert p.track >= 0
    # the order on the axis is the order of the dates
    xs = [p.x for p in placed.events]
    assert xs == sorted(xs)
    starts = [extent(p.event)[0] for p in placed.events]
    assert starts == sorted(starts)
    # cards of a lane never overlap, nor do bands and bars of a track
    for lane in range(placed.lanes):
        lane_xs = sorted(p.x for p in placed.events if p.lane == lane)
        assert all(b - a >= CARD_WIDTH + CARD_GAP - 1e-6 for a, b in itertools.pairwise(lane_xs))
    for track in range(placed.tracks):
        spans = sorted((p.x, p.end_x) for p in placed.events if p.track == track)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    # the events of one day each have a dot of their own
    days = [p for p in placed.events if p.kind == "day"]
    for x in {p.x for p in days}:
        same = [p for p in days if p.x == x]
        assert sorted(p.stack for p in same) == list(range(len(same)))
        assert len({p.lane for p in same}) == len(same)
    # the years tile the axis, each from its first month, boundaries at January
    assert placed.years
    assert placed.years[0].x == placed.months[0].x == PADDING
    for a, b in itertools.pairwise(placed.years):
        assert a.end_x == b.x == placed.month_x(b.year, 1)
        assert b.year == a.year + 1
    assert placed.years[-1].end_x == pytest.approx(placed.months[-1].x + placed.month_width)
    assert placed.width >= max((p.x for p in placed.events), default=0) + CARD_WIDTH


def test_the_bundled_timeline_tells_the_truth(hall: Hall, bundled: Layout) -> None:
    assert_truthful(bundled, hall.events)
    assert bundled.lanes <= 3


def test_a_month_is_a_band_over_the_month(bundled: Layout) -> None:
    flight = _by_id(bundled)["shenglong-record-flight"]  # date: 2023-02
    february, march = bundled.month_x(2023, 2), bundled.month_x(2023, 3)
    assert flight.kind == "month"
    assert (flight.x, flight.end_x) == (february, pytest.approx(march))


def test_a_year_sits_in_its_lane_not_on_january(bundled: Layout) -> None:
    assert [y.year for y in bundled.years] == [2023]
    lane = bundled.years[0]
    assert {e.id for e in lane.events} == {"five-ones-mechanism", "one-matter-upgrade"}
    assert bundled.year_lane
    assert "five-ones-mechanism" not in _by_id(bundled)
    december = bundled.month_x(2023, 12)
    assert december is not None
    assert (lane.x, lane.end_x) == (bundled.month_x(2023, 1), december + bundled.month_width)


def test_end_of_december_comes_after_the_ninth(bundled: Layout) -> None:
    by_id = _by_id(bundled)
    late, ninth = by_id["childcare-year-end"], by_id["h2-evaluation-second"]
    assert late.event.within == "late"
    assert late.x > ninth.x
    assert late.x == pytest.approx(_day_x(bundled, dt.date(2023, 12, 21), 0))
    assert late.end_x == pytest.approx(_day_x(bundled, dt.date(2023, 12, 31), 1))
    order = [p.event.id for p in bundled.events]
    assert order.index("h2-evaluation-second") < order.index("childcare-year-end")


def test_a_range_shows_its_extent(hall: Hall, bundled: Layout) -> None:
    trip = _by_id(bundled)["qingdao-investment-trip"]  # 4-5 September
    assert trip.kind == "range"
    assert trip.x == pytest.approx(_day_x(bundled, dt.date(2023, 9, 4), 0))
    assert trip.end_x == pytest.approx(_day_x(bundled, dt.date(2023, 9, 5), 1))
    index = bundled.events.index(trip)
    rows = {lang: timeline_row(hall, bundled, index, lang, lambda f, r: f) for lang in ("zh", "en")}
    assert rows["zh"].date == "9月4日至5日"
    assert rows["en"].date == "4–5 September"
    assert rows["en"].kind == "range" and rows["en"].end_x > rows["en"].x


def test_same_day_events_each_have_a_dot(bundled: Layout) -> None:
    by_id = _by_id(bundled)
    a, b = by_id["shanghai-signing"], by_id["smart-elderly-care-launch"]  # both 16 June
    assert a.x == b.x
    assert {a.stack, b.stack} == {0, 1}
    assert a.lane != b.lane
    assert a.event.section != b.event.section  # so their dots differ in colour


def test_the_year_stands_on_the_axis(hall: Hall, bundled: Layout) -> None:
    rows = {lang: year_rows(hall, bundled, lang) for lang in ("zh", "en")}
    assert [(r.year, r.label) for r in rows["zh"]] == [(2023, "2023年")]
    assert [(r.year, r.label) for r in rows["en"]] == [(2023, "2023")]
    assert [e.short for e in rows["en"][0].events] == [
        "“Five Ones” project mechanism set up",
        "“One Matter” service upgraded again",
    ]
    assert month_rows(bundled, "zh")[0].year_label == "2023年"


def test_cards_show_the_short_headline_and_no_year(hall: Hall, bundled: Layout) -> None:
    index = next(i for i, p in enumerate(bundled.events) if p.event.id == "komatsu-signing")
    row = timeline_row(hall, bundled, index, "en", lambda f, r: f)
    assert row.short == "Komatsu base agreement signed"
    assert row.headline.startswith("Komatsu Global Intelligent Manufacturing")
    assert row.date == "12 May"
    assert timeline_row(hall, bundled, index, "zh", lambda f, r: f).date == "5月12日"


@pytest.mark.parametrize(
    ("date", "within", "with_year", "lang", "expected"),
    [
        ("2023-12", "late", True, "zh", "2023年12月下旬"),
        ("2023-12", "late", True, "en", "Late December 2023"),
        ("2023-03", "early", False, "zh", "3月上旬"),
        ("2023-03", "mid", False, "en", "Mid-March"),
        ("2023-03", "early", True, "ja", "2023年3月上旬"),
        ("2023-03", None, False, "en", "March"),
        ("2023-05-12", None, False, "zh", "5月12日"),
    ],
)
def test_date_labels_with_qualifiers(
    date: str, within: str | None, with_year: bool, lang: str, expected: str
) -> None:
    assert date_label(D(date), None, lang, within=within, with_year=with_year) == expected


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        ("2023-09-04", "2023-09-05", "zh", "9月4日至5日"),
        ("2023-09-04", "2023-09-05", "en", "4–5 September"),
        ("2023-09-28", "2023-10-02", "zh", "9月28日至10月2日"),
        ("2023-09-28", "2023-10-02", "en", "28 September – 2 October"),
        ("2023-12-30", "2024-01-02", "en", "30 December 2023 – 2 January 2024"),
    ],
)
def test_range_labels_on_cards(start: str, end: str, lang: str, expected: str) -> None:
    assert date_label(D(start), D(end), lang, with_year=False) == expected


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_generated_timelines_over_three_years_tell_the_truth(seed: int) -> None:
    from kiosk.content.model import Hall as HallModel

    raw = {
        "id": "gen",
        "title": "gen",
        "sections": [
            {"id": f"section-{i}", "title": f"S{i}", "accent": "#336699"} for i in (1, 2, 3)
        ],
        "events": mixed_events(seed=seed),
    }
    events = HallModel.model_validate(raw, context=LANGS).events
    placed = layout(events)
    assert_truthful(placed, events)
    assert [y.year for y in placed.years] == [2022, 2023, 2024]
    assert all(len(y.events) == 1 for y in placed.years)
    labels = [r.year_label for r in month_rows(placed, "en") if r.year_label]
    assert labels == ["2022", "2023", "2024"]


def test_a_month_only_hall_needs_no_lanes_for_years() -> None:
    placed = layout([_event("m", "2023-04"), _event("n", "2023-04", within="early")])
    assert not placed.year_lane
    by_id = _by_id(placed)
    assert by_id["n"].end_x < by_id["m"].end_x
    assert by_id["m"].track != by_id["n"].track
    assert [(m.year, m.month) for m in placed.months] == [(2023, 4)]


def _day_events(days: list[dt.date]) -> list[Event]:
    return [_event(f"e{i}", d.isoformat()) for i, d in enumerate(days)]


@given(
    st.lists(
        st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2024, 12, 31)),
        min_size=1,
        max_size=60,
    )
)
def test_dense_layouts_never_overlap(days: list[dt.date]) -> None:
    events = _day_events(days)
    assert_truthful(layout(events), events)


FACTORIES: list[Callable[[], list[Event]]] = [
    lambda: [_event("y", "2023")],
    lambda: [_event("y", "2023"), _event("z", "2025-02-01")],
]


@pytest.mark.parametrize("factory", FACTORIES)
def test_edge_cases_hold(factory: Callable[[], list[Event]]) -> None:
    events = factory()
    assert_truthful(layout(events), events)
