"""Regular files only, bounded reads and atomic writes (kiosk.files)."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

from kiosk.files import NotAFile, TooLarge, atomic_write, open_regular, read_limited

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev/zero")


def test_reads_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    assert read_limited(path, 5) == b"hello"
    with open_regular(path) as handle:
        assert handle.read() == b"hello"


def test_refuses_a_file_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(TooLarge, match="11 bytes, over the 10-byte limit"):
        read_limited(path, 10)


def test_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NotAFile) as caught:
        read_limited(tmp_path, 10)
    assert caught.value.what == "a folder"


@posix_only
def test_a_named_pipe_is_refused_at_once_never_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    started = time.monotonic()
    with pytest.raises(NotAFile) as caught:
        read_limited(pipe, 10)
    assert time.monotonic() - started < 1.0
    assert caught.value.what == "a named pipe (FIFO)"


@posix_only
def test_a_link_to_dev_zero_is_refused_without_reading(tmp_path: Path) -> None:
    link = tmp_path / "zero"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotAFile) as caught:
        read_limited(link, 10)
    assert caught.value.what == "a device"


def test_atomic_write_replaces_whole_files(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "a.txt"
    atomic_write(path, b"one")
    atomic_write(path, lambda handle: handle.write(b"two"), mode=0o600)
    assert path.read_bytes() == b"two"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["a.txt"]  # no temporary file left


def test_a_failed_atomic_write_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")

    def fail(handle: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        atomic_write(path, fail)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_write_removes_what_a_power_cut_left_of_an_earlier_write(tmp_path: Path) -> None:
    from kiosk.files import atomic_write

    target = tmp_path / "kiosk.yaml"
    left = tmp_path / ".kiosk.yaml.abc123.tmp"  # a write killed before its rename
    left.write_bytes(b"half")
    other = tmp_path / ".usage.db.xyz.tmp"  # another file's: not this write's business
    other.write_bytes(b"x")
    atomic_write(target, b"idle_timeout: 60\n")
    assert target.read_bytes() == b"idle_timeout: 60\n"
    assert not left.exists() and other.exists()
