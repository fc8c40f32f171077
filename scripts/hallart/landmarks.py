"""Landmarks of named places; each refuses to be drawn anywhere but inside its own place (see canvas.landmark)."""

from __future__ import annotations

import math
from collections.abc import Callable

from .canvas import Pen, Scene, landmark
from .geometry import Point
from .palette import Color, mix


def _sphere(pen: Pen, x: float, y: float, r: float, fill: Color | None = None) -> None:
    pen.circle(x, y, r, fill)


@landmark("shanghai")
def oriental_pearl_tower(sc: Scene, pen: Pen, x: float, base: float, h: float) -> None:
    """Shanghai's Oriental Pearl TV Tower: tripod legs, two large spheres, a small one and the mast."""
    low, high, small = base - h * 0.2, base - h * 0.57, base - h * 0.77
    for dx in (-1, 1):
        pen.poly(
            [
                (x + dx * h * 0.11, base),
                (x + dx * h * 0.085, base),
                (x + dx * h * 0.012, low),
                (x + dx * h * 0.03, low),
            ]
        )
    pen.rect(x - h * 0.012, low, x + h * 0.012, base)
    for dx in (-1, 1):
        pen.rect(x + dx * h * 0.016 - h * 0.005, small, x + dx * h * 0.016 + h * 0.005, low)
    pen.rect(x - h * 0.006, small, x + h * 0.006, low)
    _sphere(pen, x, low, h * 0.055)
    _sphere(pen, x, high, h * 0.047)
    for i in range(1, 5):
        _sphere(pen, x, low - (low - high) * i / 5, h * 0.012)
    _sphere(pen, x, small, h * 0.018)
    pen.poly(
        [
            (x - h * 0.008, small),
            (x + h * 0.008, small),
            (x + h * 0.004, base - h * 0.86),
            (x - h * 0.004, base - h * 0.86),
        ]
    )
    pen.line([(x, base - h * 0.86), (x, base - h)], width=max(1.2, h * 0.005))


@landmark("shanghai")
def shanghai_tower(sc: Scene, pen: Pen, x: float, base: float, h: float, w: float) -> None:
    """Shanghai Tower: a tapering, twisting glass tower with a sloping crown."""
    pts: list[Point] = []
    for i in range(21):
        t = i / 20
        half = w / 2 * (1 - 0.42 * t) * (1 + 0.04 * math.sin(t * math.pi))
        pts.append((x - half + w * 0.06 * math.sin(t * math.pi * 0.9), base - h * 0.97 * t))
    right = []
    for i in range(21):
        t = i / 20
        half = w / 2 * (1 - 0.42 * t) * (1 + 0.04 * math.sin(t * math.pi))
        right.append((x + half + w * 0.06 * math.sin(t * math.pi * 0.9), base - h * 0.97 * t))
    crown = [(right[-1][0], base - h), (pts[-1][0] + w * 0.08, base - h * 0.95)]
    pen.poly([*pts, crown[1], crown[0], *reversed(right)])


@landmark("shanghai")
def world_financial_centre(sc: Scene, pen: Pen, x: float, base: float, h: float, w: float) -> None:
    """The Shanghai World Financial Center: a tapering slab with a trapezoid opening at its top."""
    top = base - h
    pen.poly([(x - w / 2, base), (x + w / 2, base), (x + w * 0.27, top), (x - w * 0.27, top)])
    hole = [
        (x - w * 0.2, top + h * 0.045),
        (x + w * 0.2, top + h * 0.045),
        (x + w * 0.15, top + h * 0.1),
        (x - w * 0.15, top + h * 0.1),
    ]
    pen.poly(hole, 0)


@landmark("shanghai")
def jin_mao_tower(sc: Scene, pen: Pen, x: float, base: float, h: float, w: float) -> None:
    """Jin Mao Tower: a pagoda-like tower of rhythmic setbacks ending in a slender spire."""
    y, half = base, w / 2
    tiers = 11
    body = h * 0.82
    for i in range(tiers):
        th = body / tiers * (1.25 - 0.5 * i / tiers)
        pen.rect(x - half, y - th, x + half, y + 1)
        pen.rect(x - half - w * 0.05, y - th - 1.5, x + half + w * 0.05, y - th + 2)
        y -= th
        half *= 0.92
    pen.poly([(x - half, y + 1), (x + half, y + 1), (x, base - h)])


