"""Fault injection that reaches the image worker processes: a full disk, dying or hung workers."""

from __future__ import annotations

import errno
import multiprocessing
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

from kiosk.media import Cache

BYTES_BEFORE_FULL = 100  # each derivative gets this far before the disk is full


class _FillingFile:
    """A file on a disk with a few bytes left: then writes fail as the kernel's would."""

    def __init__(self, fp: IO[bytes]) -> None:
        self._fp = fp
        self._room = BYTES_BEFORE_FULL

    def write(self, data: bytes) -> int:
        """Write what still fits, then fail with ENOSPC."""
        self._fp.write(bytes(data[: self._room]))
        if len(data) > self._room:
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return len(data)

    def flush(self) -> None:
        """Flush what was written."""
        self._fp.flush()


class FullCache(Cache):
    """A cache whose disk is full while the file `<root>.full` exists (in every process).

    Each write attempt while full appends a line to `<root>.attempts`, so tests can wait for
    retries. Workers receive it pickled by its folder, so the fault reaches them too.
    """

    @property
    def full_flag(self) -> Path:
        """While this file exists, the disk is full."""
        return self.base.with_name(self.base.name + ".full")

    @property
    def attempts(self) -> Path:
        """One line per write that found the disk full."""
        return self.base.with_name(self.base.name + ".attempts")

    def write(self, path: Path, save: Callable[[IO[bytes]], None]) -> Path:
        """Write as the real cache does, the bytes going to a full disk while full_flag exists."""
        if not self.full_flag.exists():
            return super().write(path, save)
        with self.attempts.open("a", encoding="utf-8") as note:
            note.write(f"{path.name}\n")
        return super().write(path, lambda fp: save(_FillingFile(fp)))  # type: ignore[arg-type]

    def attempt_count(self) -> int:
        """How many writes found the disk full so far."""
        try:
            return len(self.attempts.read_text(encoding="utf-8").splitlines())
        except FileNotFoundError:
            return 0


class DyingCache(Cache):
    """A cache that kills the worker process writing to it (the pool breaks); fine in-process."""

    def write(self, path: Path, save: Callable[[IO[bytes]], None]) -> Path:
        """Write as the real cache does, except in a worker process, which dies at once."""
        if multiprocessing.parent_process() is not None:
            os._exit(3)
        return super().write(path, save)


def never_start(*_: object) -> None:
    """A worker initializer that never returns: a pool that does not come up."""
    threading.Event().wait()
