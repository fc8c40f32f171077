"""Parks and flowers: the garden park, the river park and its playground, chrysanthemums and their show."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .backdrop import paint_bokeh, paint_hills, paint_rays, paint_sky, paint_sun
from .buildings import estate, paint_windows
from .canvas import Pen, Scene, gradient
from .figures import figure, group
from .geometry import Point, beam, bezier, ridge, rotate, strip
from .greenery import cypress, lamps, pavilion, round_tree, willow
from .palette import RGB, Color, mix


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


def slide(sc: Scene, x: float, base: float, s: float, frame: RGB, roof: RGB, chute: RGB) -> None:
    """A playground slide: a small tower with a peaked roof, its ladder and a curving chute."""
    pen = sc.pen
    for dx in (0, 60):
        pen.rect(x + dx * s, base - 150 * s, x + (dx + 6) * s, base, frame)
    pen.rect(x - 4 * s, base - 92 * s, x + 70 * s, base - 84 * s, frame)
    pen.poly(
        [(x - 12 * s, base - 150 * s), (x + 33 * s, base - 196 * s), (x + 78 * s, base - 150 * s)],
        roof,
    )
    for k in range(6):
        y = base - 12 * s - k * 14 * s
        pen.rect(x - 34 * s + k * 4 * s, y, x - 4 * s, y + 3 * s, frame)
    pen.poly(beam((x - 36 * s, base), (x - 6 * s, base - 88 * s), 5 * s, 5 * s), frame)
    curve = bezier(
        (x + 66 * s, base - 88 * s), (x + 120 * s, base - 80 * s), (x + 170 * s, base - 6 * s), 20
    )
    pen.poly(strip(curve, lambda _y: 14 * s), chute)


def swings(sc: Scene, x: float, base: float, s: float, frame: RGB, seat: RGB, swing: float) -> None:
    """An A-frame swing set with two seats, one swinging by `swing` radians."""
    pen = sc.pen
    top = base - 150 * s
    for leg in (-1, 1):
        pen.line([(x + leg * 40 * s, base), (x, top)], frame, 5 * s)
        pen.line([(x + 200 * s + leg * 40 * s, base), (x + 200 * s, top)], frame, 5 * s)
    pen.line([(x, top), (x + 200 * s, top)], frame, 6 * s)
    for cx, a in ((x + 65 * s, swing), (x + 135 * s, 0.0)):
        seat_pt = (cx + math.sin(a) * 110 * s, top + math.cos(a) * 110 * s)
        for dx in (-10, 10):
            pen.line([(cx + dx * s, top), (seat_pt[0] + dx * s, seat_pt[1])], frame, 1.5 * s)
        pen.rect(seat_pt[0] - 16 * s, seat_pt[1], seat_pt[0] + 16 * s, seat_pt[1] + 5 * s, seat)


def band(centre: Sequence[Point], width: Callable[[float], float]) -> list[Point]:
    """A ribbon around a centre line seen in perspective: its width is measured across the picture
    (horizontally), so sharp bends do not fold its edges over."""
    left = [(x - width(y) / 2, y) for x, y in centre]
    right = [(x + width(y) / 2, y) for x, y in centre]
    return left + right[::-1]


def footbridge(sc: Scene, a: Point, b: Point, rise: float, color: RGB) -> None:
    """A light arched footbridge from bank point a to bank point b, with railings and the arch's
    reflection below."""
    deck = [
        (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t - rise * math.sin(math.pi * t))
        for t in (i / 30 for i in range(31))
    ]
    with sc.layer(color) as m:
        m.poly(deck + [(x, yy + 10) for x, yy in deck[::-1]])
        m.line([(x, yy - 18) for x, yy in deck], width=2.2)
        for x, yy in deck[::3]:
            m.line([(x, yy), (x, yy - 18)], width=1.4)
    with sc.layer(color, opacity=0.3, blur=2) as m:
        chord = [
            (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
            for t in (i / 30 for i in range(31))
        ]
        m.line(
            [(x, 2 * cy + 24 - yy) for (x, yy), (_cx, cy) in zip(deck, chord, strict=True)], width=6
        )


def motif_river_park(sc: Scene) -> None:
    """An open riverside park in the morning: a river winding in from the new town, a light
    footbridge, a jogging path with walkers, a playground with a slide and swings, and willows."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 620)
    sc.sun = (sc.rand(1000, 1250), sc.rand(420, 480))
    paint_sun(sc, 58)
    paint_rays(sc, 9, 0.14)
    horizon = 620.0

    with sc.layer(p.depth(0.26)) as m:
        towers = estate(m, rng, -20, 1520, horizon, 50, 140)
    paint_windows(sc, towers, 0.08, 2.2, 3)
    sc.mist(500, horizon + 10, p.haze, 0.0, 0.55)
    grass_far, grass_near = (
        mix(p.depth(0.4), (120, 170, 96), 0.25),
        mix(p.depth(0.7), (80, 130, 70), 0.25),
    )
    grass = gradient(sc.size, ((0.0, grass_far), (0.62, grass_far), (1.0, grass_near)), 90)
    with sc.layer(grass) as m:
        m.rect(-10, horizon - 2, 1510, 1010)
    centre = bezier((640, horizon), (880, 820), (600, 1010), 40)
    water = gradient(
        sc.size,
        ((0.0, p.sky[-1][1]), (0.62, p.sky[-2][1]), (1.0, mix(p.sky[-3][1], p.deep, 0.3))),
        90,
    )
    with sc.layer(mix(p.cream, p.haze, 0.4)) as m:
        m.poly(band(centre, lambda y: 18 + (y - horizon) * 1.2))
    with sc.layer(water) as m:
        m.poly(band(centre, lambda y: 10 + (y - horizon) * 1.08))
    with sc.layer(p.cream, opacity=0.45) as m:
        for i in range(4, 40, 2):
            x, y = centre[i]
            w = (10 + (y - horizon) * 1.08) * sc.rand(0.15, 0.4)
            m.rect(x - w / 2 + sc.rand(-20, 20), y, x + w / 2, y + 1.2 + (y - horizon) / 200, r=1)
    x = -20.0
    while x < 1520:
        if abs(x - 640) > 50:
            round_tree(
                sc,
                x,
                horizon + 8,
                sc.rand(30, 50),
                p.depth(0.45),
                mix(p.depth(0.3), p.glow, 0.3),
            )
        x += sc.rand(40, 80)
    for k in (9, 13):
        wx, wy = centre[k]
        willow(sc, wx + 130 + k * 6, wy + 10, 60 + k * 6, p.depth(0.5))
    bx, by = centre[17]
    half = (18 + (by - horizon) * 1.2) / 2
    a, b = (bx - half - 14, by + 4), (bx + half + 14, by + 4)
    footbridge(sc, a, b, 30, mix(p.cream, p.haze, 0.25))
    path = bezier((-20, 870), (330, 680), (a[0] - 4, a[1] + 2), 30)
    with sc.layer(mix(p.cream, p.glow, 0.2), opacity=0.7) as m:
        m.poly(strip(path, lambda y: 6 + (y - horizon) * 0.22))
    with sc.layer(mix(p.depth(0.55), (100, 150, 80), 0.3)) as m:
        for _ in range(18):
            bx2, by2 = sc.rand(-20, 420), sc.rand(700, 1000)
            m.ellipse(bx2, by2, 14 + (by2 - horizon) * 0.08, 6 + (by2 - horizon) * 0.03)
    willow(sc, sc.rand(40, 110), 1000, 620, p.depth(0.8), mix(p.depth(0.6), p.glow, 0.3))
    fig = mix(p.ink, p.deep, 0.35)
    rim = mix(p.glow, p.cream, 0.3)
    walkers = (
        (path[8][0], path[8][1] + 6, 150.0, 0.8),
        (path[14][0], path[14][1] + 4, 120.0, -0.6),
        (path[19][0], path[19][1] + 3, 100.0, 0.7),
    )
    for wx, wy, h, stride in walkers:
        figure(sc, wx, wy, h, fig, rim, stride, -h * 0.014)
    ground = mix(p.depth(0.6), (150, 120, 90), 0.2)
    with sc.layer(ground, opacity=0.9) as m:
        m.ellipse(1190, 905, 290, 52)
    frame = mix(p.ink, p.deep, 0.3)
    slide(sc, 1000, 905, 1.2, frame, p.accent, mix(p.gold, p.glow, 0.3))
    swings(sc, 1230, 910, 1.05, frame, p.accent, 0.5)
    for x, y, h in ((1060, 910, 95), (1396, 912, 90), (1300, 930, 100)):
        figure(sc, x, y, h, fig, rim, 0.4, -1.4, child=True)
    round_tree(sc, 1440, 990, 380, p.depth(0.85), mix(p.depth(0.6), p.glow, 0.3), -1)
    lamps(sc, [(path[6][0], path[6][1]), (path[20][0] - 40, path[20][1] - 4)], 120)


