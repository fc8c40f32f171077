"""Larger text (150 %): every view reflows with nothing cut, in both languages and orientations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.content import LoadResult
from kiosk.ui import snapshot
from kiosk.ui.layout_check import problems
from tests.ui.test_reach import NAVIGATION, PREFIXES

KINDS = (*PREFIXES, "timelineCard_", "yearLaneEvent_", "timelineListEvent_", "sectionTile_")

VIEWS = ["home", "section:projects", "story:komatsu-greatwall", "timeline", "stats", "about",
         "event:komatsu-signing", "photo:projects:0"]  # fmt: skip
CUT = ("cut off", "clipped")


def overlapping(controls: list[dict[str, object]]) -> list[tuple[str, str]]:
    """Pairs of controls drawn over each other (a button hiding another)."""
    found = []
    controls = [
        c for c in controls if c["owner"] in NAVIGATION or str(c["owner"]).startswith(KINDS)
    ]
    for i, a in enumerate(controls):
        for b in controls[i + 1 :]:
            ax, ay, aw, ah = a["rect"]  # type: ignore[misc]
            bx, by, bw, bh = b["rect"]  # type: ignore[misc]
            if ax + 2 < bx + bw and bx + 2 < ax + aw and ay + 2 < by + bh and by + 2 < ay + ah:
                found.append((str(a["owner"]), str(b["owner"])))
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    "size",
    [(1920, 1080), pytest.param((1080, 1920), marks=pytest.mark.slow)],
    ids=["landscape", "portrait"],
)
def test_larger_text_cuts_nothing(
    qtbot: object,
    bundled: LoadResult,
    image_cache: Path,
    tmp_path: Path,
    size: tuple[int, int],
    lang: str,
) -> None:
    found = []
    for view in VIEWS:
        out = tmp_path / "facts.json"
        snapshot.render(
            [bundled], view, size, lang, tmp_path / "view.png",
            settings=Settings(image_cache=image_cache), facts=out, options=["largeText"],
        )  # fmt: skip
        facts = json.loads(out.read_text(encoding="utf-8"))
        smallest = min(t["pixel_size"] for t in facts["texts"])
        if smallest < 36 * min(size) / 1080:  # 24 px at 150 %
            found.append(f"{view}: a text at {smallest} px")
        found += [f"{view}: {a} and {b} overlap" for a, b in overlapping(facts["controls"])]
        assert view != "timeline" or any(
            c["owner"].startswith("timelineListEvent_") for c in facts["controls"]
        ), "larger text shows the timeline as a list"
        found += [
            f"{view}: {what[:40]!r} {words}"
            for what, words in problems(facts, size, small_files=False)
            if any(cut in words for cut in CUT)
        ]
    assert not found, "\n".join(found)
