"""The staff panel's Versions tab: what is installed, from where; Roll back; USB approval."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QPointingDevice

from kiosk.config import Fleet, Settings
from kiosk.content import load_hall
from kiosk.fleet import install_package
from kiosk.fleet.keys import generate_keys
from kiosk.fleet.pack import pack_hall
from kiosk.fleet.versions import CURRENT, current_version
from kiosk.ui.app import Session
from kiosk.ui.staff import installed_lines
from tests.fleet.packages import at, make_hall
from tests.ui.conftest import has_item, item, tap

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="links need a privilege there")
WAIT = 10_000


def _packages(root: Path) -> tuple[Path, list[Path]]:
    key, pub = generate_keys(root / "keys" / "staff")
    out = []
    for n in range(2):
        hall = make_hall(root / f"hall{n}", body=f"Body {n}")
        out.append(root / f"v{n}.zip")
        pack_hall(hall, out[-1], secret=key, now=at(n))
    return pub, out


def _tap(qtbot: object, session: Session, touchscreen: QPointingDevice, name: str) -> None:
    """Tap a control once it is shown and laid out (a frame drawn since it appeared)."""
    window = session.window
    qtbot.waitUntil(lambda: has_item(window, name))  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.frameSwapped, timeout=WAIT):  # type: ignore[attr-defined]
        window.update()
    tap(window, touchscreen, item(window, name))


def _open_versions(qtbot: object, session: Session, touchscreen: QPointingDevice) -> None:
    """Through the staff door, then a tap on the Versions tab (once the tabs are laid out)."""
    session.staff.cornerHeld()
    for _ in range(3):
        session.staff.cornerTapped()
    assert session.staff.open
    _tap(qtbot, session, touchscreen, "staffTabVersions")
    qtbot.waitUntil(lambda: has_item(session.window, "staffVersions"))  # type: ignore[attr-defined]


def test_the_versions_tab_rolls_back_after_a_confirmation(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path, touchscreen: QPointingDevice
) -> None:
    pub, (first, second) = _packages(tmp_path)
    into = tmp_path / "content"
    one = install_package(first, into, trusted=[pub])
    two = install_package(second, into, trusted=[pub])
    settings = Settings(halls=[into / CURRENT], content_dir=into, trusted_keys=[pub])
    session = launch([load_hall(into / CURRENT)], settings=settings, size=(1280, 720))
    _open_versions(qtbot, session, touchscreen)
    lines = session.staff.property("installed")
    assert lines[0] == f"Installed: hall 'test-hall', version {two.version}"
    assert f"from {second}" in lines[1]
    assert lines[2] == f"Signed by {pub}"
    assert f"Also kept: {one.version}" in lines
    assert session.staff.property("rollbackTo") == one.version

    _tap(qtbot, session, touchscreen, "staffRollback")
    _tap(qtbot, session, touchscreen, "staffRollbackCancel")  # a second thought
    assert current_version(into) == two.version
    _tap(qtbot, session, touchscreen, "staffRollback")
    assert session.watcher is not None
    said: list[str] = []  # the panel's status lines (the reload's may come after the rollback's)
    session.staff.statusChanged.connect(lambda: said.append(session.staff.property("status")))
    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        _tap(qtbot, session, touchscreen, "staffRollbackConfirm")
    assert current_version(into) == one.version
    qtbot.waitUntil(lambda: any("rolled back" in line for line in said), timeout=WAIT)  # type: ignore[attr-defined]
    lines = session.staff.property("installed")
    assert lines[0].endswith(one.version) and f"a rollback from {two.version}" in lines[1]
    assert session.staff.property("rollbackTo") == ""  # the oldest kept


def test_a_usb_package_waits_in_the_panel_until_approved(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path, touchscreen: QPointingDevice
) -> None:
    pub, (first, second) = _packages(tmp_path)
    into = tmp_path / "content"
    install_package(first, into, trusted=[pub])
    stick = tmp_path / "media" / "STICK" / "kiosk-packages"
    stick.mkdir(parents=True)
    second.rename(stick / "v1.zip")
    fleet = Fleet(usb_mounts=[str(tmp_path / "media" / "*" / "kiosk-packages")],
                  usb_needs_pin=True, poll_s=600)  # fmt: skip
    settings = Settings(halls=[into / CURRENT], content_dir=into, trusted_keys=[pub], fleet=fleet)
    session = launch([load_hall(into / CURRENT)], settings=settings, size=(1280, 720))
    inbox = session.inbox
    assert inbox is not None and session.watcher is not None
    for _ in range(3):
        inbox.poll()
        qtbot.waitUntil(lambda: not inbox.busy, timeout=WAIT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: inbox.waiting == [stick / "v1.zip"], timeout=WAIT)  # type: ignore[attr-defined]
    assert len(list((into / "versions").iterdir())) == 1  # not installed yet
    _open_versions(qtbot, session, touchscreen)
    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        _tap(qtbot, session, touchscreen, "staffApprove")
    qtbot.waitUntil(lambda: inbox.waiting == [], timeout=WAIT)  # type: ignore[attr-defined]
    assert session.content.hall_model.sections[0].stories[0].body[0]["en"] == "Body 1"


def test_the_lines_of_an_empty_or_odd_content_folder(tmp_path: Path) -> None:
    assert installed_lines(tmp_path) == [f"No package is installed in {tmp_path} yet"]
    (tmp_path / "current").mkdir()
    assert "is not a link made by 'kiosk install'" in installed_lines(tmp_path)[0]


def test_new_fleet_settings_take_effect_without_a_restart(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path
) -> None:
    """SIGHUP with an inbox and a textfile named: watched and written at once; unnamed: gone."""
    pub, (first, second) = _packages(tmp_path)
    into = tmp_path / "content"
    shown = install_package(first, into, trusted=[pub]).version
    settings = Settings(halls=[into / CURRENT], content_dir=into, trusted_keys=[pub])
    session = launch([load_hall(into / CURRENT)], settings=settings, size=(1280, 720))
    assert session.inbox is None
    inbox, textfile = tmp_path / "inbox", tmp_path / "metrics" / "kiosk.prom"
    inbox.mkdir()
    textfile.parent.mkdir()
    watched = Fleet(inbox=inbox, poll_s=1, prometheus_file=textfile)
    session.apply_settings(settings.model_copy(update={"fleet": watched}))
    assert session.inbox is not None
    qtbot.waitUntil(textfile.exists, timeout=WAIT)  # type: ignore[attr-defined]
    (inbox / second.name).write_bytes(second.read_bytes())
    qtbot.waitUntil(lambda: current_version(into) not in (None, shown), timeout=WAIT)  # type: ignore[attr-defined]

    elsewhere = tmp_path / "metrics" / "moved.prom"
    session.apply_settings(settings.model_copy(update={"fleet": Fleet(prometheus_file=elsewhere)}))
    assert session.inbox is None
    qtbot.waitUntil(lambda: elsewhere.exists() and not textfile.exists(), timeout=WAIT)  # type: ignore[attr-defined]
