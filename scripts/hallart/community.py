"""Livelihood scenes among homes: the community walk, home-based elderly care and the job fair."""

from __future__ import annotations

from .backdrop import paint_ground, paint_hills, paint_rays, paint_sky, paint_stars, paint_sun
from .buildings import house, paint_windows, skyline
from .canvas import Scene
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
