"""Every view, at four screen shapes in both languages: no text cut off, none too small to read
from a step back, no picture shown larger than it was decoded.

It reads `kiosk snapshot --inspect`'s facts (kiosk/ui/inspect.py), not pixels. 1920x1080 runs in
the quick loop; the other shapes (1080x1920, 1280x720, 3840x2160) with the slow tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import Settings
from kiosk.content import LoadResult
from kiosk.ui import snapshot
from kiosk.ui.layout_check import problems as check_problems
from kiosk.ui.layout_check import views

FAST = [(1920, 1080)]
SLOW = [(1080, 1920), (1280, 720), (3840, 2160)]


def _views(bundled: LoadResult) -> list[str]:
    """Home, about, the pages, each section, a story of each section, an event, a photo."""
    stories = {f"story:{s.stories[0].id}" for s in bundled.require().sections if s.stories}
    return [v for v in views(bundled) if not v.startswith("story:") or v in stories]


def problems(facts: dict[str, Any], size: tuple[int, int]) -> list[str]:
    """The layout check's problems, with where on the screen (what the test reports)."""
    found = check_problems(facts, size, small_files=False)  # the kiosk's faults, not the files'
    return [f"{what[:50]!r}: {words}" for what, words in found]


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


SHAPES = [*FAST, *(pytest.param(size, marks=pytest.mark.slow) for size in SLOW)]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SHAPES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_view_reads_whole(
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
    small_file = {**blurry, "source": [960, 640]}  # the file itself is small: say so
    found = check_problems({"texts": [bad], "pictures": [blurry, small_file]}, (1920, 1080))
    assert found == [
        ("好", "is cut off (it does not fit its space)"),
        ("好", "is clipped: part of it can never be seen"),
        ("好", "is drawn at 22 px, under 24 px"),
        ("好", "stands out 3.1:1 from what is behind it, under 4.5:1"),
        ("a.jpg", "is shown 1.28x larger than it was prepared"),
        ("a.jpg", "is shown 1.28x larger than its file (960 × 640): it looks soft; use a larger "
                  "picture"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("size", "lang", "title"),
    [
        ((1080, 1920), "zh", "回望2023\n济宁高新区高质量发展步履坚实"),  # never 高质 / 量
        ((1920, 1080), "zh", "回望2023 济宁高新区高质量发展步履坚实"),  # one line: no break
        (
            (1080, 1920),
            "en",
            "Looking Back on 2023: Jining High\u2011tech Zone’s Steady Strides in "
            "High\u2011Quality Development",  # never High- / tech
        ),
    ],
)
def test_the_home_title_breaks_where_its_author_put_a_space(
    bundled: LoadResult,
    image_cache: Path,
    tmp_path: Path,
    size: tuple[int, int],
    lang: str,
    title: str,
) -> None:
    out = tmp_path / "facts.json"
    snapshot.render(
        [bundled], "home", size, lang, tmp_path / "home.png",
        settings=Settings(image_cache=image_cache), facts=out,
    )  # fmt: skip
    texts = json.loads(out.read_text(encoding="utf-8"))["texts"]
    shown = [t for t in texts if t["text"].replace("\n", " ").startswith(title[:6])]
    assert [t["text"] for t in shown] == [title]
    assert not shown[0]["truncated"] and not shown[0]["clipped"]


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=str)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_home_tile_keeps_its_words_clear_of_its_colour_band(
    bundled: LoadResult, image_cache: Path, tmp_path: Path, size: tuple[int, int], lang: str
) -> None:
    out = tmp_path / "facts.json"
    snapshot.render(
        [bundled], "home", size, lang, tmp_path / "home.png",
        settings=Settings(image_cache=image_cache), facts=out,
    )  # fmt: skip
    facts = json.loads(out.read_text(encoding="utf-8"))
    room = 12 * min(size) / 1080  # the band along a tall tile's top is 10 px (at 1080p)
    tiles = [c["rect"] for c in facts["controls"] if c["owner"].startswith("sectionTile_")]
    assert len(tiles) == len(bundled.require().sections)
    crowded = []
    for x, y, w, h in tiles:
        inside = [
            t for t in facts["texts"]
            if x <= t["rect"][0] < x + w and t["rect"][1] + t["rect"][3] > y and t["rect"][1] < y + h
        ]  # fmt: skip
        assert inside, f"no words found on the tile at {x},{y}"
        top = min(t["rect"][1] for t in inside)
        if top < y + room:
            crowded.append(f"{inside[0]['text']!r} starts {top - y:.0f} px below the tile's top")
    assert not crowded, crowded
