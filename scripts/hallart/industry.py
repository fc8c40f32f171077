"""Industrial parks, construction sites and factory interiors."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .aircraft import evtol
from .backdrop import (
    light_trails,
    paint_clouds,
    paint_ground,
    paint_hills,
    paint_rays,
    paint_sky,
    paint_sun,
)
from .buildings import iso_block, skyline
from .canvas import Pen, Scene, gradient
from .digital import check_badge
from .figures import figure, group, hard_hat
from .geometry import Point, beam, bezier, proj, ridge
from .machines import Machine, robot_arm, tower_crane
from .palette import RGB, alpha, mix


def factory_hall(pen: Pen, x0: float, x1: float, base: float, h: float, kind: str) -> float:
    """A factory hall with a sawtooth, gabled or flat roof; returns the roof line height."""
    if kind == "saw":
        tw, th = 34.0, 22.0
        pts: list[Point] = [(x0, base), (x0, base - h)]
        x = x0
        while x < x1 - 1:
            pts += [(x, base - h - th), (min(x + tw, x1), base - h)]
            x += tw
        pts += [(x1, base)]
        pen.poly(pts)
    elif kind == "gable":
        pen.poly(
            [(x0, base), (x0, base - h), ((x0 + x1) / 2, base - h - 30), (x1, base - h), (x1, base)]
        )
    else:
        pen.rect(x0, base - h, x1, base + 2)
        pen.rect(x0 + 10, base - h - 10, x0 + (x1 - x0) * 0.4, base - h + 1)
    return base - h


def chimney(pen: Pen, x: float, base: float, h: float, w: float) -> Point:
    """A slim tapered stack; returns its top centre."""
    pen.poly(
        [(x - w / 2, base), (x - w * 0.32, base - h), (x + w * 0.32, base - h), (x + w / 2, base)]
    )
    pen.rect(x - w * 0.4, base - h - 4, x + w * 0.4, base - h + 3)
    return (x, base - h - 4)


def steam(sc: Scene, tops: Sequence[Point], drift: float) -> None:
    """Light white wisps rising from stacks."""
    with sc.layer(mix(sc.pal.cream, sc.pal.haze, 0.3), opacity=0.4, blur=9) as m:
        for x, y in tops:
            for i in range(7):
                t = i / 6
                m.circle(
                    x + drift * t * 140, y - 20 - t * 120, 8 + t * 30, round(230 * (1 - t * 0.8))
                )


def motif_factory(sc: Scene) -> None:
    """Industrial park skyline: halls, slim stacks, tower cranes, light trails."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc)
    paint_sun(sc, 58)
    paint_rays(sc)
    paint_hills(sc, 590, 630, layers=2, depth0=0.08, depth1=0.2, amp=20)
    with sc.layer(p.depth(0.3)) as m:
        skyline(m, rng, -20, 1520, 690, 30, 150 if sc.grand else 110, None, peak=sc.rand(300, 1200))
    sc.mist(560, 720, p.haze, 0.0, 0.5)
    base = 770.0
    tops: list[Point] = []
    bands: list[tuple[float, float, float]] = []
    with sc.layer(p.depth(0.58)) as m:
        x = sc.rand(-60, -10)
        while x < 1520:
            w = sc.rand(170, 320)
            roof = factory_hall(
                m, x, x + w, base, sc.rand(50, 100), rng.choice(("saw", "saw", "gable", "flat"))
            )
            bands.append((x + 14, roof + 14, x + w - 14))
            if sc.chance(0.55):
                tops.append(
                    chimney(
                        m, x + sc.rand(0.2, 0.8) * w, roof + 4, sc.rand(120, 260), sc.rand(16, 26)
                    )
                )
            x += w + sc.rand(12, 50)
    steam(sc, tops, sc.rand(-1, 1))
    with sc.layer(p.glow, opacity=0.75, glow=8, glow_opacity=0.7) as m:
        for x0, y, x1 in bands:
            for i in range(int((x1 - x0) // 22)):
                if sc.chance(0.7):
                    m.rect(x0 + i * 22, y, x0 + i * 22 + 12, y + 8)
    sc.mist(720, 800, p.haze, 0.0, 0.35)
    cranes = 4 if sc.grand else sc.rng.choice((2, 3))
    with sc.layer(p.depth(0.86)) as m:
        for i in range(cranes):
            cx = (i + 0.5) * 1500 / cranes + sc.rand(-90, 90)
            top = sc.rand(230, 380)
            tower_crane(
                m,
                cx,
                860,
                top,
                sc.rand(220, 360),
                sc.rand(70, 110),
                sc.rand(0.35, 0.85),
                sc.rand(500, 700),
                2.6,
            )
    paint_ground(sc, 815)
    light_trails(sc, 900)


def tower_under_construction(
    sc: Scene, x0: float, x1: float, base: float, floors: int, done: int, fill: RGB, glass: RGB
) -> float:
    """A high-rise frame: finished lower floors with windows, bare slabs and columns above; returns its top."""
    fh = 34.0
    top = base - floors * fh
    with sc.layer(fill) as m:
        m.rect(x0, base - done * fh, x1, base)
        for i in range(done, floors + 1):
            y = base - i * fh
            m.rect(x0 - 6, y - 5, x1 + 6, y + 1)
            if i < floors:
                c = x0
                while c <= x1:
                    m.rect(c - 2.5, y - fh, c + 2.5, y)
                    c += (x1 - x0) / 6
        m.rect((x0 + x1) / 2 - 18, top - 40, (x0 + x1) / 2 + 18, base)
    with sc.layer(glass, opacity=0.85, glow=5, glow_opacity=0.5) as m:
        for i in range(done):
            y = base - (i + 1) * fh
            for j in range(8):
                if sc.chance(0.45):
                    wx = x0 + 6 + j * (x1 - x0 - 12) / 8
                    m.rect(wx, y + 8, wx + (x1 - x0 - 12) / 8 - 6, y + fh - 8)
    return top


def motif_construction(sc: Scene) -> None:
    """A major construction site: rising building frames, a safety-netted block and tower cranes at work."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 650)
    paint_sun(sc, 56)
    paint_rays(sc, 10)
    paint_hills(sc, 580, 610, layers=2, depth0=0.06, depth1=0.16, amp=18)
    with sc.layer(p.depth(0.28)) as m:
        skyline(m, rng, -20, 1520, 660, 30, 140, None)
    sc.mist(560, 680, p.haze, 0.0, 0.45)
    side = rng.choice((-1, 1))
    main_x = 750 + side * sc.rand(-300, -60)
    if sc.chance(0.6):
        bx = main_x + side * sc.rand(-520, -420)
        tower_under_construction(
            sc,
            bx - 90,
            bx + 90,
            760,
            rng.randrange(9, 12),
            rng.randrange(4, 9),
            p.depth(0.42),
            p.glow,
        )
    width = sc.rand(100, 150)
    top = tower_under_construction(
        sc,
        main_x - width,
        main_x + width,
        780,
        rng.randrange(12, 17),
        rng.randrange(3, 9),
        p.depth(0.6),
        p.glow,
    )
    nx = 750 - side * sc.rand(-360, -250)
    net = mix(p.accent, p.soft, 0.3)
    tower_under_construction(
        sc, nx - 110, nx + 110, 790, rng.randrange(7, 10), 3, p.depth(0.5), p.glow
    )
    with sc.layer(net, opacity=0.55) as m:
        m.rect(nx - 118, 790 - 6 * 34, nx + 118, 790 - 34)
    with sc.layer(p.cream, opacity=0.25) as m:
        for i in range(12):
            m.line(
                [(nx - 118 + i * 236 / 11, 790 - 6 * 34), (nx - 118 + i * 236 / 11, 790 - 34)],
                width=1,
            )
    sc.mist(700, 800, p.haze, 0.0, 0.25)
    with sc.layer(p.depth(0.85)) as m:
        cx = main_x + side * 170
        jib = sc.rand(300, 400)
        tower_crane(m, cx, 860, top - 90, jib, 100, 0.55, top + 60, 3.0)
        hx = cx + jib * 0.55
        m.rect(hx - 60, top + 69, hx + 60, top + 77)
        m.line([(hx, top + 60), (hx - 50, top + 70)], width=1)
        m.line([(hx, top + 60), (hx + 50, top + 70)], width=1)
        tower_crane(m, nx - side * 200, 860, sc.rand(230, 300), 260, 80, 0.7, 620, 2.4)
        hoist = main_x - side * 160
        m.line([(hoist - 7, top + 10), (hoist - 7, 860)], width=2)
        m.line([(hoist + 7, top + 10), (hoist + 7, 860)], width=2)
        y = top + 10
        while y < 850:
            m.line([(hoist - 7, y), (hoist + 7, y + 14)], width=1)
            y += 14
        m.rect(hoist - 16, 600, hoist + 16, 636)
    paint_ground(sc, 840, 0.9, 5)
    with sc.layer(mix(p.depth(0.7), p.cream, 0.15)) as m:
        m.rect(-10, 880, 1510, 950)
    with sc.layer(mix(p.accent, p.cream, 0.15)) as m:
        m.rect(-10, 880, 1510, 890)
    with sc.layer(p.depth(0.7), opacity=0.6) as m:
        for post in range(0, 1500, 150):
            m.rect(post, 880, post + 4, 950)
    with sc.layer(p.glow, opacity=1.0, glow=14, glow_opacity=0.9) as m:
        for x in (main_x - 160, nx + 150):
            m.rect(x - 10, 650, x + 10, 660)


def workshop(sc: Scene, product: str) -> None:
    """Inside a smart-manufacturing hall: roof trusses, skylight beams, a gantry crane, robot arms
    and the product on the line: 'excavator', or 'mining-truck' (a giant dump truck being welded)."""
    p = sc.pal
    vx, vy, f = 750 + sc.rand(-60, 60), 560.0, 400.0
    far, wall, floor_c = mix(p.glow, p.cream, 0.3), p.depth(0.62), p.depth(0.5)
    sc.img.paste(
        gradient(sc.size, ((0.0, p.depth(0.85)), (0.55, p.depth(0.6)), (1.0, p.depth(0.7))), 90)
    )
    w, roof, fl, zf = 2.2, -1.6, 1.0, 10.0
    with sc.layer(gradient(sc.size, ((0.0, floor_c), (1.0, p.depth(0.88))), 90)) as m:
        m.poly(
            [
                proj(vx, vy, f, -w, fl, 1),
                proj(vx, vy, f, w, fl, 1),
                proj(vx, vy, f, w, fl, zf),
                proj(vx, vy, f, -w, fl, zf),
            ]
        )
    for side in (-1, 1):
        with sc.layer(wall) as m:
            m.poly(
                [
                    proj(vx, vy, f, side * w, roof, 0.8),
                    proj(vx, vy, f, side * w, roof, zf),
                    proj(vx, vy, f, side * w, fl, zf),
                    proj(vx, vy, f, side * w, fl, 0.8),
                ]
            )
        with sc.layer(p.glow, opacity=0.8, glow=8, glow_opacity=0.6) as m:
            for k in range(8):
                z0 = 1.2 + k * 1.1
                m.poly(
                    [
                        proj(vx, vy, f, side * w, roof + 0.25, z0),
                        proj(vx, vy, f, side * w, roof + 0.25, z0 + 0.7),
                        proj(vx, vy, f, side * w, roof + 0.55, z0 + 0.7),
                        proj(vx, vy, f, side * w, roof + 0.55, z0),
                    ]
                )
    with sc.layer(far, glow=30, glow_opacity=0.7) as m:
        m.poly(
            [
                proj(vx, vy, f, -w, roof, zf),
                proj(vx, vy, f, w, roof, zf),
                proj(vx, vy, f, w, fl, zf),
                proj(vx, vy, f, -w, fl, zf),
            ]
        )
    with sc.layer(p.cream, opacity=0.16, blur=16) as m:
        for k in range(6):
            z = 1.6 + k * 1.4
            a, b = proj(vx, vy, f, -0.6, roof, z), proj(vx, vy, f, 0.6, roof, z)
            c, d = proj(vx, vy, f, 1.6, fl, z - 0.6), proj(vx, vy, f, 0.4, fl, z - 0.6)
            m.poly([a, b, c, d])
    with sc.layer(p.gold, opacity=0.8) as m:
        for x in (-0.9, 0.9):
            m.poly(
                [
                    proj(vx, vy, f, x - 0.03, fl, 1),
                    proj(vx, vy, f, x + 0.03, fl, 1),
                    proj(vx, vy, f, x + 0.03, fl, zf),
                    proj(vx, vy, f, x - 0.03, fl, zf),
                ]
            )
    truss = p.depth(0.92)
    with sc.layer(truss) as m:
        z = 1.3
        while z < zf:
            lw = 10 / z
            for side in (-1, 1):
                m.poly(
                    [
                        proj(vx, vy, f, side * (w - 0.06), roof, z),
                        proj(vx, vy, f, side * w, roof, z),
                        proj(vx, vy, f, side * w, fl, z),
                        proj(vx, vy, f, side * (w - 0.06), fl, z),
                    ]
                )
            m.line(
                [proj(vx, vy, f, -w, roof + 0.02, z), proj(vx, vy, f, w, roof + 0.02, z)], width=lw
            )
            m.line(
                [proj(vx, vy, f, -w, roof + 0.35, z), proj(vx, vy, f, w, roof + 0.35, z)],
                width=lw * 0.8,
            )
            for i in range(10):
                x0, x1 = -w + i * 2 * w / 10, -w + (i + 1) * 2 * w / 10
                m.line(
                    [
                        proj(vx, vy, f, x0, roof + (0.35 if i % 2 else 0.02), z),
                        proj(vx, vy, f, x1, roof + (0.02 if i % 2 else 0.35), z),
                    ],
                    width=lw * 0.5,
                )
            z += 1.1
        zc = 3.0
        m.poly(
            [
                proj(vx, vy, f, -w, roof + 0.5, zc),
                proj(vx, vy, f, w, roof + 0.5, zc),
                proj(vx, vy, f, w, roof + 0.66, zc),
                proj(vx, vy, f, -w, roof + 0.66, zc),
            ]
        )
        hx = sc.rand(-0.6, 0.6)
        m.rect(
            *proj(vx, vy, f, hx - 0.12, roof + 0.66, zc),
            *proj(vx, vy, f, hx + 0.12, roof + 0.82, zc),
        )
        m.line([proj(vx, vy, f, hx, roof + 0.8, zc), proj(vx, vy, f, hx, 0.2, zc)], width=1.6)
        m.rect(*proj(vx, vy, f, hx - 0.05, 0.2, zc), *proj(vx, vy, f, hx + 0.05, 0.27, zc))
    body, shade, dark = mix(p.gold, p.glow, 0.1), mix(p.gold, p.ink, 0.35), mix(p.ink, p.deep, 0.3)
    if product == "mining-truck":
        mz = 2.1
        tx, ty = proj(vx, vy, f, 0.1, fl, mz)
        with sc.layer(p.ink, opacity=0.45, blur=10) as m:
            m.ellipse(tx, ty + 2, f / mz * 1.2, 12)
        Machine(sc, tx, ty, f / mz / 400 * 1.7, 1).mining_truck(
            mix(body, p.depth(0.6), 0.25),
            mix(shade, p.depth(0.6), 0.3),
            mix(dark, p.depth(0.6), 0.2),
            mix(p.glow, p.mid, 0.5),
        )
    else:
        mz = sc.rand(2.8, 3.4)
        Machine(
            sc,
            proj(vx, vy, f, 0.15, fl, mz)[0],
            proj(vx, vy, f, 0, fl, mz)[1],
            f / mz / 400 * 0.62,
            1,
        ).excavator(
            mix(body, p.depth(0.6), 0.35),
            mix(shade, p.depth(0.6), 0.35),
            mix(dark, p.depth(0.6), 0.3),
            mix(p.glow, p.mid, 0.5),
        )
    tips = []
    for side, z in ((-1, 1.45), (1, 1.7)):
        x, y = proj(vx, vy, f, side * 1.3, fl, z)
        with sc.layer(p.ink, opacity=0.4, blur=10) as m:
            m.ellipse(x, y + 4, 110 / z * 1.3, 14)
        tips.append(robot_arm(sc, x, y, 1.2 / z * 1.4, -side, body, shade, dark))
    if product == "mining-truck":
        sparks(sc, tips)
    sc.mist(vy - 40, vy + 120, p.glow, 0.0, 0.12)


def sparks(sc: Scene, tips: Sequence[Point]) -> None:
    """Welding sparks: a white-hot point with a glow and short bright streaks falling away."""
    for x, y in tips:
        with sc.layer(
            mix(sc.pal.glow, (255, 220, 150), 0.5), opacity=1.0, glow=14, glow_opacity=0.9
        ) as m:
            m.circle(x, y, 5)
            for _ in range(26):
                a = sc.rand(-0.2, math.pi + 0.2)
                r = sc.rand(14, 70)
                m.line(
                    [
                        (x + math.cos(a) * r * 0.3, y + math.sin(a) * r * 0.2),
                        (x + math.cos(a) * r, y + abs(math.sin(a)) * r * 0.9),
                    ],
                    width=1.3,
                )


def schedule_board(sc: Scene, x0: float, y0: float, w: float, h: float) -> None:
    """A site progress board on two posts: five task rows with progress bars, milestone diamonds,
    a line for today and ticks on the rows already done (no text)."""
    p = sc.pal
    post = mix(p.ink, p.deep, 0.3)
    for px in (x0 + w * 0.15, x0 + w * 0.85):
        sc.pen.rect(px - 5, y0 + h - 4, px + 5, 1000, post)
    with sc.layer(p.ink, opacity=0.45, blur=14) as m:
        m.rect(x0 + 12, y0 + 16, x0 + w + 12, y0 + h + 16, r=10)
    with sc.layer(p.glow, opacity=0.35, blur=30) as m:
        m.rect(x0, y0, x0 + w, y0 + h, r=10)
    sc.pen.rect(x0, y0, x0 + w, y0 + h, mix(p.cream, p.soft, 0.15), r=10)
    sc.pen.rect(x0, y0, x0 + w, y0 + 34, p.accent, r=10)
    sc.pen.rect(x0, y0 + 24, x0 + w, y0 + 34, p.accent)
    left, right = x0 + 70, x0 + w - 24
    for k in range(7):
        gx = left + (right - left) * k / 6
        sc.pen.rect(gx - 0.8, y0 + 46, gx + 0.8, y0 + h - 16, alpha(p.mid, 0.25))
    rows = 5
    today = left + (right - left) * 0.68
    for r in range(rows):
        y = y0 + 56 + r * (h - 80) / rows
        start = left + (right - left) * (0.05 + 0.1 * r)
        end = min(right, start + (right - left) * (0.34 + 0.06 * r))
        done = min(end, today)
        sc.pen.rect(start, y, end, y + 18, alpha(p.mid, 0.25), r=9)
        sc.pen.rect(start, y, done, y + 18, mix(p.accent, p.gold, 0.35), r=9)
        ms = end
        sc.pen.poly([(ms, y - 3), (ms + 12, y + 9), (ms, y + 21), (ms - 12, y + 9)], p.gold)
        if end <= today:
            check_badge(sc.pen, x0 + 36, y + 9, 13, p.accent, p.cream)
        else:
            sc.pen.ring(x0 + 36, y + 9, 12, alpha(p.mid, 0.6), 2.5)
    with sc.layer((220, 70, 60), opacity=0.9) as m:
        m.rect(today - 1.5, y0 + 44, today + 1.5, y0 + h - 12)
        m.poly([(today - 8, y0 + 40), (today + 8, y0 + 40), (today, y0 + 50)])


def motif_schedule(sc: Scene) -> None:
    """A major project site, and in front of it its progress board and the engineer responsible for
    it, in a hard hat: every task on its own row, milestones met on time."""
    motif_construction(sc)
    p = sc.pal
    schedule_board(sc, 930, 560, 470, 300)
    fig = mix(p.ink, p.deep, 0.3)
    figure(sc, 862, 990, 330, fig, mix(p.glow, p.cream, 0.3), 0.2, -4.0, hat=True)
    with sc.layer(fig) as m:
        m.poly(beam((874, 720), (940, 680), 12, 8))
    with sc.layer(mix(p.gold, p.glow, 0.2)) as m:
        hard_hat(m, 862, 990, 330)


def motif_workshop(sc: Scene) -> None:
    """Inside a smart-manufacturing hall with an excavator on the assembly line."""
    workshop(sc, "excavator")


def motif_mining_workshop(sc: Scene) -> None:
    """Inside a smart factory for large mining equipment: robots welding a giant mining dump truck."""
    workshop(sc, "mining-truck")


def motif_site(sc: Scene, hero: str) -> None:
    """An earthworks site at dusk with a hero machine ('excavator' or 'bulldozer') in the foreground."""
    p = sc.pal
    paint_sky(sc, None, 650)
    sc.sun = (sc.rand(850, 1250), sc.rand(360, 460))
    paint_sun(sc, 62)
    paint_rays(sc, 11)
    paint_hills(sc, 590, 620, layers=2, depth0=0.06, depth1=0.18, amp=24)
    with sc.layer(p.depth(0.3)) as m:
        skyline(m, sc.rng, -20, 1520, 670, 20, 90, None)
        for _ in range(3 if sc.grand else 1):
            tower_crane(m, sc.rand(100, 1400), 670, sc.rand(400, 500), 160, 60, 0.6, 600, 1.6)
    sc.mist(560, 700, p.haze, 0.0, 0.5)
    with sc.layer(p.depth(0.45)) as m:
        m.poly(ridge(sc.rng, 715, 14, waves=2))
    body, shade, dark = mix(p.gold, p.glow, 0.12), mix(p.gold, p.ink, 0.38), mix(p.ink, p.deep, 0.3)
    glass = mix(p.glow, p.mid, 0.45)
    far, far_shade = mix(p.depth(0.45), p.gold, 0.35), p.depth(0.55)
    for i in range(3 if sc.grand else 2):
        Machine(sc, 700 + i * 260 + sc.rand(-40, 40), 716, 0.26, sc.rng.choice((-1, 1))).bulldozer(
            far, far_shade, far_shade, mix(p.glow, far, 0.4)
        )
    sc.mist(690, 780, p.haze, 0.0, 0.25)
    with sc.layer(p.depth(0.62)) as m:
        m.poly(ridge(sc.rng, 790, 10, waves=2))
    with sc.layer(p.depth(0.8)) as m:
        m.poly(
            [(-40, 1010), (-40, 660), (90, 640), (260, 670), (420, 740), (560, 850), (620, 1010)]
        )
    with sc.layer(p.depth(0.68), opacity=0.9) as m:
        m.poly([(-40, 680), (90, 658), (260, 686), (400, 748), (230, 720), (80, 700)])
        m.poly([(60, 780), (220, 760), (380, 800), (250, 830)])
    paint_ground(sc, 885, 0.9, 5)
    with sc.layer(p.ink, opacity=0.55, blur=10) as m:
        m.ellipse(1020, 905, 400, 18)
    if hero == "bulldozer":
        Machine(sc, 980, 905, 1.4, 1).bulldozer(body, shade, dark, glass)
        return
    Machine(sc, 1030, 900, 1.08 if sc.grand else 1.0, 1).excavator(
        body, shade, dark, glass, reach=sc.rand(-0.25, 0.35)
    )
    with sc.layer(p.haze, opacity=0.3, blur=26) as m:
        m.ellipse(600, 860, 150, 40)
    if sc.grand:
        Machine(sc, 330, 940, 0.62, -1).bulldozer(
            mix(body, p.ink, 0.12), mix(shade, p.ink, 0.15), dark, glass
        )


def motif_excavator(sc: Scene) -> None:
    """A golden excavator at work beside an earth mound, with more machines on the site behind."""
    motif_site(sc, hero="excavator")


def motif_bulldozer(sc: Scene) -> None:
    """A big bulldozer pushing earth on a site at dusk."""
    motif_site(sc, hero="bulldozer")


def charging_post(sc: Scene, x: float, base: float, h: float, port: Point) -> None:
    """A charging post with a lit screen, its cable hanging in a curve to the machine's port."""
    p = sc.pal
    post = mix(p.cream, p.haze, 0.25)
    sc.pen.rect(x - 22, base - h, x + 22, base, post, r=8)
    sc.pen.rect(x - 26, base - 10, x + 26, base, mix(post, p.ink, 0.3), r=3)
    with sc.layer(mix(p.glow, (120, 255, 200), 0.4), opacity=0.95, glow=8, glow_opacity=0.8) as m:
        m.rect(x - 14, base - h + 16, x + 14, base - h + 46, r=3)
        m.circle(x, base - h + 64, 5)
    cable = bezier((x - 18, base - h * 0.45), ((x + port[0]) / 2, base + 16), port, 40)
    with sc.layer(mix(p.ink, p.deep, 0.2)) as m:
        m.line(cable, width=6)
    with sc.layer(mix(p.glow, (120, 255, 200), 0.4), opacity=0.7, glow=4, glow_opacity=0.7) as m:
        m.line(cable[::6], width=1.2)


def motif_expo(sc: Scene) -> None:
    """An equipment exhibition outside a conference hall: an all-electric bulldozer on its plinth
    with a charging post, a driverless dozer with roof sensors, visitors, and an electric
    lift-and-cruise air taxi with spinning rotors overhead."""
    p = sc.pal
    paint_sky(sc, 90, 660)
    sc.sun = (sc.rand(240, 420), sc.rand(500, 560))
    paint_sun(sc, 60, 0.9)
    paint_rays(sc, 9, 0.12)
    paint_clouds(sc, 250, 4, 0.55, mix(p.cream, p.haze, 0.3), 0.55, 2.0)
    base = 640.0
    with sc.layer(p.depth(0.3)) as m:
        skyline(m, sc.rng, -20, 1520, base - 30, 30, 130, None, peak=sc.rand(900, 1200))
    sc.mist(520, 650, p.haze, 0.0, 0.45)
    hall = p.depth(0.5)
    with sc.layer(hall) as m:
        m.poly(
            [(60, base)]
            + [
                (x, base - 120 - 40 * math.sin(math.pi * (x - 60) / 1380))
                for x in range(60, 1450, 30)
            ]
            + [(1440, base)]
        )
    with sc.layer(mix(p.glow, p.cream, 0.3), opacity=0.85, glow=10, glow_opacity=0.6) as m:
        for k in range(24):
            x = 110 + k * 55
            m.rect(x, base - 96, x + 40, base - 8)
    with sc.layer(mix(hall, p.ink, 0.3)) as m:
        m.rect(40, base - 4, 1460, base + 6)
    banners = (p.accent, mix(p.accent, p.cream, 0.45), p.gold)
    for k, x in enumerate(range(90, 1460, 110)):
        if 170 < x < 360:
            continue  # no pole may rise behind the far dozer, where it would read as an exhaust stack
        sc.pen.rect(x - 2, base - 230, x + 2, base, p.depth(0.7))
        sc.pen.poly(
            [(x + 2, base - 226), (x + 34, base - 222), (x + 34, base - 150), (x + 2, base - 146)],
            mix(banners[k % 3], p.haze, 0.25),
        )
    plaza = gradient(
        sc.size, ((0.0, p.depth(0.45)), (0.64, p.depth(0.45)), (1.0, p.depth(0.8))), 90
    )
    with sc.layer(plaza) as m:
        m.rect(-10, base + 6, 1510, 1010)
    with sc.layer(p.cream, opacity=0.1) as m:
        for i in range(-14, 15):
            m.line([(750 + i * 40, base + 6), (750 + i * 200, 1010)], width=1.2)
        for y in (680, 730, 800, 890, 1000):
            m.line([(-10, y), (1510, y)], width=1.2)
    body, shade = mix(p.gold, p.glow, 0.12), mix(p.gold, p.ink, 0.38)
    dark, glass = mix(p.ink, p.deep, 0.3), mix(p.glow, p.mid, 0.45)
    far = mix(body, p.haze, 0.35)
    with sc.layer(p.ink, opacity=0.4, blur=6) as m:
        m.ellipse(300, 712, 110, 9)
    Machine(sc, 300, 710, 0.5, 1).bulldozer(
        far, mix(shade, p.haze, 0.3), mix(dark, p.haze, 0.2), glass, sensors=True, stack=False
    )
    with sc.layer(p.cream, opacity=0.16, blur=26) as m:
        for x in (640, 1040):
            m.poly([(x - 24, 330), (x + 24, 330), (x + 250, 840), (x - 250, 840)])
    with sc.layer(p.glow, opacity=0.3, blur=40) as m:
        m.ellipse(830, 830, 430, 60)
    iso_block(
        sc.pen,
        470,
        862,
        720,
        52,
        70,
        mix(p.depth(0.55), p.cream, 0.12),
        mix(p.depth(0.4), p.cream, 0.32),
        p.depth(0.7),
    )
    with sc.layer(mix(p.accent, p.cream, 0.3), opacity=0.9, glow=6, glow_opacity=0.7) as m:
        m.rect(470, 806, 1190, 811)
    mx, my, ms = 830.0, 810.0, 1.32
    with sc.layer(p.ink, opacity=0.45, blur=8) as m:
        m.ellipse(mx + 10, my + 2, 330, 12)
    Machine(sc, mx, my, ms, 1).bulldozer(body, shade, dark, glass, electric=True)
    charging_post(sc, 1262, 850, 190, (mx + 22 * ms, my - 121 * ms))
    group(sc, 360, 985, 5, 70)
    group(sc, 1180, 990, 4, 80)
    evtol(sc, (sc.rand(1040, 1100), sc.rand(210, 240)), 30.0, sc.rand(0.7, 0.8), 0.2)


def motif_machinery_base(sc: Scene) -> None:
    """A construction-machinery manufacturing base at dusk: long smart-factory halls with solar roofs
    and an office block, and in the yard rows of finished excavators, yellow ones and new-energy
    ones (bolt badge, no stack)."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 680)
    sc.sun = (sc.rand(950, 1250), sc.rand(470, 530))
    paint_sun(sc, 56)
    paint_rays(sc, 9, 0.12)
    paint_hills(sc, 600, 630, layers=2, depth0=0.06, depth1=0.16, amp=16)
    with sc.layer(p.depth(0.26)) as m:
        skyline(m, rng, -20, 1520, 690, 20, 80, None)
        tower_crane(m, sc.rand(1150, 1350), 690, 420, 200, 70, 0.55, 600, 1.6)
    sc.mist(560, 700, p.haze, 0.0, 0.5)
    base = 730.0
    hall = p.depth(0.5)
    roofs: list[tuple[float, float, float]] = []
    with sc.layer(hall) as m:
        m.rect(60, base - 300, 250, base + 2)
        x = 260.0
        while x < 1520:
            w = sc.rand(280, 380)
            roofs.append((x, x + w, factory_hall(m, x, x + w, base, sc.rand(110, 140), "saw")))
            x += w + sc.rand(16, 30)
    with sc.layer(p.glow, opacity=0.9, glow=6, glow_opacity=0.7) as m:
        for row in range(13):
            for col in range(6):
                if sc.chance(0.7):
                    m.rect(
                        76 + col * 29, base - 286 + row * 21, 92 + col * 29, base - 276 + row * 21
                    )
        for x0, x1, roof in roofs:
            for i in range(int((x1 - x0 - 20) // 26)):
                m.rect(x0 + 12 + i * 26, roof + 18, x0 + 26 + i * 26, roof + 34)
    with sc.layer(mix(p.soft, p.cream, 0.3), opacity=0.45) as m:
        for x0, x1, roof in roofs:
            x = x0
            while x < x1 - 1:
                m.poly([(x + 3, roof - 2), (x + 31, roof - 19), (x + 33, roof - 17), (x + 5, roof)])
                x += 34
    with sc.layer(mix(hall, p.ink, 0.3)) as m:
        m.rect(-10, base, 1510, base + 8)
    yard = gradient(
        sc.size, ((0.0, p.depth(0.55)), (0.73, p.depth(0.55)), (1.0, p.depth(0.82))), 90
    )
    with sc.layer(yard) as m:
        m.rect(-10, base + 8, 1510, 1010)
    with sc.layer(p.cream, opacity=0.16) as m:
        for ly in (790, 870, 980):
            m.rect(-10, ly, 1510, ly + 2)
    yellow = mix(p.gold, p.glow, 0.12)
    green = (84, 170, 122)
    white = mix(p.cream, (255, 255, 255), 0.4)
    dark = mix(p.ink, p.deep, 0.3)
    glass = mix(p.glow, p.mid, 0.45)
    for y, s, xs, haze in (
        (790.0, 0.24, (150, 360, 570, 930, 1140, 1350), 0.45),
        (870.0, 0.36, (110, 400, 960, 1250), 0.22),
        (980.0, 0.52, (200, 560, 1000, 1360), 0.0),
    ):
        for gx in xs:
            new_energy = gx > 760
            body = mix(white if new_energy else yellow, p.haze, haze)
            shade = mix(mix(body, p.ink, 0.32), p.haze, haze * 0.5)
            with sc.layer(p.ink, opacity=0.35, blur=5) as m:
                m.ellipse(gx + 20 * s, y + 2, 200 * s, 8 * s + 2)
            Machine(sc, gx + rng.uniform(-8, 8), y, s, 1).excavator(
                body,
                shade,
                mix(dark, p.haze, haze * 0.6),
                glass,
                reach=-0.35,
                electric=new_energy,
                stripe=mix(green, p.haze, haze) if new_energy else None,
            )
    light_trails(sc, 1000)