def spider_mum(sc: Scene, cx: float, cy: float, r: float, color: RGB) -> None:
    """A spider chrysanthemum: long thread petals arching out and down from a small dome, their
    tips curled into hooks."""
    p = sc.pal
    dark, light = mix(color, p.ink, 0.35), mix(color, p.cream, 0.45)
    for layer, (count, reach, shade) in enumerate(
        ((34, 1.0, dark), (28, 0.8, color), (18, 0.5, light))
    ):
        with sc.layer(shade) as m:
            for i in range(count):
                a = i * math.tau / count + layer * 0.3 + sc.rand(-0.08, 0.08)
                length = r * reach * sc.rand(0.8, 1.05)
                end = (cx + math.cos(a) * length, cy + math.sin(a) * length * 0.55 + length * 0.35)
                ctrl = (
                    cx + math.cos(a) * length * 0.6,
                    cy + math.sin(a) * length * 0.4 - length * 0.1,
                )
                curve = bezier((cx, cy), ctrl, end, 14)
                hook = [
                    (
                        end[0] + math.cos(a + 1.6 * h) * r * 0.05 - math.cos(a) * r * 0.05,
                        end[1] + math.sin(a + 1.6 * h) * r * 0.05,
                    )
                    for h in (i2 / 5 for i2 in range(6))
                ]
                m.line(curve + hook, width=max(1.2, r * 0.022))
    sc.pen.ellipse(cx, cy - r * 0.04, r * 0.16, r * 0.12, mix(light, p.gold, 0.3))


