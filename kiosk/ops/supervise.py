"""`kiosk watchdog`: start the kiosk, and start it again when it crashes or its UI stops beating.

Windows has no systemd watchdog: Shell Launcher (or the scheduled task of the Pro set-up) starts
this instead of the kiosk itself. The kiosk writes a heartbeat file from its UI loop
(kiosk/ops/heartbeat.py); no beat for `timeout` seconds (or none `start_timeout` seconds after
a start) is a hang: the kiosk is killed and started again. Exit code 0 (staff pressed "Exit
kiosk") ends the watchdog too; any other exit is a crash and is restarted after `delay`.
"""

from __future__ import annotations

import logging
import os
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.ops.heartbeat import FILE_ENV, SECONDS_ENV, read_beat

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Policy:
    """How long the watchdog waits for beats, and how it restarts."""

    timeout: float = 30.0  # seconds without a beat: hung
    start_timeout: float = 120.0  # seconds from a start to the first beat
    delay: float = 3.0  # before a restart (as RestartSec in kiosk.service)
    poll: float = 1.0  # how often the heartbeat is looked at
    max_starts: int | None = None  # None: for ever (a kiosk must come back)


def _hung(started: float, beat_file: Path, policy: Policy) -> str:
    """Why the kiosk counts as hung now ('' if it does not)."""
    beat = read_beat(beat_file)
    now = time.time()
    if beat is None or beat.when < started:
        late = now - started
        return f"no heartbeat {late:.0f} s after its start" if late > policy.start_timeout else ""
    if beat.state == "STOPPING":
        return ""
    late = now - beat.when
    return f"no heartbeat for {late:.0f} s" if late > policy.timeout else ""


def supervise(command: Sequence[str], beat_file: Path, policy: Policy = Policy()) -> int:
    """Run command until it exits with 0, restarting it when it crashes or hangs; its last code."""
    env = {**os.environ, FILE_ENV: str(beat_file), SECONDS_ENV: f"{policy.timeout:g}"}
    starts = 0
    code = 0
    while policy.max_starts is None or starts < policy.max_starts:
        starts += 1
        beat_file.unlink(missing_ok=True)
        started = time.time()
        child = subprocess.Popen(list(command), env=env)
        log.info("watchdog: started the kiosk (pid %d, start %d)", child.pid, starts)
        reason = ""
        while True:
            try:
                code = child.wait(timeout=policy.poll)
                break
            except subprocess.TimeoutExpired:
                reason = _hung(started, beat_file, policy)
                if reason:
                    break
        if reason:
            log.warning("watchdog: the kiosk (pid %d) hung: %s; restarting it", child.pid, reason)
            child.kill()
            code = child.wait()
        elif code == 0:
            log.info("watchdog: the kiosk exited normally; stopping")
            return 0
        else:
            log.warning("watchdog: the kiosk exited with code %d; restarting it", code)
        threading.Event().wait(policy.delay)  # not at once: a crash loop must not spin
    log.warning("watchdog: gave up after %d starts", starts)
    return code or 1
