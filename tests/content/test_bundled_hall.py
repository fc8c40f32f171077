"""The bundled hall: complete, valid, and faithful to the seed article."""

from __future__ import annotations

from kiosk.content import load_hall
from kiosk.content.dates import PartialDate
from kiosk.paths import DEFAULT_HALL


def test_bundled_hall_is_valid_without_warnings() -> None:
    result = load_hall(DEFAULT_HALL)
    assert result.ok, "\n".join(str(f) for f in result.findings)
    assert result.findings == [], "\n".join(str(f) for f in result.findings)


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


def test_every_story_has_a_lead_in_both_languages() -> None:
    hall = load_hall(DEFAULT_HALL).require()
    for section in hall.sections:
        for story in section.stories:
            assert story.lead is not None, story.id
            zh, en = story.lead["zh"], story.lead["en"]
            assert zh != en, story.id
            # about 60-100 Chinese characters (with punctuation, as an editor counts them) and
            # 40-60 English words: enough to say what happened and why it matters
            assert 60 <= len(zh) <= 110, (story.id, len(zh), zh)
            assert 40 <= len(en.split()) <= 62, (story.id, len(en.split()), en)


def test_the_headline_figures_are_chosen_and_explained() -> None:
    hall = load_hall(DEFAULT_HALL).require()
    assert 6 <= len(hall.featured) <= 8
    assert len(set(hall.featured)) == len(hall.featured)
    for ident in hall.featured:
        stat = hall.stat(ident)
        assert stat is not None, ident
        assert stat.context is not None and stat.context["zh"] != stat.context["en"], ident
    # every section has at least one headline figure
    assert {s.section for s in hall.stats if s.id in hall.featured} == {s.id for s in hall.sections}


def test_figures_are_dated_only_as_the_article_dates_them() -> None:
    hall = load_hall(DEFAULT_HALL).require()
    ranks = {s.id: s.value for s in hall.stats if s.kind == "rank"}
    assert ranks == {"h1-overall-rank": 1, "h2-overall-rank": 2}
    as_of = {s.id for s in hall.stats if s.as_of is not None}
    assert all(i.startswith(("childcare", "national-", "provincial-observation")) for i in as_of)
    assert all(s.as_of == PartialDate(2023, 12) for s in hall.stats if s.as_of is not None)
    jobs = next(s for s in hall.stats if s.value == 10353)
    assert jobs.period == PartialDate(2023) and jobs.as_of is None
    assert not any(s.unit and s.unit["zh"] == "届" for s in hall.stats)  # 第十三届 is no count


def test_the_hall_says_only_what_the_article_says() -> None:
    hall = load_hall(DEFAULT_HALL).require()
    assert hall.subtitle is None
    assert hall.credits == {
        "zh": "本报记者 刘菲 曹俐",
        "en": "By staff reporters Liu Fei and Cao Li",
    }
    texts = DEFAULT_HALL.joinpath("hall.yaml").read_text(encoding="utf-8")
    for wrong in ("Shenglong", "world-leading", "泰拉毒素\u4ea7", "answer sheet", "Center"):
        assert wrong not in texts, wrong
    assert "泰拉霉素" in texts and "tulathromycin" in texts
    for picture in hall.pictures():
        assert picture.credit == {"zh": "示意图", "en": "Illustration"}, picture.file
        assert picture.caption is not None, picture.file
        assert picture.caption["zh"].startswith("示意图："), picture.file
        assert picture.caption["en"].startswith("Illustration: "), picture.file
