"""The fleet's settings: relative paths, a kiosk id, bad values named by line."""

from __future__ import annotations

import socket
from pathlib import Path

from kiosk.config import kiosk_id, load_settings


def test_fleet_paths_are_relative_to_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text(
        "kiosk_id: hall-a.1\nfleet:\n  inbox: inbox\n  prometheus_file: prom/kiosk.prom\n"
        "  usb_mounts: ['/media/*/*/kiosk-packages']\n",
        encoding="utf-8",
    )
    settings, findings = load_settings(path)
    assert findings == []
    assert settings.fleet.inbox == tmp_path / "inbox"
    assert settings.fleet.prometheus_file == tmp_path / "prom" / "kiosk.prom"
    assert kiosk_id(settings) == "hall-a.1"


def test_the_kiosk_id_defaults_to_the_host_name() -> None:
    settings, _ = load_settings(None)
    assert kiosk_id(settings) == socket.gethostname()


def test_bad_fleet_settings_are_located(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text("kiosk_id: 'a b/c'\nfleet:\n  poll_s: 0\n  colour: red\n", encoding="utf-8")
    _, findings = load_settings(path)
    text = "\n".join(str(f) for f in findings)
    assert "kiosk.yaml:1" in text and "kiosk_id" in text
    assert "fleet.poll_s" in text and "fleet.colour" in text
