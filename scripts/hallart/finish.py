"""Finishing and encoding: vignette, film grain and JPEG size control."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageChops

from .geometry import smoothstep

MAX_BYTES = 300_000


START_QUALITY = 85


def vignette(image: Image.Image, strength: float) -> Image.Image:
    """Darken the corners gently."""
    sw, sh = 120, 80
    small = Image.new("L", (sw, sh))
    small.putdata(
        [
            round(
                255
                * (
                    1
                    - strength
                    * smoothstep(
                        0.55, 1.45, math.hypot((x / (sw - 1) - 0.5) * 2, (y / (sh - 1) - 0.5) * 2)
                    )
                )
            )
            for y in range(sh)
            for x in range(sw)
        ]
    )
    mask = small.resize(image.size, Image.Resampling.BICUBIC)
    return ImageChops.multiply(image, Image.merge("RGB", (mask, mask, mask)))


def grain(image: Image.Image, rng: random.Random, amount: int) -> Image.Image:
    """Add fine monochrome film grain (deterministic)."""
    w, h = image.size
    noise = Image.frombytes("L", (w // 2, h // 2), rng.randbytes((w // 2) * (h // 2)))
    noise = noise.point([128 + round((v - 127.5) / 127.5 * amount) for v in range(256)])
    noise = noise.resize((w, h), Image.Resampling.BICUBIC)
    return ImageChops.add(image, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)


def encode(image: Image.Image) -> bytes:
    """Progressive JPEG at quality ~85, lowered until it fits MAX_BYTES."""
    quality = START_QUALITY
    while True:
        buf = io.BytesIO()
        image.save(
            buf, "JPEG", quality=quality, progressive=True, optimize=True, subsampling="4:2:0"
        )
        if buf.tell() <= MAX_BYTES or quality <= 40:
            return buf.getvalue()
        quality -= 5
