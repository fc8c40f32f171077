"""The rsync recipe (docs/fleet.md): the real rsync, over a remote shell, into a kiosk's inbox."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.config import Fleet, Settings
from kiosk.content import load_hall
from kiosk.fleet import install_package
from kiosk.fleet.keys import generate_keys
from kiosk.fleet.pack import pack_hall
from kiosk.fleet.versions import CURRENT, current_version
from kiosk.ui.app import Session
from tests.fleet.packages import at, make_hall

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="links need a privilege there"),
    pytest.mark.skipif(shutil.which("rsync") is None, reason="needs rsync (.ci/run installs it)"),
]
WAIT = 20_000
# A stand-in for ssh: runs the remote command here (rsync speaks its remote protocol through it).
FAKE_SSH = '#!/bin/sh\nshift\nexec sh -c "$*"\n'


def _rsync(ssh: Path, source: Path, inbox: Path, *options: str) -> None:
    """rsync -e ssh SOURCE kiosk:INBOX/ (as the staff PC's cron job or script does)."""
    subprocess.run(
        ["rsync", "-e", str(ssh), "--times", "--partial", *options, str(source),
         f"kiosk-1:{inbox}/"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip


def test_rsync_delivers_packages_and_a_partial_transfer_is_never_installed(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path
) -> None:
    key, pub = generate_keys(tmp_path / "staff-pc" / "staff")
    ssh = tmp_path / "ssh"
    ssh.write_text(FAKE_SSH, encoding="utf-8")
    ssh.chmod(0o755)
    published = tmp_path / "staff-pc" / "publish"
    published.mkdir()
    packages = []
    for n in range(3):
        hall = make_hall(tmp_path / "staff-pc" / f"hall{n}", body=f"Body {n}")
        packages.append(published / f"hall-{n}.zip")
        pack_hall(hall, packages[-1], secret=key, now=at(n))
    into, inbox = tmp_path / "kiosk" / "content", tmp_path / "kiosk" / "inbox"
    inbox.mkdir(parents=True)
    install_package(packages[0], into, trusted=[pub])
    settings = Settings(
        halls=[into / CURRENT], content_dir=into, trusted_keys=[pub],
        fleet=Fleet(inbox=inbox, poll_s=600),  # looks only when the test says so
    )  # fmt: skip
    session = launch([load_hall(into / CURRENT)], settings=settings, size=(1280, 720))
    assert session.inbox is not None and session.watcher is not None
    watcher = session.inbox
    outcomes: list[str] = []
    watcher.outcome.connect(lambda status, _message: outcomes.append(status))
    shown = current_version(into)

    def look() -> None:
        watcher.poll()
        qtbot.waitUntil(lambda: not watcher.busy, timeout=WAIT)  # type: ignore[attr-defined]

    # An rsync --partial cut short leaves the part it copied under the final name.
    half = tmp_path / "staff-pc" / "cut" / "hall-1.zip"
    half.parent.mkdir()
    data = packages[1].read_bytes()
    half.write_bytes(data[: len(data) // 2])
    _rsync(ssh, half, inbox)
    for _ in range(4):
        look()
    qtbot.waitUntil(lambda: outcomes == ["refused"], timeout=WAIT)  # type: ignore[attr-defined]
    assert current_version(into) == shown  # left alone, logged once

    # The next run resumes the transfer; the complete package is installed and shown at once.
    _rsync(ssh, packages[1], inbox, "--append-verify")
    assert (inbox / "hall-1.zip").read_bytes() == data
    look()
    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        look()
    qtbot.waitUntil(lambda: outcomes == ["refused", "installed"], timeout=WAIT)  # type: ignore[attr-defined]
    body = session.content.hall_model.sections[0].stories[0].body[0]  # type: ignore[union-attr]
    assert body["en"] == "Body 1"

    # A whole run: rsync writes a hidden temporary file and renames it when complete.
    _rsync(ssh, packages[2], inbox)
    look()
    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        look()
    qtbot.waitUntil(lambda: outcomes[-1:] == ["installed"] and len(outcomes) == 3, timeout=WAIT)  # type: ignore[attr-defined]
    body = session.content.hall_model.sections[0].stories[0].body[0]  # type: ignore[union-attr]
    assert body["en"] == "Body 2"
    assert sorted(p.name for p in inbox.iterdir()) == ["hall-1.zip", "hall-2.zip"]  # no leftovers
