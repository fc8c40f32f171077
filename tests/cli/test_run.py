"""`kiosk run` as a process: ready after the first frame, a clean exit on SIGTERM at any moment.

Each run uses its own, empty image cache, so pictures are still being prepared (in worker
processes) when the signal comes, as on a kiosk's first start after a content update.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from tests.packaging.notify import FakeSystemd

WAIT_S = 30  # only reached when something is wrong
FRAME_DRIVER = Path(__file__).with_name("sigterm_in_frame.py")


@contextmanager
def kiosk(tmp_path: Path, *args: str, driver: Path | None = None) -> Iterator[Kiosk]:
    """`kiosk run` with its own settings, usage log and image cache; killed if left running."""
    config = tmp_path / "kiosk.yaml"
    config.write_text(
        f"usage_db: {tmp_path / 'usage.db'}\nlog_dir: {tmp_path / 'logs'}\n"
        f"image_cache: {tmp_path / 'images'}\n",
        encoding="utf-8",
    )
    systemd = FakeSystemd(tmp_path / "notify.sock")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NOTIFY_SOCKET": str(tmp_path / "notify.sock"),
        "PYTHONFAULTHANDLER": "1",  # a crash shows its stacks in the assertion message
    }
    start = [str(driver)] if driver else ["-m", "kiosk"]
    process = subprocess.Popen(
        [sys.executable, *start, "run", *args, "--config", str(config)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own process group: the image workers are found and killed
    )  # fmt: skip
    running = Kiosk(process, systemd)
    try:
        yield running
    finally:
        if process.poll() is None:
            process.kill()
        _kill_group(process.pid)
        running.stderr += process.communicate()[1]
        systemd.close()


class Kiosk:
    """A running `kiosk run` and what it said."""

    def __init__(self, process: subprocess.Popen[str], systemd: FakeSystemd) -> None:
        self.process = process
        self.systemd = systemd
        self.stderr = ""

    def wait_for_line(self, start: str) -> None:
        """Read stderr (unbuffered, as it comes) until a line starts with start."""
        assert self.process.stderr is not None
        fd = self.process.stderr.fileno()
        while not any(line.startswith(start) for line in self.stderr.splitlines(keepends=True)
                      if line.endswith("\n")):  # fmt: skip
            readable, _, _ = select.select([fd], [], [], WAIT_S)
            assert readable, f"no line starting {start!r} within {WAIT_S} s:\n{self.stderr}"
            chunk = os.read(fd, 65536).decode(errors="replace")
            assert chunk, f"stderr closed before a line starting {start!r}:\n{self.stderr}"
            self.stderr += chunk

    def wait_for_ready(self) -> None:
        """Wait for READY=1 on the notify socket (sent after the first frame)."""
        while self.systemd.count("READY=1") == 0:
            readable, _, _ = select.select([self.systemd.sock], [], [], WAIT_S)
            if not readable:  # say what the kiosk was doing (its stacks: PYTHONFAULTHANDLER)
                self.process.send_signal(signal.SIGABRT)
                self.stderr += self.process.communicate(timeout=WAIT_S)[1]
                pytest.fail(f"no READY=1 within {WAIT_S} s:\n{self.stderr}")

    def stop(self) -> int:
        """SIGTERM, as `systemctl stop` sends; the exit status."""
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {WAIT_S} s after SIGTERM")

    def leftovers(self) -> list[str]:
        """Processes of its group still alive (image workers it did not stop), after a grace."""
        deadline = time.monotonic() + 5  # multiprocessing's resource tracker ends just after it
        while (alive := _group(self.process.pid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        return alive


def _group(pgid: int) -> list[str]:
    """Command lines of the live (not zombie) processes in process group pgid."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive.append(stat.with_name("cmdline").read_text().replace("\0", " "))
        except (OSError, IndexError, ValueError):
            continue  # ended while we looked
    return alive


def _kill_group(pgid: int) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _assert_clean(running: Kiosk, status: int) -> None:
    """Exit status 0, no traceback or crash report, no image worker left behind."""
    left = running.leftovers()
    _kill_group(running.process.pid)  # before reading stderr to its end: they hold it open
    assert running.process.stderr is not None
    running.stderr += running.process.stderr.read()
    assert status == 0, f"exit status {status}:\n{running.stderr}"
    assert "Traceback" not in running.stderr, running.stderr
    assert "Fatal Python error" not in running.stderr, running.stderr
    assert not left, f"left running after the kiosk stopped: {left}"


