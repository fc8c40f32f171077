"""The kiosk command line: validate, dump, schema, usage errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import yaml

from kiosk import __version__
from kiosk.cli import Env, ExitStatus, main
from kiosk.content import Hall, load_hall
from kiosk.content.schema import hall_schema
from kiosk.paths import DEFAULT_HALL, PACKAGE
from tests.conftest import MINIMAL_HALL


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), Env(out, err))
    return code, out.getvalue(), err.getvalue()


def test_validate_bundled_hall() -> None:
    code, out, _ = run("validate")
    assert code == ExitStatus.OK
    assert out.strip().splitlines() == [
        f"{DEFAULT_HALL}: valid: 5 sections, 19 stories, 20 events, 33 statistics, 24 images"
    ]


def test_validate_reports_errors_and_exits_nonzero(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(MINIMAL_HALL.replace("date: 2023-05-12", "date: 2023-13-01"))
    code, out, _ = run("validate", str(folder))
    assert code == ExitStatus.INVALID_CONTENT
    assert out.splitlines() == [
        "hall.yaml:12:15: sections[0].stories[0].date: '2023-13-01' is not a date "
        "(use YYYY, YYYY-MM or YYYY-MM-DD)",
        f"{folder}: 1 error, 0 warnings",
    ]


def test_validate_strict_and_json(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(MINIMAL_HALL.replace("{zh: 甲, en: Alpha}", "{zh: 甲}"))
    assert run("validate", str(folder))[0] == ExitStatus.OK
    assert run("validate", "--strict", str(folder))[0] == ExitStatus.INVALID_CONTENT
    code, out, _ = run("validate", "--format", "json", str(folder))
    payload = json.loads(out)
    assert code == ExitStatus.OK
    assert payload["valid"] is True and payload["warnings"] == 1
    assert payload["findings"] == [
        {
            "severity": "warning",
            "file": "hall.yaml",
            "line": 6,
            "column": 12,
            "path": "sections[0].title",
            "message": "no 'en' translation; showing the 'zh' text",
        }
    ]


def test_dump_round_trips() -> None:
    code, out, _ = run("dump")
    assert code == ExitStatus.OK
    data = json.loads(out)
    hall = load_hall(DEFAULT_HALL).require()
    again = Hall.model_validate(data, context={"languages": data["languages"]})
    assert again == hall
    assert data["events"][0]["date"].count("-") in (0, 1, 2)


def test_dump_keeps_partial_dates(make_hall: Callable[..., Path]) -> None:
    _, out, _ = run("dump", str(make_hall()))
    data = json.loads(out)
    assert data["events"][0]["date"] == "2023-05"
    assert data["sections"][0]["stories"][0]["date"] == "2023-05-12"
    assert data["sections"][0]["cover"] == {
        "file": "images/cover.png",
        "caption": None,
        "credit": None,
        "alt": None,
    }


def test_dump_of_invalid_hall(make_hall: Callable[..., Path]) -> None:
    code, out, err = run("dump", str(make_hall("id: [")))
    assert code == ExitStatus.INVALID_CONTENT
    assert out == ""
    assert "kiosk: error:" in err and "hall.yaml:1" in err


def test_schema_is_valid_and_accepts_bundled_hall() -> None:
    _, out, _ = run("schema")
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    text = (DEFAULT_HALL / "hall.yaml").read_text(encoding="utf-8")
    jsonschema.validate(yaml.load(text, Loader=_DatesAsText), schema)


def test_schema_rejects_unknown_keys() -> None:
    bad = yaml.load(MINIMAL_HALL.replace("accent:", "acent:"), Loader=_DatesAsText)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, hall_schema())


def test_committed_schema_is_current() -> None:
    committed = json.loads((PACKAGE / "content" / "hall.schema.json").read_text(encoding="utf-8"))
    assert committed == hall_schema(), "run: kiosk schema > kiosk/content/hall.schema.json"


def test_bundled_hall_points_at_schema() -> None:
    first = (DEFAULT_HALL / "hall.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../content/hall.schema.json"
    assert (DEFAULT_HALL / "../../content/hall.schema.json").resolve().is_file()


def test_missing_path_and_command() -> None:
    code, _, err = run("validate", "/no/such/hall")
    assert code == ExitStatus.USAGE
    assert (
        err
        == "kiosk: error: no hall folder at '/no/such/hall' (a hall is a folder with a hall.yaml)\n"
    )
    code, _, err = run()
    assert code == ExitStatus.USAGE
    assert "kiosk: error: choose a command: validate" in err


def test_version_and_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kiosk", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout.strip().startswith(f"kiosk {__version__}")


def test_no_traceback_for_garbage(tmp_path: Path) -> None:
    (tmp_path / "hall.yaml").write_bytes(b"\x00\xff\xfe garbage: [\n")
    proc = subprocess.run(
        [sys.executable, "-m", "kiosk", "validate", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == ExitStatus.INVALID_CONTENT
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "hall.yaml" in proc.stdout


class _DatesAsText(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, as editors' YAML servers see them."""


