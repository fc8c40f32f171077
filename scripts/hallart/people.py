"""Figures and the community scenes built around them."""

from __future__ import annotations

import math

from .backdrop import paint_ground, paint_hills, paint_rays, paint_sky, paint_stars, paint_sun
from .canvas import Pen, Scene
from .city import paint_windows, skyline
from .geometry import beam, bezier, ridge
from .palette import RGB, Color, mix
from .parks import cypress, lamps, round_tree


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
    hat: bool = False,
) -> None:
    """A slender stylised figure (h = height); stride -1..1 swings legs and arms; hat: a hard hat."""
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
    if hat:
        hard_hat(pen, x, base, h, fill)


def group(
    sc: Scene, cx: float, base: float, n: int, spread: float = 75.0, hats: bool = False
) -> None:
    """A loose group of adults and children at two depths, with a warm rim light (hats: adults only,
    all in hard hats)."""
    fill = mix(sc.pal.ink, sc.pal.deep, 0.3)
    rim = mix(sc.pal.glow, sc.pal.cream, 0.3)
    spots = []
    for i in range(n):
        child = sc.chance(0.25) and not hats
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
        if hats:
            with sc.layer(mix(sc.pal.gold, sc.pal.haze, 0.3 if back else 0.1)) as m:
                hard_hat(m, x + h * 0.004, y, h)
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


def hard_hat(pen: Pen, x: float, base: float, h: float, fill: Color | None = None) -> None:
    """The hard hat of an adult figure of height h standing at x on base (draw it in safety colour
    over the figure, or as part of its silhouette)."""
    head = h * 0.062
    top = base - h
    dome = [
        (x + head * 1.22 * math.cos(a), top + head * 0.9 - head * 1.25 * math.sin(a))
        for a in (math.pi - i * math.pi / 14 for i in range(15))
    ]
    pen.poly(dome, fill)
    pen.rect(
        x - head * 1.7, top + head * 0.78, x + head * 1.7, top + head * 1.06, fill, r=head * 0.12
    )
    pen.rect(x - head * 0.14, top - head * 0.36, x + head * 0.14, top + head * 0.8, fill)


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
