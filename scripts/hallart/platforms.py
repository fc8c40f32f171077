"""Digital platforms: networks, the glowing grid and its hub, and the zone-wide enterprise map."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .backdrop import paint_sky, paint_stars, paint_sun
from .buildings import iso_block, paint_windows, skyline
from .canvas import Scene, gradient
from .geometry import Point, bezier
from .palette import RGB, alpha, mix


def network(
    sc: Scene,
    points: Sequence[Point],
    links: int,
    color: RGB,
    opacity: float = 0.6,
    reach: float = 260.0,
) -> None:
    """Link each point to its nearest neighbours (within reach) with fine glowing lines and dots."""
    with sc.layer(color, opacity=opacity, glow=4, glow_opacity=0.7) as m:
        for _i, a in enumerate(points):
            near = sorted(points, key=lambda b: (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)[
                1 : links + 1
            ]
            for b in near:
                if math.hypot(a[0] - b[0], a[1] - b[1]) < reach:
                    m.line([a, b], width=1.1)
        for x, y in points:
            m.circle(x, y, sc.rand(2.5, 5))


def motif_nodes(sc: Scene) -> None:
    """An enterprise platform: a glowing perspective grid with connected nodes and light columns."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, 90, 620)
    sc.sun = (750, 600)
    paint_sun(sc, 50, 0.6)
    paint_stars(sc, 90, 0, 420)
    if sc.grand:
        with sc.layer(p.depth(0.35)) as m:
            boxes = skyline(m, rng, -20, 1520, 605, 40, 260, None, peak=750)
        paint_windows(sc, boxes, 0.15, 2.6, 4)
        sc.mist(480, 620, p.haze, 0.0, 0.4)
    vx, vy = 750.0, 600.0
    floor = gradient(sc.size, ((0.0, p.depth(0.55)), (0.35, p.deep), (1.0, p.ink)), 90)
    with sc.layer(floor) as m:
        m.rect(-10, vy, 1510, 1010)
    sc.mist(vy, vy + 60, p.glow, 0.35, 0.0)
    grid = mix(p.soft, p.glow, 0.3)
    with sc.layer(grid, opacity=0.45, glow=3, glow_opacity=0.5) as m:
        for i in range(-16, 17):
            m.line([(vx + i * 8, vy), (vx + i * 260, 1010)], width=1)
        z = 1.0
        while vy + 420 / z > vy + 4:
            y = vy + 420 / z
            m.line([(-10, y), (1510, y)], width=1)
            z += 0.5
    nodes = []
    for _ in range(14):
        z = rng.choice([1.0 + 0.5 * k for k in range(1, 9)])
        y = vy + 420 / z
        i = rng.randrange(-8, 9)
        nodes.append((vx + i * 260 * (y - vy) / 410, y))
    nodes = [n for n in nodes if -50 < n[0] < 1550]
    with sc.layer(p.glow, opacity=0.6, blur=10) as m:
        for x, y in nodes[:7]:
            f = (y - vy) / 410
            m.rect(x - 6 * f - 1, y - 500 * f - 60, x + 6 * f + 1, y)
    for x, y in nodes[7:11]:
        f = (y - vy) / 410
        iso_block(
            sc.pen,
            x - 40 * f,
            y,
            80 * f,
            160 * f * rng.uniform(0.6, 1.4),
            50 * f,
            alpha(p.mid, 0.85),
            alpha(p.soft, 0.85),
            alpha(p.deep, 0.85),
        )
    network(sc, nodes, 3, p.glow, 0.75, 500)
    hub = (vx + sc.rand(-200, 200), vy + 230)
    with sc.layer(p.glow, opacity=0.8, glow=6, glow_opacity=0.8) as m:
        for x, y in nodes:
            m.line([hub, (x, y)], width=1.3)
    with sc.layer(p.cream, opacity=0.9, glow=12, glow_opacity=0.8) as m:
        for x, y in nodes:
            m.circle(x, y, 2 + 6 * (y - vy) / 410)
    hub_platform(sc, *hub)
    sky_pts = [(sc.rand(80, 1420), sc.rand(60, 380)) for _ in range(22)]
    network(sc, sky_pts, 2, p.soft, 0.35, 180)


