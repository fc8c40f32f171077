"""The Linux deployment files: systemd unit, install/uninstall scripts (staged with --root), cage launcher."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kiosk.config import load_settings

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Linux deployment")

FAKE_KIOSK = """#!/bin/sh
# A stand-in for the bundle's executable.
case "$1" in
  --version) echo "kiosk 9.8.7 (built today)" ;;
  validate) [ -e "$(dirname "$0")/broken" ] && exit 1; echo valid ;;
  *) printf '%s\\n' "kiosk $*" "WATCHDOG_PID=${WATCHDOG_PID-unset}" "QT_QPA_PLATFORM=$QT_QPA_PLATFORM" ;;
esac
"""


def _executable(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.fixture
def bundle(tmp_path: Path, build_script: ModuleType) -> Path:
    """A stand-in bundle laid out like dist/kiosk/ (install files added by build.py)."""
    folder = tmp_path / "dist" / "kiosk"
    _executable(folder / "kiosk", FAKE_KIOSK)
    hall = folder / "_internal" / "kiosk" / "halls" / "demo-hall"
    hall.mkdir(parents=True)
    (hall / "hall.yaml").write_text("id: demo-hall\n", encoding="utf-8")
    build_script.add_deployment_files(folder)
    return folder


def _run(script: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(script), *map(str, args)], capture_output=True, text=True, timeout=60
    )


def _install(bundle: Path, root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = _run(bundle / "linux" / "install.sh", "--root", root, *args)
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_the_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    unit = (LINUX / "kiosk.service").read_text(encoding="utf-8")
    exec_start = "ExecStart=/opt/kiosk/current/linux/kiosk-session"
    assert exec_start in unit.splitlines()
    # verify insists that ExecStart exists: point it at the launcher in this checkout.
    (tmp_path / "kiosk.service").write_text(
        unit.replace(exec_start, f"ExecStart={LINUX / 'kiosk-session'}"), encoding="utf-8"
    )
    result = subprocess.run(
        ["systemd-analyze", "verify", str(tmp_path / "kiosk.service")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (result.stdout + result.stderr).strip() == ""


def test_the_unit_restarts_and_watches() -> None:
    lines = set((LINUX / "kiosk.service").read_text(encoding="utf-8").splitlines())
    for needed in ("Type=notify", "NotifyAccess=all", "Restart=always", "User=kiosk"):
        assert needed in lines
    assert any(line.startswith("WatchdogSec=") for line in lines)


def test_the_default_settings_are_valid() -> None:
    settings, findings = load_settings(LINUX / "kiosk.yaml")
    assert findings == []
    assert settings.halls == [Path("/var/lib/kiosk/halls/jining-hitech-2023")]
    assert settings.usage_db == Path("/var/lib/kiosk/usage.db")
    assert settings.log_dir == Path("/var/log/kiosk")


def test_install_lays_out_the_system(bundle: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    _install(bundle, root)
    current = root / "opt" / "kiosk" / "current"
    assert os.readlink(current).startswith("releases/")
    assert os.readlink(current).endswith("-9.8.7")
    assert os.access(current / "kiosk", os.X_OK)
    assert os.access(current / "linux" / "kiosk-session", os.X_OK)  # the unit's ExecStart
    assert os.readlink(root / "usr" / "local" / "bin" / "kiosk") == "/opt/kiosk/current/kiosk"
    etc = root / "etc"
    assert (etc / "kiosk" / "kiosk.yaml").read_bytes() == (LINUX / "kiosk.yaml").read_bytes()
    assert (etc / "kiosk" / "kiosk.yaml").stat().st_mode & 0o777 == 0o640  # the PIN's hash
    assert sorted(p.name for p in (etc / "kiosk").iterdir()) == ["kiosk.env", "kiosk.yaml"]
    assert (etc / "pam.d" / "kiosk").is_file()
    assert (etc / "systemd" / "system" / "kiosk.service").is_file()
    assert (root / "var" / "lib" / "kiosk" / "halls" / "demo-hall" / "hall.yaml").is_file()
    assert (root / "var" / "log" / "kiosk").is_dir()


def test_an_update_keeps_settings_and_content(bundle: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    _install(bundle, root)
    first = os.readlink(root / "opt" / "kiosk" / "current")
    settings = root / "etc" / "kiosk" / "kiosk.yaml"
    settings.write_text("idle_timeout: 120\n", encoding="utf-8")
    hall = root / "var" / "lib" / "kiosk" / "halls" / "demo-hall" / "hall.yaml"
    hall.write_text("id: edited\n", encoding="utf-8")
    (root / "opt" / "kiosk" / "releases" / "00000000-000000-0.0.1").mkdir()  # an old release
    for _ in range(3):
        _install(bundle, root)
    assert settings.read_text(encoding="utf-8") == "idle_timeout: 120\n"
    assert hall.read_text(encoding="utf-8") == "id: edited\n"
    releases = sorted(p.name for p in (root / "opt" / "kiosk" / "releases").iterdir())
    assert len(releases) == 3  # the newest three
    current = os.readlink(root / "opt" / "kiosk" / "current")
    assert current == f"releases/{releases[-1]}" != first
    rollback = _run(bundle / "linux" / "install.sh", "--root", root, "--rollback")
    assert rollback.returncode == 0, rollback.stderr
    assert os.readlink(root / "opt" / "kiosk" / "current") == f"releases/{releases[-2]}"


def test_a_bundle_that_cannot_read_its_hall_is_refused(bundle: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    _install(bundle, root)
    before = os.readlink(root / "opt" / "kiosk" / "current")
    (bundle / "broken").touch()
    result = _run(bundle / "linux" / "install.sh", "--root", root)
    assert result.returncode == 1
    assert "nothing was changed" in result.stderr
    assert os.readlink(root / "opt" / "kiosk" / "current") == before


def test_uninstall_keeps_content_and_usage_unless_purged(bundle: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    _install(bundle, root)
    usage = root / "var" / "lib" / "kiosk" / "usage.db"
    usage.write_bytes(b"rows")
    uninstall = root / "opt" / "kiosk" / "current" / "linux" / "uninstall.sh"
    shutil.copy(uninstall, tmp_path / "uninstall.sh")  # it deletes itself
    kept = _run(tmp_path / "uninstall.sh", "--root", root)
    assert kept.returncode == 0, kept.stderr
    assert not (root / "opt" / "kiosk").exists()
    assert not (root / "etc" / "systemd" / "system" / "kiosk.service").exists()
    assert not (root / "usr" / "local" / "bin" / "kiosk").is_symlink()
    assert usage.read_bytes() == b"rows"
    assert (root / "var" / "lib" / "kiosk" / "halls" / "demo-hall" / "hall.yaml").is_file()
    assert (root / "etc" / "kiosk" / "kiosk.yaml").is_file()
    purged = _run(tmp_path / "uninstall.sh", "--root", root, "--purge")
    assert purged.returncode == 0, purged.stderr
    assert not (root / "var" / "lib" / "kiosk").exists()
    assert not (root / "etc" / "kiosk").exists()


def test_the_session_runs_the_kiosk_in_cage_and_hands_it_the_watchdog(
    bundle: Path, tmp_path: Path
) -> None:
    fake_cage = (
        '#!/bin/sh\necho "cage $*"\nwhile [ "$1" != -- ]; do shift; done\nshift\nexec "$@"\n'
    )
    _executable(tmp_path / "bin" / "cage", fake_cage)
    env = {"PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin", "WATCHDOG_PID": "1"}
    session = bundle / "linux" / "kiosk-session"
    out = subprocess.run([session], env=env, capture_output=True, text=True, timeout=30).stdout
    assert out.splitlines()[0].startswith("cage -d -- env -u WATCHDOG_PID ")
    assert out.splitlines()[1:] == [
        "kiosk run --config /etc/kiosk/kiosk.yaml",
        "WATCHDOG_PID=unset",
        "QT_QPA_PLATFORM=wayland",
    ]
    env.update(KIOSK_COMPOSITOR="none", CAGE_OPTIONS="-d -r")
    out = subprocess.run([session], env=env, capture_output=True, text=True, timeout=30).stdout
    assert out.splitlines() == [
        "kiosk run --config /etc/kiosk/kiosk.yaml",
        "WATCHDOG_PID=1",  # the kiosk is systemd's main process itself: the watchdog is its own
        "QT_QPA_PLATFORM=linuxfb",
    ]


def test_install_trusts_a_public_key_and_prepares_the_fleet_folders(
    bundle: Path, tmp_path: Path
) -> None:
    from kiosk.fleet.keys import generate_keys

    root = tmp_path / "root"
    secret, public = generate_keys(tmp_path / "keys" / "staff")
    _, other = generate_keys(tmp_path / "keys" / "second")
    result = _install(bundle, root, "--trust", str(public))
    assert "trusting packages signed by /etc/kiosk/keys/staff.pub" in result.stdout
    settings_file = root / "etc" / "kiosk" / "kiosk.yaml"
    assert (root / "etc" / "kiosk" / "keys" / "staff.pub").read_bytes() == public.read_bytes()
    assert settings_file.stat().st_mode & 0o777 == 0o640
    settings, findings = load_settings(settings_file)
    assert findings == []
    assert settings.trusted_keys == [Path("/etc/kiosk/keys/staff.pub")]
    assert settings.fleet.prometheus_file == Path("/var/lib/prometheus/node-exporter/kiosk.prom")
    assert (root / "var" / "lib" / "prometheus" / "node-exporter").is_dir()
    assert (root / "var" / "lib" / "kiosk" / "inbox").is_dir()
    _install(bundle, root, "--trust", str(public), "--trust", str(other))  # again, and one more
    settings, findings = load_settings(settings_file)
    assert findings == []
    assert settings.trusted_keys == [
        Path("/etc/kiosk/keys/second.pub"),
        Path("/etc/kiosk/keys/staff.pub"),
    ]
    refused = _run(bundle / "linux" / "install.sh", "--root", root, "--trust", secret)
    assert refused.returncode != 0 and "not an Ed25519 public key" in refused.stderr
    assert load_settings(settings_file)[0].trusted_keys == settings.trusted_keys
