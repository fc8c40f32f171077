"""Where a hall's texts and pictures are: an explicit walk over its raw (unvalidated) data."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from kiosk.content.findings import Loc
from kiosk.content.model import Event, Hall, Picture, Section, Stat, Story, Video

Kind = Literal["text", "picture"]
Found = tuple[Kind, Any, Loc]


def items(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """(index, mapping) for each mapping in data[key], tolerating any shape."""
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def stories(data: Any) -> Iterator[tuple[Loc, dict[str, Any]]]:
    """(loc, mapping) of every story of every section."""
    for s, section in items(data, "sections"):
        for t, story in items(section, "stories"):
            yield ("sections", s, "stories", t), story


def walk(data: Any) -> Iterator[Found]:
    """Every Text and Picture in raw hall data, as (kind, raw value, loc), in file order."""
    yield from _texts(data, (), Hall.TEXTS)
    for s, section in items(data, "sections"):
        loc: Loc = ("sections", s)
        yield from _texts(section, loc, Section.TEXTS)
        yield from _picture(section, loc, "cover")
        for t, story in items(section, "stories"):
            story_loc: Loc = (*loc, "stories", t)
            yield from _texts(story, story_loc, Story.TEXTS)
            for key in Story.TEXT_LISTS:
                for i, text in _values(story, key):
                    yield "text", text, (*story_loc, key, i)
            for i, _ in _values(story, "images"):
                yield from _picture(story["images"], (*story_loc, "images"), i)
            for i, video in items(story, "videos"):
                yield from _texts(video, (*story_loc, "videos", i), Video.TEXTS)
                if isinstance(video.get("poster"), str):
                    yield "picture", video["poster"], (*story_loc, "videos", i, "poster")
    for i, event in items(data, "events"):
        yield from _texts(event, ("events", i), Event.TEXTS)
        yield from _picture(event, ("events", i), "image")
    for i, stat in items(data, "stats"):
        yield from _texts(stat, ("stats", i), Stat.TEXTS)


def pictures(data: Any) -> Iterator[tuple[str, Loc]]:
    """Every picture file named, with the loc of its file (the shorthand `cover: a.jpg` too)."""
    for kind, value, loc in walk(data):
        if kind != "picture":
            continue
        file = value.get("file") if isinstance(value, dict) else value
        if isinstance(file, str):
            yield file, (*loc, "file") if isinstance(value, dict) else loc


def videos(data: Any) -> Iterator[tuple[Loc, dict[str, Any]]]:
    """(loc, mapping) of every video of every story, in file order; the attract loop's first.

    The attract loop's film (a bare file name) is given as {file: ...} at the loc of its name.
    """
    if isinstance(data, dict) and isinstance(data.get("attract_video"), str):
        yield ("attract_video",), {"file": data["attract_video"]}
    for loc, story in stories(data):
        for i, video in items(story, "videos"):
            yield (*loc, "videos", i), video


def _values(data: dict[str, Any], key: str) -> list[tuple[int, Any]]:
    value = data.get(key)
    return list(enumerate(value)) if isinstance(value, list) else []


def _texts(data: Any, loc: Loc, keys: tuple[str, ...]) -> Iterator[Found]:
    if isinstance(data, dict):
        for key in keys:
            if key in data:
                yield "text", data[key], (*loc, key)


def _picture(parent: Any, loc: Loc, key: str | int) -> Iterator[Found]:
    """A picture (a mapping, or a bare file name) at parent[key], and its caption and credit."""
    try:
        value = parent[key]
    except (KeyError, IndexError, TypeError):
        return
    if value is None:
        return
    at: Loc = (*loc, key)
    yield "picture", value, at
    yield from _texts(value, at, Picture.TEXTS)
