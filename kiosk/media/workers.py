"""The image worker processes: a spawned process pool, with a fix for Wine's pipes on Windows."""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures import process as _process

from kiosk.i18n import set_staff_language, staff_language


class _Wakeup(_process._ThreadWakeup):
    """The pool's wake-up pipe, sending one byte where the standard library sends none.

    Under Wine, a zero-length message makes the pipe poll as readable while reading it blocks
    for ever: the pool's manager thread hangs in _ThreadWakeup.clear() and no result ever
    arrives (reproduced with a bare ProcessPoolExecutor of 2 workers: 7 of 8 runs hung; with
    this, 8 of 8 finished). Real Windows never showed it; the byte costs nothing there.
    """

    def wakeup(self) -> None:
        """Wake the manager thread up."""
        if not self._closed:
            self._writer.send_bytes(b"\0")


def _fix_wakeup(pool: ProcessPoolExecutor) -> None:
    """Give a pool that has not started yet the one-byte wake-up pipe (if this Python has one)."""
    old = getattr(pool, "_executor_manager_thread_wakeup", None)
    if isinstance(old, _process._ThreadWakeup) and not pool._executor_manager_thread:
        pool._executor_manager_thread_wakeup = _Wakeup()
        old.close()


def process_pool(workers: int) -> Executor:
    """Spawned worker processes that speak the staff's language (the default PoolFactory)."""
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=set_staff_language,  # the workers' messages in the staff's language
        initargs=(staff_language(),),
    )
    if sys.platform == "win32":
        _fix_wakeup(pool)
    return pool
