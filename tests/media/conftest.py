"""Media fixtures: the bad inputs, generated once per session, and a fresh cache per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.media import Cache
from tests.media.inputs import BAD_INPUTS


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hall folder whose images/ holds every bad input (the 96 MP JPEG takes a second)."""
    hall = tmp_path_factory.mktemp("inputs")
    folder = hall / "images"
    folder.mkdir()
    for name, (write, _, _) in BAD_INPUTS.items():
        write(folder / name)
    return hall


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    """An empty cache in a temporary folder."""
    return Cache(tmp_path / "cache")
