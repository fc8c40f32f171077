"""Safe YAML reading that keeps where every value came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kiosk.content import libyaml, syntax
from kiosk.content.findings import Finding, Loc, Severity, format_path
from kiosk.content.yamltree import MAX_DEPTH, Events, Origin, Refused, build
from kiosk.files import NotAFile, TooLarge, read_limited
from kiosk.i18n import _

__all__ = ["MAX_BYTES", "MAX_DEPTH", "Document", "Origin", "load", "parse", "read_text"]

MAX_BYTES = 2 * 1024 * 1024


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


def read_text(path: Path, doc: Document, max_bytes: int = MAX_BYTES) -> str | None:
    """Read a YAML file as UTF-8 within a size cap; record a finding if that fails.

    Only a regular file is read (a named pipe or a device is refused at once, never waited
    on), and never more than max_bytes + 1 bytes of it.
    """
    try:
        data = read_limited(path, max_bytes)
    except TooLarge as exc:
        doc.findings.append(
            _file_finding(
                doc,
                _("file is {size:,} bytes, over the {limit:,}-byte limit").format(
                    size=exc.size, limit=max_bytes
                ),
            )
        )
        return None
    except NotAFile as exc:
        doc.findings.append(
            _file_finding(
                doc,
                _("is {what}, not a regular file; save the content as a file").format(
                    what=exc.what
                ),
            )
        )
        return None
    except OSError as exc:
        doc.findings.append(
            _file_finding(doc, _("cannot read: {reason}").format(reason=exc.strerror or exc))
        )
        return None
    doc.digest = hashlib.sha256(data).hexdigest()
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
                _("the file is not UTF-8 text; save it as UTF-8"),
            )
        )
        return None


def _file_finding(doc: Document, message: str) -> Finding:
    """An error about the file as a whole."""
    return Finding(Severity.ERROR, doc.file, None, None, "", message)


def parse(text: str, file: str) -> Document:
    """Parse YAML text into a Document; syntax problems become findings.

    Full-width look-alikes of ':', ' ', quotes and brackets are reported where they were
    typed: instead of the syntax error they cause a little later, or where YAML took them for
    the start of a key or value.
    """
    lines = text.splitlines()
    found = syntax.suspects(lines)
    if libyaml.AVAILABLE and not libyaml.PYYAML_ONLY.search(text):
        try:
            return _looked_over(_document(libyaml.Events(text, lines), file, lines), found)
        except yaml.YAMLError:
            pass  # PyYAML reads it again: the same result, or exactly what is wrong where
    try:
        return _looked_over(_document(yaml.SafeLoader(text), file, lines), found)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        suspect = syntax.explaining(found, line or 0, column or 0) if line else None
        if suspect is not None:
            finding = Finding(
                Severity.ERROR, file, suspect.line, suspect.column, "", suspect.message
            )
        else:
            message = exc.problem or "" if isinstance(exc, Refused) else syntax.explain(exc, lines)
            finding = Finding(Severity.ERROR, file, line, column, "", message)
    except yaml.reader.ReaderError as exc:  # control characters and the like
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        finding = Finding(
            Severity.ERROR,
            file,
            line,
            column,
            "",
            _(
                "the file contains a control character ({code}) YAML does not allow: delete it "
                "(it is invisible; it often comes from copying out of a PDF or a web page)"
            ).format(code=f"U+{exc.character:04X}"),
        )
    return Document(file, findings=[finding], lines=lines)


def _looked_over(doc: Document, found: list[syntax.Suspect]) -> Document:
    """Errors for the look-alikes YAML took for the start of a key or a value."""
    starts = set()
    for origin in doc.origins.values():
        starts.add((origin.line, origin.column))
        if origin.key_line is not None and origin.key_column is not None:
            starts.add((origin.key_line, origin.key_column))
    for suspect in found:
        if suspect.starts is not None and suspect.starts in starts:
            doc.findings.append(
                Finding(Severity.ERROR, doc.file, suspect.line, suspect.column, "", suspect.message)
            )
    return doc


def _document(events: Events, file: str, lines: list[str]) -> Document:
    """The Document that events (PyYAML's or libyaml's) make; raises YAMLError."""
    try:
        data, origins, findings = build(events, lines, file)
    finally:
        events.dispose()
    return Document(file, data, origins, findings, lines=lines)


def load(path: Path, file: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """Read and parse a YAML file safely."""
    doc = Document(file or path.name)
    text = read_text(path, doc, max_bytes)
    if text is None:
        return doc
    parsed = parse(text, doc.file)
    parsed.digest = doc.digest
    return parsed
