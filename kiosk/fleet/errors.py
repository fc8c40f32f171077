"""The one error every fleet step raises: what went wrong, and with which file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kiosk.content.findings import Finding


class PackageError(Exception):
    """A package, key or content folder refused, with the file it is about and why."""

    def __init__(self, path: Path | str, message: str, findings: Sequence[Finding] = ()) -> None:
        super().__init__(f"{path}: {message}")
        self.path = Path(path)
        self.message = message
        self.findings = list(findings)  # the hall's findings when it is the hall that is blocked


class Busy(PackageError):
    """Another install or rollback holds the content folder: try again later."""


class NoRoom(PackageError):
    """The disk under the content folder had too little room: worth a try once it has more."""

    def __init__(self, path: Path | str, message: str, folder: Path) -> None:
        super().__init__(path, message)
        self.folder = folder
