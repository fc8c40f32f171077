"""Fixtures of the fleet tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk.fleet.keys import generate_keys
from tests.fleet.packages import Bench, make_hall

# DIR/current is a symbolic link, which Windows lets only privileged users (or developer mode)
# make: install stops there with a clear error (kiosk/fleet/versions.py). Tested on Linux.
collect_ignore_glob = ["test_*.py"] if sys.platform == "win32" else []


@pytest.fixture
def bench(tmp_path: Path) -> Bench:
    """A hall and a key pair on the 'staff PC', an empty content folder on the 'kiosk'."""
    key, _pub = generate_keys(tmp_path / "keys" / "staff")
    return Bench(tmp_path, make_hall(tmp_path / "hall"), key, tmp_path / "content")
