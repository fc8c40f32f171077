"""The kiosk's state: status.json, the Prometheus textfile, and `kiosk status`."""

from __future__ import annotations

import io
import json
import re
import time
from pathlib import Path

import pytest

from kiosk.cli import Env, ExitStatus, main
from kiosk.ops.status import (
    STALE_S,
    HallState,
    State,
    from_json,
    prometheus_text,
    read_state,
    status_path,
    write_state,
)

NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"')
VALUE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|NaN|[+-]Inf")


def parse_text_format(text: str) -> dict[str, list[tuple[dict[str, str], float]]]:
    """A strict reader of the Prometheus text format 0.0.4; AssertionError on any deviation."""
    assert text.endswith("\n"), "the last line must end with a newline"
    samples: dict[str, list[tuple[dict[str, str], float]]] = {}
    types: dict[str, str] = {}
    helps: set[str] = set()
    done: set[str] = set()  # metrics whose samples have ended (a metric's lines are together)
    current = ""
    for number, line in enumerate(text.splitlines(), 1):
        where = f"line {number}: {line!r}"
        assert line.strip() == line and line, where
        if line.startswith("#"):
            kind, name, rest = [*line[2:].split(" ", 2), ""][:3]
            assert line.startswith("# ") and kind in ("HELP", "TYPE"), where
            assert NAME.fullmatch(name), where
            assert name not in done, f"{where}: {name} comes back after other metrics"
            if current != name:
                if current:
                    done.add(current)
                current = name
            if kind == "HELP":
                assert name not in helps and rest, where
                helps.add(name)
            else:
                assert name not in types and name not in samples, where
                assert rest in ("counter", "gauge", "histogram", "summary", "untyped"), where
                types[name] = rest
            continue
        match = re.fullmatch(r"([^{ ]+)(\{(.*)\})? (\S+)( -?\d+)?", line)
        assert match, where
        name, _, inner, value = match[1], match[2], match[3], match[4]
        assert NAME.fullmatch(name), where
        assert name in types, f"{where}: no TYPE before the samples"
        assert name not in done, where
        current = name
        labels: dict[str, str] = {}
        if inner:
            rest = inner
            while rest:
                label = LABEL.match(rest)
                assert label, where
                assert label[1] not in labels, f"{where}: label {label[1]} twice"
                labels[label[1]] = label[2]
                rest = rest[label.end() :]
                if rest:
                    assert rest.startswith(","), where
                    rest = rest[1:]
        assert VALUE.fullmatch(value), where
        series = samples.setdefault(name, [])
        assert labels not in [s[0] for s in series], f"{where}: the same series twice"
        series.append((labels, float(value)))
    return samples


def _state(**changes: object) -> State:
    now = time.time()
    data: dict[str, object] = {
        "kiosk": "hall-a",
        "up": True,
        "written_at": now,
        "started_at": now - 3600,
        "pid": 42,
        "kiosk_version": "0.1.0",
        "halls": [
            HallState(
                "/var/lib/kiosk/content/current",
                "jining",
                "ab12",
                "20261203T081500Z-1a2b3c4d5e6f",
                "f" * 64,
                0,
                2,
            ),
            HallState('C:\\halls\\"odd"\nname', "", "", "", "", 3, 0),
        ],
        "reload_ok": True,
        "reload_message": "content reloaded",
        "reload_at": now - 60,
        "rss_bytes": 300 * 2**20,
        "visits_today": 17,
        "last_touch": now - 5,
    }
    data.update(changes)
    return State(**data)  # type: ignore[arg-type]


