"""Images that never break the kiosk: checked, upright, 8-bit, downscaled and cached (no Qt).

Names are imported from their modules on first use, so that a process which only looks up the
cache (the kiosk at start-up) does not load Pillow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import exports

if TYPE_CHECKING:
    from kiosk.media.cache import PIPELINE_VERSION, Cache
    from kiosk.media.check import ImageInfo, check_hall_images, inspect_image, locate
    from kiosk.media.derivatives import derive, derive_all
    from kiosk.media.prepare import ImagePool, Outcome, PrepareSummary, Status, prepare_hall
    from kiosk.media.problems import ImageError, ImageProblem, Kind
    from kiosk.media.sizes import ALL_SIZES, DEFAULT_SCREEN, Screen, Size
    from kiosk.media.source import MAX_PIXELS

_MODULES = {
    "cache": ["PIPELINE_VERSION", "Cache"],
    "check": ["ImageInfo", "check_hall_images", "inspect_image", "locate"],
    "derivatives": ["derive", "derive_all"],
    "prepare": ["ImagePool", "Outcome", "PrepareSummary", "Status", "prepare_hall"],
    "problems": ["ImageError", "ImageProblem", "Kind"],
    "sizes": ["ALL_SIZES", "DEFAULT_SCREEN", "Screen", "Size"],
    "source": ["MAX_PIXELS"],
}

__all__ = [
    "ALL_SIZES",
    "DEFAULT_SCREEN",
    "MAX_PIXELS",
    "PIPELINE_VERSION",
    "Cache",
    "ImageError",
    "ImageInfo",
    "ImagePool",
    "ImageProblem",
    "Kind",
    "Outcome",
    "PrepareSummary",
    "Screen",
    "Size",
    "Status",
    "check_hall_images",
    "derive",
    "derive_all",
    "inspect_image",
    "locate",
    "prepare_hall",
]


__getattr__ = exports(__name__, _MODULES)
