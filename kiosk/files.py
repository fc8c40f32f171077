"""Files the kiosk reads and writes: regular files only, bounded reads, atomic writes (no Qt)."""

from __future__ import annotations

import contextlib
import glob
import io
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from kiosk.i18n import _

# Opening never waits: a named pipe with no writer would otherwise block open() for ever.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOCTTY", 0)
)


class NotAFile(OSError):
    """A path that names something other than a regular file (a pipe, a device, a folder)."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(_("'{path}' is {what}, not a regular file").format(path=path, what=what))
        self.what = what  # 'a named pipe (FIFO)', 'a device', ...


class TooLarge(OSError):
    """A file over the size limit for what it holds."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            _("{size:,} bytes, over the {limit:,}-byte limit").format(size=size, limit=limit)
        )
        self.size = size
        self.limit = limit


def kind_of(mode: int) -> str:
    """What a file mode names, in plain words ('a named pipe (FIFO)', 'a device', ...)."""
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")


def open_regular(path: Path) -> io.BufferedReader:
    """Open path for binary reading, without blocking, only if it is a regular file.

    Symlinks are followed. Raises NotAFile for a pipe, device, socket or folder, and OSError
    when it cannot be opened. Use it in a with-statement.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except IsADirectoryError:
        raise NotAFile(path, _("a folder")) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotAFile(path, kind_of(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most limit bytes; TooLarge or NotAFile otherwise.

    Never reads more than limit + 1 bytes, whatever the file claims its size is.
    """
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise TooLarge(size, limit)
        data = handle.read(limit + 1)
    if len(data) > limit:  # grew while being read
        raise TooLarge(len(data), limit)
    return data


def atomic_write(
    path: Path,
    data: bytes | Callable[[IO[bytes]], None],
    *,
    mode: int = 0o644,
    group: int | None = None,
) -> Path:
    """Write a file whole or not at all: a temporary file beside it, fsynced, renamed over it.

    data is the bytes or a function writing them to a binary file. The folder is fsynced too,
    so that after a power cut the file is the old one or the new one, never a mix. Whatever
    fails, the temporary file goes and the error is raised; one a power cut left behind goes
    at the next write of the same file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if group is not None and hasattr(os, "fchown"):
            os.fchown(fd, -1, group)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                data(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if not hasattr(os, "fchmod"):
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    sync_folder(path.parent)
    return path


def sync_folder(folder: Path) -> None:
    """Make a rename in folder durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
