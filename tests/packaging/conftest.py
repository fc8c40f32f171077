"""Fixtures for the packaging tests: a fake systemd notify socket, packaging/build.py."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.notify import FakeSystemd


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[FakeSystemd]:
    """A fake systemd listening on a socket file in tmp_path."""
    fake = FakeSystemd(tmp_path / "notify")
    yield fake
    fake.close()


def _load(name: str) -> ModuleType:
    """A script from packaging/, imported under a name that cannot clash (PyPI has `build`)."""
    path = Path(__file__).resolve().parents[2] / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"kiosk_packaging_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build_script() -> ModuleType:
    """packaging/build.py."""
    return _load("build")


@pytest.fixture(scope="session")
def trim() -> ModuleType:
    """packaging/trim.py (what the spec keeps of Qt)."""
    return _load("trim")
