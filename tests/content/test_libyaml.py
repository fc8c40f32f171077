"""libyaml reads YAML exactly as PyYAML does, or leaves the text to PyYAML."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.make_hall import make_generated_hall
from kiosk.content import libyaml
from kiosk.content.yamlsource import Document, parse
from kiosk.content.yamltree import build
from kiosk.paths import DEFAULT_HALL
from tests.conftest import MINIMAL_HALL
from tests.content.test_validation import BAD_CONTENT

pytestmark = pytest.mark.skipif(not libyaml.AVAILABLE, reason="PyYAML was built without libyaml")


@pytest.fixture(autouse=True, scope="module")
def yaml_reader() -> Iterator[str]:
    """These tests choose the reader themselves (overrides the conftest's two runs)."""
    yield "both"


def _parse(text: str, *, with_libyaml: bool) -> Document:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(libyaml, "AVAILABLE", with_libyaml)
        return parse(text, "hall.yaml")


def _libyaml_alone(text: str) -> Document | None:
    """The Document from libyaml's events, or None where it objects (PyYAML then reads it)."""
    if libyaml.PYYAML_ONLY.search(text):
        return None
    lines = text.splitlines()
    events = libyaml.Events(text, lines)
    try:
        data, origins, findings = build(events, lines, "hall.yaml")
    except yaml.YAMLError:
        return None
    finally:
        events.dispose()
    return Document("hall.yaml", data, origins, findings, lines=lines)


def _same(a: Document, b: Document) -> bool:
    """Equal Documents (data compared by repr: .nan is not equal to itself)."""
    return (repr(a.data), a.origins, a.findings, a.lines) == (
        repr(b.data),
        b.origins,
        b.findings,
        b.lines,
    )


def test_bundled_hall_is_read_by_libyaml_alike() -> None:
    text = (DEFAULT_HALL / "hall.yaml").read_text(encoding="utf-8")
    fast = _libyaml_alone(text)
    assert fast is not None, "libyaml should read the bundled hall without help"
    assert fast == _parse(text, with_libyaml=False)
    assert fast.origins  # really parsed


def test_generated_hall_is_read_by_libyaml_alike(tmp_path: Path) -> None:
    folder = make_generated_hall(tmp_path / "hall", sections=3, events=30, images=2)
    text = (folder / "hall.yaml").read_text(encoding="utf-8")
    fast = _libyaml_alone(text)
    assert fast is not None
    assert fast == _parse(text, with_libyaml=False)


@pytest.mark.parametrize(
    ("old", "new"), [case[1:3] for case in BAD_CONTENT], ids=[c[0] for c in BAD_CONTENT]
)
def test_bad_content_reads_alike(old: str, new: str) -> None:
    text = MINIMAL_HALL.replace(old, new, 1)
    assert _parse(text, with_libyaml=True) == _parse(text, with_libyaml=False)


ALIAS_BOMB = "a0: &a0 [x, x]\n" + "".join(
    f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n" for i in range(1, 9)
)

# (text, whether libyaml reads it without PyYAML's help)
TRICKY = [
    ("title: {zh: 甲乙丙, en: Alpha}\nb: 事件 # c\n", True),  # columns count characters
    ("emoji: 😀x\nb: [😀, c]\n", True),
    ("title: {zh: , en: Body}\n", True),  # PyYAML puts the empty value just after ':'
    ("a: [b:   ]\n", True),
    ("a: {b: , c: }\n", True),
    ("accent: #336699\n", True),
    ("a:\n- x\n-\n- y\n", True),
    ("{a, b: }\n", True),
    ("a: x\r\nb: y\r\n", True),
    ("a: x\x85b: y\u2028c: z\n", True),
    ("a: |\n  x", True),  # no line break at the end
    ("a: x:y\nb: 'it''s'\nc: \"\\/ \\u00e9\"\n", True),
    ("a:\tb\n", False),  # PyYAML: tabs cannot start a token
    ("a: x\t# c\n", False),
    ("a: 1\n\ufeffb: 2\n", False),
    ("a: \x07\n", False),
    ("t: {en: Why?}\n", False),  # PyYAML ends a plain scalar at '?' in a flow collection
    ("t: [a:?b]\n", False),
    ("k: [ \n  11,?,,]\n", False),
    ("t: {en: 'Why?'}\n", True),  # in quotes '?' is text for both
    ("[!x, y]\n", False),  # PyYAML: the tag '!x,'
    ("a: !!str 010\n", False),
    ("? a", False),  # empty value at the end of a text without a line break
    ("{? : x}\n", False),
    ("a:\n  {b: 1,\n   c: }\n", True),
    ("a: {b: 1, c:\n  }\n", False),  # the value's next token is on the next line
    ('a: "\\uD800"\n', False),  # libyaml refuses, PyYAML reads a lone surrogate
    ("a: 1\n---\nb: 2\n", False),
    ("a: &x 1\nb: *x\n", False),
    (ALIAS_BOMB, False),
    ("id: " + "[" * 60 + "]" * 60 + "\n", False),
    ("%YAML 1.3\n---\na: 1\n", False),
    ("%YAML 1.1#c\n---\na: 1\n", False),  # a comment needs a space before it for PyYAML
    ("a: |#c\n  x\n", False),
    ("a: >-#c\n  x\n", False),
    ("a: |-  # c\n  x # text\n", True),
    ("a: b: c\n", False),
]


@pytest.mark.parametrize(("text", "alone"), TRICKY)
def test_tricky_yaml_reads_alike(text: str, alone: bool) -> None:
    slow = _parse(text, with_libyaml=False)
    assert _parse(text, with_libyaml=True) == slow
    fast = _libyaml_alone(text)
    assert (fast is not None) == alone
    assert fast is None or fast == slow


def test_columns_count_characters() -> None:
    doc = _libyaml_alone("title: {zh: 甲乙丙, en: Alpha}\nb: 事件 # c\n")
    assert doc is not None
    assert doc.where(("title", "en"), key=True) == (1, 18)
    assert doc.where(("title", "en")) == (1, 22)
    origin = doc.origins[("b",)]
    assert (origin.line, origin.column, origin.comment_after) == (2, 4, True)


def test_empty_flow_value_is_placed_after_its_colon() -> None:
    doc = _libyaml_alone("title: {zh: , en: Body}\n")
    assert doc is not None
    assert doc.where(("title", "zh")) == (1, 12)


TOKENS = [
    "a",
    "b: ",
    "- ",
    "? ",
    ": ",
    ":",
    "?",
    "x?",
    ",",
    ", ",
    "{",
    "}",
    "[",
    "]",
    "|",
    ">-",
    "|2",
    "%YAML 1.1",
    '"q # r"',
    "'s'",
    "#",
    " # c",
    "\n",
    "\n  ",
    "\n    ",
    "\r\n",
    "\t",
    "---",
    "...",
    "中文",
    "😀",
    "010",
    "0x1F",
    "1_000",
    "3.10",
    "NO",
    "~",
    "2023-05-12",
    "!!str ",
    "!x ",
    "&a ",
    "*a",
    "  ",
    "k:",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=30).map("".join))
def test_arbitrary_yaml_reads_alike(text: str) -> None:
    slow = _parse(text, with_libyaml=False)
    assert _same(_parse(text, with_libyaml=True), slow)
    fast = _libyaml_alone(text)
    assert fast is None or _same(fast, slow)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(MINIMAL_HALL) - 1), st.integers(0, 20), st.sampled_from(TOKENS))
def test_mangled_hall_reads_alike(start: int, length: int, insert: str) -> None:
    text = MINIMAL_HALL[:start] + insert + MINIMAL_HALL[start + length :]
    slow = _parse(text, with_libyaml=False)
    fast = _libyaml_alone(text)
    assert fast is None or _same(fast, slow)
    assert _same(_parse(text, with_libyaml=True), slow)
