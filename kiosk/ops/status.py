"""The kiosk's state: status.json in the state folder, and a Prometheus textfile (no Qt).

The running kiosk writes both every minute, each atomically (a reader sees the old file or the
new one, never half); `kiosk status` reads status.json and says whether the kiosk is up and
its state fresh. The textfile follows the Prometheus text exposition format 0.0.4, for
node_exporter's textfile collector (--collector.textfile.directory).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk.files import atomic_write, read_limited
from kiosk.i18n import _

STATUS_FILE = "status.json"
INTERVAL_S = 60.0  # how often the kiosk writes its state
STALE_S = 180.0  # older than this, the state says nothing of now: the kiosk hangs or is gone
MAX_STATUS_BYTES = 1024 * 1024
FORMAT = 1


@dataclass(frozen=True)
class HallState:
    """One hall folder: what it shows, from which package, and its latest load's findings."""

    folder: str
    hall: str  # the hall id ('' when it could not be loaded)
    shown: str  # the loaded hall.yaml's version (its first SHA-256 digits)
    content_version: str  # the installed package's version ('' when not installed by package)
    fingerprint: str  # the package's content fingerprint ('' likewise)
    errors: int
    warnings: int


@dataclass(frozen=True)
class State:
    """Everything `kiosk status` prints and the textfile carries."""

    kiosk: str
    up: bool
    written_at: float  # epoch seconds
    started_at: float
    pid: int
    kiosk_version: str
    halls: list[HallState] = field(default_factory=list)
    reload_ok: bool | None = None  # the last reload's result (None: none since the start)
    reload_message: str = ""
    reload_at: float | None = None
    rss_bytes: int | None = None
    visits_today: int | None = None
    last_touch: float | None = None
    format: int = FORMAT

    @property
    def uptime_s(self) -> float:
        """Seconds since the kiosk started, as of the writing."""
        return max(0.0, self.written_at - self.started_at)

    @property
    def findings(self) -> int:
        """Errors and warnings of every hall's latest load."""
        return sum(h.errors + h.warnings for h in self.halls)

    def to_json(self) -> str:
        """status.json's text."""
        data = {**asdict(self), "uptime_s": round(self.uptime_s, 1), "findings": self.findings}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def from_json(data: bytes) -> State:
    """A State from status.json; ValueError with a plain reason when it is not one."""
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError(_("not a status file of this kiosk version"))
        halls = [HallState(**h) for h in raw.get("halls", [])]
        fields = {k: raw[k] for k in State.__dataclass_fields__ if k in raw and k != "halls"}
        return State(**fields, halls=halls)
    except (UnicodeDecodeError, json.JSONDecodeError, TypeError, AttributeError) as exc:
        raise ValueError(_("not a status file ({error})").format(error=exc)) from None


def read_state(path: Path) -> State:
    """status.json read and parsed; OSError or ValueError when it cannot be."""
    return from_json(read_limited(path, MAX_STATUS_BYTES))


def age_s(state: State, now: float) -> float:
    """Seconds since the state was written."""
    return max(0.0, now - state.written_at)


def write_state(state: State, status_file: Path, prometheus_file: Path | None) -> None:
    """Write status.json and the textfile (when named), each atomically."""
    atomic_write(status_file, state.to_json().encode("utf-8"))
    if prometheus_file is not None:
        atomic_write(prometheus_file, prometheus_text(state).encode("utf-8"), mode=0o644)