def test_the_textfile_parses_strictly_and_carries_every_figure() -> None:
    state = _state()
    metrics = parse_text_format(prometheus_text(state))
    assert metrics["kiosk_up"] == [({"kiosk": "hall-a"}, 1.0)]
    assert metrics["kiosk_uptime_seconds"][0][1] == pytest.approx(3600)
    info = metrics["kiosk_content_info"]
    assert info[0] == (
        {
            "kiosk": "hall-a", "folder": "/var/lib/kiosk/content/current", "hall": "jining",
            "version": "20261203T081500Z-1a2b3c4d5e6f", "fingerprint": "f" * 64, "shown": "ab12",
        },
        1.0,
    )  # fmt: skip
    assert info[1][0]["folder"] == 'C:\\\\halls\\\\\\"odd\\"\\nname'  # escaped as the format says
    findings = {(s[0]["hall"], s[0]["severity"]): s[1] for s in metrics["kiosk_findings"]}
    assert findings[("jining", "warning")] == 2
    assert metrics["kiosk_last_reload_success"][0][1] == 1
    assert metrics["kiosk_last_reload_timestamp_seconds"][0][1] == pytest.approx(state.reload_at)
    assert metrics["kiosk_resident_memory_bytes"][0][1] == 300 * 2**20
    assert metrics["kiosk_visits_today"][0][1] == 17
    assert metrics["kiosk_last_touch_timestamp_seconds"][0][1] == pytest.approx(state.last_touch)
    for name in metrics:
        assert name.startswith("kiosk_")
        assert not name.endswith("_total")  # gauges only: no counters here


def test_unknown_figures_are_left_out_not_made_up() -> None:
    state = _state(reload_ok=None, reload_at=None, rss_bytes=None, visits_today=None,
                   last_touch=None, halls=[])  # fmt: skip
    metrics = parse_text_format(prometheus_text(state))
    assert "kiosk_resident_memory_bytes" not in metrics
    assert "kiosk_last_reload_success" not in metrics
    assert metrics["kiosk_up"][0][1] == 1


def test_the_strict_parser_refuses_bad_text() -> None:
    good = "# TYPE a gauge\na 1\n"
    parse_text_format(good)
    for bad in ("a 1\n", "# TYPE a gauge\na{x=\"1\"} one\n", "# TYPE a gauge\na 1",
                '# TYPE a gauge\na{x="a"b"} 1\n', "# TYPE a gauge\na 1\na 2\n",
                "# TYPE 1a gauge\n1a 1\n"):  # fmt: skip
        with pytest.raises(AssertionError):
            parse_text_format(bad)


def test_status_json_round_trips_and_is_written_atomically(tmp_path: Path) -> None:
    state = _state()
    write_state(state, tmp_path / "state" / "status.json", tmp_path / "prom" / "kiosk.prom")
    assert read_state(tmp_path / "state" / "status.json") == state
    assert sorted(p.name for p in (tmp_path / "prom").iterdir()) == ["kiosk.prom"]
    data = json.loads((tmp_path / "state" / "status.json").read_text(encoding="utf-8"))
    assert data["uptime_s"] == pytest.approx(3600, abs=1) and data["findings"] == 5


@pytest.mark.parametrize("text", [b"", b"[]", b"{\"format\": 9}", b"\xff", b"{\"format\": 1}",
                                  b"{\"format\": 1, \"kiosk\": 3, \"halls\": [1]}"])  # fmt: skip
def test_a_bad_status_file_is_a_clear_error(text: bytes) -> None:
    with pytest.raises(ValueError):
        from_json(text)


def _status(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    config = tmp_path / "kiosk.yaml"
    config.write_text(f"state_dir: {tmp_path / 'state'}\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["status", "--config", str(config), *args], Env(out, err))
    return code, out.getvalue(), err.getvalue()


def test_kiosk_status_up_and_fresh(tmp_path: Path) -> None:
    write_state(_state(), status_path(tmp_path / "state"), None)
    code, out, err = _status(tmp_path)
    assert code == ExitStatus.OK, err
    assert "kiosk hall-a: up" in out and "visits today: 17" in out
    assert "content version 20261203T081500Z-1a2b3c4d5e6f" in out
    code, out, _ = _status(tmp_path, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["fresh"] is True and data["up"] is True
    assert data["halls"][0]["hall"] == "jining"


def test_kiosk_status_stale_down_and_missing(tmp_path: Path) -> None:
    code, _, err = _status(tmp_path)
    assert code == ExitStatus.DOWN and "has not run here" in err
    write_state(
        _state(written_at=time.time() - STALE_S - 10), status_path(tmp_path / "state"), None
    )
    code, _, err = _status(tmp_path)
    assert code == ExitStatus.STALE and "hangs" in err
    write_state(_state(up=False), status_path(tmp_path / "state"), None)
    code, out, err = _status(tmp_path)
    assert code == ExitStatus.DOWN and "stopped" in out
    status_path(tmp_path / "state").write_bytes(b"{half")
    code, _, err = _status(tmp_path)
    assert code == ExitStatus.ERROR and "cannot read the state" in err
