"""Cities by the water: two skylines linked for a signing, a canal city, and Shanghai beside Qingdao."""

from __future__ import annotations

import math

from .backdrop import (
    paint_hills,
    paint_rays,
    paint_sky,
    paint_stars,
    paint_streaks,
    paint_sun,
    water_surface,
)
from .buildings import estate, paint_windows, skyline
from .canvas import Scene
from .geometry import bezier
from .greenery import lamps, round_tree, willow
from .landmarks import (
    jin_mao_tower,
    oriental_pearl_tower,
    red_roof_old_town,
    shanghai_tower,
    world_financial_centre,
    zhanqiao_pier,
)
from .palette import Color, mix


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


def barge_train(
    sc: Scene, x: float, y: float, s: float, count: int, hull: Color, cargo: Color, cabin: Color
) -> None:
    """A canal tug with its wheelhouse lit, pushing a line of low, heavily laden barges (heading -x)."""
    pen, rng = sc.pen, sc.rng
    pen.poly(
        [(x - 12 * s, y - 14 * s), (x + 74 * s, y - 14 * s), (x + 70 * s, y), (x - 4 * s, y)], hull
    )
    pen.rect(x + 30 * s, y - 36 * s, x + 66 * s, y - 14 * s, cabin, r=2 * s)
    pen.rect(x + 38 * s, y - 54 * s, x + 62 * s, y - 35 * s, cabin, r=2 * s)
    pen.rect(x + 36 * s, y - 56 * s, x + 64 * s, y - 53 * s, mix(cabin, hull, 0.5))
    pen.rect(x + 54 * s, y - 70 * s, x + 57 * s, y - 56 * s, hull)
    with sc.layer(sc.pal.glow, opacity=0.95, glow=6, glow_opacity=0.8) as m:
        m.rect(x + 41 * s, y - 50 * s, x + 59 * s, y - 42 * s)
        for k in range(3):
            m.rect(x + 34 * s + k * 10 * s, y - 30 * s, x + 40 * s + k * 10 * s, y - 22 * s)
    bx = x + 80 * s
    for _ in range(count):
        length = 170 * s
        pen.poly(
            [
                (bx, y - 12 * s),
                (bx + length, y - 12 * s),
                (bx + length - 6 * s, y),
                (bx + 6 * s, y),
            ],
            hull,
        )
        heap = [(bx + 6 * s, y - 12 * s)]
        for i in range(1, 12):
            t = i / 12
            heap.append(
                (
                    bx + 6 * s + (length - 12 * s) * t,
                    y
                    - 12 * s
                    - (10 + 8 * math.sin(t * math.pi * 3) ** 2) * s * math.sin(t * math.pi) ** 0.4
                    - rng.uniform(0, 2) * s,
                )
            )
        heap.append((bx + length - 6 * s, y - 12 * s))
        pen.poly(heap, cargo)
        pen.rect(bx, y - 13 * s, bx + length, y - 10.5 * s, mix(hull, sc.pal.cream, 0.2))
        bx += length + 6 * s
    with sc.layer(sc.pal.cream, opacity=0.4, blur=1) as m:
        m.rect(x - 12 * s, y + 1 * s, bx, y + 3 * s)
        m.poly([(x - 12 * s, y + 2 * s), (x - 70 * s, y + 12 * s), (x - 80 * s, y + 9 * s)])
    with sc.layer(hull, opacity=0.35, blur=3) as m:
        m.rect(x - 10 * s, y + 3 * s, bx, y + 16 * s)


def balustrade(sc: Scene, y: float, color: Color) -> None:
    """A pale stone river railing: posts with ball finials and a rail, across the whole picture."""
    with sc.layer(color) as m:
        m.rect(-10, y - 34, 1510, y - 28)
        m.rect(-10, y - 6, 1510, y + 2)
        for x in range(-10, 1520, 46):
            m.rect(x - 4, y - 40, x + 4, y)
            m.circle(x, y - 43, 5)
            m.rect(x + 14, y - 26, x + 32, y - 8, r=4)