def test_run_reports_ready_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    """Full screen and locked, as deployed: SIGTERM after the first frame ends it cleanly.

    (The kiosk guard refuses to close the window, so quitting by closing windows never
    stopped a kiosk-mode process.)
    """
    with kiosk(tmp_path) as running:
        running.wait_for_ready()
        _assert_clean(running, running.stop())
        assert running.systemd.count("STOPPING=1") == 1
    assert (tmp_path / "logs" / "kiosk.log").is_file()
    assert (tmp_path / "usage.db").is_file()


def test_run_stops_cleanly_on_sigterm_while_starting(tmp_path: Path) -> None:
    """SIGTERM while the window is being built (QML loading, pictures queued)."""
    with kiosk(tmp_path, "--windowed") as running:
        running.wait_for_line("kiosk: logging to")  # printed just before the window is made
        _assert_clean(running, running.stop())


def test_run_stops_cleanly_on_sigterm_during_the_first_frame(tmp_path: Path) -> None:
    """SIGTERM handled inside a Python callback while Qt delivers the first frame's update."""
    with kiosk(tmp_path, "--windowed", driver=FRAME_DRIVER) as running:
        running.wait_for_line("sigterm-in-frame: sending SIGTERM")
        try:
            status = running.process.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {WAIT_S} s after SIGTERM")
        _assert_clean(running, status)


def _log(tmp_path: Path) -> str:
    path = tmp_path / "logs" / "kiosk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _wait_for_log(tmp_path: Path, text: str, running: Kiosk) -> None:
    deadline = time.monotonic() + WAIT_S
    while text not in _log(tmp_path):
        assert running.process.poll() is None, f"the kiosk ended:\n{running.stderr}"
        assert time.monotonic() < deadline, f"no {text!r} in the log:\n{_log(tmp_path)}"
        time.sleep(0.05)


def test_the_log_says_when_the_kiosk_started_and_why_it_stopped(tmp_path: Path) -> None:
    with kiosk(tmp_path) as running:
        running.wait_for_ready()
        _wait_for_log(tmp_path, "started:", running)
        _assert_clean(running, running.stop())
    log = _log(tmp_path)
    [start] = [line for line in log.splitlines() if " started: " in line]
    assert "kiosk 0.1.0 started: jining-hitech-2023 (version " in start
    assert "Qt platform offscreen, renderer " in start
    assert "kiosk stopped (SIGTERM) after " in log


def test_sighup_reads_the_settings_and_the_content_again(tmp_path: Path) -> None:
    """SIGHUP used to kill the kiosk without a word; now it reloads (the Unix convention)."""
    from kiosk.ops.pin import hash_pin

    with kiosk(tmp_path) as running:
        running.wait_for_ready()
        config = tmp_path / "kiosk.yaml"
        config.write_text(
            config.read_text(encoding="utf-8")
            + f'staff_pin_hash: "{hash_pin("730519")}"\nidle_timeout: 45\ncursor: true\n',
            encoding="utf-8",
        )
        running.process.send_signal(signal.SIGHUP)
        _wait_for_log(tmp_path, "SIGHUP: reading the settings and the content again", running)
        _wait_for_log(tmp_path, "content reloaded", running)
        running.process.send_signal(signal.SIGHUP)  # twice: still there
        _wait_for_log(
            tmp_path, "settings changed that take effect at the next start: cursor", running
        )
        config.write_text("idle_timeout: [\n", encoding="utf-8")  # broken: the old ones stay
        running.process.send_signal(signal.SIGHUP)
        _wait_for_log(tmp_path, "are not valid; the kiosk goes on with the old ones", running)
        assert running.process.poll() is None
        _assert_clean(running, running.stop())


def test_a_hall_file_that_is_a_named_pipe_neither_hangs_the_kiosk_nor_its_stop(
    tmp_path: Path,
) -> None:
    """A named pipe as hall.yaml used to hang the loader for ever (and SIGTERM with it)."""
    hall = tmp_path / "hall"
    hall.mkdir()
    os.mkfifo(hall / "hall.yaml")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "validate", str(hall)],
        capture_output=True, text=True, timeout=WAIT_S,
    )  # fmt: skip
    assert time.monotonic() - started < 10  # an interpreter's start; the read itself is instant
    assert done.returncode == 1
    assert "hall.yaml: is a named pipe (FIFO), not a regular file" in done.stdout
    with kiosk(tmp_path, str(hall)) as running:
        running.wait_for_ready()  # the "temporarily unavailable" screen
        _assert_clean(running, running.stop())