_DatesAsText.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--lang", "fr"], "no language 'fr' in this hall (languages: zh, en)"),
        (
            ["--view", "photo:projects:9"],
            "section 'projects' has 5 photos; use photo:projects:0 to 4",
        ),
        (
            ["--view", "section:nope"],
            "no section 'nope' (sections: projects, industry, city, business, livelihood)",
        ),
        (["--view", "event:nope"], "no event 'nope' (events: "),
        (["--view", "gallery"], "unknown view 'gallery'"),
    ],
)
def test_snapshot_refuses_what_does_not_exist(
    qtbot: object, tmp_path: Path, argv: list[str], message: str
) -> None:
    code, _, err = run("snapshot", *argv, "--out", str(tmp_path / "x.png"))
    assert code == ExitStatus.USAGE
    assert message in err
    assert not (tmp_path / "x.png").exists()


def test_snapshot_writes_a_png(qtbot: object, tmp_path: Path) -> None:
    code, out, _ = run(
        "snapshot", "--view", "stats", "--size", "1280x720", "--out", str(tmp_path / "s.png")
    )
    assert code == ExitStatus.OK
    assert out.strip() == str(tmp_path / "s.png")
    assert (tmp_path / "s.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("hall", ["nohall", "emptyhall"])
def test_snapshot_of_a_blocked_hall_exits_nonzero_and_names_the_file_once(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hall: str
) -> None:
    """A script can use snapshot as a gate: a wrong folder or bad content is not success."""
    (tmp_path / "emptyhall").mkdir()
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "kiosk.yaml"
    folder = str(tmp_path / hall) if hall == "nohall" else hall  # absolute and relative
    config.write_text(f"halls: [{folder}]\n", encoding="utf-8")
    code, _, err = run("snapshot", "--config", str(config), "--out", str(tmp_path / "x.png"))
    assert code == ExitStatus.INVALID_CONTENT
    assert f"{tmp_path / hall / 'hall.yaml'}: no such file" in err
    assert f"{hall}/{hall}" not in err
    assert "cannot be shown" in err


def test_snapshot_of_a_hall_with_content_errors_exits_nonzero(
    qtbot: object, tmp_path: Path, make_hall: Callable[..., Path]
) -> None:
    folder = make_hall(MINIMAL_HALL.replace("value: 10353", "value: 5万"))
    config = tmp_path / "kiosk.yaml"
    config.write_text(f"halls: [{folder}]\n", encoding="utf-8")
    code, _, err = run("snapshot", "--config", str(config), "--out", str(tmp_path / "x.png"))
    assert code == ExitStatus.INVALID_CONTENT
    assert "hall.yaml:27:12: stats[0].value: expected a number, got text" in err
