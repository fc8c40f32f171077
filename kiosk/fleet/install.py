"""Install a package: check its signature, every member and the hall, unpack, switch at once."""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import shutil
import stat
import struct
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from kiosk.content import load_hall
from kiosk.files import NotAFile, atomic_write, open_regular, sync_folder
from kiosk.fleet.errors import NoRoom, PackageError
from kiosk.fleet.manifest import MANIFEST, PREPARED, SIGNATURE, Manifest, parse, unsafe_name
from kiosk.fleet.versions import (
    CURRENT,
    INSTALLED_MANIFEST,
    VERSIONS,
    current_version,
    locked,
    now_text,
    prune,
    switch,
    version_key,
    version_manifest,
    write_record,
)
from kiosk.i18n import _
from kiosk.media.cache import Cache

MAX_PACKAGE_BYTES = 8 * 1024**3
MAX_TOTAL_BYTES = 8 * 1024**3  # unpacked
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024
_CHUNK = 1 << 20
_TEMP_PREFIX = ".install-"
_STALE_TEMP_SECONDS = 3600.0
_PREPARED_DIR = ".prepared"  # prepared images inside a version folder, before the cache
# What zipfile and zlib raise on a damaged archive besides BadZipFile.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, struct.error, NotImplementedError, ValueError)


@dataclass(frozen=True)
class InstallResult:
    """What install_package did."""

    version: str
    hall: str
    folder: Path  # DIR/versions/<version>
    replaced: str | None  # the version current pointed to before
    signed_by: Path | None  # the trusted key that signed it (None: unsigned allowed)
    removed: list[str] = field(default_factory=list)  # old versions deleted
    prepared: int = 0  # prepared images copied into the cache


