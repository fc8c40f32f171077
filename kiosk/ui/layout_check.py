"""`kiosk validate --layout`: every view rendered offscreen, what a visitor would find wrong.

Each view of a hall is rendered at the screen sizes given, in each of its languages, and its
facts (kiosk/ui/inspect.py) are read: a text cut off or clipped, a text too small or too faint to
read from a step back, a picture shown larger than it was decoded. Each problem is reported at
the hall.yaml line of the text or picture, like any other finding.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kiosk.config import Settings
from kiosk.content import Finding, LoadResult, Severity
from kiosk.content.walk import pictures, walk
from kiosk.content.yamlsource import load
from kiosk.i18n import _

MIN_TEXT = 24  # px at 1920x1080, scaled with the screen's short side
MIN_CONTRAST = 4.5  # WCAG AA, against what is really behind the text
MAX_ENLARGEMENT = 1.15


def views(result: LoadResult) -> list[str]:
    """Every view a visitor can reach: Home, each section and story, the pages, an event, a photo."""
    hall = result.require()
    found = ["home", "about", "timeline", "stats", "attract"]
    found += [f"section:{s.id}" for s in hall.sections]
    found += [f"story:{t.id}" for s in hall.sections for t in s.stories]
    found += [f"event:{e.id}" for e in hall.events[:1]]
    section = next((s for s in hall.sections if any(t.images for t in s.stories)), None)
    if section is not None:
        found.append(f"photo:{section.id}:0")
    return found


def problems(
    facts: dict[str, Any], size: tuple[int, int], *, small_files: bool = True
) -> list[tuple[str, str]]:
    """What a visitor would find wrong on the screen the facts describe: (text or file, words).

    small_files: also pictures whose own file is smaller than their frame (the hall's to fix).
    """
    smallest = round(MIN_TEXT * min(size) / 1080)
    found = []
    for text in facts["texts"]:
        words = text["text"]
        if text["truncated"]:
            found.append((words, _("is cut off (it does not fit its space)")))
        if text["clipped"]:
            found.append((words, _("is clipped: part of it can never be seen")))
        if text["pixel_size"] < smallest:
            found.append(
                (words, _("is drawn at {size} px, under {least} px").format(
                    size=text["pixel_size"], least=smallest
                ))
            )  # fmt: skip
        if text.get("contrast") is not None and text["contrast"] < MIN_CONTRAST:
            found.append(
                (words, _("stands out {ratio}:1 from what is behind it, under {least}:1").format(
                    ratio=text["contrast"], least=MIN_CONTRAST
                ))
            )  # fmt: skip
    for picture in facts["pictures"]:
        decoded, painted, source = picture["decoded"], picture["painted"], picture["source"]
        if not decoded[0] or not decoded[1]:
            continue
        enlarged = max(painted[0] / decoded[0], painted[1] / decoded[1])
        if enlarged > MAX_ENLARGEMENT and source[0] > decoded[0] and source[1] > decoded[1]:
            found.append(
                (picture["file"], _("is shown {times}x larger than it was prepared").format(
                    times=f"{enlarged:.2f}"
                ))
            )  # fmt: skip
        elif enlarged > MAX_ENLARGEMENT and small_files:
            found.append(
                (picture["file"], _(
                    "is shown {times}x larger than its file ({width} × {height}): it looks "
                    "soft; use a larger picture"
                ).format(times=f"{enlarged:.2f}", width=source[0], height=source[1]))
            )  # fmt: skip
    return found


def check_layout(
    result: LoadResult, sizes: Iterable[tuple[int, int]], settings: Settings | None = None
) -> list[Finding]:
    """Every layout problem of the hall's views at these sizes, in each of its languages."""
    from kiosk.ui.snapshot import render

    hall = result.require()
    places = _places(result)
    found: dict[tuple[str, str], Finding] = {}
    with tempfile.TemporaryDirectory() as temp:
        out = Path(temp) / "facts.json"
        for size in sizes:
            for lang in hall.languages:
                for view in views(result):
                    render([result], view, size, lang, Path(temp) / "view.png",
                           settings=settings, facts=out)  # fmt: skip
                    facts = json.loads(out.read_text(encoding="utf-8"))
                    for what, words in problems(facts, size):
                        where = _("{view} at {width}x{height} in {lang}").format(
                            view=view, width=size[0], height=size[1], lang=lang
                        )
                        key = (what, words)
                        if key not in found:
                            found[key] = _finding(
                                places, what, f"'{_short(what)}' {words} ({where})"
                            )
    return list(found.values())


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _places(result: LoadResult) -> dict[str, Finding]:
    """Each hall text (in every language) and picture file, with where it is written."""
    doc = load(result.folder / "hall.yaml")
    places: dict[str, Finding] = {}
    for kind, value, loc in walk(doc.data):
        if kind == "text":
            for lang, text in value.items() if isinstance(value, dict) else [("", value)]:
                if isinstance(text, str):
                    places.setdefault(text.strip(), doc.finding((*loc, lang) if lang else loc, ""))
    for file, loc in pictures(doc.data):
        places.setdefault(file, doc.finding(loc, ""))
    return places


def _finding(places: dict[str, Finding], what: str, message: str) -> Finding:
    """A warning at the place the text or picture is written (else the file's first line)."""
    what = what.replace("\u2060", "").replace("\u2011", "-")  # as headlines carry them
    place = places.get(what.strip()) or next(
        (f for text, f in places.items() if text and what.strip() in text), None
    )
    return Finding(
        Severity.WARNING,
        place.file if place else "hall.yaml",
        place.line if place else None,
        place.column if place else None,
        place.path if place else "",
        message,
        blocking=False,
    )
