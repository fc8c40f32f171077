"""YAML syntax errors in plain words, and the full-width look-alikes Chinese keyboards type.

A Chinese input method types '：' for ':', '　' for a space, '“' for '"'. YAML reads them as
text, and the error it reports (if any) comes a line or more later and names the wrong thing.
The look-alikes are found where they are typed and named, with what to type instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import yaml

from kiosk.i18n import _

# A YAML key (a name of ASCII letters) followed by a full-width colon: `zh：`, `- id：`,
# `{zh：...`, `, en：...`.
_KEY_COLON = re.compile(r"(?:^\s*(?:-\s+)?|[{,]\s*)([A-Za-z_][A-Za-z0-9_-]*)\s*：")
_INDENT = re.compile(r"^[ \u3000]*\u3000")  # a full-width space among the leading spaces
# A value that starts with a full-width quote or bracket: `zh: “...`, `- ［zh, en］`.
_VALUE_START = re.compile(r"(?:^|:\s+|^\s*-\s+)([“‘［｛])")
_FLOW_COMMA = re.compile(r"[\[{][^\]}]*?(，)")
ASCII_FOR = {"：": ":", "，": ",", "“": '"', "”": '"', "‘": "'", "’": "'", "［": "[", "］": "]",
             "｛": "{", "｝": "}", "\u3000": " "}  # fmt: skip
NEAR_LINES = 3  # a look-alike explains a syntax error this many lines after it, at most


@dataclass(frozen=True)
class Suspect:
    """A full-width look-alike where YAML needs an ASCII character."""

    line: int  # 1-based
    column: int
    char: str
    message: str
    starts: tuple[int, int] | None = None  # where YAML would begin a key or value with it


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip()


def suspects(lines: Iterable[str]) -> list[Suspect]:
    """Every full-width look-alike in the places YAML needs ':', ' ', quotes or brackets."""
    found = []
    for number, line in enumerate(lines, 1):
        indent = _INDENT.match(line)
        if indent:
            column = line.index("\u3000") + 1
            found.append(
                Suspect(
                    number,
                    column,
                    "\u3000",
                    _(
                        "a full-width space ({name}) in the indentation: YAML counts only "
                        "ordinary spaces; delete it and indent with the space bar in half-width "
                        "mode"
                    ).format(name=_name("\u3000")),
                    (number, len(line) - len(line.lstrip(" \u3000")) + 1),
                )
            )
        for key in _KEY_COLON.finditer(line):
            found.append(
                Suspect(
                    number,
                    key.end(),
                    "：",
                    _(
                        "'：' after '{key}' is a full-width colon ({name}): YAML needs the "
                        "ordinary colon and a space ('{key}: ...'); switch the input method to "
                        "half-width punctuation and type ':' again"
                    ).format(key=key[1], name=_name("：")),
                    (number, key.start(1) + 1),
                )
            )
        for match in _VALUE_START.finditer(line):
            char = match[1]
            found.append(
                Suspect(
                    number,
                    match.start(1) + 1,
                    char,
                    _(
                        "'{char}' is a full-width character ({name}): to quote a text or open "
                        "a list or mapping YAML needs the ASCII '{ascii}'"
                    ).format(char=char, name=_name(char), ascii=ASCII_FOR[char]),
                )
            )
        for match in _FLOW_COMMA.finditer(line):
            found.append(
                Suspect(
                    number,
                    match.start(1) + 1,
                    "，",
                    _(
                        "'，' is a full-width comma ({name}): between the entries of a [...] "
                        "or {{...}} YAML needs the ASCII comma ','"
                    ).format(name=_name("，")),
                )
            )
    return found


def _after_colon(mark: yaml.Mark | None, lines: Sequence[str]) -> bool:
    """Whether the character at mark (a tab) follows a field name's ':'."""
    if mark is None or not 0 <= mark.line < len(lines):
        return False
    return lines[mark.line][: mark.column].rstrip(" \t").endswith(":")


