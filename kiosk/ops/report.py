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
from kiosk.ops.usage import KIOSK_ID, Kind

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
    kiosk,
    visit,
    MIN(CASE WHEN kind = :start THEN ts END) AS began,
    MAX(CASE WHEN kind = :end THEN ts END),
    MAX(CASE WHEN kind NOT IN (:end, :reset) THEN ts END)
FROM events
WHERE visit > 0 AND ts >= :lo AND ts < :hi + :day
GROUP BY kiosk, visit
HAVING began >= :lo AND began < :hi
"""
# SQLite takes a bare column (lang) from the row holding the max(): the visit's last language.
VISIT_LANGUAGES = """
SELECT kiosk, visit, lang, MAX(ts) FROM events
WHERE visit > 0 AND lang != '' AND kind NOT IN (:end, :reset) AND ts >= :lo AND ts < :hi + :day
GROUP BY kiosk, visit
"""
VIEWS = """
SELECT kiosk, hall, target, COUNT(*) AS n, COUNT(DISTINCT NULLIF(visit, 0)) FROM events
WHERE kind = :kind AND ts >= :lo AND ts < :hi
GROUP BY kiosk, hall, target ORDER BY n DESC, kiosk, hall, target
"""
KINDS = "SELECT kiosk, kind, COUNT(*) FROM events WHERE ts >= :lo AND ts < :hi GROUP BY kiosk, kind"
SWITCHES = """
SELECT kiosk, target, COUNT(*) FROM events WHERE kind = :kind AND ts >= :lo AND ts < :hi
GROUP BY kiosk, target
"""
MERGED = """
CREATE TABLE events (
    kiosk TEXT NOT NULL, ts REAL NOT NULL, visit INTEGER NOT NULL, kind TEXT NOT NULL,
    target TEXT NOT NULL, hall TEXT NOT NULL, lang TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Visit:
    """One visit: when it began, how long it really lasted, and its (last) language."""

    kiosk: str
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
    kiosks: tuple[str, ...] = ()  # the kiosk id of each database, in order


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
    langs = {(k, v): lang for k, v, lang, _ in conn.execute(VISIT_LANGUAGES, params)}
    return [
        Visit(
            kiosk,
            datetime.fromtimestamp(began),
            visit_length(began, ended, last, idle),
            langs.get((kiosk, visit), ""),
        )
        for kiosk, visit, began, ended, last in conn.execute(VISITS, params)
    ]


def kiosk_names(dbs: Sequence[Path]) -> list[str]:
    """Each database's kiosk id (written by the kiosk), else its file's name; each unique."""
    names: list[str] = []
    for db in dbs:
        name = ""
        with (
            contextlib.suppress(sqlite3.Error),
            contextlib.closing(
                sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
            ) as conn,
        ):
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (KIOSK_ID,)).fetchone()
            name = str(row[0]) if row else ""
        if not name:
            name = db.parent.name if db.stem == "usage" and db.parent.name else db.stem
        unique, n = name, 1
        while unique in names:
            n += 1
            unique = f"{name}-{n}"
        names.append(unique)
    return names


