"""A content folder: versions/<version>/ hall folders, the `current` link, the install record.

    DIR/versions/20261203T081500Z-1a2b3c4d5e6f/hall.yaml ...
    DIR/current -> versions/20261203T081500Z-1a2b3c4d5e6f   (what the kiosk shows)
    DIR/install.json                                         (what was installed, when, from where)

The link is switched by renaming a new link over it, so DIR/current/hall.yaml is always a whole,
checked version. On Windows a symlink needs the 'create symbolic links' right (or developer
mode); without it install and rollback stop with a clear error and change nothing. A directory
junction cannot be renamed over another atomically, so it is no fallback (not done yet).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.files import atomic_write, read_limited, sync_folder
from kiosk.fleet.errors import Busy, PackageError
from kiosk.fleet.manifest import VERSION_RE, Manifest, parse, version_time
from kiosk.i18n import _

VERSIONS = "versions"
CURRENT = "current"
RECORD = "install.json"
LOCK = ".lock"
KEEP = 3  # versions kept (besides the current one and the one before it)
HISTORY = 20  # installs and rollbacks remembered in the record
INSTALLED_MANIFEST = ".manifest.json"  # the package's manifest, in its version folder
_MAX_RECORD = 256 * 1024


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold DIR/.lock while installing or rolling back: one at a time (POSIX; none on Windows)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows: the inbox watcher and the CLI must not overlap there
        yield
        return
    with open(folder / LOCK, "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(
                folder,
                _("another install or rollback is running here; try again when it has ended"),
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def version_key(version: str) -> tuple[str, str]:
    """Sort versions by their time, then by name."""
    return version_time(version), version


def current_version(folder: Path) -> str | None:
    """The version DIR/current points to (None when nothing is installed yet)."""
    link = folder / CURRENT
    if not os.path.lexists(link):
        return None
    if not link.is_symlink():
        raise PackageError(
            link,
            _("is not a link made by 'kiosk install'; move it away and install a package"),
        )
    target = Path(os.readlink(link))
    if target.parent != Path(VERSIONS) or not VERSION_RE.fullmatch(target.name):
        raise PackageError(
            link, _("points to '{target}', not to a version folder").format(target=target)
        )
    return target.name


def installed(folder: Path) -> list[str]:
    """Every version folder under DIR/versions, oldest first."""
    root = folder / VERSIONS
    if not root.is_dir():
        return []
    names = [
        p.name for p in root.iterdir()
        if VERSION_RE.fullmatch(p.name) and p.is_dir() and not p.is_symlink()
    ]  # fmt: skip
    return sorted(names, key=version_key)


def version_manifest(folder: Path, version: str) -> Manifest | None:
    """The manifest a version was installed from (None when it cannot be read)."""
    return shown_manifest(folder / VERSIONS / version)


def shown_manifest(hall_folder: Path) -> Manifest | None:
    """The manifest of the version a hall folder holds (DIR/current), None if not installed."""
    path = Path(hall_folder) / INSTALLED_MANIFEST
    if not path.is_file():
        return None
    try:
        return parse(read_limited(path, 64 * 1024 * 1024))
    except (OSError, ValueError):
        return None


def switch(folder: Path, version: str) -> None:
    """Point DIR/current at versions/<version> in one rename (a new link over the old one)."""
    temp = folder / ".current.tmp"
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        os.symlink(Path(VERSIONS) / version, temp, target_is_directory=True)
        os.replace(temp, folder / CURRENT)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise PackageError(
            folder / CURRENT,
            _("cannot switch to {version}: {reason}").format(
                version=version, reason=exc.strerror or exc
            ),
        ) from None
    sync_folder(folder)


def prune(folder: Path, keep: set[str]) -> list[str]:
    """Delete all but the newest KEEP versions and those in keep; the names deleted."""
    versions = installed(folder)
    kept = set(versions[-KEEP:]) | keep
    removed = []
    for version in versions:
        if version not in kept:
            shutil.rmtree(folder / VERSIONS / version, ignore_errors=True)
            removed.append(version)
    return removed


def read_record(folder: Path) -> dict[str, Any]:
    """The install record (an empty one when there is none or it cannot be read)."""
    try:
        data = json.loads(read_limited(folder / RECORD, _MAX_RECORD))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_record(folder: Path, entry: dict[str, Any]) -> dict[str, Any]:
    """Record what current shows now (entry) atomically, the last HISTORY entries below it."""
    old = read_record(folder)
    history = [e for e in old.get("history", []) if isinstance(e, dict)][: HISTORY - 1]
    record = {**entry, "history": [entry, *history]}
    text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    atomic_write(folder / RECORD, text.encode("utf-8"))
    return record


def rolled_back(folder: Path) -> set[str]:
    """Versions the staff rolled back from and did not install again since (newest first)."""
    decided: dict[str, bool] = {}
    for entry in read_record(folder).get("history", []):
        if not isinstance(entry, dict):
            continue
        if entry.get("action") == "rollback" and isinstance(entry.get("replaced"), str):
            decided.setdefault(entry["replaced"], True)
        elif entry.get("action") == "install" and isinstance(entry.get("version"), str):
            decided.setdefault(entry["version"], False)
    return {version for version, blocked in decided.items() if blocked}


def now_text() -> str:
    """The time now, as the record writes it (ISO 8601, UTC)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def before(folder: Path, version: str) -> str | None:
    """The newest installed version older than version."""
    older = [v for v in installed(folder) if version_key(v) < version_key(version)]
    return older[-1] if older else None


@dataclass(frozen=True)
class RollbackResult:
    """What rollback did: the version shown now and the one it replaced."""

    version: str
    replaced: str


def rollback(folder: Path) -> RollbackResult:
    """Point DIR/current back at the previous version and record it; PackageError if none."""
    with locked(folder):
        return _rollback(folder)


def rollback_target(folder: Path, current: str) -> str | None:
    """The version a rollback from current returns to (the record's previous, else the older)."""
    record = read_record(folder)
    previous = record.get("previous") if record.get("version") == current else None
    if not (isinstance(previous, str) and previous in installed(folder) and previous != current):
        previous = before(folder, current)
    return previous


def _rollback(folder: Path) -> RollbackResult:
    current = current_version(folder)
    if current is None:
        raise PackageError(folder, _("nothing is installed here, so there is nothing to roll back"))
    previous = rollback_target(folder, current)
    if previous is None:
        raise PackageError(
            folder,
            _("{version} is the oldest version kept here; there is no previous version to "
              "roll back to").format(version=current),
        )  # fmt: skip
    switch(folder, previous)
    write_record(
        folder,
        {
            "action": "rollback",
            "version": previous,
            "hall": _hall_of(folder, previous),
            "installed_at": now_text(),
            "source": "rollback",
            "replaced": current,
            "previous": before(folder, previous),
        },
    )
    return RollbackResult(previous, current)


def _hall_of(folder: Path, version: str) -> str | None:
    manifest = version_manifest(folder, version)
    return manifest.hall if manifest else None
