"""Labels, numbers and the timeline layout: the decisions QML only displays."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import load_hall
from kiosk.content.dates import PartialDate
from kiosk.content.model import Event, Stat
from kiosk.paths import DEFAULT_HALL
from kiosk.present.labels import date_label, first_sentences, month_label
from kiosk.present.numbers import StatParts, format_number, stat_number, stat_parts
from kiosk.present.rows import stat_row
from kiosk.present.timeline import CARD_GAP, CARD_WIDTH, Layout, layout

D = PartialDate.parse


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        ("2023-05-12", None, "zh", "2023年5月12日"),
        ("2023-05-12", None, "en", "12 May 2023"),
        ("2023-04", None, "zh", "2023年4月"),
        ("2023-04", None, "en", "April 2023"),
        ("2023", None, "zh", "2023年"),
        ("2023", None, "en", "2023"),
        ("2023-09-04", "2023-09-05", "zh", "2023年9月4日至5日"),
        ("2023-09-04", "2023-09-05", "en", "4–5 September 2023"),
        ("2023-09-28", "2023-10-02", "zh", "2023年9月28日至10月2日"),
        ("2023-09-28", "2023-10-02", "en", "28 September – 2 October 2023"),
        ("2023-12-30", "2024-01-02", "en", "30 December 2023 – 2 January 2024"),
    ],
)
def test_date_labels(start: str, end: str | None, lang: str, expected: str) -> None:
    assert date_label(D(start), D(end) if end else None, lang) == expected


def test_month_labels() -> None:
    assert [month_label(m, "en") for m in (1, 5, 6, 9)] == ["Jan", "May", "Jun", "Sep"]
    assert month_label(12, "zh") == "12月"


def _stat(value: float, **extra: object) -> Stat:
    data = {"id": "s", "label": "L", "value": value, "section": "a", **extra}
    return Stat.model_validate(data, context={"languages": ["zh", "en"]})


@pytest.mark.parametrize(
    ("value", "decimals", "lang", "expected"),
    [
        (10353, 0, "en", "10,353"),
        (10353, 0, "zh", "10353"),
        (5.57, 2, "en", "5.57"),
        (5.57, 2, "zh", "5.57"),
        (250.3, 1, "en", "250.3"),
        (1865, 0, "en", "1,865"),
    ],
)
def test_format_number(value: float, decimals: int, lang: str, expected: str) -> None:
    assert format_number(value, decimals, lang) == expected


@pytest.mark.parametrize(
    ("stat", "lang", "parts"),
    [
        (
            _stat(50000, unit={"zh": "盆", "en": "pots"}, qualifier={"zh": "余", "en": "+"}),
            "zh",
            StatParts("", "5万", "余盆"),
        ),
        (
            _stat(50000, unit={"zh": "盆", "en": "pots"}, qualifier={"zh": "余", "en": "+"}),
            "en",
            StatParts("", "50,000", "+ pots"),
        ),
        (
            _stat(60, unit="%", qualifier={"zh": "以上", "en": "+"}),
            "zh",
            StatParts("", "60", "%以上"),
        ),
        (_stat(60, unit="%", qualifier={"zh": "以上", "en": "+"}), "en", StatParts("", "60", "%+")),
        (_stat(200, unit={"zh": "公里/小时", "en": "km/h"}), "en", StatParts("", "200", " km/h")),
        (
            _stat(10, unit={"zh": "人", "en": "people"}, qualifier={"zh": "近", "en": "nearly"}),
            "en",
            StatParts("nearly ", "10", " people"),
        ),
        (
            _stat(10, unit={"zh": "人", "en": "people"}, qualifier={"zh": "近", "en": "nearly"}),
            "zh",
            StatParts("近", "10", "人"),
        ),
        (_stat(5.57, unit={"zh": "个", "en": "places"}), "en", StatParts("", "5.57", " places")),
        (_stat(1, kind="rank"), "zh", StatParts("第", "1", "名")),
        (_stat(2, kind="rank"), "en", StatParts("No.", "2", "")),
        (_stat(12, kind="rank"), "zh", StatParts("第", "12", "名")),
        (_stat(2, kind="rank"), "ja", StatParts("第", "2", "位")),
    ],
)
def test_stat_parts(stat: Stat, lang: str, parts: StatParts) -> None:
    assert stat_parts(stat, lang) == parts


def test_a_rank_is_never_counted_up() -> None:
    assert stat_number(_stat(3, kind="rank"), "en", 0.1) == "3"


@pytest.mark.parametrize(
    ("extra", "lang", "note"),
    [
        ({"period": 2023}, "en", "in 2023"),
        ({"period": 2023}, "zh", "2023年"),
        ({"period": "2023-06"}, "en", "in June 2023"),
        ({"as_of": "2023-12"}, "en", "As of December 2023"),
        ({"as_of": "2023-12"}, "zh", "截至2023年12月"),
        ({}, "en", ""),
    ],
)
def test_a_figure_reads_as_a_period_or_as_of_a_day(
    extra: dict[str, object], lang: str, note: str
) -> None:
    hall = load_hall(DEFAULT_HALL).hall
    assert hall is not None
    stat = _stat(5, section=hall.sections[0].id, **extra)
    assert stat_row(hall, stat, lang).date_note == note


@pytest.mark.parametrize(
    ("paragraph", "lead"),
    [
        ("第一句。第二句。", "第一句。第二句。"),
        ("甲" * 60 + "。" + "乙" * 60 + "。", "甲" * 60 + "。"),
        ("甲" * 150 + "。乙。", "甲" * 150 + "。"),  # one long sentence is kept whole
        ("One. Two.", "One. Two."),
        (" ".join(["word"] * 50) + ". " + " ".join(["More"] * 20) + ".",
         " ".join(["word"] * 50) + "."),
        ("No full stop at all", "No full stop at all"),
    ],
)  # fmt: skip
def test_a_story_without_a_lead_shows_its_first_sentences(paragraph: str, lead: str) -> None:
    assert first_sentences(paragraph) == lead


@given(
    st.one_of(
        st.integers(0, 10**9), st.floats(0, 10**6, allow_nan=False).map(lambda v: round(v, 2))
    ),
    st.sampled_from(["zh", "en"]),
    st.lists(st.floats(0, 1), max_size=20),
)
def test_count_up_ends_exactly_and_never_overshoots(
    value: float, lang: str, frames: list[float]
) -> None:
    stat = _stat(value, decimals=2 if isinstance(value, float) else 0)
    final = stat_number(stat, lang, 1.0)
    assert final == stat_number(stat, lang)
    assert stat_number(stat, lang, 0.0).strip("0.,万") == ""
    for fraction in sorted(frames):
        shown = stat_number(stat, lang, fraction)
        number = float(shown.replace(",", "").replace("万", ""))
        limit = float(final.replace(",", "").replace("万", ""))
        assert number <= limit


def _event(ident: str, date: str, end: str | None = None) -> Event:
    data = {"id": ident, "date": date, "headline": ident, "section": "a"}
    if end:
        data["end"] = end
    return Event.model_validate(data, context={"languages": ["zh"]})


def test_layout_stacks_same_day_events_without_overlap() -> None:
    events = [_event("a", "2023-06-16"), _event("b", "2023-06-16"), _event("c", "2023-06-17")]
    placed = layout(events)
    assert {p.event.id: p.lane for p in placed.events} == {"a": 0, "b": 1, "c": 2}
    assert placed.events[0].x == placed.events[1].x


def test_layout_partial_dates_sit_at_their_month_and_ranges_span() -> None:
    placed = layout(
        [_event("m", "2023-04"), _event("r", "2023-09-04", "2023-09-05"), _event("d", "2023-02-14")]
    )
    by_id = {p.event.id: p for p in placed.events}
    april = placed.month_x(2023, 4)
    assert april is not None and by_id["m"].x == april
    assert by_id["m"].end_x == pytest.approx(april + placed.month_width)
    assert by_id["r"].end_x > by_id["r"].x
    assert by_id["d"].end_x == by_id["d"].x
    assert [(m.year, m.month) for m in placed.months] == [(2023, m) for m in range(2, 10)]


def _assert_no_overlap(placed: Layout) -> None:
    for lane in range(placed.lanes):
        xs = sorted(p.x for p in placed.events if p.lane == lane)
        assert all(b - a >= CARD_WIDTH + CARD_GAP - 1e-6 for a, b in itertools.pairwise(xs))


def test_spans_get_tracks_that_never_overlap() -> None:
    placed = layout(
        [
            _event("year", "2023"),
            _event("q", "2023-09-04", "2023-09-05"),
            _event("m", "2023-04"),
            _event("d", "2023-05-01"),
        ]
    )
    tracks = {p.event.id: p.track for p in placed.events}
    assert tracks == {"year": 0, "m": 1, "q": 1, "d": -1}
    assert placed.tracks == 2


def test_bundled_hall_layout_has_no_overlapping_cards() -> None:
    hall = load_hall(DEFAULT_HALL).hall
    assert hall is not None
    placed = layout(hall.events)
    _assert_no_overlap(placed)
    assert placed.lanes <= 3
    assert placed.width >= max(p.x for p in placed.events) + CARD_WIDTH


@given(
    st.lists(
        st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2024, 12, 31)),
        min_size=1,
        max_size=60,
    )
)
def test_dense_layouts_never_overlap(days: list[dt.date]) -> None:
    events = [_event(f"e{i}", d.isoformat()) for i, d in enumerate(days)]
    placed = layout(events)
    assert len(placed.events) == len(events)
    _assert_no_overlap(placed)


def test_events_without_a_picture_borrow_their_storys() -> None:
    from kiosk.present.rows import event_picture

    hall = load_hall(DEFAULT_HALL).hall
    assert hall is not None
    event = hall.event("qingdao-investment-trip")
    assert event is not None and event.image is None
    picture = event_picture(hall, event)
    assert picture is not None and picture.file == "images/projects/shanghai-qingdao.jpg"


def test_timeline_window_keeps_what_reaches_into_it() -> None:
    from kiosk.present.rows import TimelineRow, timeline_window

    events = {
        "before": (0.0, 0.0),  # its card ends at CARD_WIDTH, before the window
        "card-reaches-in": (1000.0 - CARD_WIDTH + 1, 0.0),
        "span-from-far": (0.0, 1500.0),
        "inside": (1200.0, 1200.0),
        "at-right-edge": (2000.0, 2000.0),
        "after": (2000.5, 2100.0),
    }
    rows = [
        TimelineRow(k, "", "", "", "day", False, "", "", "", "", "", "", x=x, end_x=end)
        for k, (x, end) in events.items()
    ]
    kept = [r.event_id for r in timeline_window(rows, 1000.0, 2000.0)]
    assert kept == ["card-reaches-in", "span-from-far", "inside", "at-right-edge"]
    assert len(timeline_window(rows, float("-inf"), float("inf"))) == len(rows)
