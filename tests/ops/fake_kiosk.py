"""A stand-in kiosk for the watchdog tests: beats, then behaves as its argument says.

    python fake_kiosk.py beat-then-hang | crash | exit-0 | beat-then-exit-0 | never-beat
Every start appends a line to the file named by FAKE_KIOSK_STARTS.
"""

from __future__ import annotations

import os
import sys
import threading

from kiosk.ops.heartbeat import FileNotifier


def main() -> int:
    """Behave as argv[1] says."""
    with open(os.environ["FAKE_KIOSK_STARTS"], "a", encoding="ascii") as starts:
        starts.write(f"{os.getpid()}\n")
    mode = sys.argv[1]
    notifier = FileNotifier.from_env()
    if mode == "crash":
        return 3
    if mode == "exit-0":
        return 0
    if mode != "never-beat":
        notifier.ready()
        notifier.watchdog()
    if mode == "beat-then-exit-0":
        notifier.stopping()
        return 0
    threading.Event().wait()  # hung: no more beats, never ends by itself
    return 1


if __name__ == "__main__":
    sys.exit(main())
