"""A checked hall kept between starts, used while none of its files has changed (no Qt).

Reading and checking a hall (YAML, the schema, the text and picture checks) is the same work at
every start when nothing changed. `save` keeps the result beside the picture cache, keyed by
the stat of every file in the hall folder, the digest of its hall.yaml and the kiosk's version;
`load` gives it back only when all of these still agree, so it is exactly what `load_hall`
would return. The file is a pickle read by an unpickler that builds nothing but the content
model's own types (the pickle module's documented way to restrict it), so a planted file can
at worst be refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import logging
import os
import pickle
import sys
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kiosk import __version__
from kiosk.content.loader import LoadResult, hall_file, load_hall
from kiosk.files import atomic_write, read_limited

log = logging.getLogger(__name__)

FORMAT = 1  # raised whenever what is kept changes shape
MAX_BYTES = 16 * 1024 * 1024  # a big hall is ~1 MB
MAX_HALL_FILE = 64 * 1024 * 1024  # hashed for the key; the loader refuses far smaller ones

Fingerprint = tuple[tuple[str, int, int, int, int], ...] | None

_STANDARD = {
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("pathlib", "PurePosixPath"),
    ("pathlib", "PureWindowsPath"),
}


def fingerprint(folder: Path) -> Fingerprint:
    """Every file's path, size, mtime, ctime and inode below folder; None if the folder is missing.

    The ctime and inode catch a file replaced by one of the same size and (copied) mtime.
    """
    if not folder.is_dir():
        return None
    entries = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            try:
                stat = path.stat()
            except OSError:  # vanished while we looked: still changing
                continue
            entries.append(
                (
                    str(path.relative_to(folder)),
                    stat.st_size,
                    stat.st_mtime_ns,
                    stat.st_ctime_ns,
                    stat.st_ino,
                )
            )
    return tuple(entries)


def key(folder: Path) -> str | None:
    """What a kept hall must have been read from: None if the folder cannot be read."""
    prints = fingerprint(folder)
    if prints is None:
        return None
    try:
        digest = hashlib.sha256(read_limited(hall_file(folder), MAX_HALL_FILE)).hexdigest()
        where = str(folder.resolve())
    except (OSError, RuntimeError):
        return None
    parts = repr((FORMAT, __version__, sys.version, where, digest, prints))
    return hashlib.sha256(parts.encode("utf-8", "surrogateescape")).hexdigest()


def path_for(folder: Path, store: Path) -> Path:
    """Where the kept copy of a hall folder lives in the store folder."""
    name = hashlib.sha256(str(folder.absolute()).encode("utf-8", "surrogateescape")).hexdigest()
    return store / f"{name[:24]}.pickle"


def take(folder: Path, store: Path) -> LoadResult:
    """The hall of folder: as kept while none of its files changed, else read and kept afresh."""
    before = key(folder)
    kept = _kept(folder, store, before)
    if kept is not None:
        return kept
    result = load_hall(folder)
    if before is not None:
        save(result, store, read_from=before)
    return result


def save(result: LoadResult, store: Path, *, read_from: str | None = None) -> bool:
    """Keep a usable hall for the next start; False (and a log line) if it could not be kept.

    read_from: the folder's key from before the hall was read (else taken now), so that a
    file changed while it was read never keeps the old reading under the new files' key.
    """
    if not result.usable:
        return False
    before = read_from or key(result.folder)
    if before is None:
        return False
    data = pickle.dumps((FORMAT, before, result), protocol=pickle.HIGHEST_PROTOCOL)
    if len(data) > MAX_BYTES or key(result.folder) != before:  # too big, or changed meanwhile
        return False
    try:
        atomic_write(path_for(result.folder, store), data, mode=0o600)
    except OSError as exc:
        log.warning("could not keep the checked hall %s for the next start: %s", result.folder, exc)
        return False
    return True


def load(folder: Path, store: Path) -> LoadResult | None:
    """The kept hall of folder if none of its files changed since it was kept, else None."""
    return _kept(folder, store, key(folder))


def _kept(folder: Path, store: Path, now: str | None) -> LoadResult | None:
    """The kept hall of folder if it was kept under the key now, else None."""
    path = path_for(folder, store)
    try:
        data = read_limited(path, MAX_BYTES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("the kept hall %s is not used: %s", path, exc)
        return None
    try:
        kept = _Unpickler(io.BytesIO(data)).load()
    except Exception as exc:  # truncated, another format, a type it may not build: read again
        log.warning("the kept hall %s is not used: %s", path, exc)
        return None
    if not (isinstance(kept, tuple) and len(kept) == 3 and kept[0] == FORMAT):
        log.warning("the kept hall %s is not used: it has another format", path)
        return None
    _format, kept_key, result = kept
    if not isinstance(result, LoadResult) or result.folder != folder:
        log.warning("the kept hall %s is not used: it holds another hall", path)
        return None
    if now is None or kept_key != now:
        return None  # files changed: the caller reads the hall again
    return dataclasses.replace(result, loaded_at=dt.datetime.now().astimezone())


class _Unpickler(pickle.Unpickler):
    """Builds the content model's types, dates and paths; refuses every other global."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _STANDARD:
            return super().find_class(module, name)
        if module.startswith("kiosk.content.") and module in sys.modules:
            found = getattr(sys.modules[module], name, None)
            if isinstance(found, type) and (
                issubclass(found, (BaseModel, Enum)) or dataclasses.is_dataclass(found)
            ):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a hall")
