"""Generate the hall's illustrative JPEG images (deterministic, Pillow-only poster art)."""

from __future__ import annotations

import argparse
import colorsys
import io
import itertools
import math
import random
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from PIL import Image, ImageChops, ImageDraw, ImageFilter

OUT_SIZE = (1920, 1280)
SUPERSAMPLE = 2
DESIGN_W, DESIGN_H = 1500.0, 1000.0  # all drawing happens in these design units
MAX_BYTES = 300_000
START_QUALITY = 85
DEFAULT_ACCENT = "#1F618D"

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]
Color = RGB | RGBA
Point = tuple[float, float]


# --------------------------------------------------------------------------- colour


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


# --------------------------------------------------------------------------- geometry


def rotate(points: Sequence[Point], angle: float, origin: Point) -> list[Point]:
    """Rotate points by angle (radians) around origin."""
    ca, sa = math.cos(angle), math.sin(angle)
    ox, oy = origin
    return [
        (ox + (x - ox) * ca - (y - oy) * sa, oy + (x - ox) * sa + (y - oy) * ca) for x, y in points
    ]


def bezier(p0: Point, p1: Point, p2: Point, n: int = 48) -> list[Point]:
    """Points along a quadratic Bezier curve."""
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        out.append(
            (
                u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
                u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
            )
        )
    return out


def beam(p0: Point, p1: Point, w0: float, w1: float) -> list[Point]:
    """A tapered bar between two points as a polygon."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    return [
        (p0[0] + nx * w0 / 2, p0[1] + ny * w0 / 2),
        (p1[0] + nx * w1 / 2, p1[1] + ny * w1 / 2),
        (p1[0] - nx * w1 / 2, p1[1] - ny * w1 / 2),
        (p0[0] - nx * w0 / 2, p0[1] - ny * w0 / 2),
    ]


def ridge(
    rng: random.Random, y: float, amp: float, waves: int = 3, x0: float = -30, x1: float = 1530
) -> list[Point]:
    """A smooth hill line (closed to the bottom of the canvas) made of a few sine waves."""
    params = [
        (rng.uniform(0.8, 1.6) * (i + 1) * math.tau / 1500, rng.uniform(0, math.tau))
        for i in range(waves)
    ]
    pts = []
    for i in range(0, 161):
        x = x0 + (x1 - x0) * i / 160
        pts.append(
            (x, y - amp * sum(math.sin(x * f + ph) / (j + 1) for j, (f, ph) in enumerate(params)))
        )
    return [*pts, (x1, DESIGN_H + 30), (x0, DESIGN_H + 30)]


def smoothstep(e0: float, e1: float, x: float) -> float:
    """Hermite smoothstep."""
    t = min(1.0, max(0.0, (x - e0) / (e1 - e0)))
    return t * t * (3 - 2 * t)


# --------------------------------------------------------------------------- drawing


class Pen:
    """ImageDraw wrapper working in design units; on an 'L' mask the default fill is 255."""

    def __init__(self, image: Image.Image, scale: float) -> None:
        self.is_mask = image.mode == "L"
        self.d = ImageDraw.Draw(image) if self.is_mask else ImageDraw.Draw(image, "RGBA")
        self.k = scale

    def _fill(self, fill: Color | int | None) -> Color | int:
        if fill is None:
            return 255
        if self.is_mask and isinstance(fill, tuple):
            return fill[3] if len(fill) == 4 else 255
        return fill

    def _pts(self, pts: Sequence[Point]) -> list[Point]:
        return [(x * self.k, y * self.k) for x, y in pts]

    def poly(self, pts: Sequence[Point], fill: Color | int | None = None) -> None:
        self.d.polygon(self._pts(pts), fill=self._fill(fill))

    def rect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        fill: Color | int | None = None,
        r: float = 0,
    ) -> None:
        box = (x0 * self.k, y0 * self.k, max(x0, x1) * self.k, max(y0, y1) * self.k)
        if r > 0:
            self.d.rounded_rectangle(box, radius=r * self.k, fill=self._fill(fill))
        else:
            self.d.rectangle(box, fill=self._fill(fill))

    def ellipse(
        self, cx: float, cy: float, rx: float, ry: float, fill: Color | int | None = None
    ) -> None:
        self.d.ellipse(
            ((cx - rx) * self.k, (cy - ry) * self.k, (cx + rx) * self.k, (cy + ry) * self.k),
            fill=self._fill(fill),
        )

    def circle(self, cx: float, cy: float, r: float, fill: Color | int | None = None) -> None:
        self.ellipse(cx, cy, r, r, fill)

    def line(
        self, pts: Sequence[Point], fill: Color | int | None = None, width: float = 2.0
    ) -> None:
        self.d.line(
            self._pts(pts),
            fill=self._fill(fill),
            width=max(1, round(width * self.k)),
            joint="curve",
        )

    def ring(
        self, cx: float, cy: float, r: float, fill: Color | int | None = None, width: float = 2.0
    ) -> None:
        k = self.k
        self.d.ellipse(
            ((cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k),
            outline=self._fill(fill),
            width=max(1, round(width * k)),
        )


def soft_blur(mask: Image.Image, radius: float) -> Image.Image:
    """Gaussian blur, done on a reduced copy for big radii (much faster, same look)."""
    if radius <= 0:
        return mask
    if radius < 12:
        return mask.filter(ImageFilter.GaussianBlur(radius))
    f = 4
    small = mask.resize((mask.width // f, mask.height // f), Image.Resampling.BOX)
    small = small.filter(ImageFilter.GaussianBlur(radius / f))
    return small.resize(mask.size, Image.Resampling.BICUBIC)


def gradient(
    size: tuple[int, int], stops: Sequence[tuple[float, Sequence[int]]], angle: float = 90.0
) -> Image.Image:
    """Linear multi-stop gradient; angle 90 runs top to bottom."""
    sw, sh = 96, 64
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    corners = [x * dx + y * dy for x in (0, sw - 1) for y in (0, sh - 1)]
    lo, hi = min(corners), max(corners)
    small = Image.new("RGB", (sw, sh))
    small.putdata(
        [
            stop_color(stops, ((x * dx + y * dy) - lo) / (hi - lo))
            for y in range(sh)
            for x in range(sw)
        ]
    )
    return small.resize(size, Image.Resampling.BICUBIC)


def stop_color(stops: Sequence[tuple[float, Sequence[int]]], t: float) -> RGB:
    """Colour at t along gradient stops."""
    for (t0, c0), (t1, c1) in itertools.pairwise(stops):
        if t <= t1:
            return mix(c0, c1, (t - t0) / ((t1 - t0) or 1))
    return tuple(stops[-1][1])  # type: ignore[return-value]


class Scene:
    """The 2x canvas being painted, with its palette, random source and composition flags."""

    def __init__(
        self, rng: random.Random, pal: Palette, grand: bool, words: frozenset[str] = frozenset()
    ) -> None:
        self.size = (OUT_SIZE[0] * SUPERSAMPLE, OUT_SIZE[1] * SUPERSAMPLE)
        self.k = self.size[1] / DESIGN_H
        self.img = Image.new("RGB", self.size, pal.deep)
        self.rng = rng
        self.pal = pal
        self.grand = grand
        self.words = words
        self.sun: Point = (rng.uniform(0.3, 0.75) * DESIGN_W, rng.uniform(380, 520))
        self.pen = Pen(self.img, self.k)

    def rand(self, a: float, b: float) -> float:
        return self.rng.uniform(a, b)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    @contextmanager
    def layer(
        self,
        fill: Color | Image.Image,
        opacity: float = 1.0,
        blur: float = 0.0,
        glow: float = 0.0,
        glow_opacity: float = 0.5,
    ) -> Iterator[Pen]:
        """Draw shapes into a mask, then composite fill through it (optionally blurred / glowing)."""
        mask = Image.new("L", self.size, 0)
        yield Pen(mask, self.k)
        if glow > 0:
            self._composite(fill, soft_blur(mask, glow * self.k), glow_opacity)
        self._composite(fill, soft_blur(mask, blur * self.k), opacity)

    def _composite(self, fill: Color | Image.Image, mask: Image.Image, opacity: float) -> None:
        if opacity < 1.0:
            mask = mask.point(lambda v: round(v * opacity))
        box = mask.getbbox()
        if not box:
            return
        if isinstance(fill, Image.Image):
            self.img.paste(fill.crop(box), box, mask.crop(box))
        else:
            self.img.paste(tuple(fill[:3]), box, mask.crop(box))

    def mist(self, y0: float, y1: float, color: Sequence[int], a0: float, a1: float) -> None:
        """A horizontal haze band whose opacity goes from a0 (top) to a1 (bottom)."""
        top, bottom = round(y0 * self.k), round(y1 * self.k)
        if bottom <= top:
            return
        col = Image.new("L", (1, 64))
        col.putdata([round(255 * (a0 + (a1 - a0) * smoothstep(0, 1, i / 63))) for i in range(64)])
        band = col.resize((self.size[0], bottom - top), Image.Resampling.BICUBIC)
        self.img.paste(tuple(color[:3]), (0, top, self.size[0], bottom), band)


# --------------------------------------------------------------------------- backdrops


def paint_sky(sc: Scene, angle: float | None = None, horizon: float = 680.0) -> None:
    """Vertical or gently diagonal gradient whose warmest stop sits on the horizon line."""
    if angle is None:
        angle = sc.rng.choice((90.0, 90.0, 80.0, 100.0))
    scale = horizon / DESIGN_H
    stops = [(t * scale, c) for t, c in sc.pal.sky] + [(1.0, sc.pal.sky[-1][1])]
    sc.img.paste(gradient(sc.size, stops, angle))


def paint_sun(sc: Scene, radius: float = 60, strength: float = 1.0, disc: bool = True) -> None:
    """A soft halo plus (optionally) a crisp disc at the scene's sun position."""
    x, y = sc.sun
    with sc.layer(sc.pal.glow, opacity=0.55 * strength, blur=radius * 2.2) as m:
        m.circle(x, y, radius * 2.4)
    with sc.layer(sc.pal.cream, opacity=0.35 * strength, blur=radius * 0.6) as m:
        m.circle(x, y, radius * 1.3)
    if disc:
        with sc.layer(mix(sc.pal.cream, sc.pal.glow, 0.3), opacity=0.9 * strength) as m:
            m.circle(x, y, radius)


def paint_rays(sc: Scene, count: int = 9, opacity: float = 0.16) -> None:
    """Faint light shafts fanning out from the sun."""
    x, y = sc.sun
    with sc.layer(sc.pal.cream, opacity=opacity, blur=14) as m:
        for _ in range(count):
            a = sc.rand(0.15, math.pi - 0.15)
            spread = sc.rand(0.015, 0.045)
            far = 1900
            m.poly(
                [
                    (x, y),
                    (x + math.cos(a - spread) * far, y + math.sin(a - spread) * far),
                    (x + math.cos(a + spread) * far, y + math.sin(a + spread) * far),
                ],
                140 + sc.rng.randrange(100),
            )


def paint_hills(
    sc: Scene,
    top: float,
    bottom: float,
    layers: int = 3,
    depth0: float = 0.1,
    depth1: float = 0.45,
    amp: float = 30,
) -> None:
    """Layered hill ridges with mist between them (atmospheric perspective)."""
    for i in range(layers):
        t = i / max(1, layers - 1)
        y = top + (bottom - top) * t
        with sc.layer(sc.pal.depth(depth0 + (depth1 - depth0) * t)) as m:
            m.poly(ridge(sc.rng, y, amp * (1 + 0.6 * t)))
        sc.mist(y - amp * 0.5, y + 90, sc.pal.haze, 0.0, 0.35)


def skyline(
    pen: Pen,
    rng: random.Random,
    x0: float,
    x1: float,
    base: float,
    hmin: float,
    hmax: float,
    fill: Color | int | None,
    peak: float | None = None,
) -> list[tuple[float, float, float, float]]:
    """Draw a row of towers; returns their boxes (x0, top, x1, base)."""
    boxes = []
    x = x0
    while x < x1:
        w = rng.uniform(16, 52)
        lift = (
            1.0
            if peak is None
            else 0.45 + 0.55 * math.exp(-(((x - peak) / ((x1 - x0) * 0.28)) ** 2))
        )
        h = rng.uniform(hmin, hmax) * lift
        top = base - h
        pen.rect(x, top, x + w, base + 4, fill)
        if rng.random() < 0.25:
            pen.rect(x + w * 0.2, top - h * 0.08, x + w * 0.8, top + 1, fill)
        if rng.random() < 0.18:
            pen.rect(x + w / 2 - 1.2, top - rng.uniform(18, 45), x + w / 2 + 1.2, top + 1, fill)
        if rng.random() < 0.15:
            pen.poly([(x, top + 1), (x + w, top - w * 0.5), (x + w, top + 1)], fill)
        boxes.append((x, top, x + w, base))
        x += w + rng.uniform(-8, 3)
    return boxes


def paint_windows(
    sc: Scene,
    boxes: Sequence[tuple[float, float, float, float]],
    density: float = 0.3,
    size: float = 3.0,
    glow: float = 6.0,
) -> None:
    """Scatter warm lit windows over building boxes."""
    with sc.layer(sc.pal.glow, opacity=0.85, glow=glow, glow_opacity=0.6) as m:
        for x0, top, x1, base in boxes:
            y = top + 8
            while y < base - 6:
                x = x0 + 5
                while x < x1 - 5:
                    if sc.chance(density):
                        m.rect(x, y, x + size, y + size * 1.4)
                    x += size * 2.6
                y += size * 3.2


def lit_shape(
    sc: Scene,
    shape: Callable[[Pen], None],
    light: Callable[[Pen], None],
    base: RGB,
    lit: RGB,
    opacity: float = 1.0,
    blur: float = 0.0,
) -> None:
    """Fill a shape with base colour, then paint the part covered by `light` (clipped to the shape) in lit colour."""
    body = Image.new("L", sc.size, 0)
    shape(Pen(body, sc.k))
    top = Image.new("L", sc.size, 0)
    light(Pen(top, sc.k))
    body = soft_blur(body, blur * sc.k)
    sc._composite(base, body, opacity)
    sc._composite(lit, ImageChops.multiply(body, soft_blur(top, max(blur, 1.5) * sc.k)), opacity)


def cloud_bank(
    sc: Scene,
    x0: float,
    x1: float,
    base: float,
    size: float,
    color: RGB,
    shade: RGB,
    opacity: float = 1.0,
    blur: float = 0.0,
    below: float = 0.0,
) -> None:
    """A flat-bottomed cumulus bank from x0 to x1, lit from above."""
    puffs = []
    x = x0
    while x < x1:
        r = (
            size
            * sc.rand(0.45, 1.0)
            * (0.55 + 0.45 * math.sin(math.pi * (x - x0) / max(1.0, x1 - x0)))
        )
        puffs.append((x, base - r * sc.rand(0.2, 0.6), r))
        x += r * sc.rand(0.7, 1.1)

    def shape(pen: Pen) -> None:
        for px, py, r in puffs:
            pen.circle(px, py, r)
        pen.rect(x0 - size, base + 1, x1 + size, base + size * 2, 0)
        if below:
            pen.rect(x0 - size * 0.3, base - size * 0.3, x1 + size * 0.3, base + below)

    def light(pen: Pen) -> None:
        for px, py, r in puffs:
            pen.circle(px - r * 0.1, py - r * 0.28, r * 0.92)

    lit_shape(sc, shape, light, shade, color, opacity, blur)


def paint_clouds(
    sc: Scene,
    y: float,
    count: int,
    scale: float,
    color: RGB,
    opacity: float,
    blur: float = 0.0,
    below: float = 0.0,
) -> None:
    """A row of cloud banks around height y (a continuous sea when `below` fills under them)."""
    shade = mix(color, sc.pal.mid, 0.22)
    for i in range(count):
        cx = (i + sc.rand(0.1, 0.9)) * (DESIGN_W + 300) / count - 150
        w = sc.rand(200, 420) * scale
        cloud_bank(
            sc,
            cx - w / 2,
            cx + w / 2,
            y + sc.rand(-14, 14) * scale,
            60 * scale,
            color,
            shade,
            opacity,
            blur,
            below,
        )


def paint_bokeh(
    sc: Scene, count: int, rmin: float, rmax: float, opacity: float = 0.25, blur: float = 4.0
) -> None:
    """Soft out-of-focus discs of light."""
    with sc.layer(sc.pal.cream, opacity=opacity, blur=blur) as m:
        for _ in range(count):
            m.circle(
                sc.rand(0, DESIGN_W),
                sc.rand(0, DESIGN_H * 0.85),
                sc.rand(rmin, rmax),
                90 + sc.rng.randrange(165),
            )


def paint_stars(sc: Scene, count: int, top: float = 0, bottom: float = 380) -> None:
    """Tiny faint stars in the upper sky."""
    with sc.layer(sc.pal.cream, opacity=0.7) as m:
        for _ in range(count):
            m.circle(
                sc.rand(0, DESIGN_W),
                sc.rand(top, bottom),
                sc.rand(0.6, 1.6),
                60 + sc.rng.randrange(190),
            )


