"""Awards and reviews: the podium and trophy, medals in laurel wreaths, and the on-site project review."""

from __future__ import annotations

import math

from .backdrop import paint_bokeh, paint_hills, paint_rays, paint_sky, paint_streaks, paint_sun
from .buildings import estate, iso_block, paint_windows
from .canvas import Pen, Scene, gradient
from .figures import group
from .geometry import beam, bezier, rotate
from .greenery import round_tree
from .industry import factory_hall
from .palette import RGB, Color, alpha, mix

SILVER: RGB = (206, 212, 220)


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


def numeral(pen: Pen, digit: int, cx: float, cy: float, h: float, fill: Color) -> None:
    """The digit 1, 2 or 3 drawn as a bold stroke figure, h tall and centred on (cx, cy)."""
    w = h * 0.13
    top, bottom = cy - h / 2, cy + h / 2
    if digit == 1:
        pen.line(
            [(cx - h * 0.16, top + h * 0.18), (cx + h * 0.04, top), (cx + h * 0.04, bottom)],
            fill,
            w,
        )
        pen.line(
            [(cx - h * 0.18, bottom - w * 0.4), (cx + h * 0.26, bottom - w * 0.4)], fill, w * 0.8
        )
        return
    if digit == 2:
        arc = [
            (cx + h * 0.26 * math.cos(a), top + h * 0.27 - h * 0.27 * math.sin(a))
            for a in (math.pi * 1.05 - i * math.pi * 1.3 / 20 for i in range(21))
        ]
        path = [
            *arc,
            *bezier(
                arc[-1], (cx - h * 0.05, cy + h * 0.15), (cx - h * 0.28, bottom - w * 0.45), 16
            )[1:],
            (cx + h * 0.3, bottom - w * 0.45),
        ]
        pen.line(path, fill, w)
        return
    for y0 in (top, cy):
        arc = [
            (cx + h * 0.24 * math.cos(a), y0 + h * 0.25 - h * 0.25 * math.sin(a))
            for a in (math.pi * 0.95 - i * math.pi * 1.45 / 20 for i in range(21))
        ]
        pen.line(arc, fill, w)


def laurel(sc: Scene, cx: float, cy: float, r: float, color: RGB) -> None:
    """Two laurel branches curving up around a circle of radius r, leaves pointing outwards."""
    with sc.layer(color) as m:
        for side in (-1, 1):
            stem = [
                (cx + side * r * math.sin(a), cy + r * math.cos(a))
                for a in (0.3 + i * 2.3 / 24 for i in range(25))
            ]
            m.line(stem, width=r * 0.035)
            for k, (x, y) in enumerate(stem[2::2]):
                a = 0.3 + (2 + 2 * k) * 2.3 / 24
                out = (side * math.sin(a), math.cos(a))
                for lean in (-0.5, 0.55):
                    tip = (
                        x + (out[0] * 0.9 + side * math.cos(a) * lean) * r * 0.22,
                        y + (out[1] * 0.9 - math.sin(a) * lean) * r * 0.22,
                    )
                    leaf = [
                        (x, y),
                        (
                            (x + tip[0]) / 2 + (tip[1] - y) * 0.22,
                            (y + tip[1]) / 2 - (tip[0] - x) * 0.22,
                        ),
                        tip,
                        (
                            (x + tip[0]) / 2 - (tip[1] - y) * 0.22,
                            (y + tip[1]) / 2 + (tip[0] - x) * 0.22,
                        ),
                    ]
                    m.poly(leaf)


