"""`kiosk report`: CSV files and a chart from the usage database."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from PIL import Image

from kiosk.cli import Env, ExitStatus, main
from kiosk.ops.usage import Kind, UsageLog


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), Env(out, err)), out.getvalue(), err.getvalue()


def test_report_writes_csv_and_chart_with_titles(tmp_path: Path) -> None:
    db = tmp_path / "usage.db"
    start = dt.datetime(2024, 5, 1, 10, 0)
    with UsageLog(db) as usage:
        for visit in range(3):
            at = start + dt.timedelta(hours=visit)
            usage.record(Kind.VISIT_START, at=at, hall="jining-hitech-2023", lang="zh")
            usage.record(
                Kind.VIEW_SECTION,
                "city",
                at=at + dt.timedelta(seconds=10),
                hall="jining-hitech-2023",
                lang="zh",
            )
            usage.record(
                Kind.VISIT_END,
                at=at + dt.timedelta(seconds=130),
                hall="jining-hitech-2023",
                lang="zh",
            )
        usage.flush()
    code, out, err = run("report", "--db", str(db), "--out", str(tmp_path / "report"))
    assert code == ExitStatus.OK, err
    assert out.startswith("3 visits, median length 40 s")
    with (tmp_path / "report" / "top_sections.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["id"] == "city" and rows[0]["title"] == "城市建设" and rows[0]["views"] == "3"
    with Image.open(tmp_path / "report" / "report.png") as chart:
        assert chart.width >= 800 and chart.height >= 600


def test_report_without_database(tmp_path: Path) -> None:
    code, _, err = run("report", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "r"))
    assert code == ExitStatus.USAGE
    assert "no usage database" in err


def _kiosk(path: Path, kiosk: str, visits: int) -> None:
    path.parent.mkdir(parents=True)
    start = dt.datetime(2024, 5, 1, 10, 0)
    with UsageLog(path, kiosk_id=kiosk) as usage:
        for visit in range(visits):
            at = start + dt.timedelta(hours=visit)
            usage.record(Kind.VISIT_START, at=at, hall="h", lang="zh")
            usage.record(Kind.VIEW_SECTION, "city", at=at + dt.timedelta(seconds=5), hall="h")


def test_report_merges_the_databases_of_a_folder(tmp_path: Path) -> None:
    for name, visits in (("a", 2), ("b", 1), ("c", 3)):  # as a curator copied them together
        _kiosk(tmp_path / "fleet" / name / "usage.db", f"kiosk-{name}", visits)
    code, out, err = run("report", "--db", str(tmp_path / "fleet"), "--out", str(tmp_path / "r"))
    assert code == ExitStatus.OK, err
    assert out.startswith("6 visits") and "merged 3 kiosks: kiosk-a, kiosk-b, kiosk-c" in out
    with (tmp_path / "r" / "top_sections.csv").open(encoding="utf-8-sig") as handle:
        rows = {row["kiosk"]: row["views"] for row in csv.DictReader(handle)}
    assert rows == {"kiosk-a": "2", "kiosk-b": "1", "kiosk-c": "3"}
    code, out, err = run(
        "report", "--db", str(tmp_path / "fleet" / "a" / "usage.db"),
        "--db", str(tmp_path / "fleet" / "b" / "usage.db"), "--out", str(tmp_path / "r2"),
    )  # fmt: skip
    assert code == ExitStatus.OK, err
    assert out.startswith("3 visits")


def test_report_of_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = run("report", "--db", str(tmp_path / "empty"), "--out", str(tmp_path / "r"))
    assert code == ExitStatus.USAGE and "no usage database" in err
