"""Give freed heap memory back to the system: glibc keeps it for reuse unless asked."""

from __future__ import annotations

import ctypes
import ctypes.util
import linecache
import logging
import sys
from functools import cache
from typing import Any

log = logging.getLogger(__name__)


M_MMAP_THRESHOLD = -3  # mallopt parameter numbers, from glibc's malloc.h
MMAP_THRESHOLD = 256 * 1024  # blocks this big or bigger (decoded pictures) get their own mapping


@cache
def _glibc(name: str, *argtypes: Any) -> Any | None:
    """A glibc malloc function, or None where there is none (Windows, musl, macOS)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        function = getattr(libc, name)
    except (OSError, AttributeError):
        return None
    function.argtypes = list(argtypes)
    function.restype = ctypes.c_int
    return function


def _malloc_trim() -> Any | None:
    return _glibc("malloc_trim", ctypes.c_size_t)


def tune_heap() -> bool:
    """Give big blocks their own mappings, returned to the system as soon as they are freed.

    glibc raises its mmap threshold each time a big block is freed (up to 32 MB), so decoded
    pictures end up inside the heap, which then keeps their memory after they are gone. A fixed
    threshold keeps every picture-sized block out of the heap. True if it was set.
    """
    mallopt = _glibc("mallopt", ctypes.c_int, ctypes.c_int)
    return mallopt is not None and mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1


def drop_source_lines() -> None:
    """Forget the source lines Python keeps for tracebacks (read again when one is printed).

    PySide6's import hook reads the whole source of every module imported after it (to see
    whether it uses PySide), and linecache then holds them: about 10 MB by the first frame.
    """
    linecache.clearcache()


def release_heap() -> bool:
    """Return the free memory at the top and inside the heap to the system; True if it ran."""
    drop_source_lines()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    log.debug("heap trimmed")
    return True
