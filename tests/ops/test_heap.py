"""Handing freed heap back to the system."""

from __future__ import annotations

import sys

import pytest

from kiosk.ops import heap


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_trim_runs_on_glibc() -> None:
    junk = [bytes(200) for _ in range(100_000)]  # many small blocks, then freed
    del junk
    assert heap.release_heap() is True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_big_blocks_get_their_own_mappings() -> None:
    assert heap.tune_heap() is True


def test_elsewhere_it_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    heap._glibc.cache_clear()
    monkeypatch.setattr(sys, "platform", "win32")
    try:
        assert heap.release_heap() is False
        assert heap.tune_heap() is False
    finally:
        heap._glibc.cache_clear()
