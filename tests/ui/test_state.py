"""The running kiosk writes its state: status.json and the Prometheus textfile."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.config import Fleet, Settings
from kiosk.content import load_hall
from kiosk.fleet import install_package
from kiosk.fleet.keys import generate_keys
from kiosk.fleet.pack import pack_hall
from kiosk.fleet.versions import CURRENT
from kiosk.ops.status import read_state, status_path
from kiosk.ui.app import Session
from kiosk.ui.state import StateWriter
from kiosk.ui.views import build
from tests.fleet.packages import at, make_hall
from tests.ops.test_status import parse_text_format

WAIT = 10_000


@pytest.mark.skipif(sys.platform == "win32", reason="links need a privilege there")
def test_the_state_names_the_installed_version_and_says_stopped_at_the_end(
    qtbot: object, tmp_path: Path
) -> None:
    key, pub = generate_keys(tmp_path / "keys" / "staff")
    pack_hall(make_hall(tmp_path / "hall"), tmp_path / "v1.zip", secret=key, now=at(0))
    done = install_package(tmp_path / "v1.zip", tmp_path / "content", trusted=[pub])
    views = build([load_hall(tmp_path / "content" / CURRENT)])
    status, prom = tmp_path / "state" / "status.json", tmp_path / "prom" / "kiosk.prom"
    writer = StateWriter("hall-a", views.content, status, prom, None, last_touch=lambda: 12.0)
    qtbot.waitUntil(status.exists, timeout=WAIT)  # type: ignore[attr-defined]
    writer.reloaded(True, "content reloaded")
    writer.close()
    state = read_state(status)
    assert state.up is False and state.kiosk == "hall-a" and state.last_touch == 12.0
    assert state.reload_ok is True and state.reload_message == "content reloaded"
    (hall,) = state.halls
    assert (hall.hall, hall.content_version) == ("test-hall", done.version)
    assert hall.fingerprint.startswith(done.version.split("-")[1])
    metrics = parse_text_format(prom.read_text(encoding="utf-8"))
    assert metrics["kiosk_up"][0][1] == 0
    assert metrics["kiosk_content_info"][0][0]["version"] == done.version


def test_a_running_kiosk_writes_its_state(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path, bundled: object
) -> None:
    prom = tmp_path / "node-exporter" / "kiosk.prom"
    settings = Settings(
        state_dir=tmp_path / "state", kiosk_id="k1", fleet=Fleet(prometheus_file=prom)
    )
    launch([bundled], settings=settings, size=(1280, 720))
    path = status_path(tmp_path / "state")
    qtbot.waitUntil(lambda: path.exists() and prom.exists(), timeout=WAIT)  # type: ignore[attr-defined]
    state = read_state(path)
    assert state.up and state.kiosk == "k1" and state.halls[0].hall
    assert state.visits_today in (0, None)
    metrics = parse_text_format(prom.read_text(encoding="utf-8"))
    assert metrics["kiosk_up"] == [({"kiosk": "k1"}, 1.0)]
