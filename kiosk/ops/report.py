"""The usage report: CSV files a curator opens in Excel, and one chart of the same figures."""

from __future__ import annotations

import contextlib
import csv
import io
import math
import sqlite3
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from kiosk.files import atomic_write
from kiosk.i18n import N_, _, ngettext
from kiosk.ops.chart import number, report_chart
from kiosk.ops.usage import Kind

LANGUAGE_NAMES = {"zh": "中文", "en": "English", "ja": "日本語", "ko": "한국어"}
TOPS = {
    "top_sections.csv": Kind.VIEW_SECTION,
    "top_stories.csv": Kind.VIEW_STORY,
    "top_events.csv": Kind.VIEW_EVENT,
    "top_codes.csv": Kind.CODE_SHOWN,  # the QR codes visitors were shown: what they took home
}
COUNTED = {
    Kind.VIEW_SECTION: N_("section views"),
    Kind.VIEW_STORY: N_("story views"),
    Kind.VIEW_PHOTO: N_("photo views"),
    Kind.VIEW_EVENT: N_("event views"),
    Kind.VIEW_TIMELINE: N_("timeline views"),
    Kind.VIEW_STATS: N_("statistics views"),
    Kind.TIMELINE_FILTER: N_("timeline filters"),
    Kind.STATS_FILTER: N_("figure filters"),
    Kind.CODE_SHOWN: N_("QR codes shown"),
    Kind.LANGUAGE: N_("language switches"),
    Kind.ATTRACT_RESET: N_("attract resets"),
}
DAY_S = 86400  # visits started in the period are read up to a day past its end

VISITS = """
SELECT
    visit,
    MIN(CASE WHEN kind = :start THEN ts END) AS began,
    MAX(CASE WHEN kind = :end THEN ts END),
    MAX(CASE WHEN kind NOT IN (:end, :reset) THEN ts END)
FROM events
WHERE visit > 0 AND ts >= :lo AND ts < :hi + :day
GROUP BY visit
HAVING began >= :lo AND began < :hi
"""
# SQLite takes a bare column (lang) from the row holding the max(): the visit's last language.
VISIT_LANGUAGES = """
SELECT visit, lang, MAX(ts) FROM events
WHERE visit > 0 AND lang != '' AND kind NOT IN (:end, :reset) AND ts >= :lo AND ts < :hi + :day
GROUP BY visit
"""
VIEWS = """
SELECT hall, target, COUNT(*) AS n, COUNT(DISTINCT NULLIF(visit, 0)) FROM events
WHERE kind = :kind AND ts >= :lo AND ts < :hi
GROUP BY hall, target ORDER BY n DESC, hall, target
"""
KINDS = "SELECT kind, COUNT(*) FROM events WHERE ts >= :lo AND ts < :hi GROUP BY kind"
SWITCHES = """
SELECT target, COUNT(*) FROM events WHERE kind = :kind AND ts >= :lo AND ts < :hi GROUP BY target
"""


@dataclass(frozen=True)
class Visit:
    """One visit: when it began, how long it really lasted, and its (last) language."""

    began: datetime
    seconds: float
    lang: str


@dataclass(frozen=True)
class ReportSummary:
    """What a report found, and the files it wrote."""

    visits: int
    median_visit_s: float | None
    first_day: date | None
    last_day: date | None
    files: tuple[Path, ...]


def visit_length(began: float, ended: float | None, last: float, idle_timeout_s: float) -> float:
    """A visit's real length: to its last touch, not to the idle reset that ended it.

    The last touch is at least the last recorded interaction, and at least the idle timeout
    before the visit_end (the reset comes idle_timeout_s after the last touch).
    """
    end = last if ended is None else max(last, ended - idle_timeout_s)
    return max(0.0, end - began)


def _local(day: date) -> float:
    """The epoch seconds of a day's local midnight."""
    return datetime.combine(day, time()).timestamp()


def _visits(conn: sqlite3.Connection, params: dict[str, object], idle: float) -> list[Visit]:
    langs = {v: lang for v, lang, _ in conn.execute(VISIT_LANGUAGES, params)}
    return [
        Visit(
            datetime.fromtimestamp(began), visit_length(began, ended, last, idle), langs.get(v, "")
        )
        for v, began, ended, last in conn.execute(VISITS, params)
    ]


def _percent(part: int, whole: int) -> str:
    return number(round(100 * part / whole, 1)) if whole else ""