def paint_ground(sc: Scene, y: float, depth: float = 0.92, amp: float = 8) -> None:
    """The dark foreground ground plane with a subtle top highlight."""
    with sc.layer(sc.pal.depth(depth)) as m:
        m.poly(ridge(sc.rng, y, amp, waves=2))
    sc.mist(y + amp, DESIGN_H, sc.pal.ink, 0.0, 0.5)


# --------------------------------------------------------------------------- machines and structures


def tower_crane(
    pen: Pen,
    x: float,
    base: float,
    top: float,
    jib_r: float,
    jib_l: float,
    hook_t: float,
    hook_y: float,
    lw: float = 2.0,
) -> None:
    """A lattice tower crane silhouette (drawn into a mask)."""
    mw = 12.0
    pen.line([(x - mw / 2, base), (x - mw / 2, top)], width=lw)
    pen.line([(x + mw / 2, base), (x + mw / 2, top)], width=lw)
    y, side = base, -1
    while y - mw > top:
        pen.line([(x + side * mw / 2, y), (x - side * mw / 2, y - mw)], width=lw * 0.55)
        y, side = y - mw, -side
    jt, jb = top - 18, top - 8
    pen.line([(x, jt), (x + jib_r, jt + 3)], width=lw * 0.8)
    pen.line([(x, jb), (x + jib_r, jt + 7)], width=lw * 0.8)
    step, j = 14.0, 0
    while (j + 1) * step < jib_r:
        t0, t1 = j * step / jib_r, (j + 1) * step / jib_r
        pen.line(
            [(x + j * step, jt + 3 * t0), (x + (j + 1) * step, jb + (jt + 7 - jb) * t1)],
            width=lw * 0.45,
        )
        j += 1
    pen.rect(x - jib_l, top - 17, x, top - 10)
    pen.rect(x - jib_l, top - 26, x - jib_l + 26, top - 6)
    pen.rect(x - mw / 2 - 4, top - 10, x + mw / 2 + 4, top)
    pen.rect(x + mw / 2, top - 2, x + mw / 2 + 14, top + 12, r=2)
    apex = (x, top - 70)
    pen.line([(x - mw / 2, jt), apex, (x + mw / 2, jt)], width=lw)
    pen.line([apex, (x + jib_r * 0.72, jt + 2)], width=lw * 0.45)
    pen.line([apex, (x - jib_l + 6, top - 17)], width=lw * 0.45)
    hx = x + jib_r * hook_t
    pen.rect(hx - 5, jt + 4, hx + 5, jt + 9)
    pen.line([(hx, jt + 8), (hx, hook_y)], width=lw * 0.35)
    pen.rect(hx - 4, hook_y, hx + 4, hook_y + 9)


def factory_hall(pen: Pen, x0: float, x1: float, base: float, h: float, kind: str) -> float:
    """A factory hall with a sawtooth, gabled or flat roof; returns the roof line height."""
    if kind == "saw":
        tw, th = 34.0, 22.0
        pts: list[Point] = [(x0, base), (x0, base - h)]
        x = x0
        while x < x1 - 1:
            pts += [(x, base - h - th), (min(x + tw, x1), base - h)]
            x += tw
        pts += [(x1, base)]
        pen.poly(pts)
    elif kind == "gable":
        pen.poly(
            [(x0, base), (x0, base - h), ((x0 + x1) / 2, base - h - 30), (x1, base - h), (x1, base)]
        )
    else:
        pen.rect(x0, base - h, x1, base + 2)
        pen.rect(x0 + 10, base - h - 10, x0 + (x1 - x0) * 0.4, base - h + 1)
    return base - h


def chimney(pen: Pen, x: float, base: float, h: float, w: float) -> Point:
    """A slim tapered stack; returns its top centre."""
    pen.poly(
        [(x - w / 2, base), (x - w * 0.32, base - h), (x + w * 0.32, base - h), (x + w / 2, base)]
    )
    pen.rect(x - w * 0.4, base - h - 4, x + w * 0.4, base - h + 3)
    return (x, base - h - 4)


def steam(sc: Scene, tops: Sequence[Point], drift: float) -> None:
    """Light white wisps rising from stacks."""
    with sc.layer(mix(sc.pal.cream, sc.pal.haze, 0.3), opacity=0.4, blur=9) as m:
        for x, y in tops:
            for i in range(7):
                t = i / 6
                m.circle(
                    x + drift * t * 140, y - 20 - t * 120, 8 + t * 30, round(230 * (1 - t * 0.8))
                )


def tv_tower(pen: Pen, x: float, base: float, h: float) -> None:
    """A needle tower with spheres (a generic skyline landmark)."""
    pen.poly([(x - 4, base - h), (x + 4, base - h), (x + 9, base), (x - 9, base)])
    pen.line([(x - h * 0.13, base), (x, base - h * 0.34), (x + h * 0.13, base)], width=6)
    pen.circle(x, base - h * 0.34, h * 0.085)
    pen.circle(x, base - h * 0.66, h * 0.06)
    pen.circle(x, base - h * 0.84, h * 0.028)
    pen.line([(x, base - h), (x, base - h * 1.14)], width=2.5)


class Machine:
    """Draws a construction machine from local coordinates (arm pointing to -x, y up negative)."""

    def __init__(self, sc: Scene, x: float, y: float, s: float, facing: int = 1) -> None:
        self.sc, self.x, self.y, self.s, self.f = sc, x, y, s, facing

    def t(self, pts: Sequence[Point]) -> list[Point]:
        return [(self.x + self.f * px * self.s, self.y + py * self.s) for px, py in pts]

    def poly(self, pen: Pen, pts: Sequence[Point], fill: Color) -> None:
        pen.poly(self.t(pts), fill)

    def rrect(
        self, pen: Pen, x0: float, y0: float, x1: float, y1: float, fill: Color, r: float = 0
    ) -> None:
        (a, b), (c, d) = self.t([(x0, y0), (x1, y1)])
        pen.rect(min(a, c), min(b, d), max(a, c), max(b, d), fill, r * self.s)

    def circle(self, pen: Pen, cx: float, cy: float, r: float, fill: Color) -> None:
        ((px, py),) = self.t([(cx, cy)])
        pen.circle(px, py, r * self.s, fill)

    def tracks(self, pen: Pen, half: float, dark: RGB, mid: RGB) -> None:
        self.rrect(pen, -half, -52, half, 0, dark, 26)
        self.rrect(pen, -half + 12, -42, half - 12, -10, mid, 16)
        n = max(3, int(half * 2 / 46))
        for i in range(n):
            self.circle(pen, -half + 26 + i * (2 * half - 52) / (n - 1), -26, 10, dark)

    def bar(
        self, pen: Pen, p0: Point, p1: Point, w0: float, w1: float, body: RGB, shade: RGB
    ) -> None:
        """A machine arm segment with a shaded underside."""
        self.poly(pen, beam(p0, p1, w0, w1), shade)
        self.poly(
            pen,
            beam((p0[0], p0[1] - w0 * 0.12), (p1[0], p1[1] - w1 * 0.12), w0 * 0.72, w1 * 0.72),
            body,
        )

    def excavator(self, body: RGB, shade: RGB, dark: RGB, glass: RGB, reach: float = 0.0) -> None:
        pen = self.sc.pen
        chrome = mix(body, (245, 240, 230), 0.55)
        self.tracks(pen, 150, dark, mix(dark, shade, 0.35))
        self.rrect(pen, -60, -68, 70, -50, dark)
        self.rrect(pen, -70, -152, 150, -66, body, 10)
        self.rrect(pen, 108, -140, 164, -66, shade, 16)
        self.rrect(pen, -70, -88, 164, -66, shade)
        self.rrect(pen, 70, -182, 78, -150, dark)
        self.rrect(pen, 0, -160, 100, -150, shade, 3)
        b0, mid = (-48.0, -118.0), (-150.0, -318.0 - reach * 30)
        elbow = (-262.0 - reach * 50, -360.0 + reach * 70)
        wrist = (-372.0 - reach * 70, -118.0 + reach * 50)
        self.bar(pen, b0, mid, 50, 60, body, shade)
        self.bar(pen, mid, elbow, 60, 40, body, shade)
        self.circle(pen, *mid, 28, body)
        self.poly(pen, beam((-84, -96), (-150, -262), 9, 9), mix(chrome, shade, 0.4))
        self.poly(pen, beam((-84, -96), (-118, -182), 15, 15), dark)
        self.bar(pen, elbow, wrist, 38, 26, body, shade)
        self.poly(
            pen,
            beam((mid[0] - 10, mid[1] - 34), (elbow[0] + 6, elbow[1] - 28), 8, 8),
            mix(chrome, shade, 0.4),
        )
        wx, wy = wrist
        self.poly(
            pen,
            [
                (wx + 14, wy - 10),
                (wx + 6, wy + 40),
                (wx - 30, wy + 66),
                (wx - 70, wy + 60),
                (wx - 60, wy + 30),
                (wx - 30, wy + 4),
            ],
            shade,
        )
        for i in range(3):
            self.poly(
                pen,
                [
                    (wx - 58 + i * 16, wy + 60),
                    (wx - 70 + i * 16, wy + 74),
                    (wx - 48 + i * 16, wy + 64),
                ],
                dark,
            )
        for px, py in (elbow, wrist):
            self.circle(pen, px, py, 11, dark)
            self.circle(pen, px, py, 5, chrome)
        self.poly(pen, [(-112, -66), (-30, -66), (-30, -236), (-84, -236), (-112, -200)], body)
        self.poly(pen, [(-103, -150), (-40, -150), (-40, -226), (-80, -226), (-103, -196)], glass)
        self.poly(
            pen,
            [(-103, -196), (-80, -226), (-66, -226), (-96, -178)],
            alpha(self.sc.pal.cream, 0.35),
        )
        self.rrect(pen, -116, -244, -26, -234, shade, 3)
        self.circle(pen, *b0, 12, dark)

    def bulldozer(self, body: RGB, shade: RGB, dark: RGB, glass: RGB) -> None:
        pen = self.sc.pen
        self.tracks(pen, 125, dark, mix(dark, shade, 0.35))
        self.poly(pen, [(-96, -50), (118, -50), (118, -128), (-62, -128), (-96, -98)], body)
        self.rrect(pen, -96, -70, 118, -50, shade)
        self.rrect(pen, 18, -214, 104, -126, body, 5)
        self.rrect(pen, 28, -204, 94, -140, glass, 3)
        self.rrect(pen, 12, -222, 110, -210, shade, 3)
        self.rrect(pen, -20, -160, -12, -128, dark)
        self.poly(pen, beam((-60, -72), (-140, -60), 14, 12), dark)
        self.poly(pen, [(-172, -150), (-140, -154), (-130, 4), (-176, 4), (-186, -60)], shade)
        self.poly(pen, beam((118, -70), (160, -14), 12, 8), dark)


def trophy(pen: Pen, cx: float, base: float, s: float, gold: RGB, shade: RGB, light: RGB) -> None:
    """A classic cup trophy standing on base."""
    top = base - 230 * s
    bowl = [(cx - 70 * s, top)] + [
        (cx + 70 * s * math.cos(a), top + 110 * s * math.sin(a))
        for a in (i * math.pi / 24 for i in range(25))
    ]
    for side in (-1, 1):
        pen.ring(cx + side * 72 * s, top + 38 * s, 30 * s, gold, 9 * s)
    pen.poly(bowl, gold)
    pen.poly(
        [(cx, top)]
        + [
            (cx + 70 * s * math.cos(a), top + 110 * s * math.sin(a))
            for a in (i * math.pi / 48 for i in range(25))
        ],
        shade,
    )
    pen.ellipse(cx, top, 70 * s, 12 * s, light)
    pen.poly(
        [
            (cx - 10 * s, top + 100 * s),
            (cx + 10 * s, top + 100 * s),
            (cx + 16 * s, base - 40 * s),
            (cx - 16 * s, base - 40 * s),
        ],
        gold,
    )
    pen.rect(cx - 48 * s, base - 42 * s, cx + 48 * s, base - 22 * s, gold, r=4 * s)
    pen.rect(cx - 60 * s, base - 24 * s, cx + 60 * s, base, shade, r=4 * s)
    pen.poly(
        beam((cx - 40 * s, top + 20 * s), (cx - 20 * s, top + 80 * s), 8 * s, 4 * s),
        alpha(light, 0.7),
    )


def iso_block(
    pen: Pen,
    x: float,
    base: float,
    w: float,
    h: float,
    d: float,
    front: Color,
    top: Color,
    side: Color,
) -> None:
    """A box seen slightly from above and the left: front, top and right faces."""
    dx, dy = d * 0.6, -d * 0.45
    pen.rect(x, base - h, x + w, base, front)
    pen.poly(
        [(x, base - h), (x + dx, base - h + dy), (x + w + dx, base - h + dy), (x + w, base - h)],
        top,
    )
    pen.poly(
        [(x + w, base - h), (x + w + dx, base - h + dy), (x + w + dx, base + dy), (x + w, base)],
        side,
    )


# --------------------------------------------------------------------------- motifs


def motif_factory(sc: Scene) -> None:
    """Industrial park skyline: halls, slim stacks, tower cranes, light trails."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc)
    paint_sun(sc, 58)
    paint_rays(sc)
    paint_hills(sc, 590, 630, layers=2, depth0=0.08, depth1=0.2, amp=20)
    with sc.layer(p.depth(0.3)) as m:
        skyline(m, rng, -20, 1520, 690, 30, 150 if sc.grand else 110, None, peak=sc.rand(300, 1200))
    sc.mist(560, 720, p.haze, 0.0, 0.5)
    base = 770.0
    tops: list[Point] = []
    bands: list[tuple[float, float, float]] = []
    with sc.layer(p.depth(0.58)) as m:
        x = sc.rand(-60, -10)
        while x < 1520:
            w = sc.rand(170, 320)
            roof = factory_hall(
                m, x, x + w, base, sc.rand(50, 100), rng.choice(("saw", "saw", "gable", "flat"))
            )
            bands.append((x + 14, roof + 14, x + w - 14))
            if sc.chance(0.55):
                tops.append(
                    chimney(
                        m, x + sc.rand(0.2, 0.8) * w, roof + 4, sc.rand(120, 260), sc.rand(16, 26)
                    )
                )
            x += w + sc.rand(12, 50)
    steam(sc, tops, sc.rand(-1, 1))
    with sc.layer(p.glow, opacity=0.75, glow=8, glow_opacity=0.7) as m:
        for x0, y, x1 in bands:
            for i in range(int((x1 - x0) // 22)):
                if sc.chance(0.7):
                    m.rect(x0 + i * 22, y, x0 + i * 22 + 12, y + 8)
    sc.mist(720, 800, p.haze, 0.0, 0.35)
    cranes = 4 if sc.grand else sc.rng.choice((2, 3))
    with sc.layer(p.depth(0.86)) as m:
        for i in range(cranes):
            cx = (i + 0.5) * 1500 / cranes + sc.rand(-90, 90)
            top = sc.rand(230, 380)
            tower_crane(
                m,
                cx,
                860,
                top,
                sc.rand(220, 360),
                sc.rand(70, 110),
                sc.rand(0.35, 0.85),
                sc.rand(500, 700),
                2.6,
            )
    paint_ground(sc, 815)
    light_trails(sc, 900)


def light_trails(sc: Scene, y: float) -> None:
    """Two long-exposure light streaks along a road."""
    for color, dy in ((sc.pal.glow, 0), (mix(sc.pal.accent, (255, 120, 90), 0.5), 18)):
        with sc.layer(color, opacity=0.9, glow=5, glow_opacity=0.9) as m:
            pts = [(x, y + dy + 30 * math.sin(x / 500 + 1.3)) for x in range(-20, 1540, 20)]
            m.line(pts, width=2.2)


def motif_signing(sc: Scene) -> None:
    """Two city skylines joined by glowing arcs of cooperation over a river at dusk."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, 90)
    paint_stars(sc, 140)
    sc.sun = (750, 640)
    paint_sun(sc, 46, 0.75)
    paint_hills(sc, 625, 645, layers=2, depth0=0.08, depth1=0.18, amp=12)
    base = 730.0
    boxes = []
    with sc.layer(p.depth(0.5)) as m:
        boxes += skyline(m, rng, 10, 640, base, 60, 280 if sc.grand else 240, None, peak=320)
        tv_tower(m, sc.rand(250, 420), base, sc.rand(330, 400))
        boxes += skyline(m, rng, 860, 1500, base, 60, 260, None, peak=1180)
    paint_windows(sc, boxes, density=0.22, size=3.2)
    with sc.layer(p.depth(0.7)) as m:
        skyline(m, rng, -20, 1520, base, 8, 45, None)
    water_surface(sc, base, boxes)
    arcs = 6 if sc.grand else 4
    for i in range(arcs):
        a = (sc.rand(160, 560), sc.rand(base - 260, base - 110))
        b = (sc.rand(940, 1380), sc.rand(base - 260, base - 110))
        ctrl = ((a[0] + b[0]) / 2 + sc.rand(-80, 80), min(a[1], b[1]) - sc.rand(200, 420))
        pts = bezier(a, ctrl, b, 80)
        with sc.layer(mix(p.glow, p.cream, i / arcs), opacity=0.9, glow=7, glow_opacity=0.9) as m:
            m.line(pts, width=2.0 + (i == 0) * 1.2)
            m.circle(*a, 5)
            m.circle(*b, 5)
        with sc.layer(p.cream, opacity=0.9, glow=10, glow_opacity=0.9) as m:
            m.circle(*pts[rng.randrange(20, 60)], 4)
        with sc.layer(p.glow, opacity=0.6) as m:
            m.ring(*a, 14, width=1.5)
            m.ring(*b, 14, width=1.5)


