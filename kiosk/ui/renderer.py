"""Which renderer Qt Quick draws with: the CPU where there is no GPU, else the GPU."""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)
QT_CHOICE = ("QT_QUICK_BACKEND", "QSG_RHI_BACKEND")  # set by hand: Qt's own choice stands
DRI = Path("/dev/dri")


def has_gpu(dri: Path = DRI, platform: str = sys.platform) -> bool:
    """Whether the machine has a GPU to draw with (on Linux: a DRM render node)."""
    if not platform.startswith("linux"):
        return True  # Windows and macOS always offer a hardware API (Direct3D falls back to WARP)
    try:
        return any(p.name.startswith("renderD") for p in dri.iterdir())
    except OSError:
        return False


def choose(setting: str, env: Mapping[str, str], gpu: bool) -> str | None:
    """'software' or 'hardware' for the setting (auto, software, hardware); None: leave it to Qt.

    Without a GPU, Qt Quick's OpenGL goes through Mesa's llvmpipe, which draws the whole window
    on every frame and maps about 90 MB more than the software renderer, which redraws only what
    changed (docs/performance.md). An environment that names a backend decides by itself.
    """
    if setting == "auto" and any(env.get(key) for key in QT_CHOICE):
        return None
    if setting == "auto":
        return "hardware" if gpu else "software"
    return setting


def is_software(env: Mapping[str, str]) -> bool:
    """Whether Qt Quick draws with its software renderer (as set here, or by the environment)."""
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    chosen = QQuickWindow.graphicsApi() == QSGRendererInterface.GraphicsApi.Software
    return chosen or env.get("QT_QUICK_BACKEND", "") == "software"


def apply(setting: str, env: Mapping[str, str]) -> str:
    """Set Qt Quick's graphics API (before the first window) and say which one it is.

    'hardware' is Qt's own default (OpenGL on Linux, Direct3D 11 on Windows).
    """
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    choice = choose(setting, env, has_gpu() if setting == "auto" else True)
    if choice == "software":
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    name = choice or "as the environment says"
    log.info("renderer: %s (setting %s)", name, setting)
    return name
