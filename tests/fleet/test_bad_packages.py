"""Every bad package is refused with one clear line, and the kiosk goes on showing what it did."""

from __future__ import annotations

import builtins
import errno
import hashlib
import io
import os
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.cli import ExitStatus
from kiosk.fleet import install as install_module
from kiosk.fleet.keys import generate_keys
from tests.fleet.packages import Bench, Members, entry, make_hall, repack, run

HALL_YAML = "test-hall/hall.yaml"
PICTURE = "test-hall/images/cover.png"


def state(into: Path) -> dict[str, Any]:
    """Everything install may change in the content folder."""
    return {
        "current": os.readlink(into / "current"),
        "files": sorted(str(p.relative_to(into)) for p in into.rglob("*")),
        "record": (into / "install.json").read_bytes(),
    }


@pytest.fixture
def kiosk(bench: Bench) -> Bench:
    """A content folder with one version installed (packed at T0)."""
    code, _out, err = bench.install(bench.pack("v1.zip", 0))
    assert (code, err) == (ExitStatus.OK, "")
    (bench.hall / "hall.yaml").write_text(
        (bench.hall / "hall.yaml").read_text().replace("en: Body", "en: Newer")
    )
    return bench


def refused(bench: Bench, package: Path, *extra: str, about: Path | None = None) -> str:
    """Install package; check it is refused and nothing changed; the one error line (about
    the package, or the file given)."""
    about = about or package
    before = state(bench.into)
    code, out, err = bench.install(package, *extra)
    assert code != ExitStatus.OK and out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"kiosk: error: {about}: ")
    assert state(bench.into) == before
    return err.rstrip("\n").removeprefix(f"kiosk: error: {about}: ")


def newer(bench: Bench) -> Path:
    """A good package of a newer version (installs fine)."""
    return bench.pack("v2.zip", 5)


def rewritten(bench: Bench, edit: Callable[[dict[str, Any], Members], None]) -> Path:
    """The newer package after edit, signed again with the trusted key (so only edit is wrong)."""
    return repack(newer(bench), bench.root / "bad.zip", bench.key, edit)


def add_member(members: Members, manifest: dict[str, Any], name: str, data: bytes,
               mode: int = stat.S_IFREG | 0o644, listed: bool = True) -> None:  # fmt: skip
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    members[name + "\0" * len(members)] = (info, data)  # keys unique even for duplicate names
    if listed:
        manifest["files"].append(
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        )


def test_a_good_newer_package_installs(kiosk: Bench) -> None:
    assert kiosk.install(newer(kiosk))[0] == ExitStatus.OK


def test_a_truncated_package(kiosk: Bench) -> None:
    package = newer(kiosk)
    package.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    assert refused(kiosk, package).startswith("not a whole package: not a zip file, cut short")


@pytest.mark.parametrize("where", ["manifest", "hall.yaml", "picture"])
def test_one_byte_changed(kiosk: Bench, where: str) -> None:
    package = newer(kiosk)
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo({"manifest": "manifest.json", "hall.yaml": HALL_YAML,
                                "picture": PICTURE}[where])  # fmt: skip
    offset = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[offset] ^= 0x20
    package.write_bytes(bytes(data))
    message = refused(kiosk, package)
    assert message.startswith(("not a whole package", "its signature does not match",
                               f"member '{info.filename}' is damaged"))  # fmt: skip


def test_a_file_changed_inside_a_whole_zip(kiosk: Bench) -> None:
    def edit(manifest: dict[str, Any], members: Members) -> None:
        info, data = members[HALL_YAML]
        members[HALL_YAML] = (info, data.replace(b"Newer", b"Evil!"))

    message = refused(kiosk, rewritten(kiosk, edit))
    assert message == (
        f"member '{HALL_YAML}' is not the file manifest.json describes (changed or damaged); "
        "nothing was changed"
    )


def test_an_unsigned_package_and_the_setting_that_allows_it(kiosk: Bench) -> None:
    package = kiosk.pack("unsigned.zip", 5, signed=False)
    assert refused(kiosk, package) == (
        "the package is not signed (pack it with --sign); nothing was changed"
    )
    config = kiosk.root / "kiosk.yaml"
    config.write_text("allow_unsigned_packages: true\n")
    code, out, _err = run(
        "install", str(package), "--into", str(kiosk.into), "--config", str(config)
    )
    assert code == ExitStatus.OK and "unsigned, allowed by the settings" in out


