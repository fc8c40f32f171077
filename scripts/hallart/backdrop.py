"""Skies, sun, hills, clouds, water and ground shared by the outdoor motifs."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .canvas import Pen, Scene, gradient, lit_shape
from .geometry import DESIGN_H, DESIGN_W, ridge
from .palette import RGB, mix


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


def light_trails(sc: Scene, y: float) -> None:
    """Two long-exposure light streaks along a road."""
    for color, dy in ((sc.pal.glow, 0), (mix(sc.pal.accent, (255, 120, 90), 0.5), 18)):
        with sc.layer(color, opacity=0.9, glow=5, glow_opacity=0.9) as m:
            pts = [(x, y + dy + 30 * math.sin(x / 500 + 1.3)) for x in range(-20, 1540, 20)]
            m.line(pts, width=2.2)


def paint_streaks(sc: Scene, y0: float, y1: float, count: int, opacity: float = 0.35) -> None:
    """Long thin evening clouds lit from below, between heights y0 and y1."""
    with sc.layer(mix(sc.pal.glow, sc.pal.cream, 0.3), opacity=opacity, blur=6) as m:
        for _ in range(count):
            x, y = sc.rand(-100, 1500), sc.rand(y0, y1)
            w = sc.rand(160, 460)
            m.ellipse(x, y, w, sc.rand(2.5, 6))
            m.ellipse(x + w * sc.rand(-0.4, 0.4), y - sc.rand(3, 8), w * 0.5, sc.rand(2, 4.5))
