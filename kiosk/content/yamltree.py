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
from yaml.nodes import ScalarNode

from kiosk.content.findings import Finding, Loc, Severity, format_path
from kiosk.i18n import _

MAX_DEPTH = 40
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_NUMBERS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_DECIMAL = re.compile(r"^[-+]?(0|[1-9]\d*)(\.\d+)?$|^[-+]?0?\.\d+$")
_CONSTRUCTORS = yaml.SafeLoader.yaml_constructors
_CONSTRUCTOR = yaml.SafeLoader("")
_STR = SafeConstructor.construct_yaml_str
_SURROGATE = re.compile("[\ud800-\udfff]")  # only "\uD800"-style escapes make one


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
    """Data, origins and findings (repeated keys, tags, ...) of the single document in events."""
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
            raise Refused(None, None, _("aliases (*name) are not allowed in hall files"), mark)
        if event.anchor:
            raise Refused(None, None, _("anchors (&name) are not allowed in hall files"), mark)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise Refused(
                None, None, _("nesting deeper than {depth} levels").format(depth=MAX_DEPTH), mark
            )

    def error(self, mark: Any, loc: Loc, message: str) -> None:
        """An error finding at a parser mark (0-based there, 1-based in the finding)."""
        self.findings.append(
            Finding(
                Severity.ERROR, self.file, mark.line + 1, mark.column + 1, format_path(loc), message
            )
        )

    def tagged(self, event: Any, loc: Loc) -> None:
        """A finding for the explicit tag (!!bool, !x) of event: hall files have no use for them."""
        mark = event.start_mark  # where the tag is (an anchor before it is refused)
        line = self.lines[mark.line] if mark.line < len(self.lines) else ""
        written = line[mark.column :].split(maxsplit=1)[:1] or [event.tag]
        shown = written[0] if len(written[0]) <= 40 else written[0][:39] + "…"
        self.error(
            mark,
            loc,
            _(
                "YAML tags ({tag}) are not allowed in hall files; remove the tag "
                "(to keep a value as text, put it in quotes)"
            ).format(tag=shown),
        )

    def surrogates(self, event: Any, text: str, loc: Loc) -> str:
        """text with U+FFFD for each lone surrogate ("\\uD800"), and a finding (PyYAML reads
        them; nothing after it can encode them)."""
        code = ord(_SURROGATE.findall(text)[0])
        self.error(
            event.start_mark,
            loc,
            _(
                "{escape} is not a character (half of a UTF-16 surrogate pair); write the "
                "character itself"
            ).format(escape=f"\\u{code:04X}"),
        )
        return _SURROGATE.sub("\ufffd", text)

    def value(
        self, event: Any, loc: Loc, key_line: int | None = None, key_column: int | None = None
    ) -> Any:
        """The data of the node event starts, recording its origin and those inside it."""
        self.enter(event)
        if event.tag is not None:
            self.tagged(event, loc)
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
        if style == '"' and _SURROGATE.search(value):
            value = self.surrogates(event, value, loc)
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
        # read as if untagged (an explicit tag is a finding): PyYAML's constructors for tags
        # raise on values they cannot read (!!bool abc) or give generators (!!set x)
        implicit = event.implicit if event.tag is None else (not style, bool(style))
        tag = self.resolve(ScalarNode, value, implicit)
        if tag == _TIMESTAMP:
            return value  # dates stay text; kiosk parses partial dates itself
        if tag in _NUMBERS and not _DECIMAL.match(value):
            return value  # 010 (octal), 0x1F, 1_000, 1:20: text, never a surprising number
        constructor = _CONSTRUCTORS.get(tag)
        if constructor is None or constructor is _STR:
            return value
        try:
            return constructor(_CONSTRUCTOR, ScalarNode(tag, value, start, event.end_mark, style))
        except ValueError:  # an integer of more digits than Python reads (4300): too large
            return float(value)  # inf, which the model refuses as too large

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
            key = self.key(event, loc)
            if key is None:
                self.skip(self.next())
                continue
            key_loc = (*loc, key)
            if key in result:
                first = self.origins[key_loc]
                self.error(
                    mark,
                    key_loc,
                    _("duplicate key (first given on line {line})").format(line=first.key_line),
                )
                self.skip(self.next())
                continue
            result[key] = self.value(self.next(), key_loc, mark.line + 1, mark.column + 1)
        return result

    def key(self, event: Any, loc: Loc) -> str | None:
        """A mapping key as text (a scalar's raw text); None, with a finding, for a list or
        mapping used as a key (? [a, b]), whose value is then skipped."""
        if isinstance(event, ScalarEvent):
            self.enter(event)
            self.depth -= 1
            text: str = event.value
            if event.style == '"' and _SURROGATE.search(text):
                text = self.surrogates(event, text, loc)
            if event.tag is not None:
                self.tagged(event, (*loc, text))
            return text
        mark = event.start_mark
        self.skip(event)
        if isinstance(event, SequenceStartEvent):
            self.error(mark, loc, _("a key must be a name, not a list"))
        else:
            self.error(mark, loc, _("a key must be a name, not a mapping"))
        return None

    def skip(self, event: Any) -> None:
        """Pass over a node (the value of a repeated key), still refusing what kiosk refuses."""
        self.enter(event)
        if not isinstance(event, ScalarEvent):
            while not isinstance(child := self.next(), CollectionEndEvent):
                self.skip(child)
        self.depth -= 1
