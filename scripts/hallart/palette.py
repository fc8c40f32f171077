"""Colours: hex parsing, blending and the per-picture palette derived from a section accent."""

from __future__ import annotations

import colorsys
import re
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_ACCENT = "#1F618D"


RGB = tuple[int, int, int]


RGBA = tuple[int, int, int, int]


Color = RGB | RGBA


def hex_rgb(value: str) -> RGB:
    """Parse '#RRGGBB' (falls back to the default accent when malformed)."""
    text = str(value).strip().lstrip("#")
    if not re.fullmatch(r"[0-9a-fA-F]{6}", text):
        text = DEFAULT_ACCENT.lstrip("#")
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def mix(a: Sequence[int], b: Sequence[int], t: float) -> RGB:
    """Linear blend of two colours, t=0 gives a, t=1 gives b."""
    t = min(1.0, max(0.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def hls(h: float, light: float, s: float) -> RGB:
    """Colour from hue/lightness/saturation in 0..1 (hue wraps)."""
    r, g, b = colorsys.hls_to_rgb(h % 1.0, min(1.0, max(0.0, light)), min(1.0, max(0.0, s)))
    return (round(r * 255), round(g * 255), round(b * 255))


def alpha(color: Sequence[int], a: float) -> RGBA:
    """The colour with an alpha channel (a in 0..1)."""
    return (color[0], color[1], color[2], round(255 * min(1.0, max(0.0, a))))


@dataclass(frozen=True)
class Palette:
    """Colours of one picture, all derived from the section accent."""

    sky: tuple[tuple[float, RGB], ...]
    hue: float
    sat: float
    deep: RGB
    mid: RGB
    accent: RGB
    soft: RGB
    haze: RGB
    glow: RGB
    gold: RGB
    cream: RGB
    ink: RGB
    far_l: float
    near_l: float

    def depth(self, t: float) -> RGB:
        """Silhouette colour at depth t (0 = far and hazy, 1 = near and dark), interpolated in HLS."""
        t = min(1.0, max(0.0, t))
        solid = hls(
            self.hue, self.far_l + (self.near_l - self.far_l) * t**0.9, self.sat * (0.42 + 0.2 * t)
        )
        return mix(solid, self.haze, 0.45 * (1 - t) ** 1.5)


def make_palette(accent_hex: str, mood: str) -> Palette:
    """Build the palette for a mood ('dusk', 'dawn' or 'day') around the accent hue.

    Warm accents (reds, oranges, golds) get plum-tinted skies and silhouettes instead of dark
    oranges, which would turn brown and muddy.
    """
    accent = hex_rgb(accent_hex)
    h, _, s = colorsys.rgb_to_hls(*(c / 255 for c in accent))
    s = min(0.85, max(s, 0.45))
    warm = h < 0.15 or h > 0.93
    top_h = 0.935 if warm else h + 0.035
    sil_h = (0.96 if h < 0.05 or h > 0.93 else 0.985) if warm else h
    ss = 0.78 if warm else s * 0.8
    cream = (252, 244, 228)
    glow = mix((255, 208, 140), hls(h, 0.78, 0.8), 0.18)
    gold = (236, 176, 64)
    soft = hls(h, 0.74, ss * 0.7)
    if mood == "day":
        sky = (
            (0.0, hls(top_h if not warm else h - 0.02, 0.6 if warm else 0.45, ss * 0.8)),
            (0.45, hls(h, 0.72 if warm else 0.66, ss * 0.7)),
            (0.8, mix(soft, cream, 0.6)),
            (1.0, cream),
        )
        haze, far_l, near_l = mix(hls(sil_h, 0.74, ss * 0.45), cream, 0.35), 0.68, 0.24
    elif mood == "dawn":
        sky = (
            (0.0, hls(top_h, 0.28, ss * 0.75)),
            (0.42, hls(h, 0.5, ss * 0.75)),
            (0.76, mix(hls(h, 0.74, ss * 0.7), glow, 0.5)),
            (1.0, mix(glow, cream, 0.45)),
        )
        haze, far_l, near_l = mix(hls(sil_h, 0.66, ss * 0.5), glow, 0.3), 0.6, 0.12
    else:
        sky = (
            (0.0, hls(top_h, 0.18, ss * 0.8)),
            (0.4, hls((top_h + h) / 2 if not warm else h - 0.03, 0.38, ss * 0.85)),
            (0.74, mix(hls(h, 0.62, ss * 0.9), glow, 0.45)),
            (1.0, glow),
        )
        haze, far_l, near_l = mix(hls(sil_h, 0.58, ss * 0.55), glow, 0.35), 0.5, 0.09
    return Palette(
        sky,
        sil_h,
        ss,
        hls(top_h, 0.15, ss * 0.7),
        hls(h, 0.36, ss * 0.85),
        accent,
        soft,
        haze,
        glow,
        gold,
        cream,
        hls(sil_h, near_l, ss * 0.5),
        far_l,
        near_l,
    )
