"""Any cut or any changed byte of a package: refused whole, or installed byte for byte right."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.fleet import PackageError, install_package
from kiosk.fleet.keys import generate_keys
from kiosk.fleet.pack import pack_hall
from tests.fleet.packages import at, make_hall


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A signed package, its public key and its hall folder."""
    root = tmp_path_factory.mktemp("fuzz")
    key, pub = generate_keys(root / "staff")
    hall = make_hall(root / "hall")
    package = root / "good.zip"
    pack_hall(hall, package, secret=key, now=at(0))
    return package, pub, hall


_runs = itertools.count()


def _attempt(good: tuple[Path, Path, Path], data: bytes) -> None:
    package, pub, hall = good
    root = package.parent / f"run-{next(_runs)}"
    root.mkdir()
    try:
        bad = root / "bad.zip"
        bad.write_bytes(data)
        into = root / "content"
        try:
            done = install_package(bad, into, trusted=[pub])
        except PackageError as exc:
            assert str(exc).startswith(f"{bad}: ") and "\n" not in str(exc)
            assert not (into / "current").exists()
            assert list(into.glob(".install-*")) == [] if into.exists() else True
            return
        # The byte changed was one nothing depends on (a time in a header): all is as packed.
        for file in hall.rglob("*"):
            if file.is_file():
                assert (done.folder / file.relative_to(hall)).read_bytes() == file.read_bytes()
    finally:
        shutil.rmtree(root)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.floats(0, 1, exclude_max=True))
def test_a_cut_package(good: tuple[Path, Path, Path], cut: float) -> None:
    data = good[0].read_bytes()
    _attempt(good, data[: int(len(data) * cut)])


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(where=st.floats(0, 1, exclude_max=True), flip=st.integers(1, 255))
def test_one_changed_byte(good: tuple[Path, Path, Path], where: float, flip: int) -> None:
    data = bytearray(good[0].read_bytes())
    data[int(len(data) * where)] ^= flip
    _attempt(good, bytes(data))
