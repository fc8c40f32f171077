"""SystemdNotifier: sd_notify datagrams, the watchdog interval, and silence outside systemd."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from kiosk.ops.watchdog import SystemdNotifier
from tests.packaging.notify import FakeSystemd


def test_without_notify_socket_everything_is_a_no_op() -> None:
    notifier = SystemdNotifier.from_env({"WATCHDOG_USEC": "2000000"})
    assert not notifier.enabled
    assert notifier.watchdog_interval is None
    assert not notifier.ready()
    assert not notifier.watchdog()
    assert not notifier.status("hello")
    assert not notifier.stopping()


def test_messages_reach_the_socket(systemd: FakeSystemd) -> None:
    notifier = SystemdNotifier.from_env({"NOTIFY_SOCKET": systemd.address})
    assert notifier.enabled
    assert notifier.ready()
    assert notifier.watchdog()
    assert notifier.status("showing  the\nkiosk")
    assert notifier.stopping()
    assert systemd.receive() == [
        "READY=1",
        "WATCHDOG=1",
        "STATUS=showing the kiosk",
        "STOPPING=1",
    ]
    notifier.close()


def test_abstract_socket_address() -> None:
    fake = FakeSystemd(f"@kiosk-test-{uuid.uuid4().hex}")
    try:
        notifier = SystemdNotifier.from_env({"NOTIFY_SOCKET": fake.address})
        assert notifier.address is not None and notifier.address.startswith("\0")
        assert notifier.ready()
        assert fake.receive() == ["READY=1"]
        notifier.close()
    finally:
        fake.close()


@pytest.mark.parametrize(
    ("environ", "interval"),
    [
        ({"WATCHDOG_USEC": "30000000"}, 30.0),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}, 30.0),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid() + 1)}, None),
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
        ({}, None),
    ],
)
def test_watchdog_interval_from_the_environment(
    systemd: FakeSystemd, environ: dict[str, str], interval: float | None
) -> None:
    notifier = SystemdNotifier.from_env({"NOTIFY_SOCKET": systemd.address, **environ})
    assert notifier.watchdog_interval == interval


def test_a_missing_socket_is_reported_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    notifier = SystemdNotifier.from_env({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    assert not notifier.watchdog()
    assert not notifier.watchdog()
    notifier.close()
    warnings = [r for r in caplog.records if "could not notify systemd" in r.getMessage()]
    assert len(warnings) == 1  # once, not once per ping
