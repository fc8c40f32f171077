"""Opening a source image safely: identified by content, pixels capped before any decoding."""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageFile

from kiosk.files import NotAFile, open_regular
from kiosk.i18n import N_, _
from kiosk.media.problems import ImageError, ImageProblem, Kind, fail, megapixels

MAX_PIXELS = 90_000_000
MAX_BYTES = 256 * 1024 * 1024  # a picture file; bigger ones are refused before any decoding
# Pillow format -> the name staff know; other formats are refused before decoding.
FORMATS = {
    "JPEG": "JPEG",
    "MPO": "JPEG",
    "PNG": "PNG",
    "GIF": "GIF",
    "WEBP": "WebP",
    "TIFF": "TIFF",
    "BMP": "BMP",
}
KNOWN = "JPEG, PNG, GIF, WebP, TIFF or BMP"
ADVICE = N_("scale it down, e.g. to 3840 pixels on the long edge")
# What Pillow's decoders raise for bad data (TypeError and IndexError stay bugs).
DECODE_ERRORS = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    struct.error,
    MemoryError,
    Image.DecompressionBombError,
)


def format_name(im: Image.Image) -> str:
    """The image's format as staff know it ('JPEG', 'PNG', ...)."""
    return FORMATS.get(im.format or "", im.format or "image")


@contextmanager
def open_image(path: Path, max_pixels: int = MAX_PIXELS) -> Iterator[ImageFile.ImageFile]:
    """Open an image for decoding inside the with-block; every failure becomes an ImageError.

    Only the header is read before the pixel cap applies, so a decompression bomb is refused
    without being decoded. Pillow's own bomb check is not used: ours applies, thread-safely,
    without warnings, and keeps the size for the message. Decoding errors raised inside the
    with-block are explained in plain words too.
    """
    try:
        fp = open_regular(path)
    except OSError as exc:
        raise open_error(exc) from None
    with fp:
        size = os.fstat(fp.fileno()).st_size
        if size > MAX_BYTES:
            raise fail(
                Kind.TOO_LARGE,
                _("{size} MB, over the {limit} MB limit for a picture: {advice}").format(
                    size=f"{size / 1e6:,.0f}", limit=f"{MAX_BYTES / 1e6:,.0f}", advice=_(ADVICE)
                ),
            )
        im = _identify(fp, path)
        _check_pixels(im.size, max_pixels)
        try:
            yield im
        except DECODE_ERRORS as exc:
            raise ImageError(explain(exc, format_name(im))) from exc


def open_error(exc: OSError) -> ImageError:
    """Why a file cannot be opened, in plain words."""
    if isinstance(exc, NotAFile):
        return fail(Kind.UNREADABLE, _("{what}, not an image file").format(what=exc.what))
    if isinstance(exc, FileNotFoundError):
        return fail(Kind.MISSING, _("file not found"))
    if isinstance(exc, IsADirectoryError):
        return fail(Kind.MISSING, _("a folder, not an image file"))
    return fail(Kind.UNREADABLE, _("cannot be read ({reason})").format(reason=exc.strerror or exc))


def _identify(fp: BinaryIO, path: Path) -> ImageFile.ImageFile:
    """Read the header with the Pillow plugin that recognises the content (not the name)."""
    head = fp.read(512)
    if not head:
        raise fail(Kind.EMPTY, _("empty file (0 bytes)"))
    Image.init()
    for fmt in Image.ID:
        factory, accept = Image.OPEN[fmt]
        verdict = accept(head[:16]) if accept else False  # plugins without a check: too loose
        if isinstance(verdict, str) or not verdict:
            continue
        name = FORMATS.get(fmt)
        if name is None:
            raise fail(
                Kind.UNSUPPORTED,
                _("{format} format, which the kiosk does not show: save it as JPEG or PNG").format(
                    format=fmt
                ),
            )
        fp.seek(0)
        try:
            return factory(fp, str(path))
        except (*DECODE_ERRORS, IndexError, TypeError) as exc:
            problem = explain(exc, name)
            if problem.kind is Kind.DAMAGED:
                problem = ImageProblem(
                    Kind.DAMAGED,
                    _("damaged {format}: its header cannot be read").format(format=name),
                )
            raise ImageError(problem) from exc
    if _is_text(head):
        raise fail(Kind.NOT_IMAGE, _("not an image: the file holds text"))
    raise fail(Kind.NOT_IMAGE, _("not an image (the kiosk reads {known})").format(known=KNOWN))


def _is_text(data: bytes) -> bool:
    """Whether these first bytes of a file read as UTF-8 text."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 3:  # not just a character cut at the end
            return False
        text = data[: exc.start].decode("utf-8")
    return all(c.isprintable() or c in "\t\n\r\f" for c in text)


def _check_pixels(size: tuple[int, int], max_pixels: int) -> None:
    width, height = size
    pixels = width * height
    if pixels > max_pixels:
        raise fail(
            Kind.TOO_LARGE,
            _("{pixels} ({width} × {height}), over the {limit}-megapixel limit: {advice}").format(
                pixels=megapixels(pixels),
                width=width,
                height=height,
                limit=f"{max_pixels / 1e6:.3g}",
                advice=_(ADVICE),
            ),
        )


def explain(exc: BaseException, name: str) -> ImageProblem:
    """A decoding failure in plain words."""
    text = str(exc)
    if isinstance(exc, MemoryError | Image.DecompressionBombError):
        return ImageProblem(
            Kind.TOO_LARGE, _("too large to decode: {advice}").format(advice=_(ADVICE))
        )
    if isinstance(exc, EOFError) or "truncat" in text.lower():
        return ImageProblem(
            Kind.TRUNCATED,
            _("truncated {format}: the file ends early (copy it again)").format(format=name),
        )
    return ImageProblem(
        Kind.DAMAGED,
        _("damaged {format}: it cannot be decoded ({reason})").format(
            format=name, reason=text or type(exc).__name__
        ),
    )
