"""Writes what a kiosk writes, over and over, until killed (tests/ops/test_power_loss.py).

Each line on stdout says what is committed: `usage N` (N rows of this run written and
flushed), `pin P` (the settings file holds P's hash), `lockout N` (N wrong tries kept),
`image F` (a derivative of F is in the cache).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from kiosk.config import load_settings, write_pin
from kiosk.media import ALL_SIZES, Cache, derive_all
from kiosk.ops.pin import Lockout, hash_pin
from kiosk.ops.usage import Kind, UsageLog


def main(folder: Path) -> None:
    """Loop over the four kinds of write in folder; every start reads what is there first."""
    _, findings = load_settings(folder / "kiosk.yaml")
    assert not findings, findings
    lockout = Lockout(folder / "state" / "lockout.json")
    cache = Cache(folder / "cache")
    sources = sorted((folder / "images").glob("*.jpg"))
    usage = UsageLog(folder / "usage.db")
    written = 0
    for n in itertools.count():
        for _ in range(25):
            usage.record(Kind.VIEW_SECTION, f"s{n}", hall="h", lang="zh")
        usage.flush()
        written += 25
        print(f"usage {written}", flush=True)
        pin = f"{730519 + n % 50:06d}"
        write_pin(folder / "kiosk.yaml", pin)
        print(f"pin {pin}", flush=True)
        lockout.check("000001", hash_pin("999999", salt=b"0" * 16))
        print(f"lockout {lockout.failures}", flush=True)
        source = sources[n % len(sources)]
        for path in (folder / "cache").rglob("*.jpg"):
            path.unlink()  # so that every round writes derivatives again
        derive_all(source, ALL_SIZES, cache)
        print(f"image {source.name}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
