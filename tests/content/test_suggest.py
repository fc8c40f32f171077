"""'Did you mean ...?' names difflib's closest match."""

from __future__ import annotations

from kiosk.content.checks import closest


def test_closest_examples() -> None:
    assert closest("acent", ["id", "title", "accent", "cover"]) == "accent"
    assert closest("zzz", ["id", "title"]) is None
    assert closest("sektion-1", [f"section-{i}" for i in range(1, 60)]) == "section-1"
