"""Generated test images: every bad input the pipeline must survive, written with Pillow."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from PIL import ExifTags, Image

RED, GREEN, BLUE = (255, 0, 0), (0, 255, 0), (0, 0, 255)


def photo(path: Path, size: tuple[int, int] = (640, 480)) -> Path:
    """A noisy photo-like image, saved in the format its name says."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.effect_noise(size, 60).convert("RGB").save(path)
    return path


def truncated_jpeg(path: Path) -> Path:
    """A JPEG cut off half way, like an interrupted copy."""
    data = photo(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def text_as_jpeg(path: Path) -> Path:
    """A text file named .jpg."""
    path.write_text("This is a caption, saved by mistake as a picture.\n", encoding="utf-8")
    return path


def empty(path: Path) -> Path:
    """A file with nothing in it."""
    path.write_bytes(b"")
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(path: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A one-bit PNG of width x height zeros (900 MB once decoded), written row block by block."""
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed bits
    packer = zlib.compressobj(9)
    blocks = [packer.compress(row * min(1000, height - y)) for y in range(0, height, 1000)]
    idat = b"".join([*blocks, packer.flush()])
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", idat)
        + _chunk(b"IEND", b"")
    )
    return path


def grey16_png(path: Path) -> Path:
    """A 16-bit greyscale ramp: column x holds x * 257 (x = 0..255)."""
    ramp = struct.pack("<256H", *(x * 257 for x in range(256)))
    Image.frombytes("I;16", (256, 1), ramp).resize((256, 16)).save(path)
    return path


def cmyk_jpeg(path: Path) -> Path:
    """A red CMYK JPEG."""
    Image.new("CMYK", (64, 48), (0, 255, 255, 0)).save(path)
    return path


def animated_gif(path: Path) -> Path:
    """Three frames: red, green, blue."""
    frames = [Image.new("RGB", (40, 30), colour) for colour in (RED, GREEN, BLUE)]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    return path


def rotated_jpeg(path: Path) -> Path:
    """Stored sideways (120 x 60) with EXIF orientation 6; upright it is 60 x 120, red on top."""
    upright = Image.new("RGB", (60, 120), RED)
    upright.paste(BLUE, (0, 60, 60, 120))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    upright.transpose(Image.Transpose.ROTATE_90).save(path, exif=exif, quality=95)
    return path


def png_as_jpeg(path: Path) -> Path:
    """A PNG named .jpg."""
    Image.new("RGB", (64, 48), GREEN).save(path, format="PNG")
    return path


def rgba_png(path: Path, alpha: int = 128) -> Path:
    """A red PNG with alpha (255: an alpha channel that is fully opaque)."""
    Image.new("RGBA", (64, 48), (*RED, alpha)).save(path)
    return path


def one_pixel(path: Path) -> Path:
    """A 1 x 1 PNG."""
    Image.new("RGB", (1, 1), BLUE).save(path)
    return path


def huge_jpeg(path: Path) -> Path:
    """A 96-megapixel (12000 x 8000) JPEG, blocky and low quality so that it is quick to make."""
    small = Image.effect_noise((120, 80), 80).convert("RGB")
    small.resize((12000, 8000), Image.Resampling.NEAREST).save(path, quality=30)
    return path


Writer = Callable[[Path], Path]

# name -> (writer, problem kind or None when accepted, words the message must contain)
BAD_INPUTS: dict[str, tuple[Writer, str | None, str]] = {
    "truncated.jpg": (truncated_jpeg, "truncated", "truncated JPEG"),
    "text.jpg": (text_as_jpeg, "not-image", "not an image"),
    "empty.jpg": (empty, "empty", "empty file"),
    "bomb.png": (
        bomb_png,
        "too-large",
        "900 megapixels (30000 × 30000), over the 90-megapixel limit",
    ),
    "grey16.png": (grey16_png, None, ""),
    "cmyk.jpg": (cmyk_jpeg, None, ""),
    "animated.gif": (animated_gif, None, ""),
    "rotated.jpg": (rotated_jpeg, None, ""),
    "huge.jpg": (
        huge_jpeg,
        "too-large",
        "96 megapixels (12000 × 8000), over the 90-megapixel limit",
    ),
    "png.jpg": (png_as_jpeg, None, ""),
    "rgba.png": (rgba_png, None, ""),
    "pixel.png": (one_pixel, None, ""),
}