def motif_excavator(sc: Scene) -> None:
    """A golden excavator at work beside an earth mound, with more machines on the site behind."""
    motif_site(sc, hero="excavator")


def motif_site(sc: Scene, hero: str) -> None:
    """An earthworks site at dusk with a hero machine ('excavator' or 'bulldozer') in the foreground."""
    p = sc.pal
    paint_sky(sc, None, 650)
    sc.sun = (sc.rand(850, 1250), sc.rand(360, 460))
    paint_sun(sc, 62)
    paint_rays(sc, 11)
    paint_hills(sc, 590, 620, layers=2, depth0=0.06, depth1=0.18, amp=24)
    with sc.layer(p.depth(0.3)) as m:
        skyline(m, sc.rng, -20, 1520, 670, 20, 90, None)
        for _ in range(3 if sc.grand else 1):
            tower_crane(m, sc.rand(100, 1400), 670, sc.rand(400, 500), 160, 60, 0.6, 600, 1.6)
    sc.mist(560, 700, p.haze, 0.0, 0.5)
    with sc.layer(p.depth(0.45)) as m:
        m.poly(ridge(sc.rng, 715, 14, waves=2))
    body, shade, dark = mix(p.gold, p.glow, 0.12), mix(p.gold, p.ink, 0.38), mix(p.ink, p.deep, 0.3)
    glass = mix(p.glow, p.mid, 0.45)
    far, far_shade = mix(p.depth(0.45), p.gold, 0.35), p.depth(0.55)
    for i in range(3 if sc.grand else 2):
        Machine(sc, 700 + i * 260 + sc.rand(-40, 40), 716, 0.26, sc.rng.choice((-1, 1))).bulldozer(
            far, far_shade, far_shade, mix(p.glow, far, 0.4)
        )
    sc.mist(690, 780, p.haze, 0.0, 0.25)
    with sc.layer(p.depth(0.62)) as m:
        m.poly(ridge(sc.rng, 790, 10, waves=2))
    with sc.layer(p.depth(0.8)) as m:
        m.poly(
            [(-40, 1010), (-40, 660), (90, 640), (260, 670), (420, 740), (560, 850), (620, 1010)]
        )
    with sc.layer(p.depth(0.68), opacity=0.9) as m:
        m.poly([(-40, 680), (90, 658), (260, 686), (400, 748), (230, 720), (80, 700)])
        m.poly([(60, 780), (220, 760), (380, 800), (250, 830)])
    paint_ground(sc, 885, 0.9, 5)
    with sc.layer(p.ink, opacity=0.55, blur=10) as m:
        m.ellipse(1020, 905, 400, 18)
    if hero == "bulldozer":
        Machine(sc, 980, 905, 1.55, 1).bulldozer(body, shade, dark, glass)
        plane(sc, sc.rand(420, 620), sc.rand(200, 260), 0.6, sc.rand(-0.16, -0.06))
        evtol(sc, sc.rand(1150, 1300), sc.rand(170, 230), 0.35, 0.0)
        return
    Machine(sc, 1030, 900, 1.08 if sc.grand else 1.0, 1).excavator(
        body, shade, dark, glass, reach=sc.rand(-0.25, 0.35)
    )
    with sc.layer(p.haze, opacity=0.3, blur=26) as m:
        m.ellipse(600, 860, 150, 40)
    if sc.grand:
        Machine(sc, 330, 940, 0.62, -1).bulldozer(
            mix(body, p.ink, 0.12), mix(shade, p.ink, 0.15), dark, glass
        )


def motif_aircraft(sc: Scene) -> None:
    """A light aircraft (and a distant eVTOL air taxi) above a sea of clouds."""
    p = sc.pal
    paint_sky(sc, 90, 700)
    sc.sun = (sc.rand(180, 520), sc.rand(560, 620))
    paint_sun(sc, 70)
    paint_rays(sc, 10, 0.12)
    rows = (
        (640, 0.35, 0.25, 6.0),
        (700, 0.6, 0.45, 3.0),
        (790, 1.0, 0.7, 1.5),
        (900, 1.5, 0.85, 0.0),
        (1010, 2.1, 1.0, 0.0),
    )
    for y, scale, near, blur in rows:
        color = mix(mix(p.haze, p.cream, 0.35), p.cream, near)
        paint_clouds(sc, y, max(3, round(8 / scale)), scale, color, 1.0, blur, 140)
        sc.mist(y - 10, y + 60, mix(p.haze, p.mid, 0.2), 0.0, 0.25)
    heading = sc.rand(-0.2, -0.08)
    plane(sc, sc.rand(880, 1040), sc.rand(300, 380), 1.35 if sc.grand else 1.2, heading)
    evtol(sc, sc.rand(330, 520), sc.rand(200, 300), 0.55, sc.rand(-0.06, 0.02))


def mix_pt(a: Point, b: Point, t: float) -> Point:
    """Point between a and b."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def craft_pen(
    sc: Scene, cx: float, cy: float, s: float, heading: float
) -> Callable[[Sequence[Point]], list[Point]]:
    """Transform from an aircraft's local side-view coordinates to the canvas."""
    return lambda pts: rotate([(cx + x * s, cy + y * s) for x, y in pts], heading, (cx, cy))


def plane(sc: Scene, cx: float, cy: float, s: float, heading: float) -> None:
    """A high-wing light aircraft in side view with an accent livery stripe and a faint trail."""
    p = sc.pal
    tf = craft_pen(sc, cx, cy, s, heading)
    body, shade, glass = p.cream, mix(p.cream, p.mid, 0.28), mix(p.deep, p.mid, 0.5)
    tail = tf([(-215, -6)])[0]
    with sc.layer(p.cream, opacity=0.45, blur=3) as m:
        for i in range(24):
            t = i / 24
            m.line(
                [
                    mix_pt(tail, (tail[0] - 1100 * s, tail[1] + 1100 * s * math.tan(-heading)), t),
                    mix_pt(
                        tail,
                        (tail[0] - 1100 * s, tail[1] + 1100 * s * math.tan(-heading)),
                        t + 1 / 24,
                    ),
                ],
                round(255 * (1 - t) ** 1.5),
                5 * (1 - t) + 1,
            )
    pen = sc.pen
    pen.poly(tf([(-150, -16), (-196, -92), (-218, -92), (-214, -10)]), shade)
    pen.poly(tf([(-140, -6), (-232, -8), (-236, -2), (-140, 2)]), shade)
    pen.poly(tf([(12, 8), (40, -48), (48, -48), (20, 8)]), shade)
    for leg, wheel, r in (((22, 12), (40, 48), 11), ((160, 10), (166, 44), 9)):
        pen.line(tf([leg, wheel]), shade, 5 * s)
        ((wx, wy),) = tf([wheel])
        pen.circle(wx, wy, r * s, mix(p.ink, p.deep, 0.5))
    hull = [
        (207, 0),
        (196, -12),
        (150, -22),
        (96, -28),
        (64, -48),
        (-14, -48),
        (-62, -38),
        (-170, -16),
        (-214, -12),
        (-214, -4),
        (-170, 0),
        (-60, 10),
        (40, 16),
        (150, 12),
        (196, 8),
    ]
    pen.poly(tf(hull), body)
    pen.poly(
        tf(
            [
                (-214, -4),
                (-170, 0),
                (-60, 10),
                (40, 16),
                (150, 12),
                (196, 8),
                (150, 4),
                (40, 6),
                (-60, 2),
            ]
        ),
        shade,
    )
    pen.poly(
        tf([(196, -3), (40, -6), (-170, -10), (-200, -8), (-170, -4), (40, 1), (196, 3)]), p.accent
    )
    pen.poly(tf([(92, -28), (62, -44), (26, -44), (26, -24)]), glass)
    pen.poly(tf([(18, -44), (-22, -44), (-22, -24), (18, -24)]), glass)
    pen.poly(
        tf([(82, -50), (-34, -50), (-40, -55), (-20, -60), (70, -60), (90, -55)]),
        mix(body, shade, 0.4),
    )
    pen.poly(
        tf(
            [
                (207 + 5 * math.cos(a), 62 * math.sin(a))
                for a in (i * math.tau / 32 for i in range(32))
            ]
        ),
        alpha(p.cream, 0.28),
    )
    pen.poly(tf([(200, -7), (214, 0), (200, 7)]), shade)


def evtol(sc: Scene, cx: float, cy: float, s: float, heading: float) -> None:
    """A small multirotor air taxi in side view (hazy, in the distance)."""
    p = sc.pal
    tf = craft_pen(sc, cx, cy, s, heading)
    color, glass = mix(p.cream, p.haze, 0.3), mix(p.mid, p.haze, 0.4)
    pen = sc.pen
    for x in (-150, -50, 60, 160):
        pen.line(tf([(x, -40), (x, -62)]), color, 6 * s)
        pen.poly(
            tf(
                [
                    (x + 78 * math.cos(a), -66 + 7 * math.sin(a))
                    for a in (i * math.tau / 24 for i in range(24))
                ]
            ),
            alpha(p.cream, 0.35),
        )
    pen.line(tf([(-160, -40), (170, -40)]), color, 9 * s)
    pen.poly(
        tf(
            [
                (130 * math.cos(a) + 10, 42 * math.sin(a))
                for a in (i * math.tau / 40 for i in range(40))
            ]
        ),
        color,
    )
    pen.poly(tf([(-110, -10), (-170, -36), (-190, -36), (-150, 10)]), color)
    pen.poly(
        tf(
            [
                (60 + 60 * math.cos(a), -6 + 24 * math.sin(a))
                for a in (i * math.pi / 20 for i in range(-20, 1))
            ]
        ),
        glass,
    )
    pen.line(tf([(-60, 40), (-60, 58), (90, 58)]), color, 5 * s)


def motif_podium(sc: Scene) -> None:
    """A three-step podium with a glowing trophy, rising ranking bars and confetti."""
    p = sc.pal
    paint_sky(sc, 90)
    sc.sun = (750, 330)
    with sc.layer(p.cream, opacity=0.12, blur=20) as m:
        for i in range(14):
            a = -math.pi / 2 + (i - 6.5) * 0.22
            m.poly(
                [
                    (750, 330),
                    (750 + math.cos(a - 0.05) * 1400, 330 + math.sin(a - 0.05) * 1400),
                    (750 + math.cos(a + 0.05) * 1400, 330 + math.sin(a + 0.05) * 1400),
                ]
            )
    paint_bokeh(sc, 40, 8, 40, 0.18, 6)
    bars = 7
    with sc.layer(p.soft, opacity=0.22) as m:
        for i in range(bars):
            h = 120 + i * sc.rand(45, 60)
            x = 120 + i * 180 + (90 if i >= 3 else 0)
            m.rect(x, 800 - h, x + 90, 820, r=6)
    trend = [
        (165 + i * 180 + (90 if i >= 3 else 0), 800 - (120 + i * 52) - 40) for i in range(bars)
    ]
    with sc.layer(p.glow, opacity=0.8, glow=6, glow_opacity=0.8) as m:
        m.line(trend, width=2.2)
        for pt in trend:
            m.circle(*pt, 5)
    with sc.layer(p.glow, opacity=0.55, blur=60) as m:
        m.circle(750, 470, 200)
    floor = gradient(sc.size, ((0.0, p.mid), (0.7, p.deep), (1.0, p.ink)), 90)
    with sc.layer(floor) as m:
        m.rect(-10, 840, 1510, 1010)
    sc.mist(820, 900, p.glow, 0.0, 0.18)
    front, top, side = (
        mix(p.accent, p.cream, 0.08),
        mix(p.accent, p.cream, 0.45),
        mix(p.accent, p.ink, 0.45),
    )
    for x, h in ((500, 150), (980, 100), (740, 230)):
        iso_block(
            sc.pen,
            x - 120,
            880,
            240,
            h,
            50,
            front if x == 740 else mix(front, p.ink, 0.18),
            top,
            side,
        )
        sc.pen.ring(x, 880 - h / 2, min(34, h * 0.28), alpha(p.cream, 0.5), 4)
    trophy(sc.pen, 755, 650, 1.0, p.gold, mix(p.gold, p.ink, 0.3), mix(p.gold, p.cream, 0.7))
    with sc.layer(p.glow, opacity=0.4, blur=30) as m:
        m.circle(755, 480, 80)
    confetti(sc, 90 if sc.grand else 60)


def confetti(sc: Scene, count: int) -> None:
    """Small tumbling paper pieces in the palette's light colours."""
    colors = (sc.pal.gold, sc.pal.cream, sc.pal.soft, sc.pal.glow)
    for _ in range(count):
        x, y, w = sc.rand(100, 1400), sc.rand(40, 700), sc.rand(5, 11)
        pts = rotate(
            [
                (x - w, y - w * 0.45),
                (x + w, y - w * 0.45),
                (x + w, y + w * 0.45),
                (x - w, y + w * 0.45),
            ],
            sc.rand(0, math.pi),
            (x, y),
        )
        sc.pen.poly(pts, alpha(sc.rng.choice(colors), sc.rand(0.5, 0.95)))


