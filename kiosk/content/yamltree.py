"""YAML parser events to plain data, recording where every value stands."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

import yaml
from yaml.composer import ComposerError
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.findings import Finding, Loc, Severity, format_path

MAX_DEPTH = 40
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_NUMBERS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_DECIMAL = re.compile(r"^[-+]?(0|[1-9]\d*)(\.\d+)?$|^[-+]?0?\.\d+$")
_CONSTRUCTORS = yaml.SafeLoader.yaml_constructors
_CONSTRUCTOR = yaml.SafeLoader("")
_STR = SafeConstructor.construct_yaml_str


@dataclass(frozen=True)
class Origin:
    """Where a value (and its key, for mapping entries) stands in the file."""

    line: int
    column: int
    raw: str | None = None
    key_line: int | None = None
    key_column: int | None = None
    quoted: bool = False  # the scalar was written in quotes
    comment_after: bool = False  # a plain scalar followed by '# ...' on its line (text lost?)


class Refused(yaml.MarkedYAMLError):
    """A construct kiosk refuses (aliases, anchors, deep nesting)."""


class Events(Protocol):
    """What the builder needs of a PyYAML loader (pure-Python or libyaml)."""

    def get_event(self) -> Any:
        """The next parser event."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        """The tag of an untagged node."""

    def dispose(self) -> None:
        """Free the parser."""


def build(
    events: Events, lines: list[str], file: str
) -> tuple[Any, dict[Loc, Origin], list[Finding]]:
    """Data, origins and duplicate-key findings of the single document in events."""
    # Raises what PyYAML's composer (and kiosk's refusals) would, at the same event.
    builder = _Builder(events, lines, file)
    return builder.document(), builder.origins, builder.findings


class _Builder:
    """Walks the events of one document as PyYAML's composer would, without making nodes."""

    def __init__(self, events: Events, lines: list[str], file: str) -> None:
        self.next = events.get_event
        self.resolve = events.resolve
        self.lines = lines
        self.file = file
        self.origins: dict[Loc, Origin] = {}
        self.findings: list[Finding] = []
        self.depth = 0

    def document(self) -> Any:
        """The stream's single document (None for an empty stream)."""
        self.next()  # StreamStartEvent
        if isinstance(self.next(), StreamEndEvent):
            return None
        root = self.next()  # after the DocumentStartEvent
        data = self.value(root, ())
        self.next()  # DocumentEndEvent
        event = self.next()
        if not isinstance(event, StreamEndEvent):
            raise ComposerError(
                "expected a single document in the stream",
                root.start_mark,
                "but found another document",
                event.start_mark,
            )
        return data

    def enter(self, event: Any) -> None:
        """Refuse aliases, anchors and nesting deeper than MAX_DEPTH; count the depth."""
        mark: Any = event.start_mark
        if isinstance(event, AliasEvent):
            raise Refused(None, None, "aliases (*name) are not allowed in hall files", mark)
        if event.anchor:
            raise Refused(None, None, "anchors (&name) are not allowed in hall files", mark)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise Refused(None, None, f"nesting deeper than {MAX_DEPTH} levels", mark)

    def value(
        self, event: Any, loc: Loc, key_line: int | None = None, key_column: int | None = None
    ) -> Any:
        """The data of the node event starts, recording its origin and those inside it."""
        self.enter(event)
        start = event.start_mark
        if isinstance(event, ScalarEvent):
            data = self.scalar(event, loc, key_line, key_column)
        else:
            self.origins[loc] = Origin(start.line + 1, start.column + 1, None, key_line, key_column)
            if isinstance(event, SequenceStartEvent):
                data = self.sequence(loc)
            else:
                data = self.mapping(loc)
        self.depth -= 1
        return data

    def scalar(self, event: Any, loc: Loc, key_line: int | None, key_column: int | None) -> Any:
        """A scalar's value: text, or a number, yes/no or null as YAML 1.1 reads it."""
        value: str = event.value
        style = event.style  # plain: None from PyYAML, '' from libyaml
        start = event.start_mark
        comment_after = False
        if not style:
            end = event.end_mark
            if end.line < len(self.lines):
                comment_after = self.lines[end.line][end.column :].lstrip().startswith("#")
        self.origins[loc] = Origin(
            start.line + 1,
            start.column + 1,
            value,
            key_line,
            key_column,
            style in ("'", '"'),
            comment_after,
        )
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.resolve(ScalarNode, value, event.implicit)
        if tag == _TIMESTAMP:
            return value  # dates stay text; kiosk parses partial dates itself
        if tag in _NUMBERS and not _DECIMAL.match(value):
            return value  # 010 (octal), 0x1F, 1_000, 1:20: text, never a surprising number
        constructor = _CONSTRUCTORS.get(tag)
        if constructor is None or constructor is _STR:
            return value
        return constructor(_CONSTRUCTOR, ScalarNode(tag, value, start, event.end_mark, style))

    def sequence(self, loc: Loc) -> list[Any]:
        """The items up to the sequence's end."""
        items: list[Any] = []
        while not isinstance(event := self.next(), SequenceEndEvent):
            items.append(self.value(event, (*loc, len(items))))
        return items

    def mapping(self, loc: Loc) -> dict[str, Any]:
        """The entries up to the mapping's end; a repeated key is a finding (its value skipped)."""
        result: dict[str, Any] = {}
        while not isinstance(event := self.next(), MappingEndEvent):
            mark = event.start_mark
            key = self.key(event)
            key_loc = (*loc, key)
            if key in result:
                first = self.origins[key_loc]
                self.findings.append(
                    Finding(
                        Severity.ERROR,
                        self.file,
                        mark.line + 1,
                        mark.column + 1,
                        format_path(key_loc),
                        f"duplicate key (first given on line {first.key_line})",
                    )
                )
                self.skip(self.next())
                continue
            result[key] = self.value(self.next(), key_loc, mark.line + 1, mark.column + 1)
        return result

    def key(self, event: Any) -> str:
        """A mapping key as text: a scalar's raw text, else the text of its composed node."""
        if isinstance(event, ScalarEvent):
            self.enter(event)
            self.depth -= 1
            text: str = event.value
            return text
        return str(self.node(event).value)

    def skip(self, event: Any) -> None:
        """Pass over a node (the value of a repeated key), still refusing what kiosk refuses."""
        self.enter(event)
        if not isinstance(event, ScalarEvent):
            while not isinstance(child := self.next(), CollectionEndEvent):
                self.skip(child)
        self.depth -= 1

    def node(self, event: Any) -> Node:
        """The node PyYAML's composer makes of the events (for keys that are collections)."""
        self.enter(event)
        tag = event.tag
        start: Any = event.start_mark
        end: Any = event.end_mark
        node: Node
        if isinstance(event, ScalarEvent):
            if tag is None or tag == "!":
                tag = self.resolve(ScalarNode, event.value, event.implicit)
            node = ScalarNode(tag, event.value, start, end, event.style)
        else:
            kind = SequenceNode if isinstance(event, SequenceStartEvent) else MappingNode
            if tag is None or tag == "!":
                tag = self.resolve(kind, None, event.implicit)
            children = []
            while not isinstance(child := self.next(), CollectionEndEvent):
                children.append(self.node(child))
            value: Any = (
                children
                if kind is SequenceNode
                else list(zip(children[::2], children[1::2], strict=True))
            )
            node = kind(tag, value, start, None, event.flow_style)
        self.depth -= 1
        return node
