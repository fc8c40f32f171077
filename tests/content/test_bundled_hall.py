"""The bundled hall: complete, valid, and faithful to the seed article."""

from __future__ import annotations

from kiosk.content import load_hall
from kiosk.content.dates import PartialDate
from kiosk.paths import DEFAULT_HALL


def test_bundled_hall_is_valid_without_warnings() -> None:
    result = load_hall(DEFAULT_HALL)
    assert result.ok, "\n".join(str(f) for f in result.findings)
    # TODO(issue 16): the timeline events are rewritten on another branch, which makes their
    # Chinese punctuation full-width (scripts/fix_punctuation.py --only events does it); drop
    # this exception when it has landed.
    findings = [
        f
        for f in result.findings
        if not (f.path.startswith("events[") and "half-width" in f.message)
    ]
    assert findings == [], "\n".join(str(f) for f in findings)


def test_bundled_hall_has_the_article_structure() -> None:
    hall = load_hall(DEFAULT_HALL).require()
    assert hall.languages == ["zh", "en"]
    assert [s.id for s in hall.sections] == [
        "projects",
        "industry",
        "city",
        "business",
        "livelihood",
    ]
    assert [s.tagline and s.tagline["zh"] for s in hall.sections] == [
        "真抓实干",
        "逐高向新",
        "融合发展",
        "向优而行",
        "大步提升",
    ]
    assert [len(s.stories) for s in hall.sections] == [5, 3, 3, 4, 4]
    for section in hall.sections:
        assert section.cover is not None
        for story in section.stories:
            assert story.images, story.id
            assert all(p["en"] != p["zh"] for p in story.body), story.id


def test_bundled_hall_dates_are_faithful() -> None:
    hall = load_hall(DEFAULT_HALL).require()
    dates = [e.date for e in hall.events]
    assert PartialDate(2023, 4) in dates  # the e-licence launch: "2023年4月份", month only
    assert PartialDate(2023, 2) in dates  # the record flight: "2023年2月"
    qingdao = [e for e in hall.events if e.end is not None]
    assert [(e.date.iso(), e.end.iso()) for e in qingdao if e.end] == [("2023-09-04", "2023-09-05")]
    same_day = [e for e in hall.events if e.date == PartialDate(2023, 6, 16)]
    assert len(same_day) == 2


def test_bundled_hall_figures() -> None:
    hall = load_hall(DEFAULT_HALL).require()
    values = {s.value for s in hall.stats}
    for figure in (10353, 2217, 36, 1865, 5.57, 54, 2580, 13, 12, 50000, 900, 106, 5, 200, 250):
        assert figure in values, figure
    per_thousand = next(s for s in hall.stats if s.value == 5.57)
    assert per_thousand.shown_decimals == 2
    pots = next(s for s in hall.stats if s.value == 50000 and s.unit and s.unit["zh"] == "盆")
    assert pots.qualifier == {"zh": "余", "en": "+"}
