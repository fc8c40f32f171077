"""Render the README's screenshots of the bundled hall into docs/screenshots/."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from PIL import Image

SHOTS = [
    ("home", "1920x1080", "zh"),
    ("home", "1080x1920", "en"),
    ("section:livelihood", "1920x1080", "en"),
    ("story:smart-elderly-care", "1080x1920", "zh"),
    ("about", "1920x1080", "en"),
    ("timeline:2023-09", "1920x1080", "zh"),
    ("stats", "1080x1920", "zh"),
    ("event:qingdao-investment-trip", "1920x1080", "en"),
    ("photo:city:0", "1920x1080", "zh"),
    ("attract", "1080x1920", "zh"),
]


def main() -> None:
    """Render every shot at full size, save it at half size as JPEG."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from kiosk.content import load_hall
    from kiosk.paths import DEFAULT_HALL
    from kiosk.ui.snapshot import render

    hall = load_hall(DEFAULT_HALL)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for view, size, lang in SHOTS:
            width, height = (int(v) for v in size.split("x"))
            name = f"{view.split(':')[0]}-{lang}-{'portrait' if height > width else 'landscape'}"
            png = render([hall], view, (width, height), lang, Path(tmp) / f"{name}.png")
            with Image.open(png) as image:
                small = image.convert("RGB").resize(
                    (width // 2, height // 2), Image.Resampling.LANCZOS
                )
                small.save(args.out / f"{name}.jpg", quality=85, optimize=True, progressive=True)
            print(args.out / f"{name}.jpg")


if __name__ == "__main__":
    main()
