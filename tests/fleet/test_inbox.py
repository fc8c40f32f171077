"""The inbox: a package that arrives is installed once complete; anything else is left alone."""

from __future__ import annotations

import errno
import logging
import os
import shutil
from pathlib import Path

import pytest

from kiosk.fleet import install as install_module
from kiosk.fleet.errors import Busy
from kiosk.fleet.inbox import Inbox, inbox_installer
from kiosk.fleet.install import InstallResult
from kiosk.fleet.keys import generate_keys
from kiosk.fleet.versions import current_version
from tests.fleet.packages import Bench, Members, make_hall, repack


def _inbox(bench: Bench, **options: object) -> tuple[Inbox, Path]:
    folder = bench.root / "inbox"
    folder.mkdir(exist_ok=True)
    installer = inbox_installer(bench.into, [bench.pub])
    return Inbox(installer, [folder], **options), folder  # type: ignore[arg-type]


def _refusals(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "not installed" in r.getMessage()]


def test_a_package_copied_in_slow_pieces_is_installed_only_when_complete(
    bench: Bench, caplog: pytest.LogCaptureFixture
) -> None:
    inbox, folder = _inbox(bench)
    data = bench.pack("v1.zip").read_bytes()
    target = folder / "v1.zip"
    step = max(1, len(data) // 7)
    with target.open("wb") as out:
        for start in range(0, len(data), step):
            out.write(data[start : start + step])
            out.flush()
            assert inbox.poll() == []  # it grew since the last look: not tried
            assert current_version(bench.into) is None
    first = inbox.poll()  # the same as the last look: complete, checked, installed
    assert [o.status for o in first] == ["installed"]
    assert current_version(bench.into) == first[0].result.version  # type: ignore[union-attr]
    assert inbox.poll() == [] and inbox.poll() == []  # installed once
    assert not _refusals(caplog)


def test_a_copy_that_pauses_half_way_is_refused_once_then_installed_when_complete(
    bench: Bench, caplog: pytest.LogCaptureFixture
) -> None:
    inbox, folder = _inbox(bench)
    bench.install(bench.pack("v1.zip"))
    shown = current_version(bench.into)
    data = bench.pack("v2.zip", minutes=5).read_bytes()
    target = folder / "v2.zip"
    target.write_bytes(data[: len(data) // 2])
    caplog.set_level(logging.WARNING)
    outcomes = [o for _ in range(5) for o in inbox.poll()]  # the copy stalls for five looks
    assert [o.status for o in outcomes] == ["refused"]
    assert len(_refusals(caplog)) == 1  # logged once, not at every look
    assert "not a whole package" in _refusals(caplog)[0]
    assert current_version(bench.into) == shown
    assert not list((bench.into / "versions").glob("*/.install-*"))
    with target.open("ab") as out:
        out.write(data[len(data) // 2 :])
    assert inbox.poll() == []
    assert [o.status for o in inbox.poll()] == ["installed"]
    assert current_version(bench.into) != shown


@pytest.mark.parametrize("problem", ["corrupt", "older", "same", "wrong key", "unsigned"])
def test_a_bad_package_is_left_alone_and_logged_once(
    bench: Bench, caplog: pytest.LogCaptureFixture, problem: str
) -> None:
    inbox, folder = _inbox(bench)
    bench.install(bench.pack("v1.zip", minutes=10))
    shown = current_version(bench.into)
    if problem == "corrupt":

        def flip(manifest: dict[str, object], members: Members) -> None:
            info, content = members["test-hall/hall.yaml"]
            members["test-hall/hall.yaml"] = (info, content.replace(b"Body", b"Bodx"))

        repack(bench.pack("v2.zip", minutes=20), folder / "p.zip", bench.key, flip)
    elif problem == "older":
        bench.pack("v0.zip", minutes=0).rename(folder / "p.zip")
    elif problem == "same":
        (folder / "p.zip").write_bytes((bench.root / "v1.zip").read_bytes())
    elif problem == "wrong key":
        bench.key, _pub = generate_keys(bench.root / "other" / "key")
        bench.pack("v2.zip", minutes=20).rename(folder / "p.zip")
    else:
        bench.pack("v2.zip", minutes=20, signed=False).rename(folder / "p.zip")
    caplog.set_level(logging.WARNING)
    outcomes = [o for _ in range(4) for o in inbox.poll()]
    assert [o.status for o in outcomes] == ["refused"]
    assert len(_refusals(caplog)) == 1
    assert current_version(bench.into) == shown
    assert (folder / "p.zip").exists()  # left where it is


def test_hidden_files_and_other_names_are_not_packages(bench: Bench) -> None:
    inbox, folder = _inbox(bench)
    data = bench.pack("v1.zip").read_bytes()
    (folder / ".v1.zip.Xy12Ab").write_bytes(data)  # rsync's temporary name
    (folder / ".syncthing.v1.zip.tmp").write_bytes(data)
    (folder / "v1.zip.part").write_bytes(data)
    (folder / "sub.zip").mkdir()
    (folder / "link.zip").symlink_to(bench.root / "v1.zip")
    for _ in range(3):
        assert inbox.poll() == []
    assert current_version(bench.into) is None


def test_a_busy_content_folder_is_tried_again_at_the_next_look(bench: Bench) -> None:
    calls: list[Path] = []
    real = inbox_installer(bench.into, [bench.pub])

    def installer(path: Path) -> InstallResult:
        calls.append(path)
        if len(calls) == 1:
            raise Busy(bench.into, "another install or rollback is running here")
        return real(path)

    folder = bench.root / "inbox"
    folder.mkdir()
    bench.pack("v1.zip").rename(folder / "v1.zip")
    inbox = Inbox(installer, [folder])
    assert inbox.poll() == [] and inbox.poll() == []  # first look; then busy
    assert [o.status for o in inbox.poll()] == ["installed"]
    assert len(calls) == 2


def test_a_usb_package_waits_for_the_staff_when_the_settings_say_so(
    bench: Bench, caplog: pytest.LogCaptureFixture
) -> None:
    stick = bench.root / "media" / "kiosk" / "STICK" / "kiosk-packages"
    stick.mkdir(parents=True)
    bench.pack("v1.zip").rename(stick / "v1.zip")
    inbox = Inbox(
        inbox_installer(bench.into, [bench.pub]),
        usb_mounts=[str(bench.root / "media" / "*" / "*" / "kiosk-packages")],
        usb_needs_pin=True,
    )
    caplog.set_level(logging.WARNING)
    outcomes = [o for _ in range(4) for o in inbox.poll()]
    assert [o.status for o in outcomes] == ["waiting"]
    assert "waits for the staff PIN" in outcomes[0].message
    assert inbox.waiting == [stick / "v1.zip"]
    assert current_version(bench.into) is None
    inbox.approve(stick / "v1.zip")
    assert [o.status for o in inbox.poll()] == ["installed"]
    assert inbox.waiting == []


def test_a_usb_package_without_the_pin_setting_is_installed(bench: Bench) -> None:
    stick = bench.root / "media" / "STICK" / "kiosk-packages"
    stick.mkdir(parents=True)
    bench.pack("v1.zip").rename(stick / "v1.zip")
    inbox = Inbox(
        inbox_installer(bench.into, [bench.pub]),
        usb_mounts=[str(bench.root / "media" / "*" / "kiosk-packages")],
    )
    assert inbox.poll() == []
    assert [o.status for o in inbox.poll()] == ["installed"]


def test_a_missing_inbox_folder_is_no_error(bench: Bench) -> None:
    inbox = Inbox(inbox_installer(bench.into, [bench.pub]), [bench.root / "nowhere"], ["/no/*"])
    assert inbox.poll() == []


def test_another_hall_in_the_inbox_is_refused(bench: Bench) -> None:
    inbox, folder = _inbox(bench)
    bench.install(bench.pack("v1.zip"))
    other = make_hall(bench.root / "other", hall_id="other-hall")
    bench.pack("o.zip", minutes=5, hall=other).rename(folder / "o.zip")
    outcomes = [o for _ in range(3) for o in inbox.poll()]
    assert [o.status for o in outcomes] == ["refused"]
    assert "other-hall" in outcomes[0].message


def test_a_version_rolled_back_from_is_not_installed_again_by_the_inbox(
    bench: Bench, caplog: pytest.LogCaptureFixture
) -> None:
    from kiosk.fleet.versions import rollback

    inbox, folder = _inbox(bench)
    bench.install(bench.pack("v1.zip"))
    first = current_version(bench.into)
    bench.pack("v2.zip", minutes=5).rename(folder / "v2.zip")
    inbox.poll()
    assert [o.status for o in inbox.poll()] == ["installed"]
    rollback(bench.into)  # the staff did not like it
    restarted, _ = _inbox(bench)  # the kiosk started again: a new inbox sees v2.zip anew
    outcomes = [o for _ in range(3) for o in restarted.poll()]
    assert [o.status for o in outcomes] == ["refused"]
    assert "was rolled back on this kiosk" in outcomes[0].message
    assert current_version(bench.into) == first
    code, _out, err = bench.install(folder / "v2.zip")  # by hand: shown again
    assert code == 0, err
    assert (bench.into / "install.json").is_file()
    from kiosk.fleet.versions import rolled_back

    assert rolled_back(bench.into) == set()


def test_an_old_package_on_a_usb_stick_is_refused_without_asking_the_staff(bench: Bench) -> None:
    from kiosk.fleet.inbox import newer_than_installed

    stick = bench.root / "media" / "STICK" / "kiosk-packages"
    stick.mkdir(parents=True)
    bench.install(bench.pack("v1.zip", minutes=10))
    bench.pack("v0.zip", minutes=0).rename(stick / "v0.zip")
    inbox = Inbox(
        inbox_installer(bench.into, [bench.pub]),
        usb_mounts=[str(bench.root / "media" / "*" / "kiosk-packages")],
        usb_needs_pin=True,
        wanted=newer_than_installed(bench.into),
    )
    outcomes = [o for _ in range(3) for o in inbox.poll()]
    assert [o.status for o in outcomes] == ["refused"]
    assert "older than the installed" in outcomes[0].message
    assert inbox.waiting == []


def test_a_package_refused_for_a_full_disk_is_tried_again_once_there_is_room(
    bench: Bench, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, folder = _inbox(bench)
    bench.pack("v1.zip").rename(folder / "v1.zip")
    real = shutil.disk_usage
    free = {"bytes": 10}  # what the disk under the content folder has left

    def usage(path: str | Path) -> object:
        return real(path)._replace(free=free["bytes"])  # type: ignore[attr-defined]

    monkeypatch.setattr(shutil, "disk_usage", usage)
    caplog.set_level(logging.WARNING)
    outcomes = [o for _ in range(4) for o in inbox.poll()]  # looked at, refused, left alone
    assert [o.status for o in outcomes] == ["refused"]
    assert "are free under" in outcomes[0].message
    assert f"is tried again once the disk under '{bench.into}' has more room" in caplog.text
    assert current_version(bench.into) is None
    free["bytes"] += 1000  # a log line removed: not what it needs, not tried again
    assert inbox.poll() == []
    free["bytes"] = real(bench.root).free  # the staff made room
    again = inbox.poll()
    assert [o.status for o in again] == ["installed"]
    assert current_version(bench.into) == again[0].result.version  # type: ignore[union-attr]
    assert inbox.poll() == []
    assert len(_refusals(caplog)) == 1


def test_a_disk_that_fills_while_unpacking_is_tried_again_once_there_is_room(
    bench: Bench, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, folder = _inbox(bench)
    bench.pack("v1.zip").rename(folder / "v1.zip")
    free = {"bytes": 5_000_000}
    real = shutil.disk_usage
    monkeypatch.setattr(
        shutil,
        "disk_usage",
        lambda path: real(path)._replace(free=free["bytes"]),
    )
    full = {"on": True}
    real_unpack = install_module._unpack

    def unpack(*args: object) -> None:
        if full["on"]:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_unpack(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(install_module, "_unpack", unpack)
    outcomes = [o for _ in range(3) for o in inbox.poll()]
    assert [o.status for o in outcomes] == ["refused"]
    assert "is full; nothing was changed" in outcomes[0].message
    full["on"] = False
    assert inbox.poll() == []  # as full as it was: left alone
    free["bytes"] += 50_000_000
    assert [o.status for o in inbox.poll()] == ["installed"]