def test_a_package_signed_by_another_key(kiosk: Bench) -> None:
    other, _pub = generate_keys(kiosk.root / "other")
    package = repack(newer(kiosk), kiosk.root / "other.zip", other)
    assert refused(kiosk, package) == (
        "its signature does not match any trusted key: signed by another key, or changed after "
        "signing; nothing was changed"
    )


def test_a_signed_package_without_any_trusted_key(kiosk: Bench) -> None:
    package = newer(kiosk)
    before = state(kiosk.into)
    code, _out, err = run("install", str(package), "--into", str(kiosk.into))
    assert code == ExitStatus.ERROR and "no trusted key to check its signature" in err
    assert state(kiosk.into) == before


def test_a_manifest_lying_about_a_size(kiosk: Bench) -> None:
    def edit(manifest: dict[str, Any], members: Members) -> None:
        entry(manifest, PICTURE)["size"] -= 1

    size = len(read_picture(newer(kiosk)))
    assert refused(kiosk, rewritten(kiosk, edit)) == (
        f"member '{PICTURE}': {size:,} bytes, but manifest.json says {size - 1:,}; "
        "nothing was changed"
    )


def read_picture(package: Path) -> bytes:
    with zipfile.ZipFile(package) as archive:
        return archive.read(PICTURE)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("../escape.txt", "a path leading out of the package ('..')"),
        ("test-hall/../../escape.txt", "a path leading out of the package ('..')"),
        ("/tmp/escape.txt", "an absolute path"),
        ("C:/escape.txt", "an absolute path"),
        ("test-hall\\..\\escape.txt", "not a plain file name"),
    ],
)
@pytest.mark.parametrize("listed", [True, False])
def test_a_member_escaping_its_folder(kiosk: Bench, name: str, problem: str, listed: bool) -> None:
    package = rewritten(kiosk, lambda m, members: add_member(members, m, name, b"x", listed=listed))
    message = refused(kiosk, package)
    if listed:  # the signed manifest itself names it
        assert message == f"manifest.json names '{name}': {problem}"
    else:
        assert message == f"member '{name}': {problem}; nothing was changed"
    assert not (kiosk.root / "escape.txt").exists() and not Path("/tmp/escape.txt").exists()


def test_a_symlink_member(kiosk: Bench) -> None:
    package = rewritten(
        kiosk,
        lambda m, members: add_member(
            members, m, "test-hall/images/link.png", b"/etc/passwd", stat.S_IFLNK | 0o777
        ),
    )
    assert refused(kiosk, package) == (
        "member 'test-hall/images/link.png': a symbolic link (a package holds only plain "
        "files); nothing was changed"
    )


def test_a_member_not_in_the_manifest_and_one_missing(kiosk: Bench) -> None:
    extra = rewritten(
        kiosk, lambda m, members: add_member(members, m, "test-hall/x.txt", b"x", listed=False)
    )
    assert refused(kiosk, extra) == (
        "member 'test-hall/x.txt': not listed in manifest.json; nothing was changed"
    )
    missing = rewritten(kiosk, lambda m, members: members.pop(PICTURE) and None)
    assert refused(kiosk, missing) == (
        f"'{PICTURE}' is in manifest.json but not in the package (and 0 more)"
    )


def test_a_member_twice(kiosk: Bench) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        package = rewritten(
            kiosk, lambda m, members: add_member(members, m, HALL_YAML, b"id: x\n", listed=False)
        )
    assert refused(kiosk, package) == (
        f"member '{HALL_YAML}': in the package twice; nothing was changed"
    )


def test_a_zip_bomb(kiosk: Bench) -> None:
    """A member whose header and manifest say 100 bytes, that inflates to 50 MB."""
    name = "test-hall/images/bomb.bin"
    bomb = b"\0" * 50_000_000

    def edit(manifest: dict[str, Any], members: Members) -> None:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        members[name] = (info, bomb)
        manifest["files"].append(
            {"path": name, "size": 100, "sha256": hashlib.sha256(bomb[:100]).hexdigest()}
        )

    package = rewritten(kiosk, edit)
    assert package.stat().st_size < 1_000_000
    set_declared_size(package, name, 100)
    message = refused(kiosk, package)
    assert message.startswith(f"member '{name}' is damaged")


