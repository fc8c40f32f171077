"""'Did you mean ...?': difflib's closest match, without scoring every option in full."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher


def closest(word: str, options: Iterable[str], cutoff: float = 0.6) -> str | None:
    """What difflib.get_close_matches(word, options, n=1, cutoff) names, or None."""
    # quick_ratio() bounds ratio() from above, so options are scored in full in order of that
    # bound only while one could still win (the higher ratio, then the later text, as in difflib).
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    bounds = []
    for option in options:
        matcher.set_seq1(option)
        if matcher.real_quick_ratio() >= cutoff and (bound := matcher.quick_ratio()) >= cutoff:
            bounds.append((bound, option))
    bounds.sort(reverse=True)
    best: tuple[float, str] | None = None
    for bound, option in bounds:
        if best is not None and bound < best[0]:
            break
        matcher.set_seq1(option)
        score = (matcher.ratio(), option)
        if score[0] >= cutoff and (best is None or score > best):
            best = score
    return best[1] if best else None