def _label(value: str) -> str:
    """A label value escaped as the text format wants it."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _number(value: float) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    return "NaN" if math.isnan(value) else repr(float(value))


Metric = tuple[str, str, str, list[tuple[dict[str, str], float]]]  # name, type, help, samples


def metrics(state: State) -> list[Metric]:
    """The figures of the textfile: name, type, help and samples (labels, value)."""
    me = {"kiosk": state.kiosk}
    found: list[Metric] = [
        ("kiosk_up", "gauge", "1 while the kiosk runs, 0 once it stopped", [(me, state.up)]),
        (
            "kiosk_start_time_seconds", "gauge", "When the kiosk started, in seconds since "
            "the epoch", [(me, state.started_at)],
        ),
        ("kiosk_uptime_seconds", "gauge", "Seconds since the kiosk started", [(me, state.uptime_s)]),
        (
            "kiosk_state_timestamp_seconds", "gauge", "When this state was written",
            [(me, state.written_at)],
        ),
        (
            "kiosk_build_info", "gauge", "The kiosk's own version",
            [({**me, "version": state.kiosk_version}, 1)],
        ),
        (
            "kiosk_content_info", "gauge", "The content each hall folder shows: the hall id, "
            "the installed package's version and fingerprint, the hall.yaml version",
            [
                ({**me, "folder": h.folder, "hall": h.hall, "version": h.content_version,
                  "fingerprint": h.fingerprint, "shown": h.shown}, 1)
                for h in state.halls
            ],
        ),
        (
            "kiosk_findings", "gauge", "Problems of each hall's latest load, by severity",
            [
                ({**me, "hall": h.hall or h.folder, "severity": severity}, count)
                for h in state.halls
                for severity, count in (("error", h.errors), ("warning", h.warnings))
            ],
        ),
    ]  # fmt: skip
    if state.reload_ok is not None and state.reload_at is not None:
        found += [
            (
                "kiosk_last_reload_success", "gauge", "1 when the last content reload was "
                "shown, 0 when it had errors", [(me, state.reload_ok)],
            ),
            (
                "kiosk_last_reload_timestamp_seconds", "gauge", "When content was last "
                "reloaded", [(me, state.reload_at)],
            ),
        ]  # fmt: skip
    if state.rss_bytes is not None:
        found.append(
            ("kiosk_resident_memory_bytes", "gauge", "Resident memory of the kiosk process",
             [(me, state.rss_bytes)])
        )  # fmt: skip
    if state.visits_today is not None:
        found.append(
            ("kiosk_visits_today", "gauge", "Visits begun since local midnight",
             [(me, state.visits_today)])
        )  # fmt: skip
    if state.last_touch is not None:
        found.append(
            ("kiosk_last_touch_timestamp_seconds", "gauge", "When a visitor last touched the "
             "screen", [(me, state.last_touch)])
        )  # fmt: skip
    return found


def prometheus_text(state: State) -> str:
    """The state in the Prometheus text format (HELP, TYPE, then the samples of each metric)."""
    lines = []
    for name, kind, help_text, samples in metrics(state):
        lines.append(f"# HELP {name} {help_text}")
        lines.append(f"# TYPE {name} {kind}")
        for labels, value in samples:
            inner = ",".join(f'{key}="{_label(str(v))}"' for key, v in labels.items())
            lines.append(f"{name}{{{inner}}} {_number(value)}")
    return "\n".join(lines) + "\n"


def rss_bytes() -> int | None:
    """The resident memory of this process (Linux; None elsewhere)."""
    try:
        fields = read_limited(Path("/proc/self/statm"), 4096).split()
        return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def visits_today(db: Path, now: dt.datetime | None = None) -> int | None:
    """Visits begun since local midnight, from the usage database (None when unreadable)."""
    now = now or dt.datetime.now()
    midnight = dt.datetime.combine(now.date(), dt.time()).timestamp()
    if not db.is_file():
        return None
    with contextlib.suppress(sqlite3.Error):
        uri = f"{db.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=0.5)) as conn:
            (count,) = conn.execute(
                "SELECT COUNT(*) FROM events WHERE kind = 'visit_start' AND ts >= ?", (midnight,)
            ).fetchone()
            return int(count)
    return None


def describe(state: State, now: float) -> Iterable[str]:
    """`kiosk status`'s lines for people."""
    when = dt.datetime.fromtimestamp(state.written_at).astimezone()
    yield _("kiosk {id}: {up}, state written {when} ({age:.0f} s ago)").format(
        id=state.kiosk,
        up=_("up") if state.up else _("stopped"),
        when=f"{when:%Y-%m-%d %H:%M:%S}",
        age=age_s(state, now),
    )
    yield _("  running {hours:.1f} h, kiosk {version}, {rss}").format(
        hours=state.uptime_s / 3600,
        version=state.kiosk_version,
        rss=_("{mb:.0f} MB resident").format(mb=state.rss_bytes / 2**20)
        if state.rss_bytes is not None
        else _("memory unknown"),
    )
    for hall in state.halls:
        yield _(
            "  {folder}: hall '{hall}', content version {version}, {errors} errors, "
            "{warnings} warnings"
        ).format(
            folder=hall.folder,
            hall=hall.hall or "-",
            version=hall.content_version or hall.shown or "-",
            errors=hall.errors,
            warnings=hall.warnings,
        )
    if state.reload_at is not None:
        at = dt.datetime.fromtimestamp(state.reload_at).astimezone()
        yield _("  last reload {when}: {message}").format(
            when=f"{at:%Y-%m-%d %H:%M:%S}", message=state.reload_message
        )
    touch = (
        f"{dt.datetime.fromtimestamp(state.last_touch).astimezone():%Y-%m-%d %H:%M:%S}"
        if state.last_touch is not None
        else _("none since the start")
    )
    yield _("  visits today: {visits}; last touch: {touch}").format(
        visits="-" if state.visits_today is None else state.visits_today, touch=touch
    )


def status_path(state_folder: Path) -> Path:
    """Where status.json is kept."""
    return state_folder / STATUS_FILE


__all__ = [
    "INTERVAL_S",
    "STALE_S",
    "HallState",
    "State",
    "age_s",
    "describe",
    "prometheus_text",
    "read_state",
    "write_state",
]