def hub_platform(sc: Scene, x: float, y: float) -> None:
    """A glowing round platform with a cluster of enterprise towers on it (the 'one platform' focal point)."""
    p = sc.pal
    with sc.layer(p.glow, opacity=0.5, blur=40) as m:
        m.ellipse(x, y, 260, 80)
    with sc.layer(mix(p.soft, p.glow, 0.5), opacity=0.9, glow=8, glow_opacity=0.9) as m:
        m.d.ellipse(
            ((x - 230) * m.k, (y - 60) * m.k, (x + 230) * m.k, (y + 60) * m.k),
            outline=255,
            width=round(3 * m.k),
        )
        m.d.ellipse(
            ((x - 170) * m.k, (y - 44) * m.k, (x + 170) * m.k, (y + 44) * m.k),
            outline=200,
            width=round(2 * m.k),
        )
    sc.pen.ellipse(x, y, 150, 38, alpha(p.mid, 0.9))
    sc.pen.ellipse(x, y - 6, 150, 38, alpha(mix(p.soft, p.cream, 0.3), 0.95))
    for dx, h, w in ((-70, 120, 46), (-10, 210, 56), (54, 160, 48), (100, 90, 40)):
        iso_block(
            sc.pen,
            x + dx - w / 2,
            y + 4 - abs(dx) * 0.12,
            w,
            h,
            w * 0.7,
            mix(p.mid, p.accent, 0.4),
            mix(p.soft, p.cream, 0.4),
            mix(p.deep, p.mid, 0.4),
        )
    with sc.layer(p.glow, opacity=0.9, glow=4, glow_opacity=0.6) as m:
        for dx, h, w in ((-70, 120, 46), (-10, 210, 56), (54, 160, 48), (100, 90, 40)):
            for k in range(int(h // 22)):
                yy = y - 10 - abs(dx) * 0.12 - k * 22
                m.rect(x + dx - w / 2 + 8, yy - 8, x + dx + w / 2 - 8, yy - 4)


def device(sc: Scene, kind: str, x: float, y: float, s: float) -> Point:
    """A floating terminal, its screen lit: 'phone' (enterprise user), 'laptop' (service officer)
    or 'monitor' (platform management); returns the point links attach to."""
    p = sc.pal
    frame = mix(p.ink, p.deep, 0.35)
    screen = gradient(
        sc.size, ((0.0, mix(p.soft, p.cream, 0.5)), (1.0, mix(p.soft, p.accent, 0.25))), 90
    )
    with sc.layer(p.glow, opacity=0.35, blur=40 * s) as m:
        m.circle(x, y, 120 * s)
    if kind == "phone":
        box = (x - 45 * s, y - 85 * s, x + 45 * s, y + 85 * s)
        sc.pen.rect(*box, frame, r=14 * s)
        with sc.layer(screen) as m:
            m.rect(box[0] + 6 * s, box[1] + 8 * s, box[2] - 6 * s, box[3] - 8 * s, r=10 * s)
        for i in range(4):
            sc.pen.rect(
                x - 30 * s,
                y - 56 * s + i * 30 * s,
                x + 30 * s,
                y - 36 * s + i * 30 * s,
                alpha(p.accent, 0.75),
                r=5 * s,
            )
        return (x, box[3])
    if kind == "laptop":
        sc.pen.rect(x - 110 * s, y - 70 * s, x + 110 * s, y + 60 * s, frame, r=10 * s)
        with sc.layer(screen) as m:
            m.rect(x - 100 * s, y - 60 * s, x + 100 * s, y + 52 * s, r=6 * s)
        sc.pen.poly(
            [
                (x - 130 * s, y + 62 * s),
                (x + 130 * s, y + 62 * s),
                (x + 150 * s, y + 82 * s),
                (x - 150 * s, y + 82 * s),
            ],
            frame,
        )
        sc.pen.circle(x - 40 * s, y - 10 * s, 20 * s, p.accent)
        sc.pen.ellipse(x - 40 * s, y + 28 * s, 30 * s, 16 * s, p.accent)
        for i in range(3):
            sc.pen.rect(
                x + 0 * s,
                y - 30 * s + i * 22 * s,
                x + 80 * s - i * 16 * s,
                y - 20 * s + i * 22 * s,
                alpha(p.mid, 0.5),
                r=4 * s,
            )
        return (x, y + 82 * s)
    sc.pen.rect(x - 140 * s, y - 90 * s, x + 140 * s, y + 80 * s, frame, r=10 * s)
    with sc.layer(screen) as m:
        m.rect(x - 130 * s, y - 80 * s, x + 130 * s, y + 70 * s, r=6 * s)
    sc.pen.rect(x - 10 * s, y + 80 * s, x + 10 * s, y + 110 * s, frame)
    sc.pen.rect(x - 50 * s, y + 108 * s, x + 50 * s, y + 116 * s, frame, r=3 * s)
    for i, h in enumerate((40, 70, 55, 95, 80)):
        sc.pen.rect(
            x - 110 * s + i * 30 * s,
            y + 50 * s - h * s,
            x - 90 * s + i * 30 * s,
            y + 50 * s,
            mix(p.accent, p.gold, i * 0.15),
            r=3 * s,
        )
    sc.pen.ring(x + 75 * s, y - 10 * s, 38 * s, alpha(p.mid, 0.35), 12 * s)
    sc.pen.poly(
        [(x + 75 * s, y - 10 * s)]
        + [
            (x + 75 * s + 44 * s * math.cos(a), y - 10 * s + 44 * s * math.sin(a))
            for a in (-math.pi / 2 + i * 0.12 for i in range(22))
        ],
        p.gold,
    )
    sc.pen.circle(x + 75 * s, y - 10 * s, 26 * s, mix(p.soft, p.cream, 0.5))
    return (x, y + 116 * s)


def motif_platform_grid(sc: Scene) -> None:
    """The enterprise service platform: every firm of the zone on one glowing grid map (each cell a
    works or office block), all linked to the platform hub, which serves three terminals: the
    enterprise's phone, the service officer's laptop and the management dashboard."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, 90, 1000)
    paint_stars(sc, 90, 0, 420)
    cx, cy, a, b = 750.0, 590.0, 58.0, 29.0
    n = 10

    def iso(u: float, v: float) -> Point:
        return (cx + (u - v) * a, cy + (u + v) * b)

    with sc.layer(p.glow, opacity=0.25, blur=60) as m:
        m.poly([iso(-n / 2, -n / 2), iso(n / 2, -n / 2), iso(n / 2, n / 2), iso(-n / 2, n / 2)])
    with sc.layer(mix(p.deep, p.mid, 0.35)) as m:
        m.poly([iso(-n / 2, -n / 2), iso(n / 2, -n / 2), iso(n / 2, n / 2), iso(-n / 2, n / 2)])
    with sc.layer(mix(p.soft, p.glow, 0.4), opacity=0.8, glow=4, glow_opacity=0.7) as m:
        for k in range(n + 1):
            m.line([iso(k - n / 2, -n / 2), iso(k - n / 2, n / 2)], width=1.6)
            m.line([iso(-n / 2, k - n / 2), iso(n / 2, k - n / 2)], width=1.6)
    hub = iso(0, 0)
    tops = []
    for s_ in range(2 * n - 1):
        for u in range(n):
            v = s_ - u
            if not 0 <= v < n or (u, v) in ((4, 4), (4, 5), (5, 4), (5, 5)):
                continue
            x, y = iso(u - n / 2 + 0.5, v - n / 2 + 0.5)
            h = rng.uniform(14, 50)
            w = a * 0.9
            iso_block(
                sc.pen,
                x - w / 2,
                y + b * 0.45,
                w,
                h,
                w * 0.8,
                mix(p.mid, p.accent, 0.3),
                mix(p.soft, p.cream, 0.35),
                mix(p.deep, p.mid, 0.4),
            )
            tops.append((x, y + b * 0.45 - h - w * 0.2))
    with sc.layer(p.glow, opacity=0.6, glow=4, glow_opacity=0.6) as m:
        for x, y in tops:
            m.line([(x, y), (hub[0], hub[1] - 70)], width=1.0)
    with sc.layer(p.cream, opacity=0.9, glow=8, glow_opacity=0.8) as m:
        for x, y in tops:
            m.circle(x, y, 3.2)
    hub_platform(sc, hub[0], hub[1] + 6)
    with sc.layer(p.glow, opacity=0.45, blur=14) as m:
        m.rect(hub[0] - 14, 150, hub[0] + 14, hub[1])
    anchors = [
        device(sc, "phone", 260, 300, 1.0),
        device(sc, "monitor", 750, 210, 0.9),
        device(sc, "laptop", 1230, 300, 0.9),
    ]
    with sc.layer(mix(p.glow, p.cream, 0.3), opacity=0.85, glow=6, glow_opacity=0.8) as m:
        for ax, ay in anchors:
            pts = bezier((ax, ay + 6), ((ax + hub[0]) / 2, ay + 160), (hub[0], hub[1] - 90), 30)
            for i in range(0, 30, 3):
                m.line(pts[i : i + 2], width=2.4)
