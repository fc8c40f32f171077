"""`kiosk run` that gets SIGTERM while Qt delivers the window's first update request.

Python runs a signal handler at its next bytecode, which in a running kiosk is inside a Python
callback Qt makes while it delivers an event (the idle watcher filters every event). Here that
moment is forced: an application event filter sends the signal from the first UpdateRequest to
the window, the event that renders the first frame. Quitting from there freed the platform
window under Qt's feet (a segfault). Run as a script, with the arguments of `kiosk`.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtQuick import QQuickWindow


class SigtermInFrame(QObject):
    """Sends SIGTERM to this process from inside the first window update request's delivery."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.sent = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.sent
            and event.type() == QEvent.Type.UpdateRequest
            and isinstance(watched, QQuickWindow)
        ):
            self.sent = True
            print("sigterm-in-frame: sending SIGTERM", file=sys.stderr, flush=True)
            os.kill(os.getpid(), signal.SIGTERM)  # Python handles it right here
        return False


def main() -> int:
    from kiosk import cli
    from kiosk.ui import app

    original = app.start

    def start(*args: Any, **kwargs: Any) -> app.Session:
        session = original(*args, **kwargs)
        session.app.installEventFilter(SigtermInFrame(session.app))
        return session

    app.start = start
    return cli.main(sys.argv[1:])


if __name__ == "__main__":  # not in the image workers, which import this module to start
    sys.exit(main())