def set_declared_size(package: Path, name: str, size: int) -> None:
    """Make the central directory claim a member's unpacked size is size."""
    data = bytearray(package.read_bytes())
    at = 0
    needle = name.encode()
    while True:
        at = data.index(b"PK\x01\x02", at)
        length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + length]) == needle:
            struct.pack_into("<I", data, at + 24, size)
            break
        at += 4
    package.write_bytes(bytes(data))
    with zipfile.ZipFile(package) as archive:
        assert archive.getinfo(name).file_size == size


def test_another_hall_is_refused_unless_named(kiosk: Bench) -> None:
    other = make_hall(kiosk.root / "other-hall", hall_id="other-hall")
    package = kiosk.pack("other.zip", 5, hall=other)
    assert refused(kiosk, package) == (
        "the package is of the hall 'other-hall', but 'test-hall' is installed here; add "
        "--hall other-hall to install it instead; nothing was changed"
    )
    assert refused(kiosk, package, "--hall", "test-hall") == (
        "the package is of the hall 'other-hall', not 'test-hall' as --hall says; nothing was "
        "changed"
    )
    code, out, _err = kiosk.install(package, "--hall", "other-hall")
    assert code == ExitStatus.OK and "of the hall 'other-hall'" in out


def test_an_older_or_the_same_version(kiosk: Bench) -> None:
    installed_version = os.path.basename(os.readlink(kiosk.into / "current"))
    assert refused(kiosk, kiosk.root / "v1.zip") == (
        f"version {installed_version} is installed already; nothing was changed"
    )
    older = kiosk.pack("older.zip", -5)
    message = refused(kiosk, older)
    assert message.startswith("the package holds version 20261201T085500Z-")
    assert message.endswith(
        f", older than the installed {installed_version}; nothing was changed (to go back, use "
        "'kiosk rollback')"
    )


