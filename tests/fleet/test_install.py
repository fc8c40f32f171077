"""kiosk install and rollback: a checked version switched in at once, the last 3 kept."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from kiosk.cli import ExitStatus
from kiosk.config import load_settings
from kiosk.content import load_hall
from kiosk.fleet import PackageError, install_package, rollback
from kiosk.fleet.versions import installed
from tests.fleet.packages import Bench, run


def shown(into: Path) -> str:
    """The version folder DIR/current names."""
    return Path(os.readlink(into / "current")).name


def body(into: Path) -> str:
    """The English body text of the hall read through DIR/current (checked to load)."""
    hall = load_hall(into / "current").require()
    paragraph = hall.sections[0].stories[0].body[0]
    return str(paragraph["en"])


def repack_with(bench: Bench, name: str, minutes: int, text: str) -> Path:
    """Pack the hall with its story body set to text, at T0 + minutes."""
    hall = bench.hall / "hall.yaml"
    hall.write_text(
        re.sub(r"\{zh: 正文, en: [^}]*\}", f"{{zh: 正文, en: {text}}}", hall.read_text())
    )
    return bench.pack(name, minutes)


def test_install_and_rollback_round_trip(bench: Bench) -> None:
    first = repack_with(bench, "v1.zip", 0, "One")
    code, out, err = bench.install(first)
    assert (code, err) == (ExitStatus.OK, "")
    v1 = shown(bench.into)
    assert out.startswith(f"installed version {v1} of the hall 'test-hall': ")
    assert "(before: nothing; signed by " in out
    assert body(bench.into) == "One"
    assert (bench.into / "current" / "hall.yaml").is_file()
    record = json.loads((bench.into / "install.json").read_text())
    assert record["version"] == v1 and record["action"] == "install"
    assert record["source"] == str(first) and record["previous"] is None
    assert record["signed_by"] == str(bench.pub)

    second = repack_with(bench, "v2.zip", 5, "Two")
    assert bench.install(second)[0] == ExitStatus.OK
    v2 = shown(bench.into)
    assert v2 != v1 and body(bench.into) == "Two"
    assert json.loads((bench.into / "install.json").read_text())["previous"] == v1

    code, out, err = run("rollback", "--into", str(bench.into))
    assert (code, err) == (ExitStatus.OK, "")
    assert (
        out == f"rolled back: {bench.into / 'current'} shows version {v1} again (instead of {v2})\n"
    )
    assert shown(bench.into) == v1 and body(bench.into) == "One"
    record = json.loads((bench.into / "install.json").read_text())
    assert (record["action"], record["version"], record["replaced"]) == ("rollback", v1, v2)
    assert [e["version"] for e in record["history"]] == [v1, v2, v1]

    code, out, err = run("rollback", "--into", str(bench.into))
    assert code == ExitStatus.ERROR and out == ""
    assert err == (
        f"kiosk: error: {bench.into}: {v1} is the oldest version kept here; there is no "
        "previous version to roll back to\n"
    )
    assert shown(bench.into) == v1
    assert bench.install(second)[0] == ExitStatus.OK  # forward again: v2 is newer than v1
    assert shown(bench.into) == v2 and body(bench.into) == "Two"
    assert not list(bench.into.glob(".install-*")) and not (bench.into / ".current.tmp").exists()


def test_the_last_three_versions_are_kept(bench: Bench) -> None:
    versions = []
    for n in range(5):
        bench.install(repack_with(bench, f"v{n}.zip", n, f"Text {n}"))
        versions.append(shown(bench.into))
    assert installed(bench.into) == versions[-3:]
    rollback(bench.into)
    rollback(bench.into)
    assert shown(bench.into) == versions[2]
    bench.install(repack_with(bench, "v9.zip", 9, "Nine"))  # newest 3, and the one shown before
    assert installed(bench.into) == [versions[2], versions[3], versions[4], shown(bench.into)]
    assert rollback(bench.into).version == versions[2]  # undo goes back to what was shown


def test_rollback_with_nothing_installed(tmp_path: Path) -> None:
    code, _out, err = run("rollback", "--into", str(tmp_path))
    assert code == ExitStatus.ERROR
    assert err == (
        f"kiosk: error: {tmp_path}: nothing is installed here, so there is nothing to roll back\n"
    )


def test_install_needs_a_content_folder(bench: Bench) -> None:
    code, _out, err = run("install", str(bench.pack("a.zip")))
    assert code == ExitStatus.USAGE
    assert (
        err
        == "kiosk: error: say where the content lives: --into DIR, or content_dir in the settings\n"
    )


def test_install_takes_the_folder_and_keys_from_the_settings(bench: Bench) -> None:
    config = bench.root / "kiosk.yaml"
    config.write_text(
        "content_dir: content\ntrusted_keys: [keys/staff.pub]\nhalls: [content/current]\n"
    )
    settings, findings = load_settings(config)
    assert findings == []
    assert settings.content_dir == bench.into and settings.trusted_keys == [bench.pub]
    code, _out, err = run("install", str(bench.pack("a.zip")), "--config", str(config))
    assert (code, err) == (ExitStatus.OK, "")
    assert settings.halls == [bench.into / "current"]
    assert load_hall(settings.halls[0]).ok
    assert run("rollback", "--config", str(config))[0] == ExitStatus.ERROR  # only one version


def test_a_folder_where_current_should_be_is_left_alone(bench: Bench) -> None:
    (bench.into / "current").mkdir(parents=True)
    (bench.into / "current" / "hall.yaml").write_text("a hand-made hall")
    with pytest.raises(PackageError, match="is not a link made by 'kiosk install'"):
        install_package(bench.pack("a.zip"), bench.into, trusted=[bench.pub])
    assert (bench.into / "current" / "hall.yaml").read_text() == "a hand-made hall"


def test_install_returns_what_it_did(bench: Bench) -> None:
    done = install_package(bench.pack("a.zip"), bench.into, trusted=[bench.pub])
    assert done.hall == "test-hall" and done.replaced is None and done.signed_by == bench.pub
    assert done.folder == bench.into / "versions" / done.version
    assert (bench.into / "current").resolve() == done.folder.resolve()
