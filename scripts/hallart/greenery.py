"""Trees and garden furniture: broadleaf trees, willows, cypresses, pavilions and lamps."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .canvas import Pen, Scene, lit_shape
from .geometry import Point, beam, bezier
from .palette import RGB, Color, mix


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


def drooping_clump(
    start: Point, reach: float, length: float, width: float, rng_fringe: list[float]
) -> list[Point]:
    """A hanging willow branch with its leaves: rises out from start by reach, then falls `length`,
    widening towards a feathered hem (rng_fringe gives the hem's tip lengths)."""
    sx, sy = start
    ctrl = (sx + reach, sy - length * 0.12)
    end = (sx + reach * 1.25, sy + length)
    centre = bezier(start, ctrl, end, 18)
    left, right = [], []
    for i, (x, y) in enumerate(centre):
        t = i / (len(centre) - 1)
        w = width * (0.15 + 0.85 * math.sin(min(1.0, t * 1.25) * math.pi / 2))
        left.append((x - w / 2, y))
        right.append((x + w / 2, y))
    hem = []
    n = len(rng_fringe)
    for i, tip in enumerate(rng_fringe):
        t = (i + 0.5) / n
        hem.append((left[-1][0] + (right[-1][0] - left[-1][0]) * t, end[1] + tip))
    return [*left, *hem, *right[::-1]]


def willow(sc: Scene, x: float, base: float, h: float, color: RGB, lit: RGB | None = None) -> None:
    """A weeping willow: a leaning trunk under a crown of arching branches whose leafy strands hang
    in separate clumps with feathered hems, the sunward strands catching the light."""
    rng = sc.rng
    w = h * 0.34
    crown_y = base - h * 0.9
    dark = mix(color, sc.pal.ink, 0.2)
    with sc.layer(dark) as m:
        m.poly(beam((x, base), (x + h * 0.04, crown_y + h * 0.3), h * 0.06, h * 0.028))
        for side in (-1, 1):
            m.poly(
                beam(
                    (x + h * 0.03, crown_y + h * 0.32),
                    (x + side * w * 0.55, crown_y + h * 0.1),
                    h * 0.022,
                    h * 0.008,
                )
            )
    clumps = []
    for _ in range(34):
        t = rng.random()
        a = math.pi * (0.04 + 0.92 * t)
        ax = x + w * 0.75 * math.cos(a)
        ay = crown_y + h * 0.16 - h * 0.16 * math.sin(a) + rng.uniform(0, h * 0.12)
        reach = math.cos(a) * w * rng.uniform(0.25, 0.55)
        length = h * rng.uniform(0.3, 0.72) * (0.55 + 0.45 * math.sin(a))
        fringe = [rng.uniform(0.0, 0.09) * h * (1 if i % 2 else 0.2) for i in range(6)]
        clumps.append(drooping_clump((ax, ay), reach, length, h * rng.uniform(0.05, 0.095), fringe))
    with sc.layer(color) as m:
        for dx, dy, r in ((-0.35, 0.1, 0.42), (0.3, 0.06, 0.46), (0.0, 0.0, 0.4)):
            m.ellipse(x + dx * w, crown_y + h * (0.1 + dy), w * r, h * 0.12)
        for c in clumps:
            m.poly(c)
    shine = lit or mix(color, sc.pal.glow, 0.35)
    with sc.layer(shine, opacity=0.45) as m:
        for _ in range(int(16 + h / 12)):
            a = rng.uniform(0.15, 0.85) * math.pi
            sx, sy = x + w * 0.7 * math.cos(a), crown_y + h * 0.14 - h * 0.14 * math.sin(a)
            drop = h * rng.uniform(0.25, 0.55)
            m.line(
                bezier(
                    (sx, sy),
                    (sx + math.cos(a) * h * 0.12, sy + drop * 0.2),
                    (sx + math.cos(a) * h * 0.16, sy + drop),
                ),
                width=max(0.7, h * 0.004),
            )


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


def lamps(sc: Scene, spots: Sequence[Point], h: float) -> None:
    """Slim garden lamp posts with warm glowing heads."""
    with sc.layer(sc.pal.ink) as m:
        for x, y in spots:
            m.rect(x - 2.5, y - h, x + 2.5, y)
            m.rect(x - 9, y - h - 18, x + 9, y - h - 14)
    with sc.layer(sc.pal.glow, opacity=1.0, glow=16, glow_opacity=0.9) as m:
        for x, y in spots:
            m.rect(x - 6, y - h - 14, x + 6, y - h)
