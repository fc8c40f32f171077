"""Labels, numbers and the timeline layout: the decisions QML only displays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import load_hall
from kiosk.content.dates import PartialDate
from kiosk.content.model import Stat
from kiosk.paths import DEFAULT_HALL
from kiosk.present.labels import date_label, first_sentences, month_label, title_breaks
from kiosk.present.numbers import StatParts, format_number, stat_number, stat_parts
from kiosk.present.rows import stat_row
from kiosk.present.timeline import CARD_WIDTH

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


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("护航老人幸福晚年生活", "护航老人幸福晚年生\u2060活"),
        ("项目建设。", "项目建\u2060设。"),
        ("“智慧居家养老”", "“智慧居家养\u2060老”"),
        ("Komatsu signs", "Komatsu signs"),  # English breaks between words already
        ("High-tech zone", "High\u2011tech zone"),  # and never inside a hyphenated one
        (
            "全力扩大就业 打造就业圈",
            "全\u2060力\u2060扩\u2060大\u2060就\u2060业 打\u2060造\u2060就\u2060业\u2060圈",
        ),
        ("甲", "甲"),
    ],
)
def test_a_headline_never_leaves_one_character_alone_on_its_last_line(
    text: str, shown: str
) -> None:
    from kiosk.present.labels import headline

    assert headline(text) == shown


def test_a_chinese_title_breaks_only_at_its_authors_spaces() -> None:
    assert title_breaks("回望2023 济宁高新区高质量发展步履坚实") == [
        "回望2023",
        "济宁高新区高质量发展步履坚实",
    ]
    assert title_breaks("济宁高新区高质量发展") == []  # nowhere to break: Qt wraps as it must
    assert title_breaks("Looking Back on 2023: Jining High-tech Zone") == []  # words wrap anyway


@pytest.mark.parametrize(("lang", "credit"), [("zh", "示意图"), ("en", "Illustration")])
def test_an_event_s_picture_carries_its_credit(lang: str, credit: str) -> None:
    from kiosk.present.rows import event_row

    hall = load_hall(DEFAULT_HALL).require()
    for event in hall.events:
        row = event_row(hall, event, lang, lambda file, role: f"{role}:{file}")
        assert row.picture and row.picture_credit == credit, event.id  # drawn, so it says so