def medal(sc: Scene, cx: float, cy: float, r: float, rank: int) -> None:
    """A medal for the given rank (1 gold, 2 silver) on a ribbon, inside a laurel wreath."""
    p = sc.pal
    metal = p.gold if rank == 1 else SILVER
    with sc.layer(p.glow, opacity=0.45, blur=r * 0.9) as m:
        m.circle(cx, cy, r * 1.5)
    for side, color in ((-1, p.accent), (1, mix(p.accent, p.cream, 0.35))):
        sc.pen.poly(
            [
                (cx + side * r * 0.2, cy - r * 0.8),
                (cx + side * r * 0.75, -20),
                (cx + side * r * 0.25, -20),
                (cx - side * r * 0.15, cy - r * 0.8),
            ],
            color,
        )
    laurel(
        sc, cx, cy, r * 1.28, mix(p.gold, p.glow, 0.3) if rank == 1 else mix(SILVER, p.cream, 0.2)
    )
    with sc.layer(p.ink, opacity=0.45, blur=12) as m:
        m.circle(cx + 6, cy + 10, r)
    sc.pen.circle(cx, cy, r, mix(metal, p.ink, 0.25))
    sc.pen.circle(cx, cy, r * 0.92, metal)
    sc.pen.ring(cx, cy, r * 0.74, mix(metal, p.ink, 0.2), r * 0.03)
    sc.pen.poly(
        [
            (cx - r * 0.6, cy - r * 0.52),
            (cx - r * 0.2, cy - r * 0.82),
            (cx + r * 0.1, cy - r * 0.86),
            (cx - r * 0.45, cy - r * 0.4),
        ],
        alpha(p.cream, 0.55),
    )
    numeral(sc.pen, rank, cx, cy + r * 0.02, r * 0.9, mix(metal, p.ink, 0.45))


def coach(sc: Scene, x: float, base: float, s: float) -> None:
    """A coach parked at the kerb, facing right, its windows lit."""
    p = sc.pal
    body = mix(p.cream, p.haze, 0.2)
    sc.pen.rect(x, base - 120 * s, x + 380 * s, base - 18 * s, body, r=16 * s)
    sc.pen.rect(x, base - 58 * s, x + 380 * s, base - 44 * s, p.accent)
    with sc.layer(mix(p.glow, p.cream, 0.2), opacity=0.95, glow=5, glow_opacity=0.6) as m:
        for k in range(6):
            m.rect(
                x + 20 * s + k * 52 * s,
                base - 106 * s,
                x + 64 * s + k * 52 * s,
                base - 70 * s,
                r=4 * s,
            )
        m.rect(x + 336 * s, base - 110 * s, x + 372 * s, base - 66 * s, r=6 * s)
    for wx in (70, 300):
        sc.pen.circle(x + wx * s, base - 18 * s, 22 * s, mix(p.ink, p.deep, 0.3))
        sc.pen.circle(x + wx * s, base - 18 * s, 9 * s, mix(p.cream, p.haze, 0.4))


