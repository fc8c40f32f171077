"""The usage report: exact CSV figures, the chart, and the empty case."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image

from kiosk.ops.report import visit_length, write_report
from kiosk.ops.usage import Kind, UsageLog

# (time, kind, target, language): five visits, the first one before the reported period.
EVENTS = [
    ("2024-05-01 10:00:00", Kind.VISIT_START, "", "zh"),
    ("2024-05-01 10:00:30", Kind.VIEW_SECTION, "gamma", "zh"),
    ("2024-05-01 10:02:00", Kind.VISIT_END, "", "zh"),
    # 60 s: the last view and the idle reset (90 s later) agree
    ("2024-05-12 09:00:00", Kind.VISIT_START, "", "zh"),
    ("2024-05-12 09:00:05", Kind.VIEW_SECTION, "alpha", "zh"),
    ("2024-05-12 09:00:20", Kind.VIEW_STORY, "first", "zh"),
    ("2024-05-12 09:01:00", Kind.VIEW_SECTION, "beta", "zh"),
    ("2024-05-12 09:02:30", Kind.VISIT_END, "", "zh"),
    ("2024-05-12 09:02:30", Kind.ATTRACT_RESET, "", "zh"),
    # 70 s: touched 30 s after the last view (reset 160 s in, minus 90 s idle); read in English
    ("2024-05-12 14:30:00", Kind.VISIT_START, "", "zh"),
    ("2024-05-12 14:30:10", Kind.LANGUAGE, "en", "en"),
    ("2024-05-12 14:30:15", Kind.VIEW_SECTION, "alpha", "en"),
    ("2024-05-12 14:30:40", Kind.VIEW_EVENT, "opening", "en"),
    ("2024-05-12 14:32:40", Kind.VISIT_END, "", "zh"),
    ("2024-05-12 14:32:40", Kind.ATTRACT_RESET, "", "zh"),
    # 30 s: no visit_end (a power cut)
    ("2024-05-14 09:15:00", Kind.VISIT_START, "", "zh"),
    ("2024-05-14 09:15:10", Kind.VIEW_TIMELINE, "", "zh"),
    ("2024-05-14 09:15:20", Kind.TIMELINE_FILTER, "alpha", "zh"),
    ("2024-05-14 09:15:25", Kind.VIEW_STATS, "", "zh"),
    ("2024-05-14 09:15:30", Kind.VIEW_PHOTO, "alpha/0", "zh"),
    # 0 s: one touch to wake the kiosk, then gone
    ("2024-05-14 09:40:00", Kind.VISIT_START, "", "zh"),
    ("2024-05-14 09:41:30", Kind.VISIT_END, "", "zh"),
]
INK_GREY = 36  # the chart's ink colour as grey
TITLES = {"alpha": "甲 Alpha", "opening": "开幕"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "usage.db"
    with UsageLog(path, kiosk_id="k1") as usage:
        for when, kind, target, lang in EVENTS:
            usage.record(kind, target, hall="h", lang=lang, at=datetime.fromisoformat(when))
    return path


def lines(path: Path) -> list[str]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    return data.decode("utf-8-sig").splitlines()


def test_report(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    summary = write_report(db, out, date(2024, 5, 12), None, 90, titles=TITLES)
    assert (summary.visits, summary.median_visit_s) == (4, 45)
    assert (summary.first_day, summary.last_day) == (date(2024, 5, 12), date(2024, 5, 14))
    assert sorted(p.name for p in summary.files) == sorted(p.name for p in out.iterdir())
    assert summary.kiosks == ("k1",)
    assert lines(out / "visits_per_day.csv") == [
        "date,kiosk,visits",
        "2024-05-12,k1,2",
        "2024-05-13,k1,0",
        "2024-05-14,k1,2",
    ]
    hours = {9: 3, 14: 1}
    assert lines(out / "visits_per_hour.csv") == [
        "hour,kiosk,visits",
        *(f"{h},k1,{hours.get(h, 0)}" for h in range(24)),
    ]
    assert lines(out / "top_sections.csv") == [
        "kiosk,hall,id,title,views,visits",
        "k1,h,alpha,甲 Alpha,2,2",
        "k1,h,beta,,1,1",
    ]
    assert lines(out / "top_stories.csv") == [
        "kiosk,hall,id,title,views,visits",
        "k1,h,first,,1,1",
    ]
    assert lines(out / "top_events.csv") == [
        "kiosk,hall,id,title,views,visits",
        "k1,h,opening,开幕,1,1",
    ]
    assert lines(out / "languages.csv") == [
        "kiosk,language,name,visits,percent,switches_to",
        "k1,zh,中文,3,75,0",
        "k1,en,English,1,25,1",
    ]
    assert lines(out / "summary.csv") == [
        "metric,value,kiosk k1",
        "first day,2024-05-12,",
        "last day,2024-05-14,",
        "visits,4,4",
        "median visit length (s),45,45",
        "idle timeout (s),90,",
        "section views,3,3",
        "story views,1,1",
        "photo views,1,1",
        "event views,1,1",
        "timeline views,1,1",
        "statistics views,1,1",
        "timeline filters,1,1",
        "figure filters,0,0",
        "QR codes shown,0,0",
        "language switches,1,1",
        "attract resets,2,2",
    ]
    with Image.open(out / "report.png") as image:
        assert image.format == "PNG"
        assert image.size == (1600, 1200)
        assert image.convert("L").getextrema() == (INK_GREY, 255)  # dark text on white


@pytest.mark.parametrize(
    ("since", "until", "visits", "first", "last"),
    [
        (None, None, 5, "2024-05-01", "2024-05-14"),
        (None, date(2024, 5, 12), 3, "2024-05-01", "2024-05-12"),
        (date(2024, 5, 13), date(2024, 5, 13), 0, "2024-05-13", "2024-05-13"),
    ],
)
def test_periods(
    db: Path,
    tmp_path: Path,
    since: date | None,
    until: date | None,
    visits: int,
    first: str,
    last: str,
) -> None:
    summary = write_report(db, tmp_path / "out", since, until, 90)
    assert summary.visits == visits
    assert (str(summary.first_day), str(summary.last_day)) == (first, last)


def test_median_without_idle_correction(db: Path, tmp_path: Path) -> None:
    # With no idle timeout a visit lasts until its reset: 120, 150, 160, 30 and 90 s.
    summary = write_report(db, tmp_path / "out", None, None, 0)
    assert summary.median_visit_s == 120


@pytest.mark.parametrize(
    ("began", "ended", "last", "expected"),
    [
        (0.0, 200.0, 100.0, 110.0),  # reset 90 s after the last touch, 10 s after the last view
        (0.0, 200.0, 150.0, 150.0),  # a view recorded later than that counts
        (0.0, None, 130.0, 130.0),  # never ended (a power cut): to the last row
        (0.0, 50.0, 10.0, 10.0),  # ended early (a shutdown): to the last row
        (100.0, 120.0, 100.0, 0.0),  # never negative
    ],
)
def test_visit_length(began: float, ended: float | None, last: float, expected: float) -> None:
    assert visit_length(began, ended, last, 90) == expected


def test_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "usage.db"
    UsageLog(db, kiosk_id="k1").close()
    out = tmp_path / "out"
    summary = write_report(db, out, None, None, 90)
    assert (summary.visits, summary.median_visit_s, summary.first_day) == (0, None, None)
    for name, header in [
        ("visits_per_day.csv", "date,kiosk,visits"),
        ("visits_per_hour.csv", "hour,kiosk,visits"),
        ("top_sections.csv", "kiosk,hall,id,title,views,visits"),
        ("top_stories.csv", "kiosk,hall,id,title,views,visits"),
        ("top_events.csv", "kiosk,hall,id,title,views,visits"),
        ("languages.csv", "kiosk,language,name,visits,percent,switches_to"),
    ]:
        assert lines(out / name) == [header]
    assert lines(out / "summary.csv")[1:5] == [
        "first day,,",
        "last day,,",
        "visits,0,0",
        "median visit length (s),,",
    ]
    with Image.open(out / "report.png") as image:
        assert image.size == (1600, 1200)


def test_no_database(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no usage log"):
        write_report(tmp_path / "missing.db", tmp_path / "out", None, None, 90)
    assert not (tmp_path / "missing.db").exists()


def test_backwards_period(db: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="starts"):
        write_report(db, tmp_path / "out", date(2024, 5, 14), date(2024, 5, 12), 90)


def _kiosk_db(path: Path, kiosk: str | None, events: list[tuple[str, Kind, str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with UsageLog(path, kiosk_id=kiosk or "") as usage:
        for when, kind, target, lang in events:
            usage.record(kind, target, hall="h", lang=lang, at=datetime.fromisoformat(when))
    return path


def test_a_merged_report_keeps_each_kiosk_apart(tmp_path: Path) -> None:
    one = _kiosk_db(tmp_path / "a" / "usage.db", "entrance", EVENTS)
    two = _kiosk_db(
        tmp_path / "b" / "usage.db",
        "hall-b",
        [
            ("2024-05-12 09:30:00", Kind.VISIT_START, "", "en"),
            ("2024-05-12 09:30:10", Kind.VIEW_SECTION, "alpha", "en"),
            ("2024-05-12 09:31:10", Kind.VISIT_END, "", "en"),
        ],
    )
    three = _kiosk_db(  # written before kiosks named themselves: named after its folder
        tmp_path / "old-kiosk" / "usage.db",
        None,
        [
            ("2024-05-13 11:00:00", Kind.VISIT_START, "", "zh"),
            ("2024-05-13 11:00:30", Kind.VIEW_SECTION, "beta", "zh"),
        ],
    )
    out = tmp_path / "report"
    summary = write_report([one, two, three], out, date(2024, 5, 12), None, 90, titles=TITLES)
    assert summary.kiosks == ("entrance", "hall-b", "old-kiosk")
    assert summary.visits == 4 + 1 + 1  # visit numbers repeat across kiosks: never merged
    assert lines(out / "visits_per_day.csv")[:4] == [
        "date,kiosk,visits",
        "2024-05-12,entrance,2",
        "2024-05-12,hall-b,1",
        "2024-05-12,old-kiosk,0",
    ]
    assert lines(out / "top_sections.csv") == [
        "kiosk,hall,id,title,views,visits",
        "entrance,h,alpha,甲 Alpha,2,2",
        "entrance,h,beta,,1,1",
        "hall-b,h,alpha,甲 Alpha,1,1",
        "old-kiosk,h,beta,,1,1",
    ]
    assert "hall-b,en,English,1,100,0" in lines(out / "languages.csv")
    summary_rows = lines(out / "summary.csv")
    assert summary_rows[0] == "metric,value,kiosk entrance,kiosk hall-b,kiosk old-kiosk"
    assert "visits,6,4,1,1" in summary_rows
    assert "section views,5,3,1,1" in summary_rows


def test_two_databases_of_the_same_name_stay_apart(tmp_path: Path) -> None:
    first = _kiosk_db(tmp_path / "x" / "usage.db", "same", EVENTS[:3])
    second = _kiosk_db(tmp_path / "y" / "usage.db", "same", EVENTS[:3])
    summary = write_report([first, second], tmp_path / "out")
    assert summary.kiosks == ("same", "same-2")
    assert summary.visits == 2


def test_a_missing_database_among_several_is_named(tmp_path: Path) -> None:
    first = _kiosk_db(tmp_path / "x" / "usage.db", "k", EVENTS[:3])
    with pytest.raises(FileNotFoundError, match=r"missing\.db"):
        write_report([first, tmp_path / "missing.db"], tmp_path / "out")
