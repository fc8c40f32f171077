"""closest() names what difflib.get_close_matches(n=1) names."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content.suggest import closest

words = st.text(alphabet="abcde-12", max_size=8)


@settings(max_examples=500, deadline=None)
@given(words, st.lists(words, max_size=12), st.sampled_from([0.0, 0.3, 0.6, 0.75, 1.0]))
def test_closest_is_difflibs_first_match(word: str, options: list[str], cutoff: float) -> None:
    expected = difflib.get_close_matches(word, options, n=1, cutoff=cutoff)
    assert closest(word, options, cutoff) == (expected[0] if expected else None)


def test_closest_examples() -> None:
    assert closest("acent", ["id", "title", "accent", "cover"]) == "accent"
    assert closest("zzz", ["id", "title"]) is None
    assert closest("sektion-1", [f"section-{i}" for i in range(1, 60)]) == "section-1"
