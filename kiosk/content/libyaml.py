"""libyaml's parser events, where they are sure to match PyYAML's.

libyaml (shipped in PyYAML's wheels) parses about 20 times faster than PyYAML's Python code,
but a few things read differently; comparing the two on generated and mangled YAML found:

- tabs: libyaml accepts them as separators in places where PyYAML stops with an error;
- a byte-order mark at the start of a line: libyaml skips it, PyYAML reads it as text;
- control characters: PyYAML refuses them before parsing (so its error comes first);
- directives: libyaml accepts a comment right after '%YAML 1.1', PyYAML does not;
- a block scalar's header: libyaml accepts a comment right after '|' or '>', PyYAML does not;
- '?' in flow collections ({...} and [...]): PyYAML ends a plain scalar there, libyaml does
  not, and libyaml accepts some explicit keys there that PyYAML refuses;
- explicit tags (!x, !!str): libyaml ends them at ',', '[' and ']', PyYAML does not;
- an empty value: in a flow collection PyYAML places it just after its ':' and libyaml at the
  next token; at the end of the text libyaml counts one more line.

parse() leaves text with the first four to PyYAML; Events raises Unsure on the others, and on
any error of libyaml's, PyYAML reads the text again (and says exactly what is wrong, where).
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.error import Mark
from yaml.events import (
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

AVAILABLE = hasattr(yaml, "CSafeLoader")
# a character other than a line break or a printable one (less tab and byte-order mark), or a
# directive (%YAML 1.1#c is an error for PyYAML only)
PYYAML_ONLY = re.compile(
    r"[^\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\U00010000-\U0010FFFF]|^%",
    re.MULTILINE,
)
_HEADER_COMMENT = re.compile(r"[|>][-+0-9]*#")  # '|#': a comment for libyaml, an error for PyYAML


class Unsure(yaml.YAMLError):
    """libyaml may read this text differently from PyYAML."""


class Events:
    """libyaml's events for text, raising Unsure where PyYAML might read it differently."""

    def __init__(self, text: str, lines: list[str]) -> None:
        parser = yaml.CSafeLoader(text)
        self._next = parser.get_event
        self.resolve = parser.resolve
        self.dispose = parser.dispose
        self._text = text
        self._lines = lines
        self._flow = 0  # how deep in flow collections the parser is
        self._flow_start = 0  # where the outermost flow collection starts (index in text)
        self._quoted: list[tuple[int, int]] = []  # where quoted scalars are in it

    def get_event(self) -> Any:
        """The next event, checked (an empty value's place corrected)."""
        event: Any = self._next()
        kind = type(event)
        if kind is ScalarEvent:
            if event.tag is not None:
                raise Unsure("an explicit tag")
            if event.style in ("|", ">"):
                start = event.start_mark
                if _HEADER_COMMENT.match(self._lines[start.line], start.column):
                    raise Unsure("'#' right after a block scalar's '|' or '>'")
            elif event.style:
                if self._flow:
                    self._quoted.append((event.start_mark.index, event.end_mark.index))
            elif not event.value:
                self._empty(event)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.tag is not None:
                raise Unsure("an explicit tag")
            if self._flow or event.flow_style:
                if not self._flow:
                    self._flow_start = event.start_mark.index
                self._flow += 1
        elif self._flow and (kind is MappingEndEvent or kind is SequenceEndEvent):
            self._flow -= 1
            if not self._flow:
                self._check_flow(event.end_mark.index)
        return event

    def _check_flow(self, end: int) -> None:
        """Raise Unsure if a '?' stands outside quotes in the flow collection that ends at end."""
        span = self._text[self._flow_start : end]
        if "?" in span:
            start, parts = self._flow_start, []
            for first, last in self._quoted:
                parts.append(self._text[start:first])
                start = last
            parts.append(self._text[start:end])
            if any("?" in part for part in parts):
                raise Unsure("'?' in a flow collection")
        self._quoted.clear()

    def _empty(self, event: Any) -> None:
        """Put an empty value where PyYAML does, or raise Unsure."""
        mark = event.start_mark
        if mark.line >= len(self._lines):
            raise Unsure("an empty value at the end")
        line = self._lines[mark.line]
        column = mark.column
        if column and line[column - 1] != " ":
            return  # right after the token before it: the same place for PyYAML
        before = line[:column].rstrip(" ")
        if before.endswith(":"):  # PyYAML: just after the ':' (libyaml: at the next token)
            column = len(before)
            event.start_mark = event.end_mark = Mark(
                mark.name, mark.index - mark.column + column, mark.line, column, None, 0
            )
        elif not before or before.endswith("?"):
            raise Unsure("an empty value after '?' or at the start of a line")
