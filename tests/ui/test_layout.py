"""Every view, at four screen shapes in both languages: no text cut off, none too small to read
from a step back, no picture shown larger than it was decoded.

It reads `kiosk snapshot --inspect`'s facts (kiosk/ui/inspect.py), not pixels. 1920x1080 runs in
the quick loop; the other shapes (1080x1920, 1280x720, 3840x2160) with the slow tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.content import LoadResult
from kiosk.ui import snapshot

MIN_TEXT = 24  # px at 1920x1080, scaled with the screen's short side
MIN_CONTRAST = 4.5  # WCAG AA, against what is really behind the text
MAX_ENLARGEMENT = 1.15
FAST = [(1920, 1080)]
SLOW = [(1080, 1920), (1280, 720), (3840, 2160)]


def _views(bundled: LoadResult) -> list[str]:
    hall = bundled.require()
    views = ["home", "about", "timeline", "stats", "attract"]
    views += [f"section:{s.id}" for s in hall.sections]
    views += [f"story:{s.stories[0].id}" for s in hall.sections if s.stories]
    views.append(f"event:{hall.events[0].id}")
    section = next(s for s in hall.sections if any(t.images for t in s.stories))
    views.append(f"photo:{section.id}:0")
    return views


def problems(facts: dict[str, object], size: tuple[int, int]) -> list[str]:
    """What a visitor would find wrong on the screen the facts describe."""
    smallest = round(MIN_TEXT * min(size) / 1080)
    found = []
    for text in facts["texts"]:  # type: ignore[attr-defined]
        where = f"{text['name'] or 'text'} {text['text'][:50]!r} at {text['rect']}"
        if text["truncated"]:
            found.append(f"cut off (elided): {where}")
        if text["clipped"]:
            found.append(f"clipped (can never be seen whole): {where}")
        if text["pixel_size"] < smallest:
            found.append(f"{text['pixel_size']} px, under {smallest} px: {where}")
        if text["contrast"] is not None and text["contrast"] < MIN_CONTRAST:
            found.append(f"contrast {text['contrast']}:1, under {MIN_CONTRAST}:1: {where}")
    for picture in facts["pictures"]:  # type: ignore[attr-defined]
        decoded, painted, source = picture["decoded"], picture["painted"], picture["source"]
        if not decoded[0] or not decoded[1]:
            continue
        enlarged = max(painted[0] / decoded[0], painted[1] / decoded[1])
        sharper_exists = source[0] > decoded[0] and source[1] > decoded[1]
        if enlarged > MAX_ENLARGEMENT and sharper_exists:
            found.append(
                f"{picture['file']} ({picture['name']}) shown {enlarged:.2f}x the {decoded} "
                f"it was decoded at (its file has {source})"
            )
    return found


def _check(
    bundled: LoadResult, image_cache: Path, tmp_path: Path, size: tuple[int, int], lang: str
) -> None:
    found = []
    for view in _views(bundled):
        out = tmp_path / "facts.json"
        snapshot.render(
            [bundled],
            view,
            size,
            lang,
            tmp_path / "view.png",
            settings=Settings(image_cache=image_cache),
            facts=out,
        )
        facts = json.loads(out.read_text(encoding="utf-8"))
        assert facts["view"] == view and facts["size"] == list(size) and facts["texts"]
        found += [f"{view}: {p}" for p in problems(facts, size)]
    assert not found, f"{len(found)} problems at {size[0]}x{size[1]} in {lang}:\n" + "\n".join(
        found
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", FAST, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_view_reads_whole(
    qtbot: object,
    bundled: LoadResult,
    image_cache: Path,
    tmp_path: Path,
    size: tuple[int, int],
    lang: str,
) -> None:
    _check(bundled, image_cache, tmp_path, size, lang)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SLOW, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_view_reads_whole_at_every_shape(
    qtbot: object,
    bundled: LoadResult,
    image_cache: Path,
    tmp_path: Path,
    size: tuple[int, int],
    lang: str,
) -> None:
    _check(bundled, image_cache, tmp_path, size, lang)


def test_the_checks_find_what_is_wrong() -> None:
    """The layout checks themselves: each kind of fault is found, and only faults."""
    good = {"name": "t", "text": "好", "pixel_size": 24, "truncated": False, "clipped": False,
            "rect": [0, 0, 10, 10], "contrast": 4.6}  # fmt: skip
    picture = {"file": "a.jpg", "name": "p", "source": [1920, 1280], "decoded": [960, 640],
               "painted": [1100, 733], "rect": [0, 0, 10, 10]}  # fmt: skip
    facts = {"texts": [good], "pictures": [picture]}
    assert problems(facts, (1920, 1080)) == []
    assert problems(facts, (1280, 720)) == []  # 24 px at 1080 is 16 px at 720
    bad = {**good, "truncated": True, "clipped": True, "pixel_size": 22, "contrast": 3.1}
    blurry = {**picture, "painted": [1229, 819]}
    small_file = {**blurry, "source": [960, 640]}  # no sharper derivative could exist
    found = problems({"texts": [bad], "pictures": [blurry, small_file]}, (1920, 1080))
    assert [p.split(":")[0] for p in found] == ["cut off (elided)", "clipped (can never be seen whole)",
                                                "22 px, under 24 px", "contrast 3.1", "a.jpg (p) shown 1.28x the [960, 640] it was decoded at (its file has [1920, 1280])"]  # fmt: skip