def project_building(sc: Scene, kind: str, x: float, base: float, w: float, color: RGB) -> None:
    """One finished key project as a building: 'equipment' (sawtooth factory), 'terminals' (glass
    park towers), 'pharma' (clean plant with tanks), 'pulp' (plant with silos and pipe racks),
    'hospital' (a tall ward block with a red cross)."""
    p = sc.pal
    lit = mix(p.glow, p.cream, 0.3)
    pen = sc.pen
    if kind == "equipment":
        with sc.layer(color) as m:
            factory_hall(m, x, x + w, base, 120, "saw")
        with sc.layer(lit, opacity=0.85, glow=5, glow_opacity=0.6) as m:
            for k in range(int(w // 30)):
                m.rect(x + 10 + k * 30, base - 96, x + 26 + k * 30, base - 80)
        return
    if kind == "terminals":
        for dx, tw, th in ((0.0, 0.36, 300), (0.42, 0.3, 240), (0.76, 0.24, 180)):
            pen.rect(x + w * dx, base - th, x + w * (dx + tw), base, color)
            with sc.layer(lit, opacity=0.6) as m:
                for row in range(int(th // 16) - 1):
                    m.rect(
                        x + w * dx + 6,
                        base - th + 10 + row * 16,
                        x + w * (dx + tw) - 6,
                        base - th + 14 + row * 16,
                    )
        pen.rect(x + w * 0.3, base - 90, x + w * 0.48, base - 74, color)
        return
    if kind in ("pharma", "pulp"):
        pen.rect(x, base - 110, x + w * 0.62, base, color)
        with sc.layer(lit, opacity=0.85, glow=5, glow_opacity=0.6) as m:
            m.rect(x + 12, base - 80, x + w * 0.62 - 12, base - 66)
        tanks = 3 if kind == "pharma" else 2
        for k in range(tanks):
            tx = x + w * (0.68 + k * 0.32 / tanks)
            tw = w * 0.32 / tanks - 8
            th = 130 if kind == "pharma" else 200
            pen.rect(tx, base - th, tx + tw, base, mix(color, p.cream, 0.12))
            pen.ellipse(tx + tw / 2, base - th, tw / 2, tw * 0.18, mix(color, p.cream, 0.3))
        pen.rect(x + w * 0.5, base - 150, x + w, base - 142, color)
        return
    pen.rect(x, base - 320, x + w * 0.6, base, color)
    pen.rect(x + w * 0.6, base - 150, x + w, base, color)
    with sc.layer(lit, opacity=0.8, glow=4, glow_opacity=0.5) as m:
        for row in range(14):
            for col in range(int(w * 0.6 // 22)):
                if sc.chance(0.65):
                    m.rect(
                        x + 8 + col * 22,
                        base - 300 + row * 20,
                        x + 20 + col * 22,
                        base - 290 + row * 20,
                    )
    pen.rect(
        x + w * 0.3 - 30,
        base - 362,
        x + w * 0.3 + 30,
        base - 302,
        mix(p.cream, (255, 255, 255), 0.4),
        r=6,
    )
    pen.rect(x + w * 0.3 - 8, base - 354, x + w * 0.3 + 8, base - 310, (214, 52, 48))
    pen.rect(x + w * 0.3 - 22, base - 340, x + w * 0.3 + 22, base - 324, (214, 52, 48))


def review(sc: Scene, rank: int, projects: tuple[str, str, str], mirror: bool = False) -> None:
    """An on-site review of key projects: a group in hard hats touring three finished, green
    project buildings, their coach at the kerb, and the zone's overall rank as a medal (mirror
    swaps the sides, so two reviews in one section do not look alike)."""
    p = sc.pal
    paint_sky(sc, None, 680)
    sc.sun = (sc.rand(300, 560), sc.rand(430, 520))
    paint_sun(sc, 54)
    paint_rays(sc, 9, 0.12)
    paint_streaks(sc, 260, 480, 6, 0.25)
    paint_hills(sc, 600, 630, layers=2, depth0=0.05, depth1=0.14, amp=14)
    with sc.layer(p.depth(0.22)) as m:
        far = estate(m, sc.rng, -20, 1520, 690, 40, 110)
    paint_windows(sc, far, 0.08, 2.2, 3)
    sc.mist(560, 720, p.haze, 0.0, 0.6)
    base = 760.0
    for k, kind in enumerate(projects):
        slot = 2 - k if mirror else k
        color = mix(p.depth(0.5 + 0.04 * k), p.glow, 0.18)
        project_building(sc, kind, 60 + slot * 470 + sc.rand(-20, 20), base, 360, color)
    lawn = mix(p.depth(0.55), (90, 140, 90), 0.3)
    with sc.layer(lawn) as m:
        m.rect(-10, base, 1510, 840)
    for x in range(30, 1500, 120):
        round_tree(
            sc,
            x + sc.rand(-20, 20),
            840,
            sc.rand(90, 130),
            mix(lawn, p.ink, 0.2),
            mix(lawn, p.glow, 0.35),
        )
    road = gradient(sc.size, ((0.0, p.depth(0.7)), (0.84, p.depth(0.7)), (1.0, p.depth(0.85))), 90)
    with sc.layer(road) as m:
        m.rect(-10, 840, 1510, 1010)
    with sc.layer(p.cream, opacity=0.3) as m:
        m.rect(-10, 846, 1510, 850)
        for x in range(0, 1500, 90):
            m.rect(x, 930, x + 46, 934)
    coach(sc, 1030 if mirror else 90, 905, 1.0)
    group(sc, 640 if mirror else 860, 985, 8, 70, hats=True)
    medal(sc, 280 if mirror else 1220, 250, 92, rank)


def motif_review_first(sc: Scene) -> None:
    """Review of green, low-carbon key projects where the zone came first: pulping-equipment,
    smart-terminal and pharmaceutical projects, and a gold medal."""
    review(sc, 1, ("pulp", "terminals", "pharma"))


def motif_review_second(sc: Scene) -> None:
    """Review where the zone came second: an equipment plant, a smart-terminal park and a critical-care
    medical centre, and a silver medal."""
    review(sc, 2, ("equipment", "terminals", "hospital"), mirror=True)
