"""kiosk pack: one zip file with the hall, a manifest of every file, and its signature."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

from kiosk import __version__
from kiosk.cli import ExitStatus
from kiosk.fleet.keys import signer
from kiosk.fleet.manifest import fingerprint, parse
from kiosk.fleet.pack import pack_hall
from kiosk.media import Cache
from tests.fleet.packages import T0, Bench, at, run


def test_the_manifest_lists_every_file_with_its_size_and_sha256(bench: Bench) -> None:
    (bench.hall / ".DS_Store").write_bytes(b"finder")  # hidden files stay out
    (bench.hall / ".hall.yaml.abc.tmp").write_bytes(b"an editor's")
    package = bench.pack("hall.zip")
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        manifest = parse(archive.read("manifest.json"))
        data = archive.read("manifest.json")
        assert signer([bench.pub], data, archive.read("manifest.sig")) == bench.pub
        for row in manifest.files:
            content = archive.read(row.path)
            assert (len(content), hashlib.sha256(content).hexdigest()) == (row.size, row.sha256)
    assert names == [
        "manifest.json",
        "manifest.sig",
        "test-hall/hall.yaml",
        "test-hall/images/cover.png",
    ]
    assert manifest.hall == manifest.folder == "test-hall"
    assert manifest.created == T0
    assert manifest.checked_by == f"kiosk {__version__}"
    rows = [(r.path.removeprefix("test-hall/"), r.size, r.sha256) for r in manifest.files]
    assert manifest.fingerprint == fingerprint(rows)
    assert manifest.version == f"20261201T090000Z-{manifest.fingerprint[:12]}"
    assert manifest.total_size == sum(f.stat().st_size for f in bench.hall.rglob("*") if
                                      not f.name.startswith(".") and f.is_file())  # fmt: skip


def test_the_fingerprint_follows_the_content_not_the_file_times(bench: Bench) -> None:
    first = bench.pack("a.zip", 0)
    os.utime(bench.hall / "hall.yaml", (1, 1))
    second = bench.pack("b.zip", 0)
    text = (bench.hall / "hall.yaml").read_text()
    (bench.hall / "hall.yaml").write_text(text.replace("Body", "Other"))
    third = bench.pack("c.zip", 0)

    def version(package: Path) -> str:
        with zipfile.ZipFile(package) as archive:
            return parse(archive.read("manifest.json")).version

    assert version(first) == version(second) != version(third)


def test_a_blocked_hall_is_not_packed_and_its_findings_are_shown(bench: Bench) -> None:
    (bench.hall / "hall.yaml").write_text("id: test-hall\ntitle: [\n")
    out = bench.root / "hall.zip"
    code, stdout, err = run("pack", str(bench.hall), "--out", str(out))
    assert code == ExitStatus.INVALID_CONTENT and stdout == ""
    lines = err.splitlines()
    assert lines[0].startswith("hall.yaml:")
    assert lines[-1] == (
        f"kiosk: error: {bench.hall}: the hall is blocked by the errors above; nothing was packed"
    )
    assert not out.exists() and list(bench.root.glob(".hall.zip.*")) == []


def test_pack_command_signs_and_says_what_it_wrote(bench: Bench) -> None:
    out = bench.root / "hall.zip"
    code, stdout, err = run("pack", str(bench.hall), "--out", str(out), "--sign", str(bench.key))
    assert (code, err) == (ExitStatus.OK, "")
    assert stdout.startswith(f"wrote {out}: hall 'test-hall', version ")
    assert stdout.rstrip().endswith(f"2 files, {out.stat().st_size:,} bytes, signed")
    code, stdout, err = run("pack", str(bench.hall), "--out", str(bench.root / "u.zip"))
    assert code == ExitStatus.OK and stdout.rstrip().endswith("NOT signed")
    with zipfile.ZipFile(bench.root / "u.zip") as archive:
        assert "manifest.sig" not in archive.namelist()


def test_pack_with_a_missing_secret_key_writes_nothing(bench: Bench) -> None:
    out = bench.root / "hall.zip"
    code, _out, err = run(
        "pack", str(bench.hall), "--out", str(out), "--sign", str(bench.root / "nokey")
    )
    assert code == ExitStatus.ERROR and "nokey" in err and len(err.splitlines()) == 1
    assert not out.exists()


def test_with_images_packs_the_prepared_images_and_install_fills_the_cache(
    bench: Bench, tmp_path: Path
) -> None:
    cache = Cache(tmp_path / "cache")
    digest = cache.digest(bench.hall / "images" / "cover.png")
    prepared = cache.root / digest[:2] / f"{digest}-640.jpg"
    prepared.parent.mkdir(parents=True)
    prepared.write_bytes(b"a prepared jpeg")
    out = tmp_path / "hall.zip"
    packed = pack_hall(bench.hall, out, secret=bench.key, cache=cache, now=at(0))
    rel = prepared.relative_to(cache.base).as_posix()
    assert f"prepared/{rel}" in [row.path for row in packed.manifest.files]
    from kiosk.fleet import install_package

    kiosk_cache = Cache(tmp_path / "kiosk-cache")
    done = install_package(out, bench.into, trusted=[bench.pub], cache=kiosk_cache)
    assert done.prepared == 1
    assert (kiosk_cache.base / rel).read_bytes() == b"a prepared jpeg"
    assert not (done.folder / ".prepared").exists()
    assert json.loads((done.folder / ".manifest.json").read_text())["version"] == done.version


def test_a_package_is_not_written_into_its_own_hall(bench: Bench) -> None:
    out = bench.hall / "images" / "hall.zip"
    code, _out, err = run("pack", str(bench.hall), "--out", str(out))
    assert code == ExitStatus.ERROR
    assert err == (
        f"kiosk: error: {out}: is inside the hall folder; write the package somewhere else\n"
    )
    assert not out.exists()


def test_the_hall_yaml_itself_may_be_named(bench: Bench) -> None:
    packed = pack_hall(bench.hall / "hall.yaml", bench.root / "hall.zip", now=at(0))
    assert [row.path for row in packed.manifest.files] == [
        "test-hall/hall.yaml",
        "test-hall/images/cover.png",
    ]
