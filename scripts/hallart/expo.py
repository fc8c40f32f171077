"""The equipment exhibition: an electric dozer at its charging post, a driverless dozer and an eVTOL overhead."""

from __future__ import annotations

import math

from .aircraft import evtol
from .backdrop import paint_clouds, paint_rays, paint_sky, paint_sun
from .buildings import iso_block, skyline
from .canvas import Scene, gradient
from .figures import group
from .geometry import Point, bezier
from .machines import Machine
from .palette import mix


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
