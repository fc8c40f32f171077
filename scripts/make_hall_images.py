"""Generate the hall's illustrative JPEG images (deterministic, Pillow-only poster art).

The drawing code lives in the hallart package next to this file; see scripts/hallart/__init__.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hallart.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
