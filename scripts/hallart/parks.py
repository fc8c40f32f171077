"""Trees, garden structures, ponds and chrysanthemums."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .backdrop import paint_bokeh, paint_hills, paint_rays, paint_sky, paint_sun
from .canvas import Pen, Scene, gradient, lit_shape
from .geometry import Point, beam, bezier, ridge, rotate, strip
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
