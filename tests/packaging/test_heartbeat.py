"""Heartbeat: READY once after the first frame, WATCHDOG pings only while the UI loop runs."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.ops.watchdog import SystemdNotifier
from kiosk.ui.heartbeat import Heartbeat
from tests.packaging.notify import FakeSystemd

WATCHDOG_USEC = 200_000  # systemd would restart after 0.2 s; the heartbeat pings every 0.1 s


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QQuickWindow]:
    """A small Qt Quick window, not yet shown."""
    win = QQuickWindow()
    win.setColor(QColor("#123456"))
    win.resize(200, 120)
    yield win
    win.close()
    win.deleteLater()


@pytest.fixture
def notifier(systemd: FakeSystemd) -> Iterator[SystemdNotifier]:
    """A notifier talking to the fake systemd, with a short watchdog."""
    notifier = SystemdNotifier(systemd.address, WATCHDOG_USEC)
    yield notifier
    notifier.close()


def _frames(window: QQuickWindow) -> list[int]:
    frames: list[int] = []
    window.frameSwapped.connect(lambda: frames.append(1))
    return frames


def _next_frame(qtbot: QtBot, window: QQuickWindow, frames: list[int]) -> None:
    """Ask for a frame and wait until it is shown."""
    shown = len(frames)
    window.update()
    qtbot.waitUntil(lambda: len(frames) > shown)


def test_ready_once_after_the_first_frame(
    qtbot: QtBot, window: QQuickWindow, systemd: FakeSystemd, notifier: SystemdNotifier
) -> None:
    heartbeat = Heartbeat(window, notifier, parent=window)
    frames = _frames(window)
    qtbot.wait(1)  # the event loop runs, but nothing is on screen yet
    assert systemd.count("READY=1") == 0
    window.show()
    qtbot.waitUntil(lambda: systemd.count("READY=1") == 1)
    assert frames, "READY before any frame was shown"
    for _ in range(3):  # more frames: still one READY
        _next_frame(qtbot, window, frames)
    qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= 2)
    assert systemd.count("READY=1") == 1
    assert "STATUS=showing the kiosk" in systemd.receive()
    assert heartbeat.ready


def test_pings_while_the_loop_runs_and_none_while_it_is_blocked(
    qtbot: QtBot, window: QQuickWindow, systemd: FakeSystemd, notifier: SystemdNotifier
) -> None:
    Heartbeat(window, notifier, parent=window)
    window.show()
    qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= 3)
    before = systemd.count("WATCHDOG=1")
    end = time.monotonic() + 3 * WATCHDOG_USEC / 1e6  # a hung UI: three watchdog periods
    while time.monotonic() < end:
        pass
    assert systemd.count("WATCHDOG=1") == before, "pinged while the UI loop was blocked"
    qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= before + 2)


def test_the_ping_interval_is_half_the_watchdog_timeout(
    window: QQuickWindow, systemd: FakeSystemd
) -> None:
    heartbeat = Heartbeat(window, SystemdNotifier(systemd.address, 30_000_000), parent=window)
    assert heartbeat.timer.isActive()
    assert heartbeat.timer.interval() == 15_000


def test_outside_systemd_it_does_nothing(qtbot: QtBot, window: QQuickWindow) -> None:
    heartbeat = Heartbeat(window, SystemdNotifier.from_env({}), parent=window)
    frames = _frames(window)
    window.show()
    qtbot.waitUntil(lambda: bool(frames))
    assert not heartbeat.timer.isActive()
    assert not heartbeat.ready


def test_stopping_on_quit(
    window: QQuickWindow, systemd: FakeSystemd, notifier: SystemdNotifier
) -> None:
    heartbeat = Heartbeat(window, notifier, parent=window)
    heartbeat._stopping()  # what QCoreApplication.aboutToQuit triggers
    assert not heartbeat.timer.isActive()
    assert systemd.receive() == ["STOPPING=1"]