def _shown(name: str) -> str:
    """A member's name for a message: control characters escaped, so the message is one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


def install_package(
    package: Path,
    into: Path,
    *,
    trusted: Sequence[Path] = (),
    allow_unsigned: bool = False,
    hall: str | None = None,
    cache: Cache | None = None,
) -> InstallResult:
    """Check the package file and install it as the version DIR/current shows.

    Whole or not at all: on any refusal or failure DIR/current is unchanged, nothing is left
    behind, and PackageError says why (with the hall's findings when the hall is blocked).
    hall: the hall id the package must have (default: the installed hall's, if any).
    """
    into = Path(into)
    try:
        handle = open_regular(package)
    except NotAFile as exc:
        raise PackageError(
            package, _("is {what}, not a package file").format(what=exc.what)
        ) from None
    except OSError as exc:
        raise PackageError(package, exc.strerror or str(exc)) from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_PACKAGE_BYTES:
            raise PackageError(
                package, _("{size:,} bytes, over the {limit:,}-byte limit for a package").format(
                    size=size, limit=MAX_PACKAGE_BYTES
                )
            )  # fmt: skip
        with locked(into):
            current = current_version(into)
            try:
                archive = zipfile.ZipFile(handle)
            except _DAMAGED as exc:
                raise _damaged(package, exc) from None
            with archive:
                outside = next(
                    (i for i in archive.infolist() if not 0 <= i.header_offset < size), None
                )
                if outside is not None:  # a damaged directory: reading it would seek nowhere
                    raise _damaged(
                        package, zipfile.BadZipFile(f"member {outside.filename!r} out of bounds")
                    )
                return _install(
                    package, archive, into, current,
                    trusted=trusted, allow_unsigned=allow_unsigned, hall=hall, cache=cache,
                )  # fmt: skip


def _damaged(package: Path, exc: BaseException) -> PackageError:
    """The error for an archive that zipfile cannot read."""
    return PackageError(
        package,
        _("not a whole package: not a zip file, cut short or damaged ({error}); "
          "copy it again").format(error=exc),
    )  # fmt: skip


def _install(
    package: Path,
    archive: zipfile.ZipFile,
    into: Path,
    current: str | None,
    *,
    trusted: Sequence[Path],
    allow_unsigned: bool,
    hall: str | None,
    cache: Cache | None,
) -> InstallResult:
    data, signature = _read_manifest(package, archive)
    signed_by = _check_signature(package, data, signature, trusted, allow_unsigned)
    try:
        manifest = parse(data)
    except ValueError as exc:
        raise PackageError(package, str(exc)) from None
    _check_members(package, archive, manifest)
    _check_hall_and_version(package, manifest, into, current, hall)
    into.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(into)
    free = shutil.disk_usage(into).free
    if manifest.total_size > free:
        raise NoRoom(
            package,
            _("needs {size:,} bytes but only {free:,} are free under '{folder}'; nothing was "
              "changed").format(size=manifest.total_size, free=free, folder=into),
            into,
        )  # fmt: skip
    temp = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=into))
    try:
        temp.chmod(0o755)  # mkdtemp's 0700 would hide it from a kiosk user other than root
        _unpack(package, archive, manifest, temp)
        atomic_write(temp / INSTALLED_MANIFEST, data)
        result = load_hall(temp)
        if result.hall is None:
            raise PackageError(
                package,
                _("the hall in the package is blocked by the errors above; nothing was changed"),
                result.findings,
            )
        if result.hall.id != manifest.hall:
            raise PackageError(
                package,
                _("its hall.yaml has the id '{id}', but manifest.json says '{hall}'; nothing "
                  "was changed").format(id=result.hall.id, hall=manifest.hall),
            )  # fmt: skip
        target = _move_into_place(temp, into, manifest.version)
    except BaseException as exc:
        shutil.rmtree(temp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _write_error(package, into, exc) from None
        raise
    try:
        switch(into, manifest.version)
    except PackageError:
        shutil.rmtree(target, ignore_errors=True)
        raise
    try:
        write_record(
            into,
            {
                "action": "install",
                "version": manifest.version,
                "hall": manifest.hall,
                "installed_at": now_text(),
                "source": str(Path(os.path.abspath(package))),
                "signed_by": os.path.abspath(signed_by) if signed_by else None,
                "previous": current,
            },
        )
    except OSError as exc:
        if current is not None:
            switch(into, current)
        else:
            with contextlib.suppress(OSError):
                (into / CURRENT).unlink()
        shutil.rmtree(target, ignore_errors=True)
        raise _write_error(package, into, exc) from None
    removed = prune(into, {manifest.version, *([current] if current else [])})
    prepared = _fill_cache(target / _PREPARED_DIR, cache) if cache is not None else 0
    return InstallResult(
        manifest.version, manifest.hall, target, current, signed_by, removed, prepared
    )


def _read_manifest(package: Path, archive: zipfile.ZipFile) -> tuple[bytes, bytes | None]:
    """The manifest's bytes and the signature's (None when unsigned), both bounded."""
    names = set(archive.namelist())
    if MANIFEST not in names:
        raise PackageError(package, _("no manifest.json: not a package made by 'kiosk pack'"))
    try:
        data = _member_bytes(package, archive, MANIFEST, MAX_MANIFEST_BYTES)
        signature = (
            _member_bytes(package, archive, SIGNATURE, MAX_SIGNATURE_BYTES)
            if SIGNATURE in names
            else None
        )
    except _DAMAGED as exc:
        raise _damaged(package, exc) from None
    return data, signature


def _member_bytes(package: Path, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise PackageError(
            package, _("{name} is {size:,} bytes, over its {limit:,}-byte limit").format(
                name=name, size=info.file_size, limit=limit
            )
        )  # fmt: skip
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise PackageError(package, _("{name} is over its {limit:,}-byte limit").format(
            name=name, limit=limit
        ))  # fmt: skip
    return data


def _check_signature(
    package: Path,
    data: bytes,
    signature: bytes | None,
    trusted: Sequence[Path],
    allow_unsigned: bool,
) -> Path | None:
    """The trusted key that signed the manifest; PackageError unless unsigned is allowed."""
    if signature is not None and trusted:
        from kiosk.fleet.keys import signer  # cryptography: only where a package is checked

        key = signer(trusted, data, signature)
        if key is None:
            raise PackageError(
                package,
                _("its signature does not match any trusted key: signed by another key, or "
                  "changed after signing; nothing was changed"),
            )  # fmt: skip
        return key
    if allow_unsigned:
        return None
    if signature is None:
        raise PackageError(
            package,
            _("the package is not signed (pack it with --sign); nothing was changed"),
        )
    raise PackageError(
        package,
        _("no trusted key to check its signature: list the .pub files under trusted_keys in "
          "the settings, or give --trust FILE.pub; nothing was changed"),
    )  # fmt: skip


def _check_members(package: Path, archive: zipfile.ZipFile, manifest: Manifest) -> None:
    """Every member is a plain file the manifest lists, of the size it says; nothing missing."""
    if manifest.total_size > MAX_TOTAL_BYTES:
        raise PackageError(
            package, _("unpacks to {size:,} bytes, over the {limit:,}-byte limit").format(
                size=manifest.total_size, limit=MAX_TOTAL_BYTES
            )
        )  # fmt: skip
    listed = {entry.path: entry for entry in manifest.files}
    if len(listed) != len(manifest.files):
        raise PackageError(package, _("manifest.json lists a file twice"))
    seen: set[str] = set()
    for info in archive.infolist():
        name = info.filename

        def refuse(problem: str, name: str = name) -> PackageError:
            return PackageError(
                package, _("member '{name}': {problem}; nothing was changed").format(
                    name=_shown(name), problem=problem
                )
            )  # fmt: skip

        if name in seen:
            raise refuse(_("in the package twice"))
        seen.add(name)
        problem = unsafe_name(name)
        if problem:
            raise refuse(problem)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise refuse(_("a symbolic link (a package holds only plain files)"))
        if info.flag_bits & 0x1:
            raise refuse(_("encrypted"))
        if name in (MANIFEST, SIGNATURE):
            continue
        entry = listed.get(name)
        if entry is None:
            raise refuse(_("not listed in manifest.json"))
        if info.file_size != entry.size:
            raise refuse(
                _("{size:,} bytes, but manifest.json says {declared:,}").format(
                    size=info.file_size, declared=entry.size
                )
            )
    missing = sorted(set(listed) - seen)
    if missing:
        raise PackageError(
            package, _("'{name}' is in manifest.json but not in the package (and {more} more)"
                       ).format(name=_shown(missing[0]), more=len(missing) - 1)
        )  # fmt: skip


def _check_hall_and_version(
    package: Path, manifest: Manifest, into: Path, current: str | None, hall: str | None
) -> None:
    """The package is of the expected hall and newer than the version installed."""
    shown = version_manifest(into, current) if current else None
    expected = hall or (shown.hall if shown else None)
    if expected is not None and manifest.hall != expected:
        if hall is None:
            message = _(
                "the package is of the hall '{got}', but '{expected}' is installed here; add "
                "--hall {got} to install it instead; nothing was changed"
            )
        else:
            message = _(
                "the package is of the hall '{got}', not '{expected}' as --hall says; "
                "nothing was changed"
            )
        raise PackageError(package, message.format(got=manifest.hall, expected=expected))
    if current is None:
        return
    if manifest.version == current:
        raise PackageError(
            package, _("version {version} is installed already; nothing was changed").format(
                version=current
            )
        )  # fmt: skip
    if version_key(manifest.version) <= version_key(current):
        raise PackageError(
            package,
            _("the package holds version {version}, older than the installed {current}; "
              "nothing was changed (to go back, use 'kiosk rollback')").format(
                version=manifest.version, current=current
            ),
        )  # fmt: skip


def _unpack(package: Path, archive: zipfile.ZipFile, manifest: Manifest, temp: Path) -> None:
    """Write every listed member under temp, each read no further than its declared size."""
    for entry in manifest.files:
        if entry.path.startswith(f"{manifest.folder}/"):
            rel = entry.path[len(manifest.folder) + 1 :]
        else:
            rel = f"{_PREPARED_DIR}/{entry.path[len(PREPARED) + 1 :]}"
        dest = temp / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            digest, written = _copy(package, archive, entry.path, entry.size, dest)
        except _DAMAGED as exc:
            raise PackageError(
                package,
                _("member '{name}' is damaged ({error}); nothing was changed").format(
                    name=_shown(entry.path), error=exc
                ),
            ) from None
        if written != entry.size or digest != entry.sha256:
            raise PackageError(
                package,
                _("member '{name}' is not the file manifest.json describes (changed or "
                  "damaged); nothing was changed").format(name=_shown(entry.path)),
            )  # fmt: skip
    for folder, _dirs, _files in os.walk(temp):
        sync_folder(Path(folder))


def _copy(
    package: Path, archive: zipfile.ZipFile, name: str, size: int, dest: Path
) -> tuple[str, int]:
    """Unpack one member to dest (a new file, fsynced): its sha256 and the bytes written."""
    digest = hashlib.sha256()
    written = 0
    with archive.open(name) as src, open(dest, "xb") as dst:
        for chunk in _chunks(src, size):
            written += len(chunk)
            if written > size:
                raise PackageError(
                    package,
                    _("member '{name}' unpacks to more than the {size:,} bytes manifest.json "
                      "says (a zip bomb?); nothing was changed").format(name=_shown(name), size=size),
                )  # fmt: skip
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest(), written


def _chunks(src: IO[bytes], size: int) -> Iterator[bytes]:
    """The member's bytes in chunks, never reading more than one byte past size."""
    left = size + 1
    while left > 0 and (chunk := src.read(min(_CHUNK, left))):
        left -= len(chunk)
        yield chunk


def _move_into_place(temp: Path, into: Path, version: str) -> Path:
    """Rename the unpacked folder to DIR/versions/<version> (replacing an old copy of it)."""
    versions = into / VERSIONS
    versions.mkdir(exist_ok=True)
    target = versions / version
    if target.exists():  # installed before, then rolled back from: this copy is checked anew
        aside = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=into))
        os.rename(target, aside / version)
        shutil.rmtree(aside, ignore_errors=True)
    os.rename(temp, target)
    sync_folder(versions)
    return target


