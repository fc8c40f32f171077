"""manifest.json: what a package holds (hall, version, every file's size and SHA-256)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from kiosk.i18n import _

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
FORMAT = 1
PREPARED = "prepared"  # the folder prefix of prepared images (the derivative cache's layout)
MAX_FILES = 20_000
FINGERPRINT_DIGITS = 12
PREPARED_RE = re.compile(rf"{PREPARED}/v\d+/[0-9a-f]{{2}}/[0-9a-f]{{32}}-\d+\.(jpg|png)")
VERSION_RE = re.compile(r"(\d{8}T\d{6}Z)-([0-9a-f]{12})")
_Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
_Version = Annotated[str, StringConstraints(pattern=f"^{VERSION_RE.pattern}$")]


class Entry(BaseModel):
    """One file of the package: its member name, size and SHA-256."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str = Field(min_length=1, max_length=1000)
    size: int = Field(ge=0)
    sha256: _Sha256


class Manifest(BaseModel):
    """The signed description of a package."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: int = Field(FORMAT, ge=FORMAT, le=FORMAT)
    hall: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=200)
    version: _Version
    fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$")
    created: dt.datetime
    checked_by: str = Field(max_length=200)
    folder: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=200)
    files: list[Entry] = Field(max_length=MAX_FILES)

    def to_bytes(self) -> bytes:
        """The exact bytes that are signed and stored as manifest.json."""
        data = self.model_dump(mode="json")
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()

    @property
    def total_size(self) -> int:
        """The bytes of every file together, unpacked."""
        return sum(entry.size for entry in self.files)


def parse(data: bytes) -> Manifest:
    """A manifest from its bytes; ValueError with a plain reason when it is not one."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(_("manifest.json is not JSON ({error})").format(error=exc)) from None
    try:
        manifest = Manifest.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ValueError(
            _("manifest.json: {field}: {error}").format(field=where, error=first["msg"])
        ) from None
    for entry in manifest.files:
        problem = unsafe_name(entry.path)
        if problem:
            raise ValueError(
                _("manifest.json names '{name}': {problem}").format(
                    name=entry.path, problem=problem
                )
            )
        if any(part.startswith(".") for part in entry.path.split("/")):
            raise ValueError(
                _("manifest.json names '{name}', a hidden file (packages hold none)").format(
                    name=entry.path
                )
            )
        if entry.path.startswith(f"{PREPARED}/") and not PREPARED_RE.fullmatch(entry.path):
            raise ValueError(
                _("manifest.json names '{name}', not a prepared image").format(name=entry.path)
            )
        if not entry.path.startswith((f"{manifest.folder}/", f"{PREPARED}/")):
            raise ValueError(
                _("manifest.json names '{name}', outside the folders '{folder}/' and "
                  "'{prepared}/'").format(
                    name=entry.path, folder=manifest.folder, prepared=PREPARED
                )
            )  # fmt: skip
    return manifest


def unsafe_name(name: str) -> str | None:
    """Why a member name could write outside the folder it is unpacked in, or None."""
    if not name or "\x00" in name or "\\" in name:
        return _("not a plain file name")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return _("an absolute path")
    parts = name.split("/")
    if ".." in parts:
        return _("a path leading out of the package ('..')")
    if any(part in ("", ".") for part in parts):
        return _("not a plain file name")
    return None


def fingerprint(rows: Iterable[tuple[str, int, str]]) -> str:
    """The content fingerprint: SHA-256 over the sorted (path, size, sha256) rows of the hall."""
    digest = hashlib.sha256()
    for path, size, sha in sorted(rows):
        digest.update(f"{path}\t{size}\t{sha}\n".encode())
    return digest.hexdigest()


def make_version(created: dt.datetime, print_: str) -> str:
    """'20261203T081500Z-1a2b3c4d5e6f': sortable by time, naming the content it holds."""
    stamp = created.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{print_[:FINGERPRINT_DIGITS]}"


def version_time(version: str) -> str:
    """The sortable time part of a version ('' for a name that is not one)."""
    match = VERSION_RE.fullmatch(version)
    return match[1] if match else ""
