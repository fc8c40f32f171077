"""Images that never break the kiosk: checked, upright, 8-bit, downscaled and cached (no Qt)."""

from kiosk.media.cache import PIPELINE_VERSION, Cache
from kiosk.media.check import ImageInfo, check_hall_images, inspect_image, locate
from kiosk.media.derive import derive, derive_all
from kiosk.media.prepare import ImagePool, Outcome, PrepareSummary, Status, prepare_hall
from kiosk.media.problems import ImageError, ImageProblem, Kind
from kiosk.media.sizes import ALL_SIZES, DEFAULT_SCREEN, Screen, Size
from kiosk.media.source import MAX_PIXELS

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
