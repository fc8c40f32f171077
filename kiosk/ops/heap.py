"""Give freed heap memory back to the system: glibc keeps it for reuse unless asked."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from functools import cache
from typing import Any

log = logging.getLogger(__name__)


@cache
def _malloc_trim() -> Any | None:
    """glibc's malloc_trim, or None where there is none (Windows, musl, macOS)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_heap() -> bool:
    """Return the free memory at the top and inside the heap to the system; True if it ran."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    log.debug("heap trimmed")
    return True
