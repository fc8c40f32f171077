"""The Syncthing recipe (docs/fleet.md): a send-only folder on the 'staff PC', a receive-only
inbox on a running kiosk, both Syncthing instances on 127.0.0.1 (no discovery, no relays)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from kiosk.config import Fleet, Settings
from kiosk.content import load_hall
from kiosk.fleet import install_package
from kiosk.fleet.keys import generate_keys
from kiosk.fleet.pack import pack_hall
from kiosk.fleet.versions import CURRENT
from kiosk.ui.app import Session
from tests.fleet import syncthing
from tests.fleet.packages import at, make_hall

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="links need a privilege there"),
    pytest.mark.skipif(shutil.which("syncthing") is None, reason="needs Debian's syncthing"),
]
WAIT = 60_000


def write_noise(path: Path, size: tuple[int, int]) -> None:
    """A picture that does not compress: a package of some size, synced in several blocks."""
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(path)


@pytest.fixture
def synced(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(the staff PC's send-only folder, the kiosk's receive-only inbox), kept in step."""
    publish, inbox = tmp_path / "staff-pc" / "publish", tmp_path / "kiosk" / "inbox"
    publish.mkdir(parents=True)
    inbox.mkdir(parents=True)
    staff = syncthing.generate(tmp_path / "st-staff", "staff")
    kiosk = syncthing.generate(tmp_path / "st-kiosk", "kiosk")
    syncthing.configure(staff, kiosk, publish, "sendonly")
    syncthing.configure(kiosk, staff, inbox, "receiveonly")
    syncthing.start(staff, tmp_path / "st-staff.log")
    syncthing.start(kiosk, tmp_path / "st-kiosk.log")
    try:
        yield publish, inbox
    finally:
        staff.stop()
        kiosk.stop()


def test_a_package_published_through_syncthing_is_installed_and_shown(
    qtbot: object,
    launch: Callable[..., Session],
    tmp_path: Path,
    synced: tuple[Path, Path],
) -> None:
    publish, inbox = synced
    key, pub = generate_keys(tmp_path / "staff-pc" / "keys" / "staff")
    packages = []
    for n in range(2):
        hall = make_hall(tmp_path / "staff-pc" / f"hall{n}", body=f"Body {n}")
        write_noise(hall / "images" / "noise.png", (1200, 1200))  # a package of a few MB
        packages.append(tmp_path / "staff-pc" / f"hall-{n}.zip")
        pack_hall(hall, packages[-1], secret=key, now=at(n))
    into = tmp_path / "kiosk" / "content"
    install_package(packages[0], into, trusted=[pub])
    settings = Settings(
        halls=[into / CURRENT], content_dir=into, trusted_keys=[pub],
        fleet=Fleet(inbox=inbox, poll_s=600),  # looks only when the test says so
    )  # fmt: skip
    session = launch([load_hall(into / CURRENT)], settings=settings, size=(1280, 720))
    watcher = session.inbox
    assert watcher is not None and session.watcher is not None
    outcomes: list[str] = []
    watcher.outcome.connect(lambda status, _message: outcomes.append(status))

    def looked_until(wanted: list[str]) -> bool:
        if not watcher.busy:
            watcher.poll()  # a look at the inbox while Syncthing writes into it
        return outcomes == wanted

    packages[1].rename(publish / packages[1].name)  # published whole (one rename)
    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: looked_until(["installed"]), timeout=WAIT)  # type: ignore[attr-defined]
    assert outcomes == ["installed"]  # never a half-synced package tried, never a refusal
    body = session.content.hall_model.sections[0].stories[0].body[0]  # type: ignore[union-attr]
    assert body["en"] == "Body 1"
    assert [p.name for p in inbox.iterdir() if not p.name.startswith(".")] == ["hall-1.zip"]