def merged(dbs: Sequence[Path]) -> tuple[sqlite3.Connection, list[str]]:
    """A temporary database (on disk) with every database's rows, each with its kiosk id."""
    names = kiosk_names(dbs)
    conn = sqlite3.connect("", uri=True)
    conn.execute(MERGED)
    for db, name in zip(dbs, names, strict=True):
        conn.execute("ATTACH DATABASE ? AS source", (f"{db.resolve().as_uri()}?mode=ro",))
        try:
            conn.execute(
                "INSERT INTO events SELECT ?, ts, visit, kind, target, hall, lang "
                "FROM source.events",
                (name,),
            )
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE source")
    conn.execute("CREATE INDEX events_ts ON events (ts)")
    return conn, names


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
    db: Path | Sequence[Path],
    out_dir: Path,
    since: date | None = None,
    until: date | None = None,
    idle_timeout_s: float = 90.0,
    titles: Mapping[str, str] | None = None,
) -> ReportSummary:
    """Write the CSV files and report.png for the days since..until (inclusive) into out_dir.

    db: one usage database, or several (one per kiosk): their rows are merged, each keeping its
    kiosk id, and every CSV has a kiosk column.
    """
    dbs = [db] if isinstance(db, Path) else list(db)
    if not dbs:
        raise FileNotFoundError(_("no usage database given"))
    for path in dbs:
        if not path.is_file():
            raise FileNotFoundError(_("no usage log at '{db}'").format(db=path))
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
    conn, kiosks = merged(dbs)
    with contextlib.closing(conn):
        visits = _visits(conn, params, idle_timeout_s)
        tops = {
            name: conn.execute(VIEWS, {**params, "kind": kind.value}).fetchall()
            for name, kind in TOPS.items()
        }
        kinds = {(k, kind): n for k, kind, n in conn.execute(KINDS, params)}
        switches = {
            (k, t): n for k, t, n in conn.execute(SWITCHES, {**params, "kind": Kind.LANGUAGE.value})
        }

    days = Counter(v.began.date() for v in visits)
    first = since or min(days, default=None)
    last = until or max(days, default=None)
    all_days = list(_days(first, last)) if visits and first and last else []
    per_kiosk_day = Counter((v.began.date(), v.kiosk) for v in visits)
    per_kiosk_hour = Counter((v.began.hour, v.kiosk) for v in visits)
    per_day = [(d, days[d]) for d in all_days]
    per_hour = [(h, sum(per_kiosk_hour[h, k] for k in kiosks)) for h in range(24)] if visits else []
    langs = Counter((v.kiosk, v.lang) for v in visits)
    visits_of = Counter(v.kiosk for v in visits)
    codes = {c for _, c in langs} | {c for _, c in switches}
    totals = Counter({c: sum(langs[k, c] for k in kiosks) for c in codes})
    order = sorted(codes, key=lambda c: (-totals[c], c))
    languages = [
        (k, code, LANGUAGE_NAMES.get(code, code or _("unknown")), langs[k, code],
         switches.get((k, code), 0))
        for k in kiosks
        for code in order
        if langs[k, code] or switches.get((k, code))
    ]  # fmt: skip
    median = statistics.median(v.seconds for v in visits) if visits else None

    def medians(kiosk: str) -> str:
        times = [v.seconds for v in visits if v.kiosk == kiosk]
        return number(statistics.median(times)) if times else ""

    summary = [
        (_("first day"), first.isoformat() if first else "", *([""] * len(kiosks))),
        (_("last day"), last.isoformat() if last else "", *([""] * len(kiosks))),
        (_("visits"), len(visits), *(visits_of[k] for k in kiosks)),
        (_("median visit length (s)"), number(median) if median is not None else "",
         *(medians(k) for k in kiosks)),
        (_("idle timeout (s)"), number(idle_timeout_s), *([""] * len(kiosks))),
        *(
            (_(label), sum(kinds.get((k, kind.value), 0) for k in kiosks),
             *(kinds.get((k, kind.value), 0) for k in kiosks))
            for kind, label in COUNTED.items()
        ),
    ]  # fmt: skip

    out_dir.mkdir(parents=True, exist_ok=True)
    kiosk = _("kiosk")
    top_header = (kiosk, _("hall"), _("id"), _("title"), _("views"), _("visits"))
    files = [
        _write_csv(
            out_dir / "visits_per_day.csv",
            (_("date"), kiosk, _("visits")),
            ((d.isoformat(), k, per_kiosk_day[d, k]) for d in all_days for k in kiosks),
        ),
        _write_csv(
            out_dir / "visits_per_hour.csv",
            (_("hour"), kiosk, _("visits")),
            ((h, k, per_kiosk_hour[h, k]) for h in range(24) for k in kiosks) if visits else (),
        ),
        *(
            _write_csv(
                out_dir / name,
                top_header,
                ((k, h, t, titles.get(t, ""), n, v) for k, h, t, n, v in rows),
            )
            for name, rows in tops.items()
        ),
        _write_csv(
            out_dir / "languages.csv",
            (kiosk, _("language"), _("name"), _("visits"), _("percent"), _("switches_to")),
            ((k, c, name, n, _percent(n, visits_of[k]), sw) for k, c, name, n, sw in languages),
        ),
        _write_csv(
            out_dir / "summary.csv",
            (_("metric"), _("value"), *(f"{kiosk} {k}" for k in kiosks)),
            summary,
        ),
    ]
    period = f"{first or '…'} – {last or '…'}" if first or last else _("all time")
    note = ngettext("{n} visit", "{n} visits", len(visits)).format(n=len(visits))
    if len(kiosks) > 1:
        note += "  ·  " + ngettext("{n} kiosk", "{n} kiosks", len(kiosks)).format(n=len(kiosks))
    if median is not None:
        note += "  ·  " + _("median visit {seconds} s").format(seconds=number(round(median)))
    sections: Counter[str] = Counter()
    for _k, _h, t, n, _v in tops["top_sections.csv"]:
        sections[titles.get(t) or t] += n
    files.append(
        report_chart(
            out_dir / "report.png",
            _("Visitor report  {period}").format(period=period),
            note,
            [(d.strftime("%m-%d"), n) for d, n in per_day],
            [(str(h), n) for h, n in per_hour],
            sections.most_common(),
            [(LANGUAGE_NAMES.get(c, c or _("unknown")), totals[c]) for c in order if totals[c]],
        )
    )
    return ReportSummary(len(visits), median, first, last, tuple(files), tuple(kiosks))
