"""Where kiosk finds its own files (the bundled halls, fonts, QML, schema) and its own program.

Found with importlib.resources, so they are the same from a checkout, an installed wheel and
a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

PACKAGE = Path(str(files("kiosk")))
HALLS = PACKAGE / "halls"  # the bundled halls, each a folder with a hall.yaml
FONTS = PACKAGE / "fonts"
QML = PACKAGE / "ui" / "qml"
DEFAULT_HALL = HALLS / "jining-hitech-2023"


def self_command() -> list[str]:
    """How to start this kiosk again as a command: the bundle's program, or python -m kiosk."""
    return [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk"]