def test_a_full_disk_while_unpacking(kiosk: Bench, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = builtins.open

    class FullDisk(io.BufferedWriter):
        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def full_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        if "x" in mode:
            handle.close()
            return FullDisk(real_open(file, "wb", buffering=0))
        return handle

    monkeypatch.setattr(install_module, "open", full_open, raising=False)
    assert refused(kiosk, newer(kiosk)) == (
        f"the disk under '{kiosk.into}' is full; nothing was changed"
    )


def test_not_a_zip_at_all(kiosk: Bench) -> None:
    package = kiosk.root / "notes.txt"
    package.write_text("hall.yaml and some pictures\n")
    assert refused(kiosk, package).startswith("not a whole package: not a zip file")
    empty = kiosk.root / "empty.zip"
    empty.write_bytes(b"")
    assert refused(kiosk, empty).startswith("not a whole package")


def test_a_zip_that_is_no_package(kiosk: Bench) -> None:
    package = kiosk.root / "photos.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("cover.png", b"png")
    assert refused(kiosk, package) == "no manifest.json: not a package made by 'kiosk pack'"


@pytest.mark.parametrize("kind", ["fifo", "folder", "missing"])
def test_a_fifo_a_folder_or_nothing_given_as_the_package(kiosk: Bench, kind: str) -> None:
    path = kiosk.root / "package.zip"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    message = refused(kiosk, path)
    assert (
        message
        == {
            "fifo": "is a named pipe (FIFO), not a package file",
            "folder": "is a folder, not a package file",
            "missing": "No such file or directory",
        }[kind]
    )


def test_a_blocked_hall_inside_a_signed_package(kiosk: Bench) -> None:
    def edit(manifest: dict[str, Any], members: Members) -> None:
        info, _data = members[HALL_YAML]
        broken = b"id: test-hall\ntitle: [\n"
        members[HALL_YAML] = (info, broken)
        row = entry(manifest, HALL_YAML)
        row.update(size=len(broken), sha256=hashlib.sha256(broken).hexdigest())

    package = rewritten(kiosk, edit)
    before = state(kiosk.into)
    code, _out, err = kiosk.install(package)
    assert code == ExitStatus.INVALID_CONTENT
    lines = err.splitlines()
    assert lines[0].startswith("hall.yaml:")
    assert lines[-1] == (
        f"kiosk: error: {package}: the hall in the package is blocked by the errors above; "
        "nothing was changed"
    )
    assert state(kiosk.into) == before


def test_a_manifest_that_is_not_one(kiosk: Bench) -> None:
    def edit(manifest: dict[str, Any], members: Members) -> None:
        manifest["version"] = "latest"

    assert refused(kiosk, rewritten(kiosk, edit)).startswith("manifest.json: version: ")
    package = kiosk.root / "garbage.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("manifest.json", b"\xff not json")
    assert refused(kiosk, package).startswith("the package is not signed")
    config = kiosk.root / "kiosk.yaml"
    config.write_text("allow_unsigned_packages: true\n")
    code, _out, err = run(
        "install", str(package), "--into", str(kiosk.into), "--config", str(config)
    )
    assert code == ExitStatus.ERROR
    assert err.startswith(f"kiosk: error: {package}: manifest.json is not JSON")


def test_a_hidden_member(kiosk: Bench) -> None:
    name = "test-hall/.manifest.json"
    package = rewritten(kiosk, lambda m, members: add_member(members, m, name, b"{}"))
    assert refused(kiosk, package) == (
        f"manifest.json names '{name}', a hidden file (packages hold none)"
    )


def test_one_install_at_a_time(kiosk: Bench) -> None:
    fcntl = pytest.importorskip("fcntl")
    with open(kiosk.into / ".lock", "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        before = state(kiosk.into)
        code, _out, err = kiosk.install(newer(kiosk))
        assert code == ExitStatus.ERROR
        assert err == (
            f"kiosk: error: {kiosk.into}: another install or rollback is running here; try "
            "again when it has ended\n"
        )
        assert state(kiosk.into) == before


def test_no_right_to_make_links(kiosk: Bench, monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows without the symlink right: the unpacked version goes, current stays."""

    def no_symlink(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(errno.EPERM, "A required privilege is not held by the client")

    monkeypatch.setattr(os, "symlink", no_symlink)
    message = refused(kiosk, newer(kiosk), about=kiosk.into / "current")
    assert message.startswith("cannot switch to 2026")
    assert message.endswith(": A required privilege is not held by the client")


def test_a_prepared_image_outside_the_cache_layout(kiosk: Bench) -> None:
    name = "prepared/v1/ab/run-me.sh"
    package = rewritten(kiosk, lambda m, members: add_member(members, m, name, b"#!/bin/sh\n"))
    assert refused(kiosk, package) == f"manifest.json names '{name}', not a prepared image"


def test_a_hall_id_that_differs_from_the_manifest(kiosk: Bench) -> None:
    def edit(manifest: dict[str, Any], members: Members) -> None:
        info, data = members[HALL_YAML]
        changed = data.replace(b"id: test-hall", b"id: other-hall", 1)
        members[HALL_YAML] = (info, changed)
        entry(manifest, HALL_YAML).update(
            size=len(changed), sha256=hashlib.sha256(changed).hexdigest()
        )

    assert refused(kiosk, rewritten(kiosk, edit)) == (
        "its hall.yaml has the id 'other-hall', but manifest.json says 'test-hall'; nothing was "
        "changed"
    )


def test_a_full_disk_when_writing_the_record(kiosk: Bench, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(install_module, "write_record", full)
    assert refused(kiosk, newer(kiosk)) == (
        f"the disk under '{kiosk.into}' is full; nothing was changed"
    )


def test_a_member_whose_directory_entry_points_outside_the_file(bench: Bench) -> None:
    data = bytearray(bench.pack("good.zip").read_bytes())
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    data[entry + 42 : entry + 46] = (len(data) + 1000).to_bytes(4, "little")  # its local header
    bad = bench.root / "bad.zip"
    bad.write_bytes(bytes(data))
    code, _out, err = bench.install(bad)
    assert code != 0
    assert "not a whole package" in err and "out of bounds" in err
    assert not (bench.into / "current").exists()


def test_a_member_name_with_a_line_break_stays_on_one_log_line() -> None:
    """A changed byte once turned a name into 'test-ha\\nl/…' and the message into two lines."""
    from kiosk.fleet.install import _shown

    assert _shown("test-ha\nl/images/cover.png") == "test-ha\\nl/images/cover.png"
    assert _shown("test-hall\\..\\escape.txt") == "test-hall\\..\\escape.txt"  # printable: as is