@landmark("qingdao")
def zhanqiao_pier(sc: Scene, pen: Pen, x0: float, x1: float, y: float, s: float) -> None:
    """Qingdao's Zhanqiao Pier: a long jetty running out to sea with an octagonal, two-eaved pavilion."""
    pen.rect(min(x0, x1), y - 3 * s, max(x0, x1), y + 2 * s)
    step = 26 * s
    x = min(x0, x1)
    while x < max(x0, x1):
        pen.rect(x - 1.2 * s, y, x + 1.2 * s, y + 9 * s)
        x += step
    px = x1
    pen.rect(px - 22 * s, y - 10 * s, px + 22 * s, y + 2 * s)
    pen.rect(px - 14 * s, y - 30 * s, px + 14 * s, y - 8 * s)
    for top, half, rise in ((y - 30 * s, 30 * s, 10 * s), (y - 46 * s, 20 * s, 12 * s)):
        pen.poly(
            [
                (px - half, top),
                (px - half * 0.7, top - rise * 0.6),
                (px, top - rise),
                (px + half * 0.7, top - rise * 0.6),
                (px + half, top),
                (px + half * 0.8, top + 3 * s),
                (px - half * 0.8, top + 3 * s),
            ]
        )
    pen.rect(px - 10 * s, y - 46 * s, px + 10 * s, y - 30 * s)
    pen.line([(px, y - 58 * s), (px, y - 66 * s)], width=1.5 * s)


@landmark("qingdao")
def red_roof_old_town(
    sc: Scene,
    x0: float,
    x1: float,
    ground: Callable[[float], float],
    floor: float,
    s: float,
    wall: Color,
    roof: Color,
    tree: Color,
) -> None:
    """Qingdao's old town climbing its hillside (ground(x) is the slope, floor the shore): rows of
    pale houses under steep red-tiled roofs among trees, and a church's twin red-capped towers."""
    rng, pen = sc.rng, sc.pen
    church_x = x0 + (x1 - x0) * rng.uniform(0.3, 0.5)
    row = 0
    while True:
        placed = False
        x = x0 + rng.uniform(-10, 10) * s
        while x < x1:
            w, h = rng.uniform(24, 40) * s, rng.uniform(14, 22) * s
            hb = ground(x + w / 2) + (12 + row * 24) * s
            if hb < floor - 4 * s and rng.random() < 0.62:
                placed = True
                pen.rect(x, hb - h, x + w, hb + 8 * s, wall)
                ridge = hb - h - w * rng.uniform(0.3, 0.45)
                pen.poly(
                    [
                        (x - 3 * s, hb - h + 2 * s),
                        (x + w * rng.uniform(0.4, 0.6), ridge),
                        (x + w + 3 * s, hb - h + 2 * s),
                    ],
                    roof,
                )
                for k in range(int(w // (9 * s))):
                    wx = x + 4 * s + k * 9 * s
                    pen.rect(
                        wx, hb - h * 0.7, wx + 4 * s, hb - h * 0.3, mix(wall, (60, 50, 50), 0.45)
                    )
                if row == 1 and abs(x - church_x) < w:
                    for dx in (-14 * s, 14 * s):
                        cx = x + w / 2 + dx
                        pen.rect(cx - 6 * s, hb - h - 70 * s, cx + 6 * s, hb - h, wall)
                        pen.poly(
                            [
                                (cx - 8 * s, hb - h - 70 * s),
                                (cx, hb - h - 100 * s),
                                (cx + 8 * s, hb - h - 70 * s),
                            ],
                            roof,
                        )
                    church_x = -1e9
            elif hb < floor:
                pen.circle(x + w / 2, hb - h * 0.5, h * 0.8, tree)
            x += w * rng.uniform(0.8, 1.15)
        row += 1
        if not placed and row > 1:
            break
