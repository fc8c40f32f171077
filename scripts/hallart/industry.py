"""Industry: the factory park, the machinery base and its yard, and smart-factory interiors."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .backdrop import light_trails, paint_ground, paint_hills, paint_rays, paint_sky, paint_sun
from .buildings import skyline
from .canvas import Pen, Scene, gradient
from .geometry import Point, proj
from .machines import Machine, robot_arm, tower_crane
from .palette import mix


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


def motif_workshop(sc: Scene) -> None:
    """Inside a smart-manufacturing hall with an excavator on the assembly line."""
    workshop(sc, "excavator")


def motif_mining_workshop(sc: Scene) -> None:
    """Inside a smart factory for large mining equipment: robots welding a giant mining dump truck."""
    workshop(sc, "mining-truck")


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