def motif_bridge(sc: Scene) -> None:
    """A cable-stayed bridge crossing over converging railway tracks, city skyline behind."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 640)
    paint_sun(sc, 56)
    paint_rays(sc)
    paint_hills(sc, 585, 610, layers=2, depth0=0.06, depth1=0.16, amp=16)
    with sc.layer(p.depth(0.3)) as m:
        boxes = skyline(
            m, rng, -20, 1520, 650, 30, 200 if sc.grand else 150, None, peak=sc.rand(300, 1200)
        )
    paint_windows(sc, boxes, 0.12, 2.6, 4)
    sc.mist(560, 670, p.haze, 0.0, 0.5)
    vx, vy = 750 + sc.rand(-60, 60), 660.0
    ground = gradient(sc.size, ((0.0, p.depth(0.4)), (0.7, p.depth(0.8)), (1.0, p.depth(0.95))), 90)
    with sc.layer(ground) as m:
        m.rect(-10, vy - 6, 1510, 1010)
    with sc.layer(mix(p.depth(0.55), p.haze, 0.25)) as m:
        m.poly([(vx - 40, vy), (vx + 40, vy), (1560, 1010), (-60, 1010)])
    sleepers(sc, vx, vy)
    rails = (-1.0, -0.62, 0.62, 1.0)
    with sc.layer(mix(p.glow, p.cream, 0.4), opacity=0.9, glow=3, glow_opacity=0.6) as m:
        for r in rails:
            for off in (-0.1, 0.1):
                m.poly(beam((vx + (r + off) * 6, vy), (vx + (r + off) * 620, 1010), 0.6, 7))
    catenary(sc, vx, vy)
    deck_y = 520 + sc.rand(-20, 20)
    bridge_deck(sc, deck_y)
    pylon_x = vx + rng.choice((-1, 1)) * sc.rand(260, 380)
    cable_pylon(sc, pylon_x, deck_y, 130 if sc.grand else 170)
    sc.mist(900, 1000, p.ink, 0.0, 0.4)


def sleepers(sc: Scene, vx: float, vy: float) -> None:
    """Railway sleepers receding to the vanishing point."""
    with sc.layer(sc.pal.depth(0.85), opacity=0.85) as m:
        z = 1.0
        while True:
            y = vy + 350 / z
            if y < vy + 3:
                break
            f = (y - vy) / (1010 - vy)
            for side in (-1, 1):
                c = vx + side * 0.81 * 620 * f
                m.rect(c - 0.3 * 620 * f, y, c + 0.3 * 620 * f, y + max(0.6, 9 * f))
            z += 0.45


def catenary(sc: Scene, vx: float, vy: float) -> None:
    """Overhead line masts along the tracks with their wires."""
    with sc.layer(sc.pal.depth(0.75)) as m:
        tops: dict[int, list[Point]] = {-1: [], 1: []}
        for i in range(1, 7):
            y = vy + 350 / (i * 1.6)
            f = (y - vy) / (1010 - vy)
            for side in (-1, 1):
                x = vx + side * 1.3 * 620 * f
                h = 260 * f
                m.rect(x - 4 * f - 0.4, y - h, x + 4 * f + 0.4, y)
                m.line(
                    [(x, y - h * 0.9), (x - side * 0.55 * 620 * f, y - h * 0.9)],
                    width=max(0.6, 4 * f),
                )
                tops[side].append((x - side * 0.5 * 620 * f, y - h * 0.9))
        for side in (-1, 1):
            m.line(tops[side] + [(vx - side * 0.0, vy - 2)], width=1.2)


def bridge_deck(sc: Scene, y: float) -> None:
    """A long girder deck across the whole picture with piers and a glowing lamp row."""
    p = sc.pal
    with sc.layer(p.depth(0.7)) as m:
        for x in (140, 470, 1030, 1360):
            m.poly([(x - 18, y + 30), (x + 18, y + 30), (x + 14, 700), (x - 14, 700)])
    with sc.layer(p.depth(0.78)) as m:
        m.rect(-10, y, 1510, y + 34)
    with sc.layer(mix(p.depth(0.5), p.glow, 0.2)) as m:
        m.rect(-10, y, 1510, y + 9)
    with sc.layer(p.depth(0.85)) as m:
        m.line([(-10, y - 14), (1510, y - 14)], width=1.6)
        for x in range(-10, 1520, 14):
            m.line([(x, y - 14), (x, y)], width=0.9)
    with sc.layer(p.glow, opacity=0.9, glow=6, glow_opacity=0.8) as m:
        for x in range(40, 1500, 95):
            m.circle(x, y - 22, 2.6)
            m.line([(x, y - 22), (x, y)], width=1)


def cable_pylon(sc: Scene, x: float, deck: float, top: float) -> None:
    """An inverted-Y pylon with fans of stay cables."""
    p = sc.pal
    with sc.layer(mix(p.cream, p.haze, 0.2), opacity=0.75) as m:
        for side in (-1, 1):
            for i in range(12):
                t = (i + 1) / 12
                m.line([(x, top + 30 + i * 9), (x + side * (60 + t * 600), deck)], width=1.1)
    with sc.layer(p.depth(0.8)) as m:
        m.poly([(x - 60, deck + 34), (x - 40, deck + 34), (x - 4, top + 150), (x - 10, top + 150)])
        m.poly([(x + 60, deck + 34), (x + 40, deck + 34), (x + 4, top + 150), (x + 10, top + 150)])
        m.poly([(x - 12, top + 152), (x + 12, top + 152), (x + 8, top), (x - 8, top)])
        m.rect(x - 30, deck + 34, x + 30, 720)
    with sc.layer(p.glow, opacity=0.5) as m:
        m.poly([(x + 8, top), (x + 12, top + 152), (x + 6, top + 152), (x + 3, top)])
    with sc.layer((255, 90, 70), opacity=0.9, glow=6, glow_opacity=0.9) as m:
        m.circle(x, top - 6, 3)


def round_tree(
    sc: Scene, x: float, base: float, h: float, color: RGB, lit: RGB, light_dx: float = -1.0
) -> None:
    """A broadleaf tree: trunk and branches plus a cluster of canopy discs, softly lit on the sun side."""
    r = h * 0.3
    cy = base - h + r
    puffs = [
        (x + sc.rand(-0.75, 0.75) * r, cy + sc.rand(-0.45, 0.5) * r, r * sc.rand(0.35, 0.55))
        for _ in range(11)
    ]
    puffs.append((x, cy + r * 0.1, r * 0.7))
    with sc.layer(color) as m:
        m.poly(
            [
                (x - h * 0.028, base),
                (x + h * 0.028, base),
                (x + h * 0.012, cy + r * 0.3),
                (x - h * 0.012, cy + r * 0.3),
            ]
        )
        for side in (-1, 1):
            m.poly(
                beam((x, base - h * 0.42), (x + side * r * 0.5, cy + r * 0.2), h * 0.018, h * 0.008)
            )

    def shape(pen: Pen) -> None:
        for px, py, pr in puffs:
            pen.circle(px, py, pr)

    def light(pen: Pen) -> None:
        for px, py, pr in puffs:
            pen.circle(px + light_dx * pr * 0.3, py - pr * 0.35, pr * 0.85)

    lit_shape(sc, shape, light, color, mix(color, lit, 0.55))


def cypress(pen: Pen, x: float, base: float, h: float, fill: Color | None = None) -> None:
    """A slim conical tree."""
    w = h * 0.16
    pen.poly(
        [(x, base - h)]
        + [
            (x + w * math.sin(math.pi * t) * (1 - t * 0.3), base - h + h * t)
            for t in (i / 12 for i in range(13))
        ]
        + [
            (x - w * math.sin(math.pi * t) * (1 - t * 0.3), base - h + h * t)
            for t in (i / 12 for i in range(12, -1, -1))
        ],
        fill,
    )


def pavilion(pen: Pen, x: float, base: float, s: float, fill: Color | None = None) -> None:
    """A Chinese garden pavilion with upturned eaves."""
    pen.rect(x - 95 * s, base - 14 * s, x + 95 * s, base, fill)
    for cx in (-70, -25, 25, 70):
        pen.rect(x + (cx - 4) * s, base - 110 * s, x + (cx + 4) * s, base - 12 * s, fill)
    roof = [(x - 130 * s, base - 128 * s)]
    roof += [
        (x - 130 * s + 40 * s * t, base - 128 * s + 16 * s * math.sin(math.pi * t / 2) * (1 - t))
        for t in (i / 8 for i in range(9))
    ]
    roof += [
        (x - 60 * s, base - 150 * s),
        (x - 8 * s, base - 190 * s),
        (x, base - 212 * s),
        (x + 8 * s, base - 190 * s),
        (x + 60 * s, base - 150 * s),
        (x + 90 * s, base - 112 * s),
        (x + 130 * s, base - 128 * s),
        (x + 104 * s, base - 104 * s),
        (x - 104 * s, base - 104 * s),
    ]
    pen.poly(roof, fill)
    pen.rect(x - 100 * s, base - 112 * s, x + 100 * s, base - 102 * s, fill)


def motif_park(sc: Scene) -> None:
    """A landscaped park: pavilion, pond with reflections, a winding path and trees."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 620)
    paint_sun(sc, 60)
    paint_rays(sc, 9, 0.14)
    paint_hills(sc, 540, 600, layers=3, depth0=0.05, depth1=0.3, amp=28)
    with sc.layer(p.depth(0.42)) as m:
        m.poly(ridge(rng, 640, 10, waves=2))
        x = -20.0
        while x < 1520:
            r = sc.rand(14, 30)
            m.circle(x, 640 - r * 0.6 + sc.rand(-6, 6), r)
            x += r * 1.2
    sc.mist(600, 690, p.haze, 0.0, 0.3)
    side = rng.choice((-1, 1))
    with sc.layer(p.depth(0.6)) as m:
        m.poly(ridge(rng, 690, 8, waves=2))
        pavilion(m, 750 + side * sc.rand(260, 380), 690, 0.85)
        for _ in range(5):
            cypress(m, sc.rand(80, 1420), 692, sc.rand(60, 110))
    pond(sc, 750 - side * 330, 790, 340, 58)
    centre = bezier((750 + side * 60, 1010), (750 - side * 160, 880), (750 + side * 120, 800), 30)
    centre += bezier((750 + side * 120, 800), (750 + side * 330, 745), (750 + side * 300, 692), 20)[
        1:
    ]
    with sc.layer(mix(p.cream, p.haze, 0.45), opacity=0.75) as m:
        m.poly(strip(centre, lambda y: 6 + (y - 690) * 0.5))
    with sc.layer(p.depth(0.85)) as m:
        m.poly([*ridge(rng, 905, 14, waves=2)[:-2], (1530, 1010), (-30, 1010)])
    for x, h, d in (
        (750 - side * 560, 420, 0.88),
        (750 + side * 600, 330, 0.8),
        (750 - side * 700, 280, 0.75),
    ):
        round_tree(sc, x, 960, h, p.depth(d), mix(p.depth(d - 0.25), p.glow, 0.3), -side)
    lamps(sc, [(750 + side * 250, 880), (750 - side * 40, 930)], 120)


def strip(centre: Sequence[Point], width: Callable[[float], float]) -> list[Point]:
    """A ribbon polygon following a centre line, with a width that depends on y (perspective)."""
    left, right = [], []
    for i, (x, y) in enumerate(centre):
        ax, ay = centre[max(0, i - 1)]
        bx, by = centre[min(len(centre) - 1, i + 1)]
        length = math.hypot(bx - ax, by - ay) or 1.0
        nx, ny = -(by - ay) / length, (bx - ax) / length
        w = width(y) / 2
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w, y - ny * w))
    return left + right[::-1]


def pond(sc: Scene, cx: float, cy: float, rx: float, ry: float) -> None:
    """A calm pond reflecting the sky, with ripple highlights."""
    p = sc.pal
    water = gradient(sc.size, ((0.0, p.sky[-1][1]), (0.6, p.sky[-2][1]), (1.0, p.sky[-3][1])), 90)
    with sc.layer(p.depth(0.7)) as m:
        m.ellipse(cx, cy + 4, rx + 12, ry + 8)
    with sc.layer(water) as m:
        m.ellipse(cx, cy, rx, ry)
    with sc.layer(p.cream, opacity=0.5) as m:
        for _ in range(14):
            y = cy + sc.rand(-0.7, 0.8) * ry
            w = rx * math.sqrt(max(0.0, 1 - ((y - cy) / ry) ** 2)) * sc.rand(0.2, 0.7)
            x = cx + sc.rand(-0.4, 0.4) * rx
            m.rect(x - w / 2, y, x + w / 2, y + 1.6, r=1)


def lamps(sc: Scene, spots: Sequence[Point], h: float) -> None:
    """Slim garden lamp posts with warm glowing heads."""
    with sc.layer(sc.pal.ink) as m:
        for x, y in spots:
            m.rect(x - 2.5, y - h, x + 2.5, y)
            m.rect(x - 9, y - h - 18, x + 9, y - h - 14)
    with sc.layer(sc.pal.glow, opacity=1.0, glow=16, glow_opacity=0.9) as m:
        for x, y in spots:
            m.rect(x - 6, y - h - 14, x + 6, y - h)


def petal(
    cx: float, cy: float, angle: float, r0: float, length: float, width: float, tilt: float
) -> list[Point]:
    """A slender strap petal with a rounded tip radiating from a flower centre (tilt squashes it vertically)."""
    pts = [(r0 + length * t * 0.88, width * (0.35 + 0.65 * t)) for t in (i / 6 for i in range(7))]
    pts += [
        (r0 + length * 0.88 + width * math.sin(a), width * math.cos(a))
        for a in (i * math.pi / 8 for i in range(1, 8))
    ]
    pts += [
        (r0 + length * t * 0.88, -width * (0.35 + 0.65 * t))
        for t in (i / 6 for i in range(6, -1, -1))
    ]
    ca, sa = math.cos(angle), math.sin(angle)
    return [(cx + x * ca - y * sa, cy + (x * sa + y * ca) * tilt) for x, y in pts]


def bloom(sc: Scene, cx: float, cy: float, r: float, color: RGB, tilt: float = 0.85) -> None:
    """A layered chrysanthemum head: many slender petals, darker outside, lighter and incurved inside."""
    dark, light = mix(color, sc.pal.ink, 0.4), mix(color, sc.pal.cream, 0.6)
    with sc.layer(sc.pal.ink, opacity=0.35, blur=12) as m:
        m.ellipse(cx + 8, cy + 14, r * 0.95, r * 0.95 * tilt)
    rings = 7
    for k in range(rings):
        t = k / (rings - 1)
        n = round(44 - 22 * t)
        length, width = r * (0.96 - 0.7 * t), r * (0.05 - 0.012 * t)
        base = mix(dark, color, t * 1.7) if t < 0.6 else mix(color, light, (t - 0.6) / 0.4)
        offset = sc.rand(0, math.tau)
        for i in range(n):
            a = offset + i * math.tau / n + sc.rand(-0.04, 0.04)
            c = mix(base, sc.pal.cream if math.sin(a) < 0 else sc.pal.ink, sc.rand(0.0, 0.14))
            sc.pen.poly(petal(cx, cy, a, r * 0.05, length * sc.rand(0.88, 1.04), width, tilt), c)
    sc.pen.ellipse(cx, cy, r * 0.09, r * 0.09 * tilt, mix(light, sc.pal.gold, 0.4))


def chrysanthemum_leaf(
    pen: Pen, x: float, y: float, angle: float, size: float, fill: Color | None = None
) -> None:
    """A lobed leaf."""
    pts = []
    for i in range(25):
        t = i / 24
        w = size * 0.32 * math.sin(math.pi * t) * (1 + 0.28 * math.sin(t * math.pi * 6))
        pts.append((size * t, w))
    pts += [
        (
            size * t,
            -size * 0.32 * math.sin(math.pi * t) * (1 + 0.28 * math.sin(t * math.pi * 6 + 0.8)),
        )
        for t in (i / 24 for i in range(24, -1, -1))
    ]
    pen.poly(rotate([(x + px, y + py) for px, py in pts], angle, (x, y)), fill)


def motif_chrysanthemum(sc: Scene) -> None:
    """Chrysanthemums in full bloom, with soft out-of-focus blooms and light behind."""
    p = sc.pal
    paint_sky(sc, sc.rng.choice((70.0, 110.0)), 900)
    sc.sun = (sc.rand(300, 1200), sc.rand(200, 350))
    with sc.layer(p.glow, opacity=0.5, blur=120) as m:
        m.circle(*sc.sun, 160)
    paint_bokeh(sc, 30, 20, 70, 0.22, 10)
    colors = (
        mix(p.gold, p.glow, 0.2),
        mix(p.cream, p.glow, 0.15),
        (222, 104, 66),
        (204, 96, 140),
        (238, 196, 70),
    )
    with sc.layer(mix(p.soft, p.cream, 0.3), opacity=0.45, blur=18) as m:
        for _ in range(9):
            m.circle(sc.rand(0, 1500), sc.rand(380, 900), sc.rand(50, 110))
    leaf = p.depth(0.7)
    with sc.layer(mix(leaf, p.haze, 0.45), opacity=0.7, blur=10) as m:
        for _ in range(8):
            chrysanthemum_leaf(
                m, sc.rand(0, 1500), sc.rand(720, 980), sc.rand(-2.8, -0.3), sc.rand(120, 200), None
            )
    heads = [
        (sc.rand(180, 420), sc.rand(420, 560), sc.rand(150, 190)),
        (sc.rand(620, 880), sc.rand(300, 440), sc.rand(190, 240)),
        (sc.rand(1080, 1320), sc.rand(460, 600), sc.rand(150, 200)),
        (sc.rand(420, 640), sc.rand(760, 860), sc.rand(120, 150)),
        (sc.rand(900, 1120), sc.rand(800, 900), sc.rand(110, 140)),
    ]
    with sc.layer(leaf) as m:
        for x, y, _r in heads:
            m.line(
                bezier(
                    (x, y), (x + sc.rand(-60, 60), (y + 1000) / 2), (x + sc.rand(-120, 120), 1010)
                ),
                width=7,
            )
        for x, y, r in heads:
            for _ in range(2):
                chrysanthemum_leaf(
                    m,
                    x + sc.rand(-20, 20),
                    y + r * sc.rand(0.9, 1.6),
                    sc.rand(-3.0, -0.2),
                    r * sc.rand(0.7, 1.0),
                    None,
                )
    order = sorted(heads, key=lambda h: h[2])
    for i, (x, y, r) in enumerate(order):
        bloom(sc, x, y, r, colors[(i + sc.rng.randrange(5)) % len(colors)], sc.rand(0.78, 0.92))
    with sc.layer(p.cream, opacity=0.5, blur=12) as m:
        for _ in range(6):
            m.circle(sc.rand(0, 1500), sc.rand(0, 1000), sc.rand(20, 45))


def phone(sc: Scene, x: float, y: float, w: float, h: float) -> None:
    """A smartphone showing an approved-licence screen (abstract UI, no text)."""
    p = sc.pal
    with sc.layer(p.ink, opacity=0.5, blur=26) as m:
        m.rect(x + 20, y + 30, x + w + 20, y + h + 30, r=44)
    with sc.layer(p.glow, opacity=0.35, blur=60) as m:
        m.rect(x - 20, y - 20, x + w + 20, y + h + 20, r=60)
    pen = sc.pen
    pen.rect(x, y, x + w, y + h, mix(p.ink, p.deep, 0.4), r=40)
    pen.rect(x + 3, y + 3, x + w - 3, y + h - 3, mix(p.mid, p.deep, 0.5), r=38)
    screen = gradient(
        sc.size, ((0.0, mix(p.soft, p.cream, 0.55)), (1.0, mix(p.soft, p.accent, 0.2))), 90
    )
    with sc.layer(screen) as m:
        m.rect(x + 12, y + 12, x + w - 12, y + h - 12, r=30)
    pen.rect(x + w / 2 - 34, y + 22, x + w / 2 + 34, y + 36, mix(p.ink, p.deep, 0.4), r=7)
    pen.rect(x + 12, y + 50, x + w - 12, y + 120, alpha(p.accent, 0.85))
    pen.rect(x + 36, y + 78, x + 140, y + 90, alpha(p.cream, 0.9), r=6)
    pen.rect(x + 36, y + 98, x + 100, y + 106, alpha(p.cream, 0.6), r=4)
    card_y = y + 145
    pen.rect(x + 30, card_y, x + w - 30, card_y + 210, alpha(p.cream, 0.95), r=16)
    doc_icon(pen, x + 60, card_y + 30, 70, p)
    for i, ww in enumerate((0.55, 0.42, 0.5)):
        pen.rect(
            x + 150,
            card_y + 40 + i * 26,
            x + 150 + (w - 190) * ww,
            card_y + 52 + i * 26,
            alpha(p.mid, 0.5),
            r=6,
        )
    check_badge(pen, x + w - 80, card_y + 150, 30, p.accent, p.cream)
    for i in range(4):
        ix = x + 30 + i * (w - 60) / 4 + 8
        pen.rect(
            ix,
            card_y + 240,
            ix + (w - 60) / 4 - 16,
            card_y + 240 + (w - 60) / 4 - 16,
            alpha(mix(p.accent, p.soft, i * 0.25), 0.9),
            r=14,
        )
    pen.rect(x + 30, y + h - 110, x + w - 30, y + h - 60, alpha(p.gold, 0.95), r=25)


