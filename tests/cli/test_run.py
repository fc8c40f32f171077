"""`kiosk run` as a process: ready after the first frame, a clean exit on SIGTERM."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from tests.packaging.notify import FakeSystemd


def test_run_reports_ready_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    systemd = FakeSystemd(tmp_path / "notify.sock")
    config = tmp_path / "kiosk.yaml"
    config.write_text(
        f"usage_db: {tmp_path / 'usage.db'}\nlog_dir: {tmp_path / 'logs'}\n", encoding="utf-8"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NOTIFY_SOCKET": str(tmp_path / "notify.sock"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--windowed", "--config", str(config)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        while systemd.count("READY=1") == 0:  # wait on the socket, not on a clock
            readable, _, _ = select.select([systemd.sock], [], [], 30)
            assert readable, "no READY=1 within 30 s"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
        _, stderr = process.communicate()
        systemd.close()
    assert "Traceback" not in stderr
    assert (tmp_path / "logs" / "kiosk.log").is_file()
    assert (tmp_path / "usage.db").is_file()