def _days(first: date, last: date) -> Iterable[date]:
    return (first + timedelta(n) for n in range((last - first).days + 1))


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """A CSV Excel opens as UTF-8 (with a byte order mark), written whole or not at all."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows(rows)
    return atomic_write(path, text.getvalue().encode("utf-8-sig"))


def write_report(
    db: Path,
    out_dir: Path,
    since: date | None = None,
    until: date | None = None,
    idle_timeout_s: float = 90.0,
    titles: Mapping[str, str] | None = None,
) -> ReportSummary:
    """Write the CSV files and report.png for the days since..until (inclusive) into out_dir."""
    if not db.is_file():
        raise FileNotFoundError(_("no usage log at '{db}'").format(db=db))
    if since and until and since > until:
        raise ValueError(
            _("the period starts ({since}) after it ends ({until})").format(
                since=since, until=until
            )
        )
    titles = titles or {}
    params: dict[str, object] = {
        "lo": _local(since) if since else -math.inf,
        "hi": _local(until + timedelta(1)) if until else math.inf,
        "start": Kind.VISIT_START.value,
        "end": Kind.VISIT_END.value,
        "reset": Kind.ATTRACT_RESET.value,
        "day": DAY_S,
    }
    with contextlib.closing(sqlite3.connect(db)) as conn:
        visits = _visits(conn, params, idle_timeout_s)
        tops = {
            name: conn.execute(VIEWS, {**params, "kind": kind.value}).fetchall()
            for name, kind in TOPS.items()
        }
        kinds = Counter(dict(conn.execute(KINDS, params).fetchall()))
        switches = Counter(dict(conn.execute(SWITCHES, {**params, "kind": Kind.LANGUAGE.value})))

    days = Counter(v.began.date() for v in visits)
    hours = Counter(v.began.hour for v in visits)
    first = since or min(days, default=None)
    last = until or max(days, default=None)
    per_day = [(d, days[d]) for d in _days(first, last)] if visits and first and last else []
    per_hour = [(h, hours[h]) for h in range(24)] if visits else []
    langs = Counter(v.lang for v in visits)
    languages = [
        (code, LANGUAGE_NAMES.get(code, code or _("unknown")), langs[code], switches[code])
        for code in sorted(langs.keys() | switches.keys(), key=lambda c: (-langs[c], c))
    ]
    median = statistics.median(v.seconds for v in visits) if visits else None
    summary = [
        (_("first day"), first.isoformat() if first else ""),
        (_("last day"), last.isoformat() if last else ""),
        (_("visits"), len(visits)),
        (_("median visit length (s)"), number(median) if median is not None else ""),
        (_("idle timeout (s)"), number(idle_timeout_s)),
        *((_(label), kinds[kind.value]) for kind, label in COUNTED.items()),
    ]

    out_dir.mkdir(parents=True, exist_ok=True)
    top_header = (_("hall"), _("id"), _("title"), _("views"), _("visits"))
    files = [
        _write_csv(
            out_dir / "visits_per_day.csv",
            (_("date"), _("visits")),
            ((d.isoformat(), n) for d, n in per_day),
        ),
        _write_csv(out_dir / "visits_per_hour.csv", (_("hour"), _("visits")), per_hour),
        *(
            _write_csv(
                out_dir / name, top_header, ((h, t, titles.get(t, ""), n, v) for h, t, n, v in rows)
            )
            for name, rows in tops.items()
        ),
        _write_csv(
            out_dir / "languages.csv",
            (_("language"), _("name"), _("visits"), _("percent"), _("switches_to")),
            ((c, name, n, _percent(n, len(visits)), s) for c, name, n, s in languages),
        ),
        _write_csv(out_dir / "summary.csv", (_("metric"), _("value")), summary),
    ]
    period = f"{first or '…'} – {last or '…'}" if first or last else _("all time")
    note = ngettext("{n} visit", "{n} visits", len(visits)).format(n=len(visits))
    if median is not None:
        note += "  ·  " + _("median visit {seconds} s").format(seconds=number(round(median)))
    files.append(
        report_chart(
            out_dir / "report.png",
            _("Visitor report  {period}").format(period=period),
            note,
            [(d.strftime("%m-%d"), n) for d, n in per_day],
            [(str(h), n) for h, n in per_hour],
            [(titles.get(t) or t, n) for _, t, n, _ in tops["top_sections.csv"]],
            [(name, n) for _, name, n, _ in languages if n],
        )
    )
    return ReportSummary(len(visits), median, first, last, tuple(files))