def doc_icon(pen: Pen, x: float, y: float, s: float, p: Palette, seal: bool = True) -> None:
    """A page with a folded corner, text lines and a round seal."""
    pen.poly(
        [(x, y), (x + s * 0.62, y), (x + s * 0.8, y + s * 0.2), (x + s * 0.8, y + s), (x, y + s)],
        mix(p.cream, p.soft, 0.3),
    )
    pen.poly([(x + s * 0.62, y), (x + s * 0.62, y + s * 0.2), (x + s * 0.8, y + s * 0.2)], p.soft)
    for i in range(4):
        pen.rect(
            x + s * 0.12,
            y + s * (0.3 + i * 0.13),
            x + s * (0.6 if i % 2 else 0.68),
            y + s * (0.36 + i * 0.13),
            alpha(p.mid, 0.6),
        )
    if seal:
        pen.ring(x + s * 0.62, y + s * 0.8, s * 0.13, (200, 60, 50, 230), s * 0.04)


def check_badge(pen: Pen, x: float, y: float, r: float, fill: RGB, mark: RGB) -> None:
    """A round badge with a check mark."""
    pen.circle(x, y, r, fill)
    pen.line(
        [(x - r * 0.45, y), (x - r * 0.1, y + r * 0.35), (x + r * 0.5, y - r * 0.35)],
        mark,
        r * 0.18,
    )