def potted_bank(
    sc: Scene, x0: float, x1: float, base: float, s: float, colors: Sequence[RGB], tiers: int
) -> None:
    """A stepped display bank of potted chrysanthemums: each tier a row of clay pots with mounded
    blooms in one colour band, higher tiers set back and hazier."""
    p = sc.pal
    pot = mix((170, 92, 60), p.haze, 0.25)
    leaf = mix(p.depth(0.6), (60, 110, 60), 0.35)
    for t in range(tiers - 1, -1, -1):
        y = base - t * 24 * s
        haze = 0.12 * t
        color = mix(colors[t % len(colors)], p.haze, haze)
        sc.pen.rect(x0 - 6 * s, y, x1 + 6 * s, y + 24 * s, mix(p.depth(0.55), p.ink, 0.1))
        x = x0
        while x < x1:
            jx, jy = sc.rand(-1.5, 1.5) * s, sc.rand(-1.5, 1.5) * s
            sc.pen.poly(
                [(x - 7 * s, y - 12 * s), (x + 7 * s, y - 12 * s), (x + 5 * s, y), (x - 5 * s, y)],
                mix(pot, p.haze, haze),
            )
            sc.pen.ellipse(x + jx, y - 14 * s, 9 * s, 5 * s, mix(leaf, p.haze, haze))
            for dx, dy, rr, shade in ((-5, -19, 6.5, 0.2), (5, -19, 6.5, 0.2), (0, -24, 7.5, 0.0)):
                sc.pen.circle(
                    x + dx * s + jx,
                    y + dy * s + jy,
                    rr * s * sc.rand(0.9, 1.1),
                    mix(color, p.ink, shade),
                )
            sc.pen.circle(x - 2 * s + jx, y - 27 * s + jy, 2.8 * s, mix(color, p.cream, 0.5))
            x += 17 * s


