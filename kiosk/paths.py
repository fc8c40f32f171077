"""Where kiosk finds its own files: bundled halls, assets, QML."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# In a PyInstaller bundle the data sit beside the package; in a checkout, one level up.
ROOT = Path(getattr(sys, "_MEIPASS", PACKAGE.parent))
DATA = ROOT / "data"
ASSETS = ROOT / "assets"
FONTS = ASSETS / "fonts"
DEFAULT_HALL = DATA / "jining-hitech-2023"
