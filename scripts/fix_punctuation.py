"""Make the half-width punctuation that validate finds in a hall's Chinese texts full-width, in place.

    python scripts/fix_punctuation.py kiosk/halls/jining-hitech-2023 [--only events] [--skip events]

Only the characters validate names (by line and column) change; comments and layout stay.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.content import load_hall
from kiosk.content.punctuation import FULL_WIDTH


def fix(folder: Path, only: str | None = None, skip: str | None = None) -> int:
    """Replace each reported mark in folder/hall.yaml; the number replaced."""
    path = folder / "hall.yaml" if folder.is_dir() else folder
    found = [
        f
        for f in load_hall(path.parent).findings
        if "half-width" in f.message and f.line is not None and f.column is not None
    ]
    found = [
        f
        for f in found
        if (only is None or f.path.startswith(only))
        and (skip is None or not f.path.startswith(skip))
    ]
    lines = path.read_text(encoding="utf-8").split("\n")
    done = 0
    for f in found:
        assert f.line is not None and f.column is not None
        line = lines[f.line - 1]
        char = line[f.column - 1]
        if char in FULL_WIDTH:
            lines[f.line - 1] = line[: f.column - 1] + FULL_WIDTH[char] + line[f.column :]
            done += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return done


def main(argv: list[str] | None = None) -> int:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("hall", type=Path, help="a hall folder or its hall.yaml")
    parser.add_argument("--only", help="fix only fields whose path starts so, e.g. 'events'")
    parser.add_argument("--skip", help="leave fields whose path starts so, e.g. 'events'")
    args = parser.parse_args(argv)
    print(f"{fix(args.hall, args.only, args.skip)} marks made full-width")
    return 0


if __name__ == "__main__":
    sys.exit(main())