_FLOW_THEN_TEXT = re.compile(r"(^|:\s|-\s)\s*[\[{][^\]}]*[\]}]\s*$")


def _after_flow(mark: yaml.Mark | None, lines: Sequence[str]) -> bool:
    """Whether the error at mark is text just after a closed [...] or {...} value."""
    if mark is None or not 0 <= mark.line < len(lines):
        return False
    return bool(_FLOW_THEN_TEXT.search(lines[mark.line][: mark.column]))


def explaining(found: list[Suspect], line: int, column: int) -> Suspect | None:
    """The look-alike that most likely caused a syntax error at line:column, if any."""
    before = [
        s for s in found if (s.line, s.column) <= (line, column) and line - s.line <= NEAR_LINES
    ]
    return before[-1] if before else None


def explain(exc: yaml.MarkedYAMLError, lines: Sequence[str] = ()) -> str:
    """A YAML syntax error in words a staff member understands (what to do about it)."""
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    since = exc.context_mark.line + 1 if exc.context_mark is not None else None
    if "\t" in problem or "'\\t'" in problem:
        if _after_colon(exc.problem_mark, lines):
            return _(
                "a tab character after the ':': YAML needs an ordinary space between a field's "
                "name and its value; replace the tab with a space"
            )
        return _("a tab character: YAML indents with spaces only; replace the tab with spaces")
    if problem.startswith("mapping values are not allowed"):
        return _(
            "a ':' followed by a space starts a new field here, where none can start: if "
            "the ':' belongs to a text, put the whole text in quotes; otherwise check the "
            "indentation of this line"
        )
    if "could not find expected ':'" in problem:
        return _(
            "this line should be a field (name: value) but has no ':' after its name; if it "
            "continues the text of the line above, indent it further or put the text in quotes"
        )
    if "while scanning an alias" in context or "while scanning an anchor" in context:
        return _(
            "a value starting with '*' or '&' is read as a YAML reference: if it is a text, "
            "put the whole text in quotes"
        )
    if _after_flow(exc.problem_mark, lines):
        return _(
            "a value starting with '[' or '{{' is read as a list or a mapping, and text follows "
            "it: if it is a text, put the whole text in quotes"
        ).format()
    if "expected <block end>" in problem:
        return _(
            "this line is not lined up with the fields or list entries it belongs to (the "
            "block starting on line {line}): indent it exactly like them"
        ).format(line=since or "?")
    if "while scanning a quoted scalar" in context or "unexpected end of stream" in problem:
        return _(
            "a quote opened on line {line} is never closed: add the closing quote (\" or ') "
            "at the end of the text"
        ).format(line=since or "?")
    if "flow" in context and "<stream end>" in problem:
        return _("the file ends inside a {{...}} or [...]: close it with }} or ]").format()
    if "expected ',' or '}'" in problem or "expected ',' or ']'" in problem:
        return _(
            "the {{...}} or [...] opened on line {line} is not closed: check that it ends "
            "with }} or ] and that its entries are separated by ASCII commas"
        ).format(line=since or "?")
    if "unknown escape character" in problem:
        return _(
            "inside double quotes a backslash starts an escape such as \\n: write two "
            "backslashes (\\\\), or use single quotes"
        )
    if "expected '<document start>'" in problem or "expected a single document" in context:
        return _(
            "the file goes on after the hall ends (a second document, or a line starting at "
            "the left edge that belongs nowhere): remove it or indent it"
        )
    if "found character" in problem and "cannot start any token" in problem:
        char = re.search(r"'(.+?)'", problem)
        return _("'{char}' cannot begin a value here: put the value in quotes").format(
            char=char[1] if char else "?"
        )
    if "expected the node content" in problem or "while parsing a block node" in context:
        return _("a value is missing or starts with a character YAML reserves: put it in quotes")
    return _("the file is not valid YAML here ({problem})").format(
        problem=f"{context}, {problem}" if context else problem or "?"
    )
