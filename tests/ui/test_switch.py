"""A running kiosk and `kiosk install`: a switch of DIR/current is shown at once."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.config import Fleet, Settings
from kiosk.content import load_hall
from kiosk.fleet import install_package, rollback
from kiosk.fleet.keys import generate_keys
from kiosk.fleet.pack import pack_hall
from kiosk.fleet.versions import CURRENT
from kiosk.ui.app import Session
from kiosk.ui.navigator import Page
from tests.fleet.packages import at, make_hall

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="links need a privilege there")
WAIT = 10_000


def _package(root: Path, key: Path, name: str, minutes: int, edit: Callable[[str], str]) -> Path:
    hall = make_hall(root / name)
    yaml = hall / "hall.yaml"
    yaml.write_text(edit(yaml.read_text(encoding="utf-8")), encoding="utf-8")
    out = root / f"{name}.zip"
    pack_hall(hall, out, secret=key, now=at(minutes))
    return out


def test_a_switch_is_shown_at_once_and_the_visitor_stays_on_the_section(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    key, pub = generate_keys(tmp_path / "keys" / "staff")
    into = tmp_path / "content"
    first = _package(tmp_path, key, "v1", 0, lambda t: t)
    second = _package(tmp_path, key, "v2", 5, lambda t: t.replace("en: Alpha", "en: Alpha two"))
    third = _package(
        tmp_path, key, "v3", 10, lambda t: t.replace("alpha", "beta").replace("Alpha", "Beta")
    )
    done = install_package(first, into, trusted=[pub])
    # A settling time far longer than the wait below: only an immediate reload passes.
    settings = Settings(halls=[into / CURRENT], reload_settle_s=60)
    session = launch([load_hall(into / CURRENT)], settings=settings, size=(1280, 720))
    assert session.watcher is not None
    session.nav.openSection("alpha")
    caplog.set_level(logging.INFO, logger="kiosk.ui.reload")

    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT) as signal:  # type: ignore[attr-defined]
        second_done = install_package(second, into, trusted=[pub])
    assert signal.args[0] is True
    assert (session.nav.place.page, session.nav.place.section) == (Page.SECTION, "alpha")
    assert session.content.hall_model.section("alpha").title["en"] == "Alpha two"
    assert f"showing hall test-hall, content version {second_done.version}" in caplog.text

    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        install_package(third, into, trusted=[pub])
    assert session.nav.place.page == Page.HOME  # the section is gone in this version

    session.nav.openSection("beta")
    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        rollback(into)
    assert session.nav.place.page == Page.HOME
    assert session.content.hall_model.section("alpha") is not None
    assert done.version != second_done.version


def test_a_package_in_the_inbox_of_a_running_kiosk_is_installed_and_shown(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path
) -> None:
    key, pub = generate_keys(tmp_path / "keys" / "staff")
    into, inbox = tmp_path / "content", tmp_path / "inbox"
    inbox.mkdir()
    install_package(_package(tmp_path, key, "v1", 0, lambda t: t), into, trusted=[pub])
    second = _package(tmp_path, key, "v2", 5, lambda t: t.replace("en: Alpha", "en: Alpha two"))
    settings = Settings(
        halls=[into / CURRENT],
        content_dir=into,
        trusted_keys=[pub],
        fleet=Fleet(inbox=inbox, poll_s=600),  # looks only when the test says so
    )
    session = launch([load_hall(into / CURRENT)], settings=settings, size=(1280, 720))
    assert session.inbox is not None and session.watcher is not None
    statuses: list[str] = []
    session.inbox.outcome.connect(lambda status, _message: statuses.append(status))
    second.rename(inbox / "v2.zip")

    def look() -> None:
        session.inbox.poll()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: not session.inbox.busy, timeout=WAIT)  # type: ignore[attr-defined, union-attr]

    look()  # the first look: seen, not yet tried
    assert statuses == []
    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        look()
    qtbot.waitUntil(lambda: statuses == ["installed"], timeout=WAIT)  # type: ignore[attr-defined]
    assert session.content.hall_model.section("alpha").title["en"] == "Alpha two"
    look()
    assert statuses == ["installed"]


def test_after_a_switch_the_watcher_follows_the_new_version_folder(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path
) -> None:
    key, pub = generate_keys(tmp_path / "keys" / "staff")
    into = tmp_path / "content"
    install_package(_package(tmp_path, key, "v1", 0, lambda t: t), into, trusted=[pub])
    second = _package(tmp_path, key, "v2", 5, lambda t: t.replace("en: Alpha", "en: Alpha two"))
    settings = Settings(halls=[into / CURRENT], reload_settle_s=0.1)
    session = launch([load_hall(into / CURRENT)], settings=settings, size=(1280, 720))
    assert session.watcher is not None
    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        install_package(second, into, trusted=[pub])
    yaml = into / CURRENT / "hall.yaml"  # an edit in place, in the version now shown
    with qtbot.waitSignal(session.watcher.reloaded, timeout=WAIT):  # type: ignore[attr-defined]
        yaml.write_text(yaml.read_text(encoding="utf-8").replace("Alpha two", "Alpha 3"))
    assert session.content.hall_model.section("alpha").title["en"] == "Alpha 3"