def network(
    sc: Scene,
    points: Sequence[Point],
    links: int,
    color: RGB,
    opacity: float = 0.6,
    reach: float = 260.0,
) -> None:
    """Link each point to its nearest neighbours (within reach) with fine glowing lines and dots."""
    with sc.layer(color, opacity=opacity, glow=4, glow_opacity=0.7) as m:
        for _i, a in enumerate(points):
            near = sorted(points, key=lambda b: (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)[
                1 : links + 1
            ]
            for b in near:
                if math.hypot(a[0] - b[0], a[1] - b[1]) < reach:
                    m.line([a, b], width=1.1)
        for x, y in points:
            m.circle(x, y, sc.rand(2.5, 5))


def motif_smartphone(sc: Scene) -> None:
    """A smartphone with e-service screens; documents either float around it or stream into one window."""
    p = sc.pal
    paint_sky(sc, sc.rng.choice((75.0, 105.0)), 1000)
    sc.sun = (sc.rand(900, 1300), sc.rand(250, 400))
    paint_sun(sc, 110, 0.5, disc=False)
    paint_bokeh(sc, 24, 6, 30, 0.2, 5)
    with sc.layer(p.depth(0.25), opacity=0.6) as m:
        skyline(m, sc.rng, -20, 1520, 1010, 60, 260, None)
    sc.mist(700, 1010, p.haze, 0.0, 0.35)
    network(sc, [(sc.rand(60, 1440), sc.rand(60, 940)) for _ in range(30)], 2, p.cream, 0.35, 220)
    if sc.words & {"one", "window", "matter", "visit", "gaoxingban", "approval"}:
        phone_flow(sc)
        return
    px = 750 + sc.rng.choice((-1, 1)) * sc.rand(120, 220) - 170
    cards = [
        (px - 300, sc.rand(220, 320)),
        (px + 420, sc.rand(300, 420)),
        (px - 260, sc.rand(600, 700)),
        (px + 400, sc.rand(640, 720)),
    ]
    dashed_links(sc, [(cx + 90, cy + 60) for cx, cy in cards], (px + 170, 480))
    phone(sc, px, 150, 340, 690)
    for i, (cx, cy) in enumerate(cards):
        floating_card(sc, cx, cy, i)


def dashed_links(sc: Scene, starts: Sequence[Point], end: Point) -> None:
    """Dashed glowing lines from several points to one target."""
    with sc.layer(sc.pal.glow, opacity=0.7, glow=4, glow_opacity=0.6) as m:
        for start in starts:
            for i in range(0, 20, 2):
                m.line([mix_pt(start, end, i / 20), mix_pt(start, end, (i + 1) / 20)], width=1.6)


def phone_flow(sc: Scene) -> None:
    """Many paper forms flowing along a curve into a single phone, which shows one big approval tick."""
    p = sc.pal
    side = sc.rng.choice((-1, 1))
    px = 750 + side * 260 - 170
    start = (750 - side * 600, sc.rand(250, 350))
    end = (px + 170, 460)
    ctrl = ((start[0] + end[0]) / 2, sc.rand(750, 850))
    path = bezier(start, ctrl, end, 40)
    with sc.layer(p.glow, opacity=0.5, glow=14, glow_opacity=0.7) as m:
        m.line(path, width=3)
    for i in range(7):
        x, y = path[3 + i * 4]
        s = 0.55 + 0.5 * (1 - i / 7)
        with sc.layer(p.ink, opacity=0.3, blur=10) as m:
            m.rect(x - 50 * s + 8, y - 62 * s + 12, x + 50 * s + 8, y + 62 * s + 12, r=8)
        pts = rotate(
            [
                (x - 50 * s, y - 62 * s),
                (x + 50 * s, y - 62 * s),
                (x + 50 * s, y + 62 * s),
                (x - 50 * s, y + 62 * s),
            ],
            sc.rand(-0.3, 0.3),
            (x, y),
        )
        sc.pen.poly(pts, alpha(p.cream, 0.93))
        doc_icon(sc.pen, x - 34 * s, y - 44 * s, 88 * s, p, seal=i % 2 == 0)
    phone(sc, px, 150, 340, 690)
    with sc.layer(p.glow, opacity=0.6, blur=30) as m:
        m.circle(px + 170, 330, 90)
    check_badge(sc.pen, px + 170, 330, 70, p.gold, p.cream)


def floating_card(sc: Scene, x: float, y: float, kind: int) -> None:
    """A small translucent card: document, ID card, chart or calendar (no text)."""
    p = sc.pal
    with sc.layer(p.ink, opacity=0.35, blur=14) as m:
        m.rect(x + 10, y + 16, x + 190, y + 136, r=16)
    pen = sc.pen
    pen.rect(x, y, x + 180, y + 120, alpha(p.cream, 0.92), r=16)
    if kind % 4 == 0:
        doc_icon(pen, x + 20, y + 20, 80, p)
        check_badge(pen, x + 140, y + 40, 18, p.accent, p.cream)
    elif kind % 4 == 1:
        pen.circle(x + 50, y + 50, 24, p.soft)
        pen.circle(x + 50, y + 44, 10, p.accent)
        pen.ellipse(x + 50, y + 68, 16, 9, p.accent)
        for i in range(3):
            pen.rect(
                x + 90, y + 34 + i * 20, x + 160 - i * 14, y + 42 + i * 20, alpha(p.mid, 0.5), r=4
            )
    elif kind % 4 == 2:
        for i, h in enumerate((30, 50, 42, 70)):
            pen.rect(
                x + 28 + i * 34,
                y + 96 - h,
                x + 50 + i * 34,
                y + 96,
                mix(p.accent, p.soft, i * 0.2),
                r=4,
            )
    else:
        pen.rect(x + 18, y + 18, x + 162, y + 38, alpha(p.accent, 0.8), r=6)
        for i in range(8):
            pen.circle(
                x + 36 + (i % 4) * 36,
                y + 62 + (i // 4) * 32,
                7,
                p.gold if i == 5 else alpha(p.mid, 0.4),
            )


def motif_nodes(sc: Scene) -> None:
    """An enterprise platform: a glowing perspective grid with connected nodes and light columns."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, 90, 620)
    sc.sun = (750, 600)
    paint_sun(sc, 50, 0.6)
    paint_stars(sc, 90, 0, 420)
    if sc.grand:
        with sc.layer(p.depth(0.35)) as m:
            boxes = skyline(m, rng, -20, 1520, 605, 40, 260, None, peak=750)
        paint_windows(sc, boxes, 0.15, 2.6, 4)
        sc.mist(480, 620, p.haze, 0.0, 0.4)
    vx, vy = 750.0, 600.0
    floor = gradient(sc.size, ((0.0, p.depth(0.55)), (0.35, p.deep), (1.0, p.ink)), 90)
    with sc.layer(floor) as m:
        m.rect(-10, vy, 1510, 1010)
    sc.mist(vy, vy + 60, p.glow, 0.35, 0.0)
    grid = mix(p.soft, p.glow, 0.3)
    with sc.layer(grid, opacity=0.45, glow=3, glow_opacity=0.5) as m:
        for i in range(-16, 17):
            m.line([(vx + i * 8, vy), (vx + i * 260, 1010)], width=1)
        z = 1.0
        while vy + 420 / z > vy + 4:
            y = vy + 420 / z
            m.line([(-10, y), (1510, y)], width=1)
            z += 0.5
    nodes = []
    for _ in range(14):
        z = rng.choice([1.0 + 0.5 * k for k in range(1, 9)])
        y = vy + 420 / z
        i = rng.randrange(-8, 9)
        nodes.append((vx + i * 260 * (y - vy) / 410, y))
    nodes = [n for n in nodes if -50 < n[0] < 1550]
    with sc.layer(p.glow, opacity=0.6, blur=10) as m:
        for x, y in nodes[:7]:
            f = (y - vy) / 410
            m.rect(x - 6 * f - 1, y - 500 * f - 60, x + 6 * f + 1, y)
    for x, y in nodes[7:11]:
        f = (y - vy) / 410
        iso_block(
            sc.pen,
            x - 40 * f,
            y,
            80 * f,
            160 * f * rng.uniform(0.6, 1.4),
            50 * f,
            alpha(p.mid, 0.85),
            alpha(p.soft, 0.85),
            alpha(p.deep, 0.85),
        )
    network(sc, nodes, 3, p.glow, 0.75, 500)
    hub = (vx + sc.rand(-200, 200), vy + 230)
    with sc.layer(p.glow, opacity=0.8, glow=6, glow_opacity=0.8) as m:
        for x, y in nodes:
            m.line([hub, (x, y)], width=1.3)
    with sc.layer(p.cream, opacity=0.9, glow=12, glow_opacity=0.8) as m:
        for x, y in nodes:
            m.circle(x, y, 2 + 6 * (y - vy) / 410)
    hub_platform(sc, *hub)
    sky_pts = [(sc.rand(80, 1420), sc.rand(60, 380)) for _ in range(22)]
    network(sc, sky_pts, 2, p.soft, 0.35, 180)


def hub_platform(sc: Scene, x: float, y: float) -> None:
    """A glowing round platform with a cluster of enterprise towers on it (the 'one platform' focal point)."""
    p = sc.pal
    with sc.layer(p.glow, opacity=0.5, blur=40) as m:
        m.ellipse(x, y, 260, 80)
    with sc.layer(mix(p.soft, p.glow, 0.5), opacity=0.9, glow=8, glow_opacity=0.9) as m:
        m.d.ellipse(
            ((x - 230) * m.k, (y - 60) * m.k, (x + 230) * m.k, (y + 60) * m.k),
            outline=255,
            width=round(3 * m.k),
        )
        m.d.ellipse(
            ((x - 170) * m.k, (y - 44) * m.k, (x + 170) * m.k, (y + 44) * m.k),
            outline=200,
            width=round(2 * m.k),
        )
    sc.pen.ellipse(x, y, 150, 38, alpha(p.mid, 0.9))
    sc.pen.ellipse(x, y - 6, 150, 38, alpha(mix(p.soft, p.cream, 0.3), 0.95))
    for dx, h, w in ((-70, 120, 46), (-10, 210, 56), (54, 160, 48), (100, 90, 40)):
        iso_block(
            sc.pen,
            x + dx - w / 2,
            y + 4 - abs(dx) * 0.12,
            w,
            h,
            w * 0.7,
            mix(p.mid, p.accent, 0.4),
            mix(p.soft, p.cream, 0.4),
            mix(p.deep, p.mid, 0.4),
        )
    with sc.layer(p.glow, opacity=0.9, glow=4, glow_opacity=0.6) as m:
        for dx, h, w in ((-70, 120, 46), (-10, 210, 56), (54, 160, 48), (100, 90, 40)):
            for k in range(int(h // 22)):
                yy = y - 10 - abs(dx) * 0.12 - k * 22
                m.rect(x + dx - w / 2 + 8, yy - 8, x + dx + w / 2 - 8, yy - 4)


def person(
    pen: Pen,
    x: float,
    base: float,
    h: float,
    stride: float = 0.0,
    fill: Color | None = None,
    bag: bool = False,
    skirt: bool = False,
    child: bool = False,
) -> None:
    """A slender stylised figure (h = height); stride -1..1 swings legs and arms."""
    head = h * (0.085 if child else 0.062)
    top = base - h
    neck = top + head * 2.05
    sh_y = neck + h * 0.03
    hip = base - h * (0.46 if child else 0.5)
    sw = h * (0.12 if child else 0.115)
    pen.circle(x, top + head, head, fill)
    pen.rect(x - h * 0.022, neck - h * 0.01, x + h * 0.022, sh_y + h * 0.02, fill)
    pen.poly(
        [
            (x - sw, sh_y + h * 0.018),
            (x + sw, sh_y + h * 0.018),
            (x + sw * 0.72, hip),
            (x - sw * 0.72, hip),
        ],
        fill,
    )
    for side in (-1, 1):
        pen.circle(x + side * (sw - h * 0.03), sh_y + h * 0.03, h * 0.03, fill)
    pen.rect(x - sw + h * 0.002, sh_y, x + sw - h * 0.002, sh_y + h * 0.05, fill, r=h * 0.025)
    for side in (-1, 1):
        foot = (x + side * h * 0.035 + side * stride * h * 0.13, base - h * 0.012)
        pen.poly(beam((x + side * h * 0.045, hip - h * 0.02), foot, h * 0.075, h * 0.045), fill)
        pen.ellipse(foot[0] + h * 0.02, base - h * 0.012, h * 0.04, h * 0.014, fill)
        hand = (x + side * (sw + h * 0.045) + stride * h * 0.03, hip + h * 0.03)
        pen.poly(
            beam((x + side * (sw - h * 0.025), sh_y + h * 0.035), hand, h * 0.055, h * 0.038), fill
        )
    if skirt:
        pen.poly(
            [
                (x - sw * 0.75, hip - h * 0.05),
                (x + sw * 0.75, hip - h * 0.05),
                (x + sw * 1.15, hip + h * 0.2),
                (x - sw * 1.15, hip + h * 0.2),
            ],
            fill,
        )
    if bag:
        pen.rect(
            x + sw + h * 0.01, hip + h * 0.01, x + sw + h * 0.13, hip + h * 0.1, fill, r=h * 0.012
        )


def house(pen: Pen, x: float, base: float, w: float, h: float, fill: Color | None = None) -> None:
    """A gabled house."""
    pen.poly(
        [
            (x, base),
            (x, base - h),
            (x + w / 2, base - h - w * 0.38),
            (x + w, base - h),
            (x + w, base),
        ],
        fill,
    )


def motif_community(sc: Scene) -> None:
    """Residents walking together before homes and apartment blocks with warm windows."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 640)
    paint_sun(sc, 62)
    paint_rays(sc, 10, 0.14)
    paint_hills(sc, 560, 600, layers=2, depth0=0.05, depth1=0.16, amp=22)
    with sc.layer(p.depth(0.35)) as m:
        blocks = []
        x = -20.0
        while x < 1520:
            w, h = sc.rand(70, 120), sc.rand(120, 260 if sc.grand else 200)
            m.rect(x, 660 - h, x + w, 662)
            blocks.append((x, 660 - h, x + w, 660))
            x += w + sc.rand(20, 70)
    paint_windows(sc, blocks, 0.3, 3.4, 5)
    sc.mist(560, 680, p.haze, 0.0, 0.45)
    houses = []
    with sc.layer(p.depth(0.6)) as m:
        m.poly(ridge(rng, 720, 6, waves=2))
        x = sc.rand(-60, 0)
        while x < 1520:
            w, h = sc.rand(90, 140), sc.rand(60, 90)
            house(m, x, 730, w, h)
            houses.append((x, w, h))
            x += w + sc.rand(40, 110)
    with sc.layer(p.glow, opacity=0.9, glow=8, glow_opacity=0.7) as m:
        for x, w, h in houses:
            for i in range(2):
                if sc.chance(0.8):
                    wx = x + w * (0.22 + i * 0.38)
                    m.rect(wx, 730 - h * 0.7, wx + w * 0.18, 730 - h * 0.35)
    with sc.layer(p.depth(0.62)) as m:
        for _ in range(6):
            cypress(m, sc.rand(0, 1500), 735, sc.rand(70, 130))
    sc.mist(700, 780, p.haze, 0.0, 0.25)
    round_tree(
        sc, sc.rand(80, 260), 860, sc.rand(300, 360), p.depth(0.8), mix(p.depth(0.55), p.glow, 0.2)
    )
    round_tree(
        sc,
        sc.rand(1250, 1420),
        850,
        sc.rand(260, 320),
        p.depth(0.78),
        mix(p.depth(0.55), p.glow, 0.2),
    )
    paint_ground(sc, 850, 0.9, 6)
    with sc.layer(mix(p.cream, p.haze, 0.3), opacity=0.35) as m:
        m.rect(-10, 905, 1510, 925)
    group(sc, 750 + sc.rand(-120, 120), 915, 9 if sc.grand else 7)


def group(sc: Scene, cx: float, base: float, n: int, spread: float = 75.0) -> None:
    """A loose group of adults and children at two depths, with a warm rim light."""
    fill = mix(sc.pal.ink, sc.pal.deep, 0.3)
    rim = mix(sc.pal.glow, sc.pal.cream, 0.3)
    spots = []
    for i in range(n):
        child = sc.chance(0.25)
        back = i % 2 == 1
        h = (sc.rand(100, 125) if child else sc.rand(180, 215)) * (0.86 if back else 1.0)
        x = cx + (i - (n - 1) / 2) * spread * sc.rand(0.8, 1.2)
        spots.append(
            (
                x,
                base - (14 if back else 0),
                h,
                sc.rand(-1, 1) if sc.chance(0.6) else 0.0,
                not child and sc.chance(0.25),
                not child and sc.chance(0.35),
                child,
                back,
            )
        )
    spots.sort(key=lambda v: not v[7])
    for x, y, h, stride, bag, skirt, child, back in spots:
        body = mix(fill, sc.pal.haze, 0.18) if back else fill
        with sc.layer(rim, opacity=0.85) as m:
            person(m, x - h * 0.014, y, h, stride, None, bag, skirt, child)
        with sc.layer(body) as m:
            person(m, x + h * 0.004, y, h, stride, None, bag, skirt, child)
    with sc.layer(sc.pal.ink, opacity=0.35, blur=6) as m:
        m.ellipse(cx, base + 4, n * spread * 0.6, 8)


def seated(
    pen: Pen, x: float, seat: float, h: float, facing: int, fill: Color | None = None
) -> None:
    """A seated figure on a bench (h = standing height), facing -1 (left) or 1 (right)."""
    head = h * 0.065
    hip = (x, seat - h * 0.02)
    sh = (x + facing * h * 0.02, seat - h * 0.33)
    pen.circle(sh[0] + facing * h * 0.02, sh[1] - h * 0.09, head, fill)
    pen.poly(beam(hip, sh, h * 0.15, h * 0.17), fill)
    pen.circle(sh[0], sh[1] + h * 0.02, h * 0.07, fill)
    knee = (x + facing * h * 0.24, seat - h * 0.03)
    pen.poly(beam(hip, knee, h * 0.1, h * 0.075), fill)
    pen.poly(beam(knee, (knee[0] + facing * h * 0.02, seat + h * 0.24), h * 0.07, h * 0.05), fill)
    pen.ellipse(knee[0] + facing * h * 0.05, seat + h * 0.245, h * 0.045, h * 0.015, fill)
    pen.poly(
        beam(
            (sh[0], sh[1] + h * 0.03),
            (knee[0] - facing * h * 0.05, knee[1] - h * 0.05),
            h * 0.05,
            h * 0.04,
        ),
        fill,
    )


def motif_elderly(sc: Scene) -> None:
    """A care home with warm windows, a garden bench with two seniors and a walker with a cane."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 640)
    sc.sun = (sc.rand(1000, 1300), sc.rand(420, 500))
    paint_sun(sc, 60)
    paint_rays(sc, 8, 0.12)
    paint_hills(sc, 560, 620, layers=2, depth0=0.05, depth1=0.2, amp=20)
    bx0, bx1 = sc.rand(120, 260), sc.rand(880, 1000)
    with sc.layer(p.depth(0.55)) as m:
        m.rect(bx0, 470, bx1, 720)
        m.poly([(bx0 - 30, 474), ((bx0 + bx1) / 2, 380), (bx1 + 30, 474)])
        m.rect(bx1 - 10, 540, bx1 + 200, 720)
        m.poly([(bx1 - 20, 544), (bx1 + 95, 490), (bx1 + 210, 544)])
    with sc.layer(p.glow, opacity=0.95, glow=10, glow_opacity=0.8) as m:
        for row in range(3):
            for col in range(int((bx1 - bx0 - 40) // 70)):
                if sc.chance(0.78):
                    wx = bx0 + 30 + col * 70
                    m.rect(wx, 500 + row * 70, wx + 34, 540 + row * 70, r=2)
        for col in range(3):
            m.rect(bx1 + 20 + col * 60, 580, bx1 + 52 + col * 60, 620, r=2)
        m.rect((bx0 + bx1) / 2 - 30, 650, (bx0 + bx1) / 2 + 30, 720, r=4)
    with sc.layer(p.depth(0.7)) as m:
        m.rect((bx0 + bx1) / 2 - 60, 636, (bx0 + bx1) / 2 + 60, 646)
        m.ring((bx0 + bx1) / 2, 430, 18, width=5)
    sc.mist(640, 740, p.haze, 0.0, 0.3)
    with sc.layer(p.depth(0.72)) as m:
        m.poly(ridge(rng, 750, 5, waves=2))
        for x in (bx0 - 60, bx1 + 240, sc.rand(1300, 1450)):
            cypress(m, x, 760, sc.rand(150, 210))
    round_tree(
        sc,
        sc.rand(1150, 1300),
        880,
        sc.rand(330, 380),
        p.depth(0.82),
        mix(p.depth(0.6), p.glow, 0.25),
    )
    paint_ground(sc, 860, 0.9, 4)
    with sc.layer(mix(p.cream, p.haze, 0.4), opacity=0.35) as m:
        m.poly([(300, 1010), (620, 860), (760, 860), (700, 1010)])
    fig = mix(p.ink, p.deep, 0.4)
    bench_x, walker = sc.rand(820, 960), sc.rand(380, 520)
    for color, dx in ((mix(p.glow, p.cream, 0.3), -3.0), (fig, 0.0)):
        with sc.layer(color, opacity=0.85 if dx else 1.0) as m:
            seated(m, bench_x - 40 + dx, 900, 200, 1)
            seated(m, bench_x + 40 + dx, 900, 190, -1)
            person(m, walker + dx, 955, 205, 0.35)
            m.line([(walker + 40 + dx, 860), (walker + 52 + dx, 955)], width=4)
    with sc.layer(fig) as m:
        m.rect(bench_x - 120, 902, bench_x + 120, 912)
        m.rect(bench_x - 120, 836, bench_x + 120, 846)
        m.rect(bench_x - 120, 858, bench_x + 120, 866)
        for lx in (-100, 100):
            m.rect(bench_x + lx - 4, 836, bench_x + lx + 4, 950)
    lamps(sc, [(bench_x + 200, 940)], 150)


def motif_childcare(sc: Scene) -> None:
    """A cheerful nursery building with stacked toy blocks and a ball in the foreground."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, 90, 650)
    sc.sun = (sc.rand(1050, 1350), sc.rand(170, 260))
    paint_sun(sc, 70, 0.8)
    for y, scale in ((300, 0.55), (200, 0.4)):
        paint_clouds(sc, y, 3, scale, p.cream, 0.8)
    paint_hills(sc, 560, 620, layers=2, depth0=0.03, depth1=0.12, amp=26)
    nx = sc.rand(450, 650)
    body, roof, trim = (
        mix(p.cream, p.soft, 0.25),
        mix(p.accent, p.soft, 0.2),
        mix(p.gold, p.cream, 0.2),
    )
    pen = sc.pen
    pen.rect(nx, 470, nx + 480, 720, body)
    pen.poly(
        [(nx - 30, 474)]
        + [(nx - 30 + i * 54, 474 - 90 * math.sin(math.pi * i / 10)) for i in range(11)]
        + [(nx + 510, 474)],
        roof,
    )
    for i in range(4):
        wx = nx + 40 + i * 112
        pen.rect(wx, 520, wx + 64, 600, mix(p.glow, p.cream, 0.3), r=32)
        pen.rect(wx + 30, 520, wx + 34, 600, body)
    pen.rect(nx + 200, 620, nx + 280, 720, trim, r=40)
    pen.rect(nx - 10, 700, nx + 490, 720, mix(body, p.mid, 0.3))
    pen.circle(nx + 240, 420, 22, trim)
    with sc.layer(mix(p.depth(0.4), (120, 170, 90), 0.25)) as m:
        m.poly(ridge(rng, 720, 8, waves=2))
    for x in (nx - 90, nx + 570):
        round_tree(
            sc,
            x,
            740,
            sc.rand(180, 240),
            mix(p.depth(0.45), (90, 150, 80), 0.35),
            mix(p.glow, (190, 220, 140), 0.4),
            1,
        )
    paint_ground(sc, 800, 0.45, 6)
    sc.mist(800, 1000, p.haze, 0.0, 0.3)
    toys(sc, rng.choice((-1, 1)))


def toys(sc: Scene, side: int) -> None:
    """Stacked isometric blocks, a triangular roof block and a ball."""
    p = sc.pal
    colors = [p.gold, p.accent, mix(p.soft, p.cream, 0.3), (214, 98, 60), (96, 160, 130)]
    sc.rng.shuffle(colors)
    x0 = 750 + side * 380 - 240
    with sc.layer(p.ink, opacity=0.3, blur=14) as m:
        m.ellipse(x0 + 240, 960, 300, 26)
    stack = [(0, 960, 150), (160, 960, 150), (80, 810, 150), (330, 960, 110)]
    for i, (dx, base, s) in enumerate(stack):
        c = colors[i % len(colors)]
        iso_block(
            sc.pen, x0 + dx, base, s, s, s * 0.6, c, mix(c, p.cream, 0.35), mix(c, p.ink, 0.3)
        )
        sc.pen.ring(x0 + dx + s / 2, base - s / 2, s * 0.22, alpha(p.cream, 0.6), s * 0.05)
    tx, tb = x0 + 80, 660
    c = colors[4 % len(colors)]
    sc.pen.poly([(tx, tb), (tx + 150, tb), (tx + 75, tb - 110)], c)
    sc.pen.poly(
        [(tx + 150, tb), (tx + 150 + 54, tb - 40), (tx + 75 + 54, tb - 150), (tx + 75, tb - 110)],
        mix(c, p.ink, 0.3),
    )
    bx = 750 - side * 420
    with sc.layer(p.ink, opacity=0.3, blur=10) as m:
        m.ellipse(bx + 20, 968, 80, 12)
    for k in range(6):
        a0, a1 = k * math.tau / 6, (k + 1) * math.tau / 6
        sc.pen.poly(
            [(bx, 900)]
            + [
                (bx + 70 * math.cos(a), 900 + 70 * math.sin(a))
                for a in (a0 + (a1 - a0) * i / 8 for i in range(9))
            ],
            colors[k % 3] if k % 2 else p.cream,
        )
    with sc.layer(p.ink, opacity=0.25) as m:
        m.poly(
            [
                (bx + 70 * math.cos(a), 900 + 70 * math.sin(a))
                for a in (i * math.pi / 20 for i in range(-6, 15))
            ]
            + [
                (bx + 60 * math.cos(a), 890 + 60 * math.sin(a))
                for a in (i * math.pi / 20 for i in range(14, -7, -1))
            ]
        )
    sc.pen.circle(bx - 28, 870, 12, alpha(p.cream, 0.7))


def motif_school(sc: Scene) -> None:
    """A school building with a central tower, a flag on its pole, trees and a running track."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 640)
    sc.sun = (sc.rand(250, 450), sc.rand(260, 340))
    paint_sun(sc, 64, 0.85)
    paint_rays(sc, 9, 0.12)
    paint_clouds(sc, 250, 3, 0.5, p.cream, 0.6)
    paint_hills(sc, 560, 610, layers=2, depth0=0.03, depth1=0.14, amp=22)
    cx = 750 + sc.rand(-80, 80)
    wall, shade, win = mix(p.cream, p.soft, 0.2), mix(p.soft, p.mid, 0.35), mix(p.mid, p.deep, 0.3)
    pen = sc.pen
    pen.rect(cx - 420, 520, cx + 420, 720, wall)
    pen.rect(cx - 420, 510, cx + 420, 524, shade)
    pen.rect(cx - 90, 380, cx + 90, 720, mix(wall, p.cream, 0.4))
    pen.poly([(cx - 110, 384), (cx, 320), (cx + 110, 384)], p.accent)
    pen.circle(cx, 430, 26, shade)
    pen.circle(cx, 430, 20, p.cream)
    for row in range(3):
        for col in range(12):
            wx = cx - 400 + col * 70 + (40 if col >= 6 else 0) + (100 if col >= 6 else 0) - 10
            if abs(wx + 18 - cx) < 110:
                continue
            pen.rect(wx, 540 + row * 60, wx + 36, 580 + row * 60, win)
    pen.rect(cx - 40, 620, cx + 40, 720, win, r=36)
    with sc.layer(mix(p.depth(0.35), (110, 160, 90), 0.2)) as m:
        m.poly(ridge(rng, 730, 5, waves=2))
    for x in (cx - 500, cx + 500, cx - 600, cx + 620):
        round_tree(
            sc,
            x,
            760,
            sc.rand(170, 230),
            mix(p.depth(0.5), (80, 140, 80), 0.3),
            mix(p.glow, (190, 220, 140), 0.4),
        )
    with sc.layer(mix((196, 92, 64), p.accent, 0.2)) as m:
        m.ellipse(750, 930, 900, 160)
    with sc.layer(mix(p.depth(0.35), (110, 160, 90), 0.25)) as m:
        m.ellipse(750, 950, 720, 110)
    with sc.layer(p.cream, opacity=0.6) as m:
        for r in (0, 1, 2):
            pts = [
                (750 + (760 + r * 45) * math.cos(a), 930 + (125 + r * 11) * math.sin(a))
                for a in (i * math.pi / 40 + math.pi for i in range(41))
            ]
            m.line(pts, width=2)
    fx = cx + rng.choice((-1, 1)) * 250
    pen.rect(fx - 4, 400, fx + 4, 860, mix(p.ink, p.mid, 0.3))
    pen.circle(fx, 396, 8, p.gold)
    flag = [
        (fx + 4 + t * 170, 410 + 10 * math.sin(t * 5 + 0.5)) for t in (i / 20 for i in range(21))
    ]
    flag += [
        (fx + 4 + t * 170, 520 + 10 * math.sin(t * 5 + 0.5) - 8 * t)
        for t in (i / 20 for i in range(20, -1, -1))
    ]
    pen.poly(flag, (206, 46, 40))
    pen.poly([*flag[:21], (fx + 174, 440), (fx + 4, 450)], alpha((255, 120, 90), 0.25))


def tower_under_construction(
    sc: Scene, x0: float, x1: float, base: float, floors: int, done: int, fill: RGB, glass: RGB
) -> float:
    """A high-rise frame: finished lower floors with windows, bare slabs and columns above; returns its top."""
    fh = 34.0
    top = base - floors * fh
    with sc.layer(fill) as m:
        m.rect(x0, base - done * fh, x1, base)
        for i in range(done, floors + 1):
            y = base - i * fh
            m.rect(x0 - 6, y - 5, x1 + 6, y + 1)
            if i < floors:
                c = x0
                while c <= x1:
                    m.rect(c - 2.5, y - fh, c + 2.5, y)
                    c += (x1 - x0) / 6
        m.rect((x0 + x1) / 2 - 18, top - 40, (x0 + x1) / 2 + 18, base)
    with sc.layer(glass, opacity=0.85, glow=5, glow_opacity=0.5) as m:
        for i in range(done):
            y = base - (i + 1) * fh
            for j in range(8):
                if sc.chance(0.45):
                    wx = x0 + 6 + j * (x1 - x0 - 12) / 8
                    m.rect(wx, y + 8, wx + (x1 - x0 - 12) / 8 - 6, y + fh - 8)
    return top


def motif_construction(sc: Scene) -> None:
    """A major construction site: rising building frames, a safety-netted block and tower cranes at work."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 650)
    paint_sun(sc, 56)
    paint_rays(sc, 10)
    paint_hills(sc, 580, 610, layers=2, depth0=0.06, depth1=0.16, amp=18)
    with sc.layer(p.depth(0.28)) as m:
        skyline(m, rng, -20, 1520, 660, 30, 140, None)
    sc.mist(560, 680, p.haze, 0.0, 0.45)
    side = rng.choice((-1, 1))
    main_x = 750 + side * sc.rand(-300, -60)
    if sc.chance(0.6):
        bx = main_x + side * sc.rand(-520, -420)
        tower_under_construction(
            sc,
            bx - 90,
            bx + 90,
            760,
            rng.randrange(9, 12),
            rng.randrange(4, 9),
            p.depth(0.42),
            p.glow,
        )
    width = sc.rand(100, 150)
    top = tower_under_construction(
        sc,
        main_x - width,
        main_x + width,
        780,
        rng.randrange(12, 17),
        rng.randrange(3, 9),
        p.depth(0.6),
        p.glow,
    )
    nx = 750 - side * sc.rand(-360, -250)
    net = mix(p.accent, p.soft, 0.3)
    tower_under_construction(
        sc, nx - 110, nx + 110, 790, rng.randrange(7, 10), 3, p.depth(0.5), p.glow
    )
    with sc.layer(net, opacity=0.55) as m:
        m.rect(nx - 118, 790 - 6 * 34, nx + 118, 790 - 34)
    with sc.layer(p.cream, opacity=0.25) as m:
        for i in range(12):
            m.line(
                [(nx - 118 + i * 236 / 11, 790 - 6 * 34), (nx - 118 + i * 236 / 11, 790 - 34)],
                width=1,
            )
    sc.mist(700, 800, p.haze, 0.0, 0.25)
    with sc.layer(p.depth(0.85)) as m:
        cx = main_x + side * 170
        jib = sc.rand(300, 400)
        tower_crane(m, cx, 860, top - 90, jib, 100, 0.55, top + 60, 3.0)
        hx = cx + jib * 0.55
        m.rect(hx - 60, top + 69, hx + 60, top + 77)
        m.line([(hx, top + 60), (hx - 50, top + 70)], width=1)
        m.line([(hx, top + 60), (hx + 50, top + 70)], width=1)
        tower_crane(m, nx - side * 200, 860, sc.rand(230, 300), 260, 80, 0.7, 620, 2.4)
        hoist = main_x - side * 160
        m.line([(hoist - 7, top + 10), (hoist - 7, 860)], width=2)
        m.line([(hoist + 7, top + 10), (hoist + 7, 860)], width=2)
        y = top + 10
        while y < 850:
            m.line([(hoist - 7, y), (hoist + 7, y + 14)], width=1)
            y += 14
        m.rect(hoist - 16, 600, hoist + 16, 636)
    paint_ground(sc, 840, 0.9, 5)
    with sc.layer(mix(p.depth(0.7), p.cream, 0.15)) as m:
        m.rect(-10, 880, 1510, 950)
    with sc.layer(mix(p.accent, p.cream, 0.15)) as m:
        m.rect(-10, 880, 1510, 890)
    with sc.layer(p.depth(0.7), opacity=0.6) as m:
        for post in range(0, 1500, 150):
            m.rect(post, 880, post + 4, 950)
    with sc.layer(p.glow, opacity=1.0, glow=14, glow_opacity=0.9) as m:
        for x in (main_x - 160, nx + 150):
            m.rect(x - 10, 650, x + 10, 660)


def proj(vx: float, vy: float, f: float, x: float, y: float, z: float) -> Point:
    """One-point perspective projection of hall coordinates (x across, y down, z depth >= 1)."""
    return (vx + x * f / z, vy + y * f / z)


def robot_arm(
    sc: Scene, x: float, base: float, s: float, facing: int, body: RGB, shade: RGB, dark: RGB
) -> None:
    """An industrial six-axis robot arm."""
    pen = sc.pen
    pen.poly(
        [
            (x - 60 * s, base),
            (x + 60 * s, base),
            (x + 44 * s, base - 40 * s),
            (x - 44 * s, base - 40 * s),
        ],
        shade,
    )
    pen.rect(x - 40 * s, base - 80 * s, x + 40 * s, base - 36 * s, body, r=10 * s)
    shoulder = (x, base - 90 * s)
    elbow = (x + facing * 80 * s, base - 260 * s)
    wrist = (x + facing * 230 * s, base - 210 * s)
    pen.poly(beam(shoulder, elbow, 56 * s, 44 * s), body)
    pen.poly(
        beam(
            (shoulder[0] + facing * 8 * s, shoulder[1]),
            (elbow[0] + facing * 8 * s, elbow[1]),
            14 * s,
            10 * s,
        ),
        shade,
    )
    pen.poly(beam(elbow, wrist, 40 * s, 28 * s), body)
    pen.circle(*shoulder, 34 * s, shade)
    pen.circle(*elbow, 28 * s, shade)
    pen.circle(*elbow, 12 * s, dark)
    pen.circle(*wrist, 18 * s, shade)
    tip = (wrist[0] + facing * 20 * s, wrist[1] + 50 * s)
    pen.poly(beam(wrist, tip, 18 * s, 14 * s), dark)
    pen.poly(
        [
            (tip[0] - 16 * s, tip[1]),
            (tip[0] + 16 * s, tip[1]),
            (tip[0] + 16 * s, tip[1] + 26 * s),
            (tip[0] + 8 * s, tip[1] + 26 * s),
            (tip[0] + 6 * s, tip[1] + 8 * s),
            (tip[0] - 6 * s, tip[1] + 8 * s),
            (tip[0] - 8 * s, tip[1] + 26 * s),
            (tip[0] - 16 * s, tip[1] + 26 * s),
        ],
        dark,
    )


def motif_workshop(sc: Scene) -> None:
    """Inside a smart-manufacturing hall: roof trusses, skylight beams, a gantry crane, robots and a machine on the line."""
    p = sc.pal
    vx, vy, f = 750 + sc.rand(-60, 60), 560.0, 400.0
    far, wall, floor_c = mix(p.glow, p.cream, 0.3), p.depth(0.62), p.depth(0.5)
    sc.img.paste(
        gradient(sc.size, ((0.0, p.depth(0.85)), (0.55, p.depth(0.6)), (1.0, p.depth(0.7))), 90)
    )
    w, roof, fl, zf = 2.2, -1.6, 1.0, 10.0
    with sc.layer(gradient(sc.size, ((0.0, floor_c), (1.0, p.depth(0.88))), 90)) as m:
        m.poly(
            [
                proj(vx, vy, f, -w, fl, 1),
                proj(vx, vy, f, w, fl, 1),
                proj(vx, vy, f, w, fl, zf),
                proj(vx, vy, f, -w, fl, zf),
            ]
        )
    for side in (-1, 1):
        with sc.layer(wall) as m:
            m.poly(
                [
                    proj(vx, vy, f, side * w, roof, 0.8),
                    proj(vx, vy, f, side * w, roof, zf),
                    proj(vx, vy, f, side * w, fl, zf),
                    proj(vx, vy, f, side * w, fl, 0.8),
                ]
            )
        with sc.layer(p.glow, opacity=0.8, glow=8, glow_opacity=0.6) as m:
            for k in range(8):
                z0 = 1.2 + k * 1.1
                m.poly(
                    [
                        proj(vx, vy, f, side * w, roof + 0.25, z0),
                        proj(vx, vy, f, side * w, roof + 0.25, z0 + 0.7),
                        proj(vx, vy, f, side * w, roof + 0.55, z0 + 0.7),
                        proj(vx, vy, f, side * w, roof + 0.55, z0),
                    ]
                )
    with sc.layer(far, glow=30, glow_opacity=0.7) as m:
        m.poly(
            [
                proj(vx, vy, f, -w, roof, zf),
                proj(vx, vy, f, w, roof, zf),
                proj(vx, vy, f, w, fl, zf),
                proj(vx, vy, f, -w, fl, zf),
            ]
        )
    with sc.layer(p.cream, opacity=0.16, blur=16) as m:
        for k in range(6):
            z = 1.6 + k * 1.4
            a, b = proj(vx, vy, f, -0.6, roof, z), proj(vx, vy, f, 0.6, roof, z)
            c, d = proj(vx, vy, f, 1.6, fl, z - 0.6), proj(vx, vy, f, 0.4, fl, z - 0.6)
            m.poly([a, b, c, d])
    with sc.layer(p.gold, opacity=0.8) as m:
        for x in (-0.9, 0.9):
            m.poly(
                [
                    proj(vx, vy, f, x - 0.03, fl, 1),
                    proj(vx, vy, f, x + 0.03, fl, 1),
                    proj(vx, vy, f, x + 0.03, fl, zf),
                    proj(vx, vy, f, x - 0.03, fl, zf),
                ]
            )
    truss = p.depth(0.92)
    with sc.layer(truss) as m:
        z = 1.3
        while z < zf:
            lw = 10 / z
            for side in (-1, 1):
                m.poly(
                    [
                        proj(vx, vy, f, side * (w - 0.06), roof, z),
                        proj(vx, vy, f, side * w, roof, z),
                        proj(vx, vy, f, side * w, fl, z),
                        proj(vx, vy, f, side * (w - 0.06), fl, z),
                    ]
                )
            m.line(
                [proj(vx, vy, f, -w, roof + 0.02, z), proj(vx, vy, f, w, roof + 0.02, z)], width=lw
            )
            m.line(
                [proj(vx, vy, f, -w, roof + 0.35, z), proj(vx, vy, f, w, roof + 0.35, z)],
                width=lw * 0.8,
            )
            for i in range(10):
                x0, x1 = -w + i * 2 * w / 10, -w + (i + 1) * 2 * w / 10
                m.line(
                    [
                        proj(vx, vy, f, x0, roof + (0.35 if i % 2 else 0.02), z),
                        proj(vx, vy, f, x1, roof + (0.02 if i % 2 else 0.35), z),
                    ],
                    width=lw * 0.5,
                )
            z += 1.1
        zc = 3.0
        m.poly(
            [
                proj(vx, vy, f, -w, roof + 0.5, zc),
                proj(vx, vy, f, w, roof + 0.5, zc),
                proj(vx, vy, f, w, roof + 0.66, zc),
                proj(vx, vy, f, -w, roof + 0.66, zc),
            ]
        )
        hx = sc.rand(-0.6, 0.6)
        m.rect(
            *proj(vx, vy, f, hx - 0.12, roof + 0.66, zc),
            *proj(vx, vy, f, hx + 0.12, roof + 0.82, zc),
        )
        m.line([proj(vx, vy, f, hx, roof + 0.8, zc), proj(vx, vy, f, hx, 0.2, zc)], width=1.6)
        m.rect(*proj(vx, vy, f, hx - 0.05, 0.2, zc), *proj(vx, vy, f, hx + 0.05, 0.27, zc))
    body, shade, dark = mix(p.gold, p.glow, 0.1), mix(p.gold, p.ink, 0.35), mix(p.ink, p.deep, 0.3)
    mz = sc.rand(2.8, 3.4)
    Machine(
        sc, proj(vx, vy, f, 0.15, fl, mz)[0], proj(vx, vy, f, 0, fl, mz)[1], f / mz / 400 * 0.62, 1
    ).excavator(
        mix(body, p.depth(0.6), 0.35),
        mix(shade, p.depth(0.6), 0.35),
        mix(dark, p.depth(0.6), 0.3),
        mix(p.glow, p.mid, 0.5),
    )
    for side, z in ((-1, 1.45), (1, 1.7)):
        x, y = proj(vx, vy, f, side * 1.3, fl, z)
        with sc.layer(p.ink, opacity=0.4, blur=10) as m:
            m.ellipse(x, y + 4, 110 / z * 1.3, 14)
        robot_arm(sc, x, y, 1.2 / z * 1.4, -side, body, shade, dark)
    sc.mist(vy - 40, vy + 120, p.glow, 0.0, 0.12)


def motif_bulldozer(sc: Scene) -> None:
    """A big electric bulldozer on a site, with a light aircraft and an air taxi overhead."""
    motif_site(sc, hero="bulldozer")


def motif_riverside(sc: Scene) -> None:
    """A riverside city panorama: skyline, a cable-stayed bridge, reflections and a tree-lined promenade."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 620)
    paint_stars(sc, 60, 0, 260)
    sc.sun = (sc.rand(400, 1100), sc.rand(470, 540))
    paint_sun(sc, 56)
    paint_rays(sc, 8, 0.12)
    paint_hills(sc, 570, 600, layers=2, depth0=0.05, depth1=0.14, amp=14)
    base = 650.0
    with sc.layer(p.depth(0.32)) as m:
        far = skyline(m, rng, -20, 1520, base - 6, 40, 200, None, peak=sc.rand(400, 1100))
    paint_windows(sc, far, 0.12, 2.4, 3)
    sc.mist(520, 660, p.haze, 0.0, 0.45)
    with sc.layer(p.depth(0.5)) as m:
        near = skyline(
            m, rng, -20, 1520, base, 60, 300 if sc.grand else 240, None, peak=sc.rand(500, 1000)
        )
        tv_tower(m, sc.rand(200, 1300), base, sc.rand(360, 420))
    paint_windows(sc, near, 0.25, 3.0, 5)
    water_surface(sc, base, near)
    deck = 700.0
    px = sc.rand(300, 1200)
    with sc.layer(p.depth(0.7)) as m:
        m.rect(-10, deck, 1510, deck + 14)
        for pier in range(60, 1500, 260):
            m.rect(pier - 8, deck + 14, pier + 8, 780)
    cable_pylon(sc, px, deck, 380)
    with sc.layer(p.glow, opacity=0.9, glow=5, glow_opacity=0.8) as m:
        for lamp in range(20, 1500, 70):
            m.circle(lamp, deck - 6, 2)
    with sc.layer(p.depth(0.9)) as m:
        m.poly([(-20, 1010), (-20, 880), (400, 870), (900, 885), (1520, 870), (1520, 1010)])
    with sc.layer(mix(p.cream, p.haze, 0.35), opacity=0.5) as m:
        m.rect(-20, 880, 1520, 886)
    for x in (sc.rand(60, 200), sc.rand(1250, 1420)):
        round_tree(sc, x, 900, sc.rand(300, 380), p.depth(0.88), mix(p.depth(0.6), p.glow, 0.25))
    lamps(sc, [(x, 885) for x in range(300, 1250, 230)], 110)


def water_surface(
    sc: Scene, base: float, boxes: Sequence[tuple[float, float, float, float]]
) -> None:
    """A river from base to the bottom: dark gradient, sun glitter and broken window reflections."""
    p = sc.pal
    water = gradient(sc.size, ((0.0, p.depth(0.5)), (0.7, p.depth(0.78)), (1.0, p.ink)), 90)
    with sc.layer(water) as m:
        m.rect(-10, base, 1510, 1010)
    sx = sc.sun[0]
    with sc.layer(p.glow, opacity=0.6, blur=2) as m:
        for i in range(26):
            y = base + 8 + i * 12
            w = sc.rand(20, 90) * (1 + i * 0.05)
            m.rect(
                sx - w / 2 + sc.rand(-30, 30),
                y,
                sx + w / 2 + sc.rand(-30, 30),
                y + 2.5,
                255 - i * 8,
            )
    with sc.layer(p.glow, opacity=0.35, blur=3) as m:
        for x0, _top, x1, _ in boxes:
            if sc.chance(0.5):
                for i in range(8):
                    yy = base + 12 + i * sc.rand(14, 26)
                    m.rect(
                        x0 + 4 + sc.rand(-3, 3), yy, x1 - 4 + sc.rand(-3, 3), yy + 2.5, 255 - i * 26
                    )


def motif_servicehall(sc: Scene) -> None:
    """A bright one-stop government service hall: counter windows, a big screen, visitors being served."""
    p, rng = sc.pal, sc.rng
    wall_top, wall_bottom = mix(p.soft, p.cream, 0.45), mix(p.soft, p.mid, 0.15)
    sc.img.paste(
        gradient(
            sc.size,
            ((0.0, mix(p.mid, p.soft, 0.3)), (0.12, wall_top), (0.62, wall_bottom), (1.0, p.mid)),
            90,
        )
    )
    with sc.layer(mix(p.cream, p.glow, 0.3), opacity=0.9, glow=18, glow_opacity=0.8) as m:
        for row, (y, r) in enumerate(((40, 16), (95, 12), (135, 9))):
            n = 7 + row * 2
            for i in range(n):
                m.ellipse(110 + i * 1280 / (n - 1), y, r * 2.2, r * 0.6)
    view = gradient(
        sc.size,
        ((0.0, mix(p.soft, p.cream, 0.2)), (0.4, mix(p.glow, p.cream, 0.5)), (1.0, p.cream)),
        90,
    )
    panes = [(60.0 + i * 280, 170.0, 290.0 + i * 280, 460.0) for i in range(6)]
    with sc.layer(view) as m:
        for box in panes:
            m.rect(*box)
    with sc.layer(mix(p.soft, p.mid, 0.25), opacity=0.55) as m:
        for x0, _y0, x1, y1 in panes:
            skyline(m, rng, x0, x1, y1, 30, 140, None)
    with sc.layer(mix(p.mid, p.deep, 0.2), opacity=0.9) as m:
        for px0, py0, px1, py1 in panes:
            m.rect(px0 - 5, py0 - 5, px1 + 5, py0 + 3)
            m.rect(px0 - 5, py1 - 3, px1 + 5, py1 + 5)
            m.rect((px0 + px1) / 2 - 2.5, py0, (px0 + px1) / 2 + 2.5, py1)
            m.rect(px0 - 5, py0, px0 + 1, py1)
            m.rect(px1 - 1, py0, px1 + 5, py1)
    with sc.layer(p.deep) as m:
        m.rect(520, 200, 980, 420, r=14)
    pen = sc.pen
    pen.rect(534, 214, 966, 406, mix(p.mid, p.deep, 0.2), r=8)
    for i in range(4):
        pen.rect(560 + i * 100, 240, 640 + i * 100, 300, mix(p.accent, p.soft, i * 0.22), r=8)
    check_badge(pen, 880, 360, 26, p.gold, p.deep)
    for i, wv in enumerate((0.7, 0.5)):
        pen.rect(560, 330 + i * 28, 560 + 260 * wv, 342 + i * 28, alpha(p.cream, 0.6), r=6)
    windows = 5
    x0, x1, top = 150.0, 1350.0, 600.0
    staff = mix(p.deep, p.mid, 0.3)
    with sc.layer(staff) as m:
        for i in range(windows):
            cx = x0 + (i + 0.5) * (x1 - x0) / windows
            if sc.chance(0.85):
                m.circle(cx + sc.rand(-20, 20), top - 70, 17)
                m.rect(cx - 40, top - 50, cx + 40, top + 10, r=18)
    with sc.layer(p.cream, opacity=0.3) as m:
        for i in range(windows + 1):
            x = x0 + i * (x1 - x0) / windows
            m.rect(x - 4, top - 110, x + 4, top)
    hi = rng.randrange(windows)
    with sc.layer(p.glow, opacity=0.95, glow=10, glow_opacity=0.9) as m:
        for i in range(windows):
            cx = x0 + (i + 0.5) * (x1 - x0) / windows
            m.rect(cx - 36, top - 150, cx + 36, top - 126, r=4)
        cx = x0 + (hi + 0.5) * (x1 - x0) / windows
        m.rect(cx - 44, top - 156, cx + 44, top - 120, r=6)
    pen.rect(x0 - 20, top, x1 + 20, top + 18, p.cream, r=4)
    pen.rect(x0 - 10, top + 18, x1 + 10, top + 130, mix(p.accent, p.deep, 0.15))
    pen.rect(x0 - 10, top + 18, x1 + 10, top + 30, mix(p.accent, p.cream, 0.3))
    for i in range(windows):
        cx = x0 + (i + 0.5) * (x1 - x0) / windows
        pen.rect(cx - 30, top - 60, cx + 30, top - 14, mix(p.ink, p.deep, 0.3), r=4)
        pen.rect(cx - 5, top - 14, cx + 5, top, mix(p.ink, p.deep, 0.3))
    floor = gradient(sc.size, ((0.0, mix(p.soft, p.mid, 0.35)), (1.0, mix(p.mid, p.deep, 0.4))), 90)
    with sc.layer(floor) as m:
        m.rect(-10, top + 130, 1510, 1010)
    with sc.layer(p.cream, opacity=0.18, blur=10) as m:
        for i in range(windows):
            cx = x0 + (i + 0.5) * (x1 - x0) / windows
            m.rect(cx - 50, top + 140, cx + 50, 1000)
    with sc.layer(p.cream, opacity=0.12) as m:
        for i in range(-12, 13):
            m.line([(750 + i * 60, top + 130), (750 + i * 260, 1010)], width=1.2)
        for seam in (770, 820, 890, 980):
            m.line([(-10, seam), (1510, seam)], width=1.2)
    for x in (60, 1440):
        with sc.layer(p.depth(0.75)) as m:
            m.rect(x - 34, 880, x + 34, 960, r=8)
            cypress(m, x, 890, 260)
    visitors = [
        (
            x0 + (i + 0.5) * (x1 - x0) / windows + sc.rand(-20, 20),
            850 + sc.rand(-6, 6),
            sc.rand(230, 260),
        )
        for i in range(windows)
        if sc.chance(0.7)
    ]
    visitors += [(sc.rand(250, 500), 985, 360), (sc.rand(1000, 1250), 995, 380)]
    with sc.layer(p.ink, opacity=0.25, blur=8) as m:
        for gx, gy, gh in visitors:
            m.ellipse(gx, gy + 4, gh * 0.22, 8)
    for gx, gy, gh in visitors:
        skirt = (gx + gy) % 3 < 1.2
        with sc.layer(mix(p.glow, p.cream, 0.4), opacity=0.8) as m:
            person(m, gx - gh * 0.012, gy, gh, 0.0, None, gh > 300, skirt)
        with sc.layer(mix(p.ink, p.deep, 0.25)) as m:
            person(m, gx, gy, gh, 0.0, None, gh > 300, skirt)


def stall(sc: Scene, x: float, base: float, w: float, h: float, canopy: RGB) -> None:
    """A night-market stall: lit interior, scalloped awning, table."""
    p = sc.pal
    pen = sc.pen
    with sc.layer(p.glow, opacity=0.9, glow=14, glow_opacity=0.6) as m:
        m.rect(x + 6, base - h + 30, x + w - 6, base - 40)
    pen.rect(x, base - h + 20, x + 6, base, p.depth(0.8))
    pen.rect(x + w - 6, base - h + 20, x + w, base, p.depth(0.8))
    pts = [(x - 10, base - h + 30), (x + w / 2, base - h - 24), (x + w + 10, base - h + 30)]
    pen.poly(pts, canopy)
    n = 5
    for i in range(n):
        cx = x - 10 + (i + 0.5) * (w + 20) / n
        pen.ellipse(
            cx, base - h + 30, (w + 20) / n / 2, 12, canopy if i % 2 else mix(canopy, p.cream, 0.5)
        )
    pen.rect(x - 4, base - 52, x + w + 4, base - 40, p.depth(0.75))
    pen.rect(x + 4, base - 40, x + w - 4, base, p.depth(0.85))


def motif_jobfair(sc: Scene) -> None:
    """A talent night market: lit stalls under string lights, a crowd, and a phone streaming on a ring light."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, 90, 700)
    paint_stars(sc, 120, 0, 320)
    sc.sun = (sc.rand(300, 1200), 640)
    paint_sun(sc, 40, 0.5)
    with sc.layer(p.depth(0.35)) as m:
        boxes = skyline(m, rng, -20, 1520, 650, 60, 260, None, peak=sc.rand(300, 1200))
    paint_windows(sc, boxes, 0.3, 2.8, 4)
    sc.mist(520, 680, p.haze, 0.0, 0.4)
    with sc.layer(p.depth(0.8)) as m:
        m.rect(-10, 780, 1510, 1010)
    colors = [p.accent, p.gold, mix(p.accent, p.cream, 0.4), (200, 70, 60)]
    x = sc.rand(-60, 0)
    i = 0
    while x < 1500:
        w = sc.rand(170, 220)
        stall(sc, x, 800, w, 190, colors[i % len(colors)])
        x += w + sc.rand(30, 60)
        i += 1
    for k in range(2):
        y0 = 150 + k * 110
        pts = bezier((-20, y0), (750, y0 + 160), (1520, y0 - 20), 60)
        with sc.layer(p.depth(0.85)) as m:
            m.line(pts, width=1.2)
        with sc.layer(p.glow, opacity=1.0, glow=8, glow_opacity=0.9) as m:
            for pt in pts[::3]:
                m.circle(pt[0], pt[1] + 6, 4)
    group(sc, 620 + sc.rand(-80, 80), 930, 9, 85)
    tx = rng.choice((210, 1290))
    with sc.layer(p.ink) as m:
        m.line([(tx, 700), (tx - 70, 960)], width=4)
        m.line([(tx, 700), (tx + 70, 960)], width=4)
        m.line([(tx, 700), (tx, 960)], width=4)
        m.rect(tx - 4, 560, tx + 4, 700)
    with sc.layer(mix(p.cream, p.glow, 0.3), opacity=1.0, glow=14, glow_opacity=0.9) as m:
        m.ring(tx, 520, 66, width=12)
    sc.pen.rect(tx - 26, 470, tx + 26, 570, mix(p.ink, p.deep, 0.3), r=8)
    sc.pen.rect(tx - 21, 476, tx + 21, 564, mix(p.accent, p.soft, 0.4), r=5)
    sc.pen.circle(tx + 12, 488, 5, (230, 60, 60))


# --------------------------------------------------------------------------- choosing and rendering

MOTIFS: dict[str, Callable[[Scene], None]] = {
    "factory": motif_factory,
    "signing": motif_signing,
    "excavator": motif_excavator,
    "aircraft": motif_aircraft,
    "podium": motif_podium,
    "bridge": motif_bridge,
    "park": motif_park,
    "chrysanthemum": motif_chrysanthemum,
    "smartphone": motif_smartphone,
    "nodes": motif_nodes,
    "community": motif_community,
    "elderly": motif_elderly,
    "childcare": motif_childcare,
    "school": motif_school,
    "construction": motif_construction,
    "workshop": motif_workshop,
    "bulldozer": motif_bulldozer,
    "riverside": motif_riverside,
    "servicehall": motif_servicehall,
    "jobfair": motif_jobfair,
}

# Keywords per motif, matched against the words of the file name and story/event id. More hits win;
# ties go to the earlier entry.
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("elderly", ("elderly", "aged", "senior", "seniors", "nursing", "eldercare", "pension", "old")),
    (
        "childcare",
        (
            "childcare",
            "nursery",
            "kindergarten",
            "infant",
            "infants",
            "toddler",
            "baby",
            "children",
        ),
    ),
    ("school", ("school", "schools", "education", "campus", "student", "students", "teacher")),
    ("chrysanthemum", ("chrysanthemum", "flower", "flowers", "blossom", "floral", "bloom")),
    (
        "jobfair",
        (
            "employment",
            "jobs",
            "job",
            "talent",
            "recruitment",
            "hiring",
            "fair",
            "livestream",
            "market",
        ),
    ),
    (
        "aircraft",
        (
            "aircraft",
            "shenglong",
            "evtol",
            "aviation",
            "plane",
            "flight",
            "airport",
            "drone",
            "uav",
        ),
    ),
    (
        "bridge",
        (
            "bridge",
            "haichuan",
            "railway",
            "rail",
            "viaduct",
            "road",
            "roads",
            "traffic",
            "transport",
        ),
    ),
    ("park", ("park", "parks", "xingfu", "garden", "lake", "wetland", "green", "pond")),
    ("riverside", ("river", "riverside", "waterfront", "skyline", "cityscape")),
    (
        "podium",
        (
            "evaluation",
            "award",
            "awards",
            "first",
            "place",
            "rank",
            "ranking",
            "trophy",
            "prize",
            "honor",
            "honour",
            "top",
            "assessment",
            "best",
        ),
    ),
    ("bulldozer", ("bulldozer", "bulldozers", "champion", "champions", "electric")),
    ("excavator", ("excavator", "excavators", "machinery", "loader", "mining", "earthworks")),
    (
        "workshop",
        (
            "heavy",
            "equipment",
            "smart",
            "intelligent",
            "workshop",
            "assembly",
            "robot",
            "robots",
            "manufacturing",
        ),
    ),
    (
        "construction",
        ("construction", "site", "building", "project", "projects", "progress", "schedule"),
    ),
    (
        "factory",
        ("factory", "komatsu", "greatwall", "industrial", "plant", "base", "signing", "push"),
    ),
    (
        "signing",
        (
            "shanghai",
            "qingdao",
            "meeting",
            "meetings",
            "investment",
            "roadshow",
            "forum",
            "summit",
            "promotion",
            "delegation",
            "cooperation",
        ),
    ),
    (
        "servicehall",
        ("gaoxingban", "window", "matter", "counter", "hall", "government", "visit", "one"),
    ),
    (
        "smartphone",
        (
            "licence",
            "license",
            "e",
            "app",
            "mobile",
            "service",
            "services",
            "online",
            "approval",
            "permit",
            "phone",
        ),
    ),
    (
        "nodes",
        (
            "platform",
            "enterprise",
            "enterprises",
            "digital",
            "data",
            "network",
            "cloud",
            "innovation",
        ),
    ),
    (
        "community",
        (
            "livelihood",
            "community",
            "people",
            "resident",
            "residents",
            "housing",
            "social",
            "welfare",
        ),
    ),
)
# Fallbacks per section, in order of preference (also used to avoid repeating a motif within a section).
SECTION_DEFAULTS = {
    "projects": ("factory", "construction", "workshop"),
    "industry": ("excavator", "workshop", "construction"),
    "city": ("bridge", "park", "riverside"),
    "business": ("smartphone", "servicehall", "nodes"),
    "livelihood": ("community", "jobfair", "elderly"),
}
COVER_MOTIFS = {
    "projects": "factory",
    "industry": "excavator",
    "city": "riverside",
    "business": "nodes",
    "livelihood": "community",
}
MOODS = {
    "childcare": "day",
    "school": "day",
    "servicehall": "day",
    "aircraft": "dawn",
    "park": "dawn",
    "chrysanthemum": "dawn",
    "jobfair": "dusk",
    "signing": "dusk",
    "nodes": "dusk",
    "workshop": "dusk",
}


@dataclass(frozen=True)
class Job:
    """One picture to generate."""

    path: str
    section: str
    accent: str
    key: str
    cover: bool


def tokens(text: str) -> list[str]:
    """Lowercase alphanumeric words of a path or id."""
    return [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]


def ranked_motifs(job: Job) -> list[str]:
    """Motifs whose keywords occur in the file name or story/event id, best match first."""
    words = set(tokens(Path(job.path).stem) + tokens(job.key))
    scored = [
        (sum(1 for k in keys if k in words), i, name) for i, (name, keys) in enumerate(KEYWORDS)
    ]
    return [name for hits, _, name in sorted(scored, key=lambda v: (-v[0], v[1])) if hits > 0]


def choose_motifs(jobs: Sequence[Job]) -> dict[str, str]:
    """Pick a motif per picture: covers get the section's grand theme; stories their best keyword match,
    unless another story of the section already has it, then an unused section default."""
    chosen: dict[str, str] = {}
    stories: dict[str, set[str]] = {}
    counts: dict[str, dict[str, int]] = {}
    for job in jobs:
        story_seen = stories.setdefault(job.section, set())
        count = counts.setdefault(job.section, {})
        defaults = SECTION_DEFAULTS.get(job.section, ("factory", "nodes", "community"))
        if job.cover:
            motif = COVER_MOTIFS.get(job.section, defaults[0])
        else:
            ranked = ranked_motifs(job)
            fresh = [m for m in ranked if m not in story_seen] + [
                m for m in defaults if not count.get(m)
            ]
            motif = fresh[0] if fresh else min(defaults, key=lambda m: count.get(m, 0))
            story_seen.add(motif)
        count[motif] = count.get(motif, 0) + 1
        chosen[job.path] = motif
    return chosen


def render(job: Job, motif: str) -> Image.Image:
    """Paint one picture at 2x and return it finished at output size."""
    rng = random.Random(f"kiosk-hall-image:{job.path}")
    mood = MOODS.get(motif) or rng.choice(("dusk", "dusk", "dawn"))
    words = frozenset(tokens(Path(job.path).stem) + tokens(job.key))
    scene = Scene(rng, make_palette(job.accent, mood), job.cover, words)
    MOTIFS[motif](scene)
    image = scene.img.resize(OUT_SIZE, Image.Resampling.LANCZOS)
    image = vignette(image, 0.42 if job.cover else 0.36)
    return grain(image, rng, 3)


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


# --------------------------------------------------------------------------- hall.yaml


def picture_file(picture: object) -> str | None:
    """The path of a Picture (a string, or a mapping with 'file')."""
    if isinstance(picture, str):
        return picture
    if isinstance(picture, dict):
        file = picture.get("file")
        return file if isinstance(file, str) else None
    return None


def safe_relative(path: str) -> bool:
    """True for a relative, forward-slash path that stays inside the hall folder."""
    return (
        bool(path)
        and not path.startswith(("/", "\\"))
        and ".." not in path.split("/")
        and ":" not in path
    )


def collect_jobs(hall: dict[str, Any]) -> list[Job]:
    """Every picture named in the hall: section covers, story images and event images (first use wins)."""
    sections = [s for s in hall.get("sections") or [] if isinstance(s, dict)]
    accents = {str(s.get("id")): str(s.get("accent") or DEFAULT_ACCENT) for s in sections}
    found: list[Job] = []
    for sec in sections:
        sid = str(sec.get("id"))
        found.append(Job(picture_file(sec.get("cover")) or "", sid, accents[sid], "cover", True))
        for story in sec.get("stories") or []:
            for pic in (story.get("images") or []) if isinstance(story, dict) else []:
                found.append(
                    Job(picture_file(pic) or "", sid, accents[sid], str(story.get("id")), False)
                )
    for event in hall.get("events") or []:
        if isinstance(event, dict):
            sid = str(event.get("section"))
            found.append(
                Job(
                    picture_file(event.get("image")) or "",
                    sid,
                    accents.get(sid, DEFAULT_ACCENT),
                    str(event.get("id")),
                    False,
                )
            )
    jobs: dict[str, Job] = {}
    for job in found:
        if job.path and job.path not in jobs:
            jobs[job.path] = job
    return list(jobs.values())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--hall", type=Path, default=Path("data/jining-hitech-2023"), help="hall folder"
    )
    parser.add_argument("--force", action="store_true", help="regenerate images that already exist")
    args = parser.parse_args(argv)
    hall = yaml.safe_load((args.hall / "hall.yaml").read_text(encoding="utf-8")) or {}
    made = skipped = 0
    jobs = collect_jobs(hall)
    motifs = choose_motifs(jobs)
    for job in jobs:
        target = args.hall / job.path
        if not safe_relative(job.path) or target.suffix.lower() not in (".jpg", ".jpeg"):
            print(f"skip {job.path}: not a relative .jpg path inside the hall", file=sys.stderr)
            continue
        if target.exists() and not args.force:
            skipped += 1
            continue
        data = encode(render(job, motifs[job.path]))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        made += 1
        print(f"{job.path}: {motifs[job.path]}, {len(data) // 1024} KB")
    print(f"{made} generated, {skipped} already present")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
