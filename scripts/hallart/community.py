"""Livelihood scenes among homes: the community walk, home-based elderly care and the job fair."""

from __future__ import annotations

import math

from .backdrop import paint_ground, paint_hills, paint_rays, paint_sky, paint_stars, paint_sun
from .buildings import estate, house, paint_windows, skyline
from .canvas import Scene, gradient
from .figures import group, person, seated
from .geometry import bezier, ridge
from .greenery import cypress, lamps, round_tree
from .palette import RGB, mix


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


def walkup_block(
    sc: Scene, x0: float, x1: float, base: float, floors: int, color: RGB
) -> list[tuple[float, float]]:
    """A six-storey residential walk-up with balconies and a stair core; returns its window centres."""
    p = sc.pal
    fh = 34.0
    top = base - floors * fh
    windows = []
    with sc.layer(color) as m:
        m.rect(x0, top, x1, base)
        m.rect(x0 - 6, top - 8, x1 + 6, top + 2)
        core = (x0 + x1) / 2
        m.rect(core - 16, top - 18, core + 16, base)
    with sc.layer(mix(color, p.ink, 0.25)) as m:
        for f in range(floors):
            y = base - (f + 1) * fh
            m.rect(x0 - 3, y + fh - 8, x1 + 3, y + fh - 4)
    col_w = 46.0
    cols = int((x1 - x0 - 20) // col_w)
    for f in range(floors):
        for c in range(cols):
            wx = x0 + 14 + c * col_w
            if abs(wx + 13 - (x0 + x1) / 2) < 26:
                continue
            windows.append((wx + 13, base - f * fh - 20))
    return windows


def signal(sc: Scene, x: float, y: float, r: float, color: RGB) -> None:
    """Three radio arcs rising from a point (a device is online)."""
    with sc.layer(color, opacity=0.9, glow=5, glow_opacity=0.7) as m:
        m.circle(x, y, r * 0.18)
        for k in (1, 2, 3):
            rr = r * 0.35 * k
            m.line(
                [
                    (x + rr * math.cos(a), y - rr * math.sin(a))
                    for a in (math.pi / 4 + i * math.pi / 2 / 10 for i in range(11))
                ],
                width=r * 0.1,
            )


def callout(sc: Scene, centre: tuple[float, float], r: float, anchor: tuple[float, float]) -> None:
    """A round magnifying callout from a lit window: inside, a senior in an armchair at home with a
    glowing tablet and a smartwatch, a warm lamp beside."""
    p = sc.pal
    cx, cy = centre
    with sc.layer(mix(p.cream, p.glow, 0.3), opacity=0.8) as m:
        m.line([anchor, (cx + r * 0.55, cy + r * 0.84)], width=2)
        m.circle(*anchor, 5)
    with sc.layer(p.ink, opacity=0.45, blur=16) as m:
        m.circle(cx + 8, cy + 12, r)
    room = gradient(
        sc.size,
        (
            (0.0, mix(p.glow, p.cream, 0.35)),
            (0.5, mix(p.glow, p.soft, 0.3)),
            (1.0, mix(p.glow, p.mid, 0.3)),
        ),
        90,
    )
    with sc.layer(room) as m:
        m.circle(cx, cy, r)
    wall = mix(p.mid, p.deep, 0.2)
    with sc.layer(mix(p.soft, p.cream, 0.3)) as m:
        m.rect(cx + r * 0.15, cy - r * 0.7, cx + r * 0.7, cy - r * 0.05)
    with sc.layer(wall) as m:
        m.rect(cx + r * 0.15, cy - r * 0.7, cx + r * 0.7, cy - r * 0.64)
        m.rect(cx + r * 0.4, cy - r * 0.7, cx + r * 0.44, cy - r * 0.05)
        chord = math.asin(0.55)
        m.poly(
            [
                (cx + r * math.cos(a), cy + r * math.sin(a))
                for a in (chord + i * (math.pi - 2 * chord) / 24 for i in range(25))
            ]
        )
    fig = mix(p.ink, p.deep, 0.3)
    chair = mix(p.accent, p.deep, 0.35)
    with sc.layer(chair) as m:
        m.rect(cx - r * 0.62, cy - r * 0.2, cx - r * 0.38, cy + r * 0.55, r=r * 0.08)
        m.rect(cx - r * 0.62, cy + r * 0.22, cx + r * 0.05, cy + r * 0.42, r=r * 0.06)
        m.rect(cx - r * 0.6, cy + r * 0.42, cx - r * 0.54, cy + r * 0.56)
        m.rect(cx - r * 0.02, cy + r * 0.42, cx + r * 0.04, cy + r * 0.56)
    with sc.layer(fig) as m:
        seated(m, cx - r * 0.3, cy + r * 0.25, r * 0.95, 1)
    with sc.layer((160, 230, 255), opacity=1.0, glow=8, glow_opacity=0.9) as m:
        m.poly(
            [
                (cx + r * 0.02, cy - r * 0.12),
                (cx + r * 0.14, cy - r * 0.2),
                (cx + r * 0.17, cy - r * 0.06),
                (cx + r * 0.05, cy + r * 0.02),
            ]
        )
        m.rect(cx - r * 0.06, cy + r * 0.02, cx - r * 0.01, cy + r * 0.07, r=1)
    with sc.layer(p.glow, opacity=0.9, glow=14, glow_opacity=0.8) as m:
        m.poly(
            [
                (cx + r * 0.5, cy + r * 0.05),
                (cx + r * 0.7, cy + r * 0.05),
                (cx + r * 0.64, cy - r * 0.1),
                (cx + r * 0.56, cy - r * 0.1),
            ]
        )
    with sc.layer(wall) as m:
        m.rect(cx + r * 0.59, cy + r * 0.05, cx + r * 0.61, cy + r * 0.55)
    with sc.layer(mix(p.cream, p.glow, 0.2)) as m:
        m.ring(cx, cy, r, width=6)


def motif_elderly(sc: Scene) -> None:
    """Smart home-based elderly care in a residential compound at dusk: walk-up blocks with warm
    windows, one home lit where a senior sits with a tablet, links from homes to the community
    care station, and in front a caregiver walking with a senior and a couple on a bench, one
    wearing a glowing smartwatch."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 640)
    sc.sun = (sc.rand(1050, 1300), sc.rand(420, 480))
    paint_sun(sc, 56)
    paint_rays(sc, 8, 0.12)
    paint_hills(sc, 580, 620, layers=2, depth0=0.05, depth1=0.16, amp=16)
    base = 740.0
    with sc.layer(p.depth(0.3)) as m:
        far = estate(m, rng, -20, 1520, base - 120, 60, 140)
    paint_windows(sc, far, 0.1, 2.2, 3)
    sc.mist(560, 650, p.haze, 0.0, 0.4)
    windows: list[tuple[float, float]] = []
    for x0, x1, floors in ((40, 520, 6), (600, 1080, 6)):
        windows += walkup_block(sc, x0, x1, base, floors, p.depth(0.55))
    home = windows[rng.randrange(6, 12)]
    with sc.layer(p.glow, opacity=0.95, glow=6, glow_opacity=0.7) as m:
        for wx, wy in windows:
            if sc.chance(0.55) and (wx, wy) != home:
                m.rect(wx - 11, wy - 12, wx + 11, wy + 10, r=1.5)
    hx, hy = home
    with sc.layer(mix(p.glow, p.cream, 0.45), opacity=1.0, glow=14, glow_opacity=0.9) as m:
        m.rect(hx - 15, hy - 15, hx + 15, hy + 12, r=2)
    fig = mix(p.ink, p.deep, 0.3)
    with sc.layer(fig) as m:
        seated(m, hx - 4, hy + 10, 26, 1)
    with sc.layer((160, 230, 255), opacity=1.0, glow=3, glow_opacity=0.9) as m:
        m.rect(hx + 3, hy - 4, hx + 8, hy + 1)
    station = (1240.0, base)
    with sc.layer(mix(p.cream, p.haze, 0.3)) as m:
        m.rect(station[0] - 110, base - 120, station[0] + 110, base)
        m.poly(
            [
                (station[0] - 126, base - 116),
                (station[0], base - 170),
                (station[0] + 126, base - 116),
            ]
        )
    with sc.layer(p.glow, opacity=0.95, glow=8, glow_opacity=0.8) as m:
        for k in range(3):
            m.rect(station[0] - 90 + k * 62, base - 94, station[0] - 52 + k * 62, base - 40, r=3)
    heart = [
        (
            station[0] + 11 * math.sin(t) ** 3 * 1.3,
            base
            - 140
            - (13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t))
            * 1.3,
        )
        for t in (i * math.tau / 40 for i in range(40))
    ]
    sc.pen.poly(heart, (214, 70, 70))
    linked = [home] + [windows[i] for i in rng.sample(range(len(windows)), 4)]
    with sc.layer(mix(p.glow, p.cream, 0.3), opacity=0.85, glow=4, glow_opacity=0.7) as m:
        for wx, wy in linked:
            pts = bezier(
                (wx, wy),
                ((wx + station[0]) / 2, min(wy, base - 200) - 120),
                (station[0], base - 175),
                40,
            )
            for i in range(0, 40, 4):
                m.line(pts[i : i + 3], width=2.6)
    signal(sc, hx + 22, hy - 26, 36, mix(p.glow, p.cream, 0.4))
    callout(sc, (300.0, 250.0), 140.0, (hx, hy - 14))
    sc.mist(680, 770, p.haze, 0.0, 0.25)
    ground = mix(p.depth(0.72), (110, 120, 80), 0.12)
    with sc.layer(ground) as m:
        m.poly(ridge(rng, 770, 4, waves=2))
    for x in (560, 1110, 1440):
        round_tree(
            sc,
            x + sc.rand(-20, 20),
            800,
            sc.rand(200, 260),
            p.depth(0.7),
            mix(p.depth(0.5), p.glow, 0.25),
        )
    paint_ground(sc, 870, 0.88, 4)
    with sc.layer(mix(p.cream, p.haze, 0.4), opacity=0.35) as m:
        m.poly([(260, 1010), (600, 870), (760, 870), (720, 1010)])
    bench_x, walker = sc.rand(900, 1000), sc.rand(360, 460)
    rim = mix(p.glow, p.cream, 0.3)
    for color, dx in ((rim, -3.0), (fig, 0.0)):
        with sc.layer(color, opacity=0.85 if dx else 1.0) as m:
            seated(m, bench_x - 40 + dx, 905, 200, 1)
            seated(m, bench_x + 40 + dx, 905, 190, -1)
            person(m, walker + dx, 965, 205, 0.35)
            m.line([(walker + 40 + dx, 870), (walker + 52 + dx, 965)], width=4)
            person(m, walker - 78 + dx, 968, 215, -0.3, bag=True)
    with sc.layer(fig) as m:
        m.rect(bench_x - 120, 907, bench_x + 120, 917)
        m.rect(bench_x - 120, 841, bench_x + 120, 851)
        m.rect(bench_x - 120, 863, bench_x + 120, 871)
        for lx in (-100, 100):
            m.rect(bench_x + lx - 4, 841, bench_x + lx + 4, 955)
    watch = (bench_x - 40 + 200 * 0.19, 905 - 200 * 0.07)
    with sc.layer((150, 230, 255), opacity=1.0, glow=8, glow_opacity=0.9) as m:
        m.rect(watch[0] - 4, watch[1] - 4, watch[0] + 4, watch[1] + 4, r=1.5)
    pulse = [
        (bench_x - 60 + i * 7, 800 - (24 if i == 7 else -12 if i == 8 else 0)) for i in range(16)
    ]
    with sc.layer(mix(p.glow, (150, 230, 255), 0.4), opacity=0.9, glow=5, glow_opacity=0.8) as m:
        m.line(pulse, width=2.5)
    lamps(sc, [(bench_x + 210, 945)], 150)


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