def _remove_stale_temps(into: Path) -> None:
    """Temporary folders an install cut short by a power cut left behind (an hour old)."""
    cutoff = time.time() - _STALE_TEMP_SECONDS
    for path in into.glob(f"{_TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink() and path.stat().st_mtime < cutoff:
                shutil.rmtree(path, ignore_errors=True)


def _fill_cache(prepared: Path, cache: Cache) -> int:
    """Copy the package's prepared images into the image cache; how many (best effort)."""
    if not prepared.is_dir():
        return 0
    copied = 0
    for path in prepared.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with contextlib.suppress(OSError), open_regular(path) as source:
                atomic_write(
                    cache.base / path.relative_to(prepared),
                    functools.partial(shutil.copyfileobj, source),
                )
                copied += 1
    shutil.rmtree(prepared, ignore_errors=True)
    return copied


def _write_error(package: Path, into: Path, exc: OSError) -> PackageError:
    """One clear line for a failed write (a full disk above all)."""
    if exc.errno == errno.ENOSPC:
        return NoRoom(
            package,
            _("the disk under '{folder}' is full; nothing was changed").format(folder=into),
            into,
        )
    return PackageError(
        package,
        _("cannot write under '{folder}': {reason}; nothing was changed").format(
            folder=into, reason=exc.strerror or exc
        ),
    )
