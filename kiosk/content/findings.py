"""Problems found in content, each pointing at file:line:col and a field path."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from kiosk.i18n import _

Loc = tuple[str | int, ...]


class Severity(enum.StrEnum):
    """How bad a finding is."""

    ERROR = "error"
    WARNING = "warning"


def format_path(loc: Loc) -> str:
    """Render ('sections', 2, 'date') as 'sections[2].date'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


@dataclass(frozen=True)
class Finding:
    """One problem in a content file."""

    severity: Severity
    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    blocking: bool = True  # False: the hall still works (a picture shows a placeholder)

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        prefix = _("warning: ") if self.severity is Severity.WARNING else ""
        field = f"{self.path}: " if self.path else ""
        return f"{where}: {prefix}{field}{self.message}"

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready mapping."""
        data = asdict(self)
        data["severity"] = self.severity.value
        del data["blocking"]
        return data


def errors(findings: Iterable[Finding]) -> list[Finding]:
    """Only the errors."""
    return [f for f in findings if f.severity is Severity.ERROR]


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """Only the errors that make content unusable."""
    return [f for f in findings if f.severity is Severity.ERROR and f.blocking]


class ContentError(Exception):
    """Content that cannot be used; carries every finding."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        super().__init__("\n".join(str(f) for f in self.findings))
