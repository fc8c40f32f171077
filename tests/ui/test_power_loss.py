"""Power loss: the kiosk's writes, killed with SIGKILL at random moments, leave nothing corrupt.

A driver process writes the usage database, the settings file (as `set-pin` does), the PIN
lockout and image derivatives in a loop; it is killed at a random moment, 50 times. After
each kill, nothing is corrupt and nothing it had reported committed is lost; the next start
reads everything; at the end the real kiosk starts on those files.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from kiosk.config import Settings, check_pin, load_settings
from kiosk.content import LoadResult
from kiosk.ui.app import Session
from tests.media.inputs import photo

DRIVER = Path(__file__).parents[1] / "ops" / "power_driver.py"
KILLS = 50
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
]


def _committed(out: str) -> dict[str, list[str]]:
    """What the driver said it had committed, by kind, in order."""
    said: dict[str, list[str]] = {}
    for line in out.splitlines():
        kind, _, value = line.partition(" ")
        if value:
            said.setdefault(kind, []).append(value)
    return said


def _rows(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        (check,) = conn.execute("PRAGMA integrity_check").fetchone()
        assert check == "ok"
        (count,) = conn.execute("SELECT COUNT(*) FROM events").fetchone()
    return int(count)


def _check_cache(cache: Path) -> None:
    for path in cache.rglob("*"):
        if path.is_file() and not path.name.startswith("."):  # .tmp files are never used
            with Image.open(path) as image:
                image.load()  # a half-written derivative would fail here


def test_fifty_kills_leave_nothing_corrupt_or_lost(
    tmp_path: Path, launch: Callable[..., Session], bundled: LoadResult
) -> None:
    folder = tmp_path / "kiosk"
    (folder / "images").mkdir(parents=True)
    for i in range(3):
        photo(folder / "images" / f"p{i}.jpg", (2400, 1600))
    (folder / "kiosk.yaml").write_text("idle_timeout: 60\nretention_days: 30\n", encoding="utf-8")
    rng = random.Random(1)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    rows = 0
    pins: list[str] = []
    for _ in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert process.stdout is not None
        first = process.stdout.readline()  # up and writing (a start reads everything first)
        assert first, process.communicate()[1]
        # A random moment of its work: the moment of the kill is what is under test here.
        time.sleep(rng.uniform(0.0, 0.6))
        process.send_signal(signal.SIGKILL)
        out, err = process.communicate()
        out = first + out
        assert "Traceback" not in err, err
        said = _committed(out)
        if "usage" in said:
            rows += int(said["usage"][-1])
        assert _rows(folder / "usage.db") >= rows  # every flushed row is there
        settings, findings = load_settings(folder / "kiosk.yaml")
        assert findings == [] and settings.idle_timeout == 60 and settings.retention_days == 30
        pins += said.get("pin", [])
        if pins:  # the last PIN reported written, or the one after it
            last = int(pins[-1])
            assert any(check_pin(f"{p:06d}", settings.staff_pin_hash) for p in (last, last + 1))
        lockout = folder / "state" / "lockout.json"
        if lockout.exists():
            state = json.loads(lockout.read_text())
            assert state["failures"] >= int(said.get("lockout", ["0"])[-1])
        _check_cache(folder / "cache")
        # A kill inside a write may leave its temporary file; the next write of that file
        # removes it, so there is never more than one per file.
        temps = [p.name.rsplit(".", 2)[0] for p in folder.iterdir() if p.name.endswith(".tmp")]
        assert len(temps) == len(set(temps)), temps
    assert rows > 0 and pins, "the driver never got to write anything"
    # The real kiosk starts on what the kills left.
    settings, _ = load_settings(folder / "kiosk.yaml")
    session = launch(
        [bundled],
        settings=settings.model_copy(
            update={"usage_db": folder / "usage.db", "state_dir": folder / "state"}
        ),
    )
    assert session.window.isVisible()
    assert isinstance(settings, Settings)
