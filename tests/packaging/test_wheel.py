"""The wheel works anywhere: built, installed in a fresh virtualenv, run from another folder."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from kiosk import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a new virtualenv holding the kiosk's wheel and its dependencies."""
    tmp = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    [wheel] = tmp.glob("kiosk-*.whl")
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    done = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return bin_dir


def _run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(cwd),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QUICK_BACKEND": "software",
    }
    return subprocess.run(
        [str(bin_dir / "kiosk"), *args], capture_output=True, text=True, cwd=cwd, env=env,
        timeout=300,
    )  # fmt: skip


def test_the_wheel_holds_the_hall_the_fonts_and_the_qml(installed: Path, tmp_path: Path) -> None:
    site = next((installed.parent / "lib").glob("python*/site-packages"), None) or (
        installed.parent / "Lib" / "site-packages"
    )
    package = site / "kiosk"
    assert (package / "halls" / "jining-hitech-2023" / "hall.yaml").is_file()
    assert len(list((package / "halls" / "jining-hitech-2023" / "images").rglob("*.jpg"))) == 24
    assert {p.name for p in (package / "fonts").glob("*.otf")} == {
        "NotoSansSC-Regular.otf",
        "NotoSansSC-Bold.otf",
    }
    assert (package / "fonts" / "coverage.txt").is_file()
    assert (package / "ui" / "qml" / "Kiosk" / "Main.qml").is_file()
    assert (package / "content" / "hall.schema.json").is_file()


def test_the_installed_kiosk_runs_from_another_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = _run(installed, elsewhere, "--version")
    assert done.stdout.strip() == f"kiosk {__version__}", done.stderr
    done = _run(installed, elsewhere, "validate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "valid: 5 sections, 19 stories" in done.stdout
    done = _run(installed, elsewhere, "snapshot", "--view", "home", "--out", "home.png")
    assert done.returncode == 0, done.stderr
    assert "cannot load the bundled font" not in done.stderr
    # The same pixels as from the checkout: the bundled font, not a fallback, drew the Chinese.
    here = subprocess.run(
        [sys.executable, "-m", "kiosk", "snapshot", "--view", "home", "--out",
         str(tmp_path / "here.png")],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"},
    )  # fmt: skip
    assert here.returncode == 0, here.stderr
    with Image.open(elsewhere / "home.png") as a, Image.open(tmp_path / "here.png") as b:
        assert a.size == b.size == (1920, 1080)
        assert ImageChops.difference(a.convert("RGB"), b.convert("RGB")).getbbox() is None
