"""Checking the images a hall names: real, whole, within the pixel cap, not needlessly huge."""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from PIL import ExifTags, Image

from kiosk.content.checks import path_problem
from kiosk.content.findings import Severity
from kiosk.i18n import _
from kiosk.media.problems import ImageError, ImageProblem, Kind, dimensions, fail
from kiosk.media.sizes import DEFAULT_SCREEN, Screen
from kiosk.media.source import MAX_PIXELS, format_name, open_image

# File name endings and the formats they promise.
EXTENSIONS = {
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".png": "PNG",
    ".gif": "GIF",
    ".webp": "WebP",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".bmp": "BMP",
}
OVERSIZE = 4  # an image whose long edge is this many screens wide earns a warning
UNDERSIZE = 2  # an image enlarged more than this to fill the screen earns a warning
STILL = {"JPEG", "MPO"}  # a phone's MPO holds a preview or depth map, not an animation


@dataclass(frozen=True)
class ImageInfo:
    """What the header says about an image that decodes to the end."""

    format: str
    width: int
    height: int
    mode: str
    frames: int
    orientation: int

    @property
    def pixels(self) -> int:
        """Width times height."""
        return self.width * self.height

    @property
    def upright(self) -> tuple[int, int]:
        """Width and height as shown, after the EXIF orientation."""
        turned = self.orientation in (5, 6, 7, 8)
        return (self.height, self.width) if turned else (self.width, self.height)


def orientation(im: Image.Image) -> int:
    """The EXIF orientation (1-8), 1 when absent or unreadable."""
    try:
        value = im.getexif().get(ExifTags.Base.Orientation, 1)
    except (OSError, ValueError, SyntaxError, EOFError, TypeError, KeyError):
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def inspect_image(path: Path, *, max_pixels: int = MAX_PIXELS) -> ImageInfo | ImageProblem:
    """Describe an image, or say what is wrong with it.

    The header is checked against the pixel cap first; then the first frame is decoded to the
    end to catch truncation, a JPEG at 1/8 scale so that this takes little time or memory.
    """
    try:
        with open_image(path, max_pixels) as im:
            info = ImageInfo(
                format=format_name(im),
                width=im.width,
                height=im.height,
                mode=im.mode,
                frames=1 if im.format in STILL else getattr(im, "n_frames", 1),
                orientation=orientation(im),
            )
            im.draft(None, (1, 1))  # JPEG only: decode at the smallest scale
            im.load()
    except ImageError as exc:
        return exc.problem
    return info


def locate(hall_folder: Path, file: str) -> Path:
    """The image file a hall names, refused if it leads outside the hall folder."""
    problem = path_problem(file)
    if problem:
        raise fail(Kind.OUTSIDE, problem)
    try:
        root = hall_folder.resolve()
        path = (root / file).resolve()
    except (OSError, RuntimeError):
        raise fail(Kind.OUTSIDE, _("cannot be resolved (a symlink loop?)")) from None
    if not path.is_relative_to(root):
        raise fail(Kind.OUTSIDE, _("leads outside the hall folder (through a symlink)"))
    return path


def check_hall_images(
    hall_folder: Path,
    files: Iterable[str],
    *,
    max_pixels: int = MAX_PIXELS,
    screen: Screen = DEFAULT_SCREEN,
    workers: int | None = None,
) -> list[tuple[str, ImageProblem]]:
    """Every problem (errors and warnings) with the hall's images, in the order given.

    Files are checked on a thread pool (Pillow decodes without holding the GIL).
    """
    names = list(dict.fromkeys(files))

    def one(file: str) -> list[ImageProblem]:
        return _check_one(hall_folder, file, max_pixels, screen)

    with ThreadPoolExecutor(workers or os.cpu_count() or 1) as pool:
        results = list(pool.map(one, names))
    return [
        (file, problem)
        for file, problems in zip(names, results, strict=True)
        for problem in problems
    ]


def _check_one(hall_folder: Path, file: str, max_pixels: int, screen: Screen) -> list[ImageProblem]:
    try:
        path = locate(hall_folder, file)
    except ImageError as exc:
        return [exc.problem]
    info = inspect_image(path, max_pixels=max_pixels)
    if isinstance(info, ImageProblem):
        return [info]
    return _notes(info, PurePosixPath(file).suffix.lower(), screen)


def _notes(info: ImageInfo, suffix: str, screen: Screen = DEFAULT_SCREEN) -> list[ImageProblem]:
    """Warnings about an image that works: far too large, misnamed, animated."""
    found = []
    edge = max(screen)
    if max(info.width, info.height) > OVERSIZE * edge:
        found.append(
            ImageProblem(
                Kind.OVERSIZED,
                _(
                    "{size}, far more than a {edge}-pixel screen needs; it works but is slow to "
                    "prepare: scale it down to {twice} pixels on the long edge"
                ).format(size=dimensions((info.width, info.height)), edge=edge, twice=2 * edge),
                Severity.WARNING,
            )
        )
    width, height = info.upright
    enlarged = max(screen[0] / width, screen[1] / height)  # to fill the screen (attract loop)
    if enlarged > UNDERSIZE:
        found.append(
            ImageProblem(
                Kind.UNDERSIZED,
                _(
                    "only {width} × {height} pixels: the kiosk shows every picture up to full "
                    "screen ({screen_width} × {screen_height}, in the attract loop), {times} "
                    "times enlarged, so it looks blurred; use one of at least {screen_width} × "
                    "{screen_height} pixels"
                ).format(
                    width=width,
                    height=height,
                    screen_width=screen[0],
                    screen_height=screen[1],
                    times=f"{enlarged:.0f}",
                ),
                Severity.WARNING,
            )
        )
    promised = EXTENSIONS.get(suffix)
    if promised != info.format:
        if suffix:
            message = _(
                "a {format} image named '{suffix}'; it works, but some tools will be confused"
            )
        else:
            message = _(
                "a {format} image with no file ending; it works, but some tools will be confused"
            )
        found.append(
            ImageProblem(
                Kind.MISNAMED,
                message.format(format=info.format, suffix=suffix),
                Severity.WARNING,
            )
        )
    if info.frames > 1:
        if info.format == "TIFF":
            message = _("a {format} of {count} pages; only the first is shown")
        else:
            message = _("a {format} of {count} frames; only the first is shown")
        found.append(
            ImageProblem(
                Kind.ANIMATED,
                message.format(format=info.format, count=info.frames),
                Severity.WARNING,
            )
        )
    return found
