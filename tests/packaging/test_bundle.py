"""Build the PyInstaller bundle and run it with an empty environment (slow: about a minute)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from kiosk import __version__
from kiosk.ops.usage import UsageLog

ROOT = Path(__file__).resolve().parents[2]
EXE = "kiosk.exe" if sys.platform == "win32" else "kiosk"
OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/kiosk/, built by the one build command into a temporary folder."""
    out = tmp_path_factory.mktemp("bundle")
    command = [
        sys.executable, str(ROOT / "packaging" / "build.py"),
        "--dist", str(out / "dist"), "--work", str(out / "work"),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist" / "kiosk"


def kiosk(
    bundle: Path, *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the bundle's executable with nothing in its environment but env."""
    return subprocess.run(
        [str(bundle / EXE), *map(str, args)],
        env=env or {},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version_shows_the_build_date(bundle: Path) -> None:
    result = kiosk(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        rf"kiosk {re.escape(__version__)} \(built \d{{4}}-\d\d-\d\d \d\d:\d\d UTC(, git \w+)?\)\n",
        result.stdout,
    )


def test_validate_the_bundled_hall(bundle: Path) -> None:
    result = kiosk(bundle, "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "jining-hitech-2023: valid:" in result.stdout


def test_dump_and_schema(bundle: Path) -> None:
    dump = kiosk(bundle, "dump")
    assert dump.returncode == 0, dump.stderr
    assert json.loads(dump.stdout)["id"] == "jining-hitech-2023"
    schema = kiosk(bundle, "schema")
    assert schema.returncode == 0, schema.stderr
    assert "$schema" in json.loads(schema.stdout)


def test_snapshot_matches_the_one_from_source(bundle: Path, tmp_path: Path) -> None:
    result = kiosk(bundle, "snapshot", "--out", "bundle.png", env=OFFSCREEN, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    source = subprocess.run(
        [sys.executable, "-m", "kiosk", "snapshot", "--out", "source.png"],
        env={**OFFSCREEN, "PYTHONPATH": str(ROOT)},  # the checkout the bundle was built from
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert source.returncode == 0, source.stderr
    with Image.open(tmp_path / "bundle.png") as a, Image.open(tmp_path / "source.png") as b:
        shot, reference = a.convert("RGB"), b.convert("RGB")
    assert shot.size == reference.size == (1920, 1080)
    # The bundle's own fonts and hall images must be there: the picture is the same.
    diff = ImageChops.difference(shot, reference).convert("L").point(lambda v: 255 * (v > 16))
    changed = diff.histogram()[255]
    assert changed < shot.width * shot.height / 1000, f"{changed} pixels differ"


def test_report(bundle: Path, tmp_path: Path) -> None:
    usage = UsageLog(tmp_path / "usage.db")
    for kind, target in [("visit_start", ""), ("view_section", "projects"), ("visit_end", "")]:
        usage.record(kind, target, hall="jining-hitech-2023", lang="zh")
    usage.close()
    result = kiosk(bundle, "report", "--db", tmp_path / "usage.db", "--out", tmp_path / "report")
    assert result.returncode == 0, result.stderr
    assert re.match(r"1 visits?\b", result.stdout), result.stdout
    with Image.open(tmp_path / "report" / "report.png") as chart:
        assert chart.width > 800


def test_keygen_pack_install(bundle: Path, tmp_path: Path) -> None:
    """The bundle carries cryptography's compiled part: signed packages work there too."""
    assert kiosk(bundle, "keygen", "--out", tmp_path / "staff").returncode == 0
    for name in ("a.zip", "b.zip"):  # the same hall twice: b is newer only by its time
        packed = kiosk(bundle, "pack", "--out", tmp_path / name, "--sign", tmp_path / "staff")
        assert packed.returncode == 0, packed.stderr
    into = tmp_path / "content"
    for name in ("a.zip", "b.zip"):
        done = kiosk(bundle, "install", tmp_path / name, "--into", into,
                     "--trust", tmp_path / "staff.pub")  # fmt: skip
        if name == "b.zip" and "is installed already" in done.stderr:
            break  # packed within the same second: the same version
        assert done.returncode == 0, done.stderr
    assert (into / "current" / "hall.yaml").is_file()
    assert kiosk(bundle, "validate", into / "current").returncode == 0


def test_only_the_qt_the_kiosk_uses(bundle: Path) -> None:
    files = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*")}
    qt = next(p for p in files if p.endswith("/qml/QtQuick/qmldir")).rsplit("/qml/", 1)[0]
    for wanted in ("QtQuick/Shapes", "QtQuick/Layouts", "QtQuick/Effects", "QtQuick/Window"):
        assert f"{qt}/qml/{wanted}/qmldir" in files
    for unwanted in ("QtQuick/Controls", "QtQuick/VirtualKeyboard", "QtWayland", "Qt/labs"):
        assert not any(p.startswith(f"{qt}/qml/{unwanted}/") for p in files), unwanted
    assert not any("Qt6Widgets" in p or "QtWidgets" in p for p in files)
    assert not any(p.startswith(f"{qt}/translations/") for p in files)
    assert {EXE, "docs/deploy.md", "docs/content-guide.md", "docs/hall-format.md"} <= files
    if sys.platform != "win32":
        assert {"linux/install.sh", "linux/kiosk.service", "linux/kiosk-session"} <= files
