"""Helpers for the fleet tests: a small hall, keys, good packages and bad ones made from them."""

from __future__ import annotations

import datetime as dt
import io
import json
import textwrap
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.cli import Env, main
from kiosk.fleet.keys import load_secret, sign
from kiosk.fleet.pack import pack_hall
from tests.conftest import MINIMAL_HALL, write_png

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)

Members = dict[str, tuple[zipfile.ZipInfo, bytes]]


def make_hall(folder: Path, hall_id: str = "test-hall", body: str = "Body") -> Path:
    """A minimal valid hall (one small picture), its id and one text adjustable."""
    folder.mkdir(parents=True, exist_ok=True)
    text = MINIMAL_HALL.replace("id: test-hall", f"id: {hall_id}").replace(
        "en: Body", f"en: {body}"
    )
    (folder / "hall.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    write_png(folder / "images" / "cover.png", (640, 360))
    return folder


def at(minutes: int) -> dt.datetime:
    """T0 plus some minutes: versions packed at known times."""
    return T0 + dt.timedelta(minutes=minutes)


def run(*argv: str) -> tuple[int, str, str]:
    """Run the kiosk command: exit status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), Env(out, err))
    return code, out.getvalue(), err.getvalue()


@dataclass
class Bench:
    """A staff PC (a hall, a key pair) and a kiosk's content folder, in tmp_path."""

    root: Path
    hall: Path
    key: Path  # the secret key's PREFIX; PREFIX.pub beside it
    into: Path

    @property
    def pub(self) -> Path:
        return self.key.with_name(self.key.name + ".pub")

    def pack(
        self, name: str, minutes: int = 0, *, signed: bool = True, hall: Path | None = None
    ) -> Path:
        """Pack the hall (or another) at T0 + minutes."""
        out = self.root / name
        pack_hall(hall or self.hall, out, secret=self.key if signed else None, now=at(minutes))
        return out

    def install(self, package: Path, *extra: str) -> tuple[int, str, str]:
        """kiosk install PACKAGE --into DIR --trust PREFIX.pub ..."""
        return run(
            "install", str(package), "--into", str(self.into), "--trust", str(self.pub), *extra
        )


def read_members(package: Path) -> tuple[dict[str, Any], Members]:
    """A package's manifest (as data) and its other members with their headers."""
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        members = {
            info.filename: (info, archive.read(info))
            for info in archive.infolist()
            if info.filename not in ("manifest.json", "manifest.sig")
        }
    return manifest, members


def repack(
    good: Path,
    out: Path,
    key: Path | None,
    edit: Callable[[dict[str, Any], Members], None] = lambda manifest, members: None,
) -> Path:
    """Rewrite a package after edit changed its manifest or members; signed again with key."""
    manifest, members = read_members(good)
    edit(manifest, members)
    data = json.dumps(manifest, indent=1).encode()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", data)
        if key is not None:
            archive.writestr("manifest.sig", sign(load_secret(key), data))
        for info, content in members.values():
            archive.writestr(info, content)
    return out


def entry(manifest: dict[str, Any], name: str) -> dict[str, Any]:
    """The manifest row of a member."""
    return next(row for row in manifest["files"] if row["path"] == name)
