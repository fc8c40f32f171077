"""Derivatives: a source decoded once at the smallest scale that serves, upright, 8-bit, resized.

Derivatives are baseline JPEG (quality 88, optimised Huffman tables), or PNG when the image
has real alpha. Not progressive: for files read from a local disk progressive buys nothing,
takes six times as long to write and over twice as long to load (26 ms instead of 10 ms for
a 1920x1280 image; see docs/performance.md).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from PIL import Image

from kiosk.media.cache import Cache
from kiosk.media.check import orientation
from kiosk.media.sizes import DEFAULT_SCREEN, Screen, Size, fit
from kiosk.media.source import MAX_PIXELS, open_error, open_image

JPEG_OPTIONS = {"quality": 88, "optimize": True}
PNG_OPTIONS = {"compress_level": 3}
WITH_ALPHA = {"RGBA", "RGBa", "LA", "La", "PA"}
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def derive(
    source: Path,
    size: Size,
    cache: Cache,
    *,
    screen: Screen = DEFAULT_SCREEN,
    max_pixels: int = MAX_PIXELS,
) -> Path:
    """The cached derivative of source at this size, made first if needed (raises ImageError)."""
    return derive_all(source, (size,), cache, screen=screen, max_pixels=max_pixels)[size]


def derive_all(
    source: Path,
    sizes: Sequence[Size],
    cache: Cache,
    *,
    screen: Screen = DEFAULT_SCREEN,
    max_pixels: int = MAX_PIXELS,
) -> dict[Size, Path]:
    """The cached derivatives of source, the missing ones made from a single decode.

    Idempotent; each file is written atomically. Raises ImageError for a bad source.
    """
    found = cached(source, sizes, cache, screen)
    made = render(
        source, [size.edge(screen) for size, path in found.items() if path is None], max_pixels
    )
    paths = {}
    for size, path in found.items():
        if path is None:
            image = made[size.edge(screen)]
            alpha = image.mode == "RGBA"
            path = cache.write(
                cache.path_for(source, size, screen, suffix=".png" if alpha else ".jpg"),
                functools.partial(save, image),
            )
        paths[size] = path
    return paths


def cached(
    source: Path, sizes: Iterable[Size], cache: Cache, screen: Screen = DEFAULT_SCREEN
) -> dict[Size, Path | None]:
    """Each size's derivative of source, None where not made yet (ImageError: unreadable)."""
    try:
        return {size: cache.get(source, size, screen) for size in sizes}
    except OSError as exc:  # hashing the source
        raise open_error(exc) from None


def render(
    source: Path, edges: Iterable[int], max_pixels: int = MAX_PIXELS
) -> dict[int, Image.Image]:
    """The source upright, in 8-bit RGB (RGBA if it has real alpha), fitted in each edge box.

    One decode serves every size: a JPEG is decoded at the smallest DCT scale (1/2, 1/4,
    1/8) still at least as large as the largest box, then each size is resampled (LANCZOS,
    after an integer reduce() where the step is large) from the next larger one.
    """
    wanted = sorted(set(edges), reverse=True)
    if not wanted:
        return {}
    images = {}
    with open_image(source, max_pixels) as im:
        turn = _UPRIGHT.get(orientation(im))
        full = im.size
        im.draft(None, fit(full, wanted[0]))
        image = to_rgb(im)
        for edge in wanted:
            target = fit(full, edge)
            if image.size != target:
                image = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
            images[edge] = image.transpose(turn) if turn is not None else image
    return images


def to_rgb(im: Image.Image) -> Image.Image:
    """The first frame in 8-bit RGB, or RGBA when some pixel is not fully opaque."""
    if im.mode.startswith("I;16") or (im.mode == "I" and _brightest(im) > 255):
        im = im.convert("I").point(lambda v: v * (1 / 256))  # scale 0-65535, not clip
    if im.mode in WITH_ALPHA or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        alpha = rgba.getchannel("A").getextrema()
        if alpha[0] != 255:
            return rgba
        return rgba.convert("RGB")
    if im.mode == "RGB":
        im.load()
        return im
    return im.convert("RGB")


def _brightest(im: Image.Image) -> float:
    """The largest value in a single-band image."""
    high = im.getextrema()[1]
    assert isinstance(high, int | float)
    return high


def save(image: Image.Image, fp: IO[bytes]) -> None:
    """Write a derivative: JPEG, or PNG when it has alpha."""
    if image.mode == "RGBA":
        image.save(fp, "PNG", **PNG_OPTIONS)
    else:
        image.save(fp, "JPEG", **JPEG_OPTIONS)
