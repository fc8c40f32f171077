"""A heartbeat file for watchdogs without systemd (Windows): the same messages, written to a file.

`kiosk watchdog` (kiosk/ops/supervise.py) sets KIOSK_HEARTBEAT_FILE for the kiosk it starts; the
kiosk's UI loop then writes `<STATE> <pid>` there (READY, WATCHDOG, STOPPING) every
KIOSK_HEARTBEAT_SEC / 2 seconds, so a frozen UI stops the writes and the watchdog restarts it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.files import read_limited

log = logging.getLogger(__name__)
FILE_ENV = "KIOSK_HEARTBEAT_FILE"
SECONDS_ENV = "KIOSK_HEARTBEAT_SEC"
DEFAULT_SECONDS = 30.0  # as WatchdogSec in packaging/linux/kiosk.service
MAX_BYTES = 256


@dataclass(frozen=True)
class Beat:
    """The last heartbeat: its state, the kiosk's pid, and when (the file's mtime)."""

    state: str
    pid: int
    when: float


def read_beat(path: Path) -> Beat | None:
    """The heartbeat in path, or None if there is none (yet) or it cannot be read."""
    try:
        when = path.stat().st_mtime
        words = read_limited(path, MAX_BYTES).decode("ascii", "replace").split()
    except OSError:
        return None
    if len(words) < 2 or not words[1].isdigit():
        return Beat("", 0, when)  # being written: it is alive
    return Beat(words[0], int(words[1]), when)


class FileNotifier:
    """The SystemdNotifier interface (ready, watchdog, status, stopping) over a heartbeat file."""

    def __init__(self, path: Path | None, seconds: float = DEFAULT_SECONDS) -> None:
        self.path = path
        self.seconds = seconds
        self._failed = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> FileNotifier:
        """The heartbeat file a watchdog asks for through KIOSK_HEARTBEAT_FILE, if any."""
        env = os.environ if environ is None else environ
        path = env.get(FILE_ENV) or None
        try:
            seconds = float(env.get(SECONDS_ENV, "") or DEFAULT_SECONDS)
        except ValueError:
            seconds = DEFAULT_SECONDS
        return cls(Path(path) if path else None, seconds if seconds > 0 else DEFAULT_SECONDS)

    @property
    def enabled(self) -> bool:
        """Whether a watchdog reads the file."""
        return self.path is not None

    @property
    def watchdog_interval(self) -> float | None:
        """Seconds the watchdog waits for a beat before it restarts the kiosk."""
        return self.seconds if self.enabled else None

    def _write(self, state: str) -> bool:
        """Write one beat (never raises; a failure is logged once)."""
        if self.path is None:
            return False
        try:
            with self.path.open("w", encoding="ascii") as file:  # in place: the reader may hold it
                file.write(f"{state} {os.getpid()}\n")
        except OSError as exc:
            if not self._failed:
                log.warning("could not write the heartbeat file %s: %s", self.path, exc)
                self._failed = True
            return False
        self._failed = False
        return True

    def ready(self) -> bool:
        """The first frame is on screen."""
        return self._write("READY")

    def watchdog(self) -> bool:
        """Still alive."""
        return self._write("WATCHDOG")

    def status(self, text: str) -> bool:
        """Statuses are for systemd only; the file keeps its last beat."""
        return self.enabled

    def stopping(self) -> bool:
        """Shutting down on purpose (not a hang)."""
        return self._write("STOPPING")