def flower_arch(
    sc: Scene, cx: float, base: float, w: float, h: float, colors: Sequence[RGB]
) -> None:
    """An arch covered in chrysanthemums over the show's path."""
    p = sc.pal
    with sc.layer(mix(p.depth(0.6), p.ink, 0.1)) as m:
        for side in (-1, 1):
            m.rect(cx + side * w / 2 - 12, base - h * 0.55, cx + side * w / 2 + 12, base)
    for k in range(700):
        t = sc.rng.random()
        a = math.pi * t
        band = sc.rand(-1, 1)
        x = cx - math.cos(a) * (w / 2 + band * 18)
        y = base - h * 0.55 - math.sin(a) * (h * 0.45 + band * 18)
        if t < 0.0:
            continue
        sc.pen.circle(
            x,
            y,
            sc.rand(5, 9),
            colors[k % len(colors)] if sc.chance(0.85) else mix(p.cream, p.glow, 0.2),
        )
    for side in (-1, 1):
        for k in range(60):
            y = base - sc.rand(0, h * 0.55)
            sc.pen.circle(
                cx + side * w / 2 + sc.rand(-18, 18),
                y,
                sc.rand(5, 9),
                colors[(k + 2) % len(colors)],
            )


def motif_flower_show(sc: Scene) -> None:
    """An autumn chrysanthemum show in a park: banks of potted chrysanthemums in colour bands
    along a path to a flower-covered arch, visitors strolling, autumn trees behind, and large
    blooms (incurved, spider and open) in front."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 600)
    sc.sun = (sc.rand(950, 1200), sc.rand(360, 420))
    paint_sun(sc, 60)
    paint_rays(sc, 9, 0.14)
    horizon = 600.0
    autumn = ((196, 128, 60), (170, 96, 54), (150, 140, 70), (120, 120, 70))
    x = -20.0
    while x < 1520:
        c = mix(mix(rng.choice(autumn), p.haze, 0.35), p.depth(0.4), 0.3)
        round_tree(sc, x, horizon + 20, sc.rand(120, 190), c, mix(c, p.glow, 0.4))
        x += sc.rand(60, 120)
    sc.mist(500, horizon + 40, p.haze, 0.0, 0.4)
    lawn = gradient(
        sc.size,
        (
            (0.0, mix(p.depth(0.45), (130, 150, 80), 0.25)),
            (0.6, mix(p.depth(0.45), (130, 150, 80), 0.25)),
            (1.0, mix(p.depth(0.75), (90, 110, 60), 0.25)),
        ),
        90,
    )
    with sc.layer(lawn) as m:
        m.rect(-10, horizon + 10, 1510, 1010)
    colors = (
        (238, 196, 70),
        mix(p.cream, (255, 255, 255), 0.3),
        (212, 84, 60),
        (186, 86, 150),
        (236, 150, 60),
    )
    path = gradient(
        sc.size, ((0.0, mix(p.cream, p.haze, 0.5)), (1.0, mix(p.cream, p.depth(0.6), 0.45))), 90
    )
    with sc.layer(path, opacity=0.85) as m:
        m.poly([(700, horizon + 40), (800, horizon + 40), (1120, 1010), (380, 1010)])
    for row, (base, s, span) in enumerate(
        ((690.0, 0.55, 260), (760.0, 0.8, 380), (860.0, 1.1, 520))
    ):
        shift = colors[row:] + colors[:row]
        potted_bank(sc, 700 - span - 120 * row, 690 - 40 * row, base, s, shift, 3 + row)
        potted_bank(sc, 810 + 40 * row, 810 + span + 120 * row, base, s, shift[::-1], 3 + row)
    flower_arch(sc, 750, 700, 220, 200, colors)
    group(sc, 760, 860, 5, 60)
    leaf = mix(p.depth(0.75), (60, 110, 60), 0.3)
    with sc.layer(leaf) as m:
        for lx, ly, a, size in (
            (90, 950, -2.4, 170),
            (300, 980, -0.8, 150),
            (1180, 960, -2.2, 160),
            (1420, 930, -0.6, 190),
        ):
            chrysanthemum_leaf(m, lx, ly, a, size)
        m.line(bezier((210, 870), (230, 940), (200, 1010)), width=9)
        m.line(bezier((1300, 830), (1280, 930), (1320, 1010)), width=9)
    bloom(sc, 200, 830, 165, colors[0], 0.72)
    spider_mum(sc, 1300, 800, 200, colors[3])
    bloom(sc, 1460, 1000, 120, colors[2], 0.85)
