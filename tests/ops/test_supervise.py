"""`kiosk watchdog`: a crashed or hung kiosk is started again; a staff exit (code 0) is final."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk.ops.heartbeat import FileNotifier, read_beat
from kiosk.ops.supervise import Policy, supervise

FAKE = Path(__file__).with_name("fake_kiosk.py")
QUICK = Policy(timeout=1.0, start_timeout=2.0, delay=0.0, poll=0.1, max_starts=2)


def starts(tmp_path: Path) -> list[str]:
    """The pids of the fake kiosk's starts."""
    path = tmp_path / "starts"
    return path.read_text().split() if path.exists() else []


def run(tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Supervise the fake kiosk in that mode."""
    monkeypatch.setenv("FAKE_KIOSK_STARTS", str(tmp_path / "starts"))
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).resolve().parents[2]))
    return supervise([sys.executable, str(FAKE), mode], tmp_path / "beat", QUICK)


@pytest.mark.parametrize("mode", ["beat-then-hang", "never-beat", "crash"])
def test_a_hung_or_crashed_kiosk_is_started_again(
    tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    code = run(tmp_path, mode, monkeypatch)
    assert len(starts(tmp_path)) == 2
    assert code != 0
    restarts = [r.getMessage() for r in caplog.records if "restarting" in r.getMessage()]
    assert len(restarts) == 2
    expected = {"beat-then-hang": "hung: no heartbeat for", "never-beat": "hung: no heartbeat 2"}
    assert expected.get(mode, "exited with code 3") in restarts[0]


@pytest.mark.parametrize("mode", ["exit-0", "beat-then-exit-0"])
def test_a_staff_exit_ends_the_watchdog(
    tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(tmp_path, mode, monkeypatch) == 0
    assert len(starts(tmp_path)) == 1


def test_the_heartbeat_file_says_state_and_pid(tmp_path: Path) -> None:
    beat_file = tmp_path / "beat"
    notifier = FileNotifier.from_env({"KIOSK_HEARTBEAT_FILE": str(beat_file)})
    assert notifier.enabled and notifier.watchdog_interval == 30
    assert read_beat(beat_file) is None
    assert notifier.ready()
    beat = read_beat(beat_file)
    assert beat is not None and beat.state == "READY" and beat.pid > 0
    assert notifier.stopping()
    assert read_beat(beat_file).state == "STOPPING"  # type: ignore[union-attr]
    assert not FileNotifier.from_env({}).enabled
    beat_file.write_text("")  # being written: alive
    assert read_beat(beat_file).state == ""  # type: ignore[union-attr]


def test_an_unwritable_heartbeat_is_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    notifier = FileNotifier(tmp_path / "missing" / "beat")
    assert not notifier.watchdog()
    assert not notifier.watchdog()
    assert len([r for r in caplog.records if "heartbeat" in r.getMessage()]) == 1


def test_the_command_needs_something_to_run(capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.cli import ExitStatus, main

    assert main(["watchdog", "--timeout", "5", "--"]) == ExitStatus.USAGE
    assert "kiosk watchdog -- run" in capsys.readouterr().err
