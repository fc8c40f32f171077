"""Pack a checked hall folder into one zip file: its files, a manifest, maybe a signature."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kiosk import __version__
from kiosk.content import load_hall
from kiosk.files import atomic_write, open_regular
from kiosk.fleet.errors import PackageError
from kiosk.fleet.keys import load_secret, sign
from kiosk.fleet.manifest import (
    MANIFEST,
    PREPARED,
    SIGNATURE,
    Entry,
    Manifest,
    fingerprint,
    make_version,
)
from kiosk.i18n import _
from kiosk.media.cache import SUFFIXES, Cache

# Pictures are compressed already: stored as they are, packing and unpacking cost no CPU.
_STORED = {".jpg", ".jpeg", ".png", ".webp", ".gif"}


@dataclass(frozen=True)
class PackResult:
    """What pack_hall wrote."""

    path: Path
    manifest: Manifest
    signed: bool


def pack_hall(
    folder: Path,
    out: Path,
    *,
    secret: Path | None = None,
    cache: Cache | None = None,
    now: dt.datetime | None = None,
) -> PackResult:
    """Validate the hall in folder and write it to the package out (atomically).

    secret: sign with the key pair of this PREFIX. cache: also pack the prepared images of the
    hall's pictures found there. Hidden files (.git, .DS_Store, editor and temporary files) are
    left out. Raises PackageError (with the findings when the hall is blocked).
    """
    key = load_secret(secret) if secret is not None else None
    result = load_hall(folder)
    if result.hall is None:
        raise PackageError(
            folder, _("the hall is blocked by the errors above; nothing was packed"),
            result.findings,
        )  # fmt: skip
    hall = result.hall
    folder = result.folder  # the hall.yaml itself may have been named
    if Path(os.path.abspath(out)).is_relative_to(os.path.abspath(folder)):
        raise PackageError(out, _("is inside the hall folder; write the package somewhere else"))
    created = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    files = {rel: folder / rel for rel in _hall_files(folder)}
    entries = {rel: _entry(f"{hall.id}/{rel}", path) for rel, path in files.items()}
    sources: dict[str, Path] = {}
    if cache is not None:
        for picture in hall.pictures():
            source = folder / picture.file
            if source.is_file():
                sources.update(_prepared(cache, source))
    print_ = fingerprint((rel, e.size, e.sha256) for rel, e in entries.items())
    manifest = Manifest(
        hall=hall.id,
        version=make_version(created, print_),
        fingerprint=print_,
        created=created,
        checked_by=f"kiosk {__version__}",
        folder=hall.id,
        files=[
            *(entries[rel] for rel in sorted(entries)),
            *(_entry(name, path) for name, path in sorted(sources.items())),
        ],
    )
    data = manifest.to_bytes()
    members = {f"{hall.id}/{rel}": path for rel, path in files.items()} | sources

    def write(handle: IO[bytes]) -> None:
        stamp = created.timetuple()[:6]
        with zipfile.ZipFile(handle, "w") as archive:
            archive.writestr(_info(MANIFEST, stamp), data, zipfile.ZIP_DEFLATED)
            if key is not None:
                archive.writestr(_info(SIGNATURE, stamp), sign(key, data), zipfile.ZIP_STORED)
            for entry in manifest.files:
                suffix = Path(entry.path).suffix.lower()
                info = _info(entry.path, stamp)
                info.compress_type = (
                    zipfile.ZIP_STORED if suffix in _STORED else zipfile.ZIP_DEFLATED
                )
                with open_regular(members[entry.path]) as src, archive.open(info, "w") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)

    try:
        atomic_write(out, write)
    except OSError as exc:
        raise PackageError(
            out, _("cannot write: {reason}").format(reason=exc.strerror or exc)
        ) from None
    return PackResult(out, manifest, key is not None)


def _hall_files(folder: Path) -> Iterator[str]:
    """The hall's files as relative POSIX paths: no hidden ones, no link leading outside."""
    root = folder.resolve()
    for parent, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = Path(parent) / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                raise PackageError(
                    path, _("is a link to a file outside the hall folder; copy the file in")
                )
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                raise PackageError(path, exc.strerror or str(exc)) from None
            if not stat.S_ISREG(mode):
                raise PackageError(path, _("not a regular file; remove it from the hall folder"))
            yield rel


def _entry(name: str, path: Path) -> Entry:
    """The manifest row of one file."""
    try:
        with open_regular(path) as handle:
            digest = hashlib.file_digest(handle, "sha256")
            size = handle.tell()
    except OSError as exc:
        raise PackageError(path, str(exc.strerror or exc)) from None
    return Entry(path=name, size=size, sha256=digest.hexdigest())


def _prepared(cache: Cache, source: Path) -> dict[str, Path]:
    """The cached derivatives of one picture, by their member names under prepared/."""
    digest = cache.digest(source)
    shard = cache.root / digest[:2]
    found = {}
    for suffix in SUFFIXES:
        for path in shard.glob(f"{digest}-*{suffix}"):
            rel = path.relative_to(cache.base).as_posix()
            found[f"{PREPARED}/{rel}"] = path
    return found


def _info(name: str, stamp: tuple[int, ...]) -> zipfile.ZipInfo:
    """A member header: a regular file, readable by all, of the package's time."""
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info