def motif_riverside(sc: Scene) -> None:
    """A mid-size canal city at dusk: residential towers behind a willow-lined bank, a tug pushing
    barges along the water, a riverside promenade with a stone railing in front (no landmark)."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 640)
    paint_stars(sc, 50, 0, 240)
    sc.sun = (sc.rand(560, 940), sc.rand(500, 560))
    paint_sun(sc, 52)
    paint_rays(sc, 8, 0.1)
    paint_streaks(sc, 300, 520, 9)
    base = 640.0
    with sc.layer(p.depth(0.26)) as m:
        far = estate(m, rng, -20, 1520, base - 8, 70, 150)
    paint_windows(sc, far, 0.1, 2.2, 3)
    sc.mist(500, 650, p.haze, 0.0, 0.5)
    with sc.layer(p.depth(0.44)) as m:
        near = estate(m, rng, -20, 1520, base, 90, 210 if sc.grand else 180)
    paint_windows(sc, near, 0.24, 2.8, 5)
    sc.mist(600, 660, p.haze, 0.0, 0.3)
    bank = p.depth(0.58)
    with sc.layer(bank) as m:
        m.rect(-10, base - 4, 1510, base + 12)
        x = -20.0
        while x < 1520:
            r = sc.rand(10, 18)
            m.circle(x, base - r * 0.4, r)
            x += r * 1.4
    x = sc.rand(-20, 40)
    while x < 1520:
        if sc.chance(0.7):
            willow(sc, x, base + 10, sc.rand(70, 118), bank)
        else:
            round_tree(sc, x, base + 10, sc.rand(60, 90), bank, mix(bank, p.glow, 0.3))
        x += sc.rand(90, 190)
    water_surface(sc, base + 12, near)
    sc.mist(base + 12, base + 90, p.haze, 0.3, 0.0)
    barge_train(
        sc,
        sc.rand(330, 420),
        790,
        1.05,
        4,
        mix(p.ink, p.deep, 0.2),
        mix(p.depth(0.55), (128, 104, 78), 0.35),
        mix(p.cream, p.haze, 0.3),
    )
    with sc.layer(p.depth(0.9)) as m:
        m.rect(-20, 905, 1520, 1010)
    balustrade(sc, 912, mix(p.depth(0.55), p.cream, 0.25))
    lamps(sc, [(x, 905) for x in range(250, 1300, 260)], 130)
    willow(sc, sc.rand(-40, 10), 1010, 470, p.depth(0.92), mix(p.depth(0.7), p.glow, 0.3))
    willow(sc, sc.rand(1480, 1530), 1010, 430, p.depth(0.92), mix(p.depth(0.7), p.glow, 0.3))


def motif_two_cities(sc: Scene) -> None:
    """Shanghai's Lujiazui skyline across the Huangpu on the left and Qingdao's bay, hills and red
    roofs on the right, linked by glowing arcs above a shared waterline."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, 90, 720)
    paint_stars(sc, 110, 0, 300)
    sc.sun = (750, 690)
    paint_sun(sc, 44, 0.8)
    base = 720.0
    far = p.depth(0.34)
    with sc.place("shanghai"):
        with sc.layer(far) as m:
            towers = skyline(m, rng, -20, 700, base - 4, 40, 150, None, peak=420)
        paint_windows(sc, towers, 0.12, 2.4, 3)
        sc.mist(560, 730, p.haze, 0.0, 0.4)
        with sc.layer(p.depth(0.52)) as m:
            near = skyline(m, rng, -20, 690, base, 30, 140, None, peak=300)
            jin_mao_tower(sc, m, 470, base, 300, 34)
            world_financial_centre(sc, m, 618, base, 360, 46)
            shanghai_tower(sc, m, 540, base, 420, 50)
            oriental_pearl_tower(sc, m, 360, base, 330)
        paint_windows(sc, near, 0.22, 2.8, 4)
    with sc.place("qingdao"):

        def hill_y(x: float) -> float:
            return (
                base
                - 18
                - 150 * math.exp(-(((x - 1080) / 230) ** 2))
                - 70 * math.exp(-(((x - 1400) / 130) ** 2))
            )

        hill = mix(p.depth(0.4), (64, 120, 88), 0.4)
        with sc.layer(mix(hill, p.haze, 0.35)) as m:
            m.poly(
                [(760, base + 6)]
                + [
                    (x, hill_y(x) - 40 * math.exp(-(((x - 1250) / 150) ** 2)) - 30)
                    for x in range(760, 1530, 20)
                ]
                + [(1520, base + 6)]
            )
        with sc.layer(mix(p.depth(0.36), p.haze, 0.2)) as m:
            coast = skyline(m, rng, 1310, 1520, base - 30, 60, 170, None)
        paint_windows(sc, coast, 0.18, 2.4, 3)
        with sc.layer(hill) as m:
            m.poly(
                [(780, base + 6)]
                + [(x, hill_y(x)) for x in range(780, 1530, 20)]
                + [(1520, base + 6)]
            )
            for x in range(800, 1500, 22):
                r = sc.rand(7, 13)
                m.circle(x + sc.rand(-8, 8), hill_y(x) + sc.rand(-2, 10), r)
        red_roof_old_town(
            sc,
            840,
            1300,
            hill_y,
            base,
            0.85,
            mix(p.depth(0.3), p.cream, 0.5),
            mix(mix((200, 84, 56), p.glow, 0.12), p.depth(0.35), 0.3),
            mix(hill, p.ink, 0.15),
        )
        with sc.layer(mix(hill, p.ink, 0.25)) as m:
            m.rect(760, base - 6, 1520, base + 4)
        sc.mist(600, 730, p.haze, 0.0, 0.2)
    water_surface(sc, base, towers + near)
    with sc.place("qingdao"):
        with sc.layer(mix(p.depth(0.62), p.glow, 0.1)) as m:
            zhanqiao_pier(sc, m, 1440, 1040, base + 60, 1.25)
        with sc.layer(p.glow, opacity=0.5, blur=1.5) as m:
            for _ in range(70):
                gx, gy = sc.rand(780, 1500), sc.rand(base + 10, 1000)
                w = sc.rand(8, 30) * (0.5 + (gy - base) / 300)
                m.rect(gx - w, gy, gx + w, gy + 1.5 + (gy - base) / 200)
        for x, y, h in ((900, 830, 62), (1230, 880, 50), (1370, 800, 40)):
            sail(sc, x, y, h)
    with sc.place("shanghai"), sc.layer(mix(p.depth(0.7), p.glow, 0.05)) as m:
        m.rect(-10, base + 2, 700, base + 10)
    hub = (750.0, 230.0)
    for i, (a, ctrl) in enumerate(
        (
            ((540.0, base - 430), (560.0, 170.0)),
            ((360.0, base - 340), (420.0, 140.0)),
            ((1100.0, base - 150), (1020.0, 120.0)),
            ((1380.0, base - 180), (1260.0, 150.0)),
        )
    ):
        pts = bezier(a, ctrl, hub, 70)
        with sc.layer(mix(p.glow, p.cream, i / 4), opacity=0.85, glow=7, glow_opacity=0.9) as m:
            m.line(pts, width=2.2)
            m.circle(*a, 4.5)
    with sc.layer(p.cream, opacity=0.95, glow=16, glow_opacity=0.9) as m:
        m.circle(*hub, 9)
    with sc.layer(p.glow, opacity=0.7) as m:
        m.ring(*hub, 22, width=2)
        m.ring(*hub, 38, width=1.2)


def sail(sc: Scene, x: float, y: float, h: float) -> None:
    """A small sailing boat with a lit mainsail and jib and a faint reflection."""
    p = sc.pal
    cloth = mix(p.cream, p.glow, 0.25)
    sc.pen.poly([(x, y - h), (x, y - 6), (x + h * 0.5, y - 6)], cloth)
    sc.pen.poly(
        [(x - 3, y - h * 0.82), (x - 3, y - 6), (x - h * 0.32, y - 6)], mix(cloth, p.haze, 0.3)
    )
    sc.pen.poly(
        [(x - h * 0.42, y - 6), (x + h * 0.6, y - 6), (x + h * 0.5, y), (x - h * 0.34, y)],
        p.depth(0.8),
    )
    with sc.layer(cloth, opacity=0.25, blur=2) as m:
        m.poly([(x, y + h * 0.7), (x, y + 4), (x + h * 0.45, y + 4)])
