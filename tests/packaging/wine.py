"""Running Windows programs under Wine and Xvfb for the Windows smoke test, never without a limit."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

import pytest


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Wait (checking twice a second) until condition holds; fail saying what did not happen."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {timeout:g} s")
        threading.Event().wait(0.5)  # between two checks of the condition, like qtbot.waitUntil


@dataclass
class Wine:
    """A Wine prefix and the X display its programs show on."""

    prefix: Path
    display: str
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        """The environment of every Wine call."""
        return {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",
            "DISPLAY": self.display,
            "QSG_RHI_BACKEND": "opengl",  # Direct3D 11 under Xvfb shows only the background
            **self.extra_env,
        }

    def path(self, windows: str) -> Path:
        """The Linux path of a C:\\ path in the prefix."""
        parts = PureWindowsPath(windows).parts
        assert parts[0].upper() == "C:\\", windows
        return self.prefix.joinpath("drive_c", *parts[1:])

    def _spawn(self, args: tuple[str, ...], env: dict[str, str] | None) -> subprocess.Popen[str]:
        """A Windows program started in its own session, its output through a pipe."""
        return subprocess.Popen(
            ["wine", *args],
            env={**self.env, **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            errors="replace",
            start_new_session=True,
        )

    def run(
        self, *args: str, timeout: float = 120, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run a Windows program to its end; its output through a pipe (Wine dislikes files)."""
        process = self._spawn(args, env)
        try:
            out, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill_all()
            os.killpg(process.pid, signal.SIGKILL)
            out, _ = process.communicate(timeout=30)
            pytest.fail(f"wine {' '.join(args)}: still running after {timeout:g} s\n{out[-3000:]}")
        return subprocess.CompletedProcess(process.args, process.returncode, out, "")

    @contextmanager
    def start(self, *args: str, env: dict[str, str] | None = None) -> Iterator[Running]:
        """Start a Windows program; it is stopped (with all of Wine) when the block ends."""
        process = self._spawn(args, env)
        running = Running(process)
        try:
            yield running
        finally:
            self.kill_all()
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(30)
            running.reader.join(30)
            if process.stdout is not None:
                process.stdout.close()

    def wait_idle(self, timeout: float = 120) -> None:
        """Wait until every program in the prefix has ended (e.g. an uninstaller's copy)."""
        try:
            subprocess.run(["wineserver", "--wait"], env=self.env, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            self.kill_all()
            pytest.fail(f"Wine programs still running after {timeout:g} s")

    def kill_all(self) -> None:
        """Stop every Windows program of the prefix, and its wineserver."""
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)


class Running:
    """A Windows program started by Wine.start; its output collected as it comes."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    @property
    def output(self) -> str:
        """What it printed so far."""
        return "".join(self.lines)


@contextmanager
def xvfb(size: tuple[int, int] = (1920, 1080)) -> Iterator[str]:
    """An Xvfb server of that size; yields its DISPLAY once it accepts clients."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed (apt-get install xvfb; .ci/run does)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        ready = threading.Thread(target=lambda: number.append(os.read(read, 64)), daemon=True)
        number: list[bytes] = []
        ready.start()
        ready.join(60)  # Xvfb writes its display number once it is ready
        assert number and number[0].strip(), "Xvfb did not start"
        yield f":{number[0].decode().strip()}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(30)
