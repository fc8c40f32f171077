"""Every control a visitor needs is within reach (0.38-1.22 m above the floor) on 43", 55" and
65" screens, landscape and portrait, as the screen stands by default; read from --inspect."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import Settings
from kiosk.content import LoadResult
from kiosk.present.reach import bottom_edge_m, height_m, screen_height_m, within_reach
from kiosk.ui import snapshot

# The controls that take a visitor around (the content's own tiles and cards are the page).
NAVIGATION = {
    "homeButton", "backButton", "languageButton", "accessButton", "aboutButton", "hallsButton",
    "closeEvent", "eventOpenSection", "closePhoto", "previousPhoto", "nextPhoto",
    "previousStory", "nextStory", "previousSection", "nextSection", "accessDone",
}  # fmt: skip
PREFIXES = ("filterChip_", "statsChip_", "accessToggle_", "monthJump_")
DIAGONALS = (43, 55, 65)


def navigation(facts: dict[str, Any]) -> list[dict[str, Any]]:
    """The facts' controls that take a visitor around."""
    return [
        c for c in facts["controls"]
        if c["owner"] in NAVIGATION or c["owner"].startswith(PREFIXES)
    ]  # fmt: skip


def out_of_reach(facts: dict[str, Any], diagonal: float) -> list[str]:
    """Each navigation control whose middle is out of reach, with its height."""
    size = (facts["size"][0], facts["size"][1])
    bottom = bottom_edge_m(size)
    found = []
    for control in navigation(facts):
        _x, y, _w, h = control["rect"]
        height = height_m(y + h / 2, size, diagonal, bottom)
        if not within_reach(height):
            found.append(f"{control['owner']} ({control['name']}) at {height:.2f} m")
    return found


def in_staff_corner(facts: dict[str, Any]) -> list[str]:
    """Each navigation control that reaches into a staff door (110 px squares at the bottom
    corners); the page's own cards pass under the dock there."""
    width, height = facts["size"]
    door = 110 * (
        min(width / 1080, height / 1920) if height > width else min(width / 1920, height / 1080)
    )
    found = []
    for control in navigation(facts):
        x, y, w, h = control["rect"]
        if y + h > height - door and (x < door or x + w > width - door):
            found.append(f"{control['owner']} ({control['name']}) at {control['rect']}")
    return found


def test_the_heights() -> None:
    assert screen_height_m(55, (1920, 1080)) == pytest.approx(0.685, abs=0.002)
    assert screen_height_m(55, (1080, 1920)) == pytest.approx(1.218, abs=0.002)
    assert height_m(1080, (1920, 1080), 55, 0.75) == pytest.approx(0.75)
    assert height_m(0, (1080, 1920), 65, 0.45) == pytest.approx(0.45 + 1.44, abs=0.01)
    assert bottom_edge_m((1080, 1920)) == 0.45 and bottom_edge_m((1920, 1080), 0.9) == 0.9


VIEWS = ["home", "section:projects", "story:komatsu-greatwall", "timeline", "stats", "about",
         "event:komatsu-signing", "photo:projects:0"]  # fmt: skip


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_control_a_visitor_needs_is_within_reach(
    qtbot: object, bundled: LoadResult, image_cache: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    problems = []
    for view in VIEWS:
        out = tmp_path / "facts.json"
        snapshot.render(
            [bundled], view, size, "en", tmp_path / "view.png",
            settings=Settings(image_cache=image_cache), facts=out,
        )  # fmt: skip
        facts = json.loads(out.read_text(encoding="utf-8"))
        assert navigation(facts), f"{view}: no navigation control found"
        problems += [f"{view}: {p} is in a staff door" for p in in_staff_corner(facts)]
        for diagonal in DIAGONALS:
            problems += [f'{view}, {diagonal}": {p}' for p in out_of_reach(facts, diagonal)]
    assert not problems, "\n".join(problems)
