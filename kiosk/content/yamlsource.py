"""Safe YAML reading that keeps where every value came from."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.findings import Finding, Loc, Severity, format_path

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


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


@dataclass
class Document:
    """Parsed YAML: plain Python data plus the origin of every value."""

    file: str
    data: Any = None
    origins: dict[Loc, Origin] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    digest: str = ""  # sha256 of the file's bytes: which version of the content this is
    lines: list[str] = field(default_factory=list, repr=False)

    def where(self, loc: Loc, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of a value (or its key), or of its nearest parent."""
        for cut in range(len(loc), -1, -1):
            origin = self.origins.get(tuple(loc[:cut]))
            if origin is None:
                continue
            if key and cut == len(loc) and origin.key_line is not None:
                return origin.key_line, origin.key_column
            return origin.line, origin.column
        return None, None

    def raw(self, loc: Loc) -> str | None:
        """The scalar's text as written, if loc names a scalar."""
        origin = self.origins.get(tuple(loc))
        return origin.raw if origin else None

    def finding(
        self,
        loc: Loc,
        message: str,
        severity: Severity = Severity.ERROR,
        *,
        key: bool = False,
        blocking: bool = True,
    ) -> Finding:
        """A finding located at loc."""
        line, column = self.where(loc, key=key)
        return Finding(severity, self.file, line, column, format_path(loc), message, blocking)


class _Refused(yaml.MarkedYAMLError):
    """A construct kiosk refuses (aliases, anchors, deep nesting)."""


class _Loader(yaml.SafeLoader):
    """SafeLoader's composer, refusing aliases and anchors and capping depth."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event: Any = self.peek_event()  # type: ignore[no-untyped-call]
        mark: Any = event.start_mark
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(None, None, "aliases (*name) are not allowed in hall files", mark)
        if getattr(event, "anchor", None):
            raise _Refused(None, None, "anchors (&name) are not allowed in hall files", mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(None, None, f"nesting deeper than {MAX_DEPTH} levels", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def read_text(path: Path, doc: Document, max_bytes: int = MAX_BYTES) -> str | None:
    """Read a YAML file as UTF-8 within a size cap; record a finding if that fails."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            doc.findings.append(
                Finding(
                    Severity.ERROR,
                    doc.file,
                    None,
                    None,
                    "",
                    f"file is {size:,} bytes, over the {max_bytes:,}-byte limit for a hall file",
                )
            )
            return None
        data = path.read_bytes()
        doc.digest = hashlib.sha256(data).hexdigest()
    except OSError as exc:
        doc.findings.append(
            Finding(Severity.ERROR, doc.file, None, None, "", f"cannot read: {exc.strerror or exc}")
        )
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        doc.findings.append(
            Finding(
                Severity.ERROR,
                doc.file,
                line,
                column,
                "",
                "the file is not UTF-8 text; save it as UTF-8",
            )
        )
        return None


def parse(text: str, file: str) -> Document:
    """Parse YAML text into a Document; syntax problems become findings."""
    doc = Document(file, lines=text.splitlines())
    loader = None
    try:
        loader = _Loader(text)
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = _syntax_message(exc)
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        doc.findings.append(Finding(Severity.ERROR, file, line, column, "", message))
        return doc
    except yaml.reader.ReaderError as exc:  # control characters and the like
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        doc.findings.append(
            Finding(
                Severity.ERROR,
                file,
                line,
                column,
                "",
                f"the file contains a control character (#x{exc.character:04x}) YAML does not allow",
            )
        )
        return doc
    finally:
        if loader is not None:
            loader.dispose()
    if node is not None:
        doc.data = _convert(node, (), doc)
    return doc


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    """A one-line message for a YAML syntax error, with a hint for tabs."""
    problem = exc.problem or "YAML syntax error"
    if exc.context and not isinstance(exc, _Refused):
        problem = f"{exc.context}, {problem}"
    if "'\\t'" in problem or "\t" in problem:
        problem += " (indent with spaces, not tabs)"
    return problem if isinstance(exc, _Refused) else f"YAML syntax error: {problem}"


def _convert(node: Node, loc: Loc, doc: Document) -> Any:
    """Turn a composed node into plain data, recording origins and duplicate keys."""
    start = node.start_mark
    if isinstance(node, MappingNode):
        doc.origins.setdefault(loc, Origin(start.line + 1, start.column + 1))
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else str(key_node.value)
            key_loc = (*loc, key)
            kmark = key_node.start_mark
            if key in result:
                first = doc.origins[key_loc]
                doc.findings.append(
                    Finding(
                        Severity.ERROR,
                        doc.file,
                        kmark.line + 1,
                        kmark.column + 1,
                        format_path(key_loc),
                        f"duplicate key (first given on line {first.key_line})",
                    )
                )
                continue
            doc.origins[key_loc] = _origin(value_node, doc, kmark.line + 1, kmark.column + 1)
            result[key] = _convert(value_node, key_loc, doc)
        return result
    if isinstance(node, SequenceNode):
        doc.origins.setdefault(loc, Origin(start.line + 1, start.column + 1))
        items = []
        for index, item in enumerate(node.value):
            item_loc = (*loc, index)
            doc.origins[item_loc] = _origin(item, doc)
            items.append(_convert(item, item_loc, doc))
        return items
    assert isinstance(node, ScalarNode)
    doc.origins.setdefault(loc, _origin(node, doc))
    if node.tag == _TIMESTAMP:
        return node.value  # dates stay text; kiosk parses partial dates itself
    if node.tag in _NUMBERS and not _DECIMAL.match(node.value):
        return node.value  # 010 (octal), 0x1F, 1_000, 1:20: text, never a surprising number
    constructor = yaml.SafeLoader.yaml_constructors.get(node.tag)
    if constructor is None:
        return node.value
    return constructor(_CONSTRUCTOR, node)


_CONSTRUCTOR = yaml.SafeLoader("")
_NUMBERS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_DECIMAL = re.compile(r"^[-+]?(0|[1-9]\d*)(\.\d+)?$|^[-+]?0?\.\d+$")


def _origin(
    node: Node, doc: Document, key_line: int | None = None, key_column: int | None = None
) -> Origin:
    """Where a node stands, with what the raw text tells about it."""
    start = node.start_mark
    if not isinstance(node, ScalarNode):
        return Origin(start.line + 1, start.column + 1, None, key_line, key_column)
    quoted = node.style in ("'", '"')
    end = node.end_mark
    rest = doc.lines[end.line][end.column :] if end.line < len(doc.lines) else ""
    comment_after = not quoted and node.style is None and rest.lstrip().startswith("#")
    return Origin(
        start.line + 1, start.column + 1, node.value, key_line, key_column, quoted, comment_after
    )


def load(path: Path, file: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """Read and parse a YAML file safely."""
    doc = Document(file or path.name)
    text = read_text(path, doc, max_bytes)
    if text is None:
        return doc
    parsed = parse(text, doc.file)
    parsed.digest = doc.digest
    return parsed
