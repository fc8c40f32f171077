"""Odd YAML (tags, keys that are lists, odd picture names, huge numbers) gets a located finding."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content import load_hall
from kiosk.content.yamlsource import parse
from tests.conftest import MINIMAL_HALL, write_png

HEADLINE = "headline: {zh: 第一, en: First}"


def _tag_message(where: str, tag: str) -> str:
    return (
        f"hall.yaml:{where}: YAML tags ({tag}) are not allowed in hall files; remove the tag "
        "(to keep a value as text, put it in quotes)"
    )


def _messages(folder: Path) -> list[str]:
    return [str(f) for f in load_hall(folder).findings]


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!bool abc", "!!bool"),
        ("!!int x", "!!int"),
        ("!!float y", "!!float"),
        ("!!timestamp z", "!!timestamp"),
        ("!!binary '@@'", "!!binary"),
        ("!!binary aGVsbG8=", "!!binary"),
        ("!!set x", "!!set"),
        ("!!omap x", "!!omap"),
        ("!!map x", "!!map"),
        ("!!seq x", "!!seq"),
        ("!!null x", "!!null"),
        ("!!str x", "!!str"),
        ("!!python/object:os.system x", "!!python/object:os.system"),
        ("!<tag:yaml.org,2002:bool> abc", "!<tag:yaml.org,2002:bool>"),
        ("!x x", "!x"),
        ("! x", "!"),
        ("!!str {zh: 第一, en: First}", "!!str"),
        ("!!set {zh: 第一, en: First}", "!!set"),
    ],
)
def test_a_tag_is_refused_and_the_value_read_as_if_untagged(
    make_hall: Callable[..., Path], value: str, tag: str
) -> None:
    folder = make_hall(MINIMAL_HALL.replace(HEADLINE, f"headline: {value}"))
    assert _messages(folder) == [_tag_message("11:19: sections[0].stories[0].headline", tag)]


def test_a_tagged_number_is_still_a_number(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(MINIMAL_HALL.replace("value: 10353", "value: !!int 10353"))
    assert _messages(folder) == [_tag_message("27:12: stats[0].value", "!!int")]


def test_a_tag_on_a_key(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(MINIMAL_HALL.replace("    accent:", "    !!str accent:"))
    assert _messages(folder) == [_tag_message("7:5: sections[0].accent", "!!str")]


def test_a_tag_on_a_list(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(MINIMAL_HALL.replace("stats: [people]", "stats: !!set [people]"))
    assert _messages(folder) == [_tag_message("17:16: sections[0].stories[0].stats", "!!set")]


@pytest.mark.parametrize(
    "text", ["a: !!set x\n", "a: !!omap x\n", "a: !!bool abc\n", "a: !!binary x\n"]
)
def test_tagged_values_are_plain_data(text: str) -> None:
    doc = parse(text, "hall.yaml")
    assert doc.data == {"a": "abc" if "abc" in text else "x"}
    assert [(f.line, f.column, f.path) for f in doc.findings] == [(1, 4, "a")]


def test_a_mapping_as_a_key(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(MINIMAL_HALL.replace("    accent:", "    ? {a: b}\n    : 1\n    accent:"))
    assert _messages(folder) == ["hall.yaml:7:7: sections[0]: a key must be a name, not a mapping"]


@pytest.mark.parametrize(
    "name",
    [
        "images/a**b.png",
        "images/**",
        "**",
        "images/a[b.png",
        "images/[ab].png",
        "images/a?b.png",
        "images/*.png",
    ],
)
def test_odd_picture_names_are_missing_pictures(make_hall: Callable[..., Path], name: str) -> None:
    folder = make_hall(MINIMAL_HALL.replace("cover: images/cover.png", f"cover: '{name}'"))
    assert _messages(folder) == [
        f"hall.yaml:8:12: sections[0].cover: image file '{name}' not found"
    ]


@pytest.mark.parametrize("name", ["images/" + "a" * 300 + ".png", "a/" * 3000 + "b.png"])
def test_picture_names_too_long(make_hall: Callable[..., Path], name: str) -> None:
    folder = make_hall(MINIMAL_HALL.replace("cover: images/cover.png", f"cover: '{name}'"))
    assert _messages(folder) == [
        f"hall.yaml:8:12: sections[0].cover: image file '{name}' cannot be read "
        f"({os.strerror(errno.ENAMETOOLONG)})"
    ]


def test_picture_names_are_compared_as_written(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(MINIMAL_HALL.replace("cover: images/cover.png", "cover: images/[ab].pgn"))
    write_png(folder / "images" / "a.png")  # what the glob pattern [ab].png would match
    write_png(folder / "images" / "[ab].png")
    assert _messages(folder) == [
        "hall.yaml:8:12: sections[0].cover: image file 'images/[ab].pgn' not found "
        "(did you mean 'images/[ab].png'?)"
    ]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("999999999999999", True),
        ("-999999999999999.5", True),
        ("1000000000000000", False),
        ("-1000000000000000", False),
        ("1" * 400 + ".5", False),  # a float too large: inf
        ("9" * 5000, False),  # more digits than Python reads as an integer
    ],
)
def test_huge_numbers(make_hall: Callable[..., Path], value: str, ok: bool) -> None:
    folder = make_hall(MINIMAL_HALL.replace("value: 10353", f"value: {value}"))
    expected = (
        []
        if ok
        else [
            "hall.yaml:27:12: stats[0].value: is too large a number "
            "(at most 15 digits before the point)"
        ]
    )
    assert _messages(folder) == expected


def test_year_0_is_not_a_date(make_hall: Callable[..., Path]) -> None:
    text = MINIMAL_HALL.replace("date: 2023-05-12", "date: 0000-05\n        end: 0000-06")
    assert _messages(make_hall(text)) == [
        "hall.yaml:12:15: sections[0].stories[0].date: '0000-05' is not a date "
        "(use YYYY, YYYY-MM or YYYY-MM-DD)",
        "hall.yaml:13:14: sections[0].stories[0].end: '0000-06' is not a date "
        "(use YYYY, YYYY-MM or YYYY-MM-DD)",
    ]


def test_lone_surrogates_are_refused_and_replaced(make_hall: Callable[..., Path]) -> None:
    text = MINIMAL_HALL.replace("cover: images/cover.png", 'cover: "images/\\udc80.png"')
    text = text.replace("    accent:", '    "\\uD800": 1\n    accent:')
    messages = _messages(make_hall(text))
    assert messages == [
        "hall.yaml:7:5: sections[0]: \\uD800 is not a character (half of a UTF-16 surrogate pair); "
        "write the character itself",
        "hall.yaml:7:5: sections[0].\ufffd: unknown key '\ufffd' "
        "(allowed: id, title, tagline, accent, cover, stories)",
        "hall.yaml:9:12: sections[0].cover: \\uDC80 is not a character (half of a UTF-16 surrogate "
        "pair); write the character itself",
        "hall.yaml:9:12: sections[0].cover: image file 'images/\ufffd.png' not found",
    ]
    for message in messages:
        message.encode("utf-8")  # printable
