"""Phones, documents, badges, networks and platform diagrams."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .backdrop import paint_bokeh, paint_sky, paint_stars, paint_sun
from .buildings import iso_block, paint_windows, skyline
from .canvas import Pen, Scene, gradient
from .geometry import Point, bezier, mix_pt, rotate
from .palette import RGB, Palette, alpha, mix


def phone(sc: Scene, x: float, y: float, w: float, h: float) -> None:
    """A smartphone showing an approved-licence screen (abstract UI, no text)."""
    p = sc.pal
    with sc.layer(p.ink, opacity=0.5, blur=26) as m:
        m.rect(x + 20, y + 30, x + w + 20, y + h + 30, r=44)
    with sc.layer(p.glow, opacity=0.35, blur=60) as m:
        m.rect(x - 20, y - 20, x + w + 20, y + h + 20, r=60)
    pen = sc.pen
    pen.rect(x, y, x + w, y + h, mix(p.ink, p.deep, 0.4), r=40)
    pen.rect(x + 3, y + 3, x + w - 3, y + h - 3, mix(p.mid, p.deep, 0.5), r=38)
    screen = gradient(
        sc.size, ((0.0, mix(p.soft, p.cream, 0.55)), (1.0, mix(p.soft, p.accent, 0.2))), 90
    )
    with sc.layer(screen) as m:
        m.rect(x + 12, y + 12, x + w - 12, y + h - 12, r=30)
    pen.rect(x + w / 2 - 34, y + 22, x + w / 2 + 34, y + 36, mix(p.ink, p.deep, 0.4), r=7)
    pen.rect(x + 12, y + 50, x + w - 12, y + 120, alpha(p.accent, 0.85))
    pen.rect(x + 36, y + 78, x + 140, y + 90, alpha(p.cream, 0.9), r=6)
    pen.rect(x + 36, y + 98, x + 100, y + 106, alpha(p.cream, 0.6), r=4)
    card_y = y + 145
    pen.rect(x + 30, card_y, x + w - 30, card_y + 210, alpha(p.cream, 0.95), r=16)
    doc_icon(pen, x + 60, card_y + 30, 70, p)
    for i, ww in enumerate((0.55, 0.42, 0.5)):
        pen.rect(
            x + 150,
            card_y + 40 + i * 26,
            x + 150 + (w - 190) * ww,
            card_y + 52 + i * 26,
            alpha(p.mid, 0.5),
            r=6,
        )
    check_badge(pen, x + w - 80, card_y + 150, 30, p.accent, p.cream)
    for i in range(4):
        ix = x + 30 + i * (w - 60) / 4 + 8
        pen.rect(
            ix,
            card_y + 240,
            ix + (w - 60) / 4 - 16,
            card_y + 240 + (w - 60) / 4 - 16,
            alpha(mix(p.accent, p.soft, i * 0.25), 0.9),
            r=14,
        )
    pen.rect(x + 30, y + h - 110, x + w - 30, y + h - 60, alpha(p.gold, 0.95), r=25)


def doc_icon(pen: Pen, x: float, y: float, s: float, p: Palette, seal: bool = True) -> None:
    """A page with a folded corner, text lines and a round seal."""
    pen.poly(
        [(x, y), (x + s * 0.62, y), (x + s * 0.8, y + s * 0.2), (x + s * 0.8, y + s), (x, y + s)],
        mix(p.cream, p.soft, 0.3),
    )
    pen.poly([(x + s * 0.62, y), (x + s * 0.62, y + s * 0.2), (x + s * 0.8, y + s * 0.2)], p.soft)
    for i in range(4):
        pen.rect(
            x + s * 0.12,
            y + s * (0.3 + i * 0.13),
            x + s * (0.6 if i % 2 else 0.68),
            y + s * (0.36 + i * 0.13),
            alpha(p.mid, 0.6),
        )
    if seal:
        pen.ring(x + s * 0.62, y + s * 0.8, s * 0.13, (200, 60, 50, 230), s * 0.04)


def check_badge(pen: Pen, x: float, y: float, r: float, fill: RGB, mark: RGB) -> None:
    """A round badge with a check mark."""
    pen.circle(x, y, r, fill)
    pen.line(
        [(x - r * 0.45, y), (x - r * 0.1, y + r * 0.35), (x + r * 0.5, y - r * 0.35)],
        mark,
        r * 0.18,
    )


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


def screen_backdrop(sc: Scene) -> None:
    """The soft glowing city-at-dusk backdrop with a faint network behind the phone scenes."""
    p = sc.pal
    paint_sky(sc, sc.rng.choice((75.0, 105.0)), 1000)
    sc.sun = (sc.rand(900, 1300), sc.rand(250, 400))
    paint_sun(sc, 110, 0.5, disc=False)
    paint_bokeh(sc, 24, 6, 30, 0.2, 5)
    with sc.layer(p.depth(0.25), opacity=0.6) as m:
        skyline(m, sc.rng, -20, 1520, 1010, 60, 260, None)
    sc.mist(700, 1010, p.haze, 0.0, 0.35)
    network(sc, [(sc.rand(60, 1440), sc.rand(60, 940)) for _ in range(30)], 2, p.cream, 0.35, 220)


def phone_with_cards(sc: Scene, kinds: Sequence[str]) -> None:
    """A smartphone with four service cards floating around it, linked to it by dashed light."""
    screen_backdrop(sc)
    px = 750 + sc.rng.choice((-1, 1)) * sc.rand(120, 220) - 170
    cards = [
        (px - 300, sc.rand(220, 320)),
        (px + 420, sc.rand(300, 420)),
        (px - 260, sc.rand(600, 700)),
        (px + 400, sc.rand(640, 720)),
    ]
    dashed_links(sc, [(cx + 90, cy + 60) for cx, cy in cards], (px + 170, 480))
    phone(sc, px, 150, 340, 690)
    for kind, (cx, cy) in zip(kinds, cards, strict=True):
        floating_card(sc, cx, cy, kind)


def motif_smartphone(sc: Scene) -> None:
    """A smartphone with e-service screens and cards (document, ID, chart, calendar) around it."""
    phone_with_cards(sc, ("document", "id", "chart", "calendar"))


def motif_e_licence(sc: Scene) -> None:
    """Network access applied for on the phone with an e-business-licence: the licence with its seal,
    three operators to choose from, a broadband router and a grid of plans."""
    phone_with_cards(sc, ("licence", "operators", "plans", "router"))


def dashed_links(sc: Scene, starts: Sequence[Point], end: Point) -> None:
    """Dashed glowing lines from several points to one target."""
    with sc.layer(sc.pal.glow, opacity=0.7, glow=4, glow_opacity=0.6) as m:
        for start in starts:
            for i in range(0, 20, 2):
                m.line([mix_pt(start, end, i / 20), mix_pt(start, end, (i + 1) / 20)], width=1.6)


def arrowhead(pen: Pen, tip: Point, back: Point, size: float = 18.0) -> None:
    """A filled arrowhead at tip, pointing away from back."""
    dx, dy = tip[0] - back[0], tip[1] - back[1]
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    pen.poly(
        [
            (tip[0] + ux * size * 0.6, tip[1] + uy * size * 0.6),
            (
                tip[0] - ux * size * 0.6 - uy * size * 0.6,
                tip[1] - uy * size * 0.6 + ux * size * 0.6,
            ),
            (
                tip[0] - ux * size * 0.6 + uy * size * 0.6,
                tip[1] - uy * size * 0.6 - ux * size * 0.6,
            ),
        ]
    )


def service_window(sc: Scene, x: float, y: float, w: float, h: float) -> None:
    """One lit counter window with an officer behind the glass and a ledge in front."""
    p = sc.pal
    with sc.layer(p.ink, opacity=0.4, blur=20) as m:
        m.rect(x - 30 + 10, y - 30 + 16, x + w + 30 + 10, y + h + 60 + 16, r=18)
    sc.pen.rect(x - 30, y - 30, x + w + 30, y + h + 60, mix(p.mid, p.deep, 0.15), r=18)
    inside = gradient(
        sc.size, ((0.0, mix(p.glow, p.cream, 0.45)), (1.0, mix(p.glow, p.soft, 0.4))), 90
    )
    with sc.layer(inside, glow=24, glow_opacity=0.5) as m:
        m.rect(x, y, x + w, y + h, r=w * 0.5 if False else 12)
    fig = mix(p.ink, p.deep, 0.35)
    with sc.layer(fig) as m:
        m.circle(x + w / 2, y + h * 0.42, h * 0.12)
        m.rect(x + w / 2 - h * 0.22, y + h * 0.56, x + w / 2 + h * 0.22, y + h + 2, r=h * 0.1)
    with sc.layer(p.cream, opacity=0.35) as m:
        m.poly([(x + w * 0.1, y), (x + w * 0.3, y), (x + w * 0.08, y + h), (x - 0.0, y + h)])
    sc.pen.rect(x - 40, y + h, x + w + 40, y + h + 22, mix(p.cream, p.soft, 0.2), r=6)
    sc.pen.rect(x + w / 2 - 22, y - 24, x + w / 2 + 22, y - 6, p.gold, r=4)


def motif_one_window(sc: Scene) -> None:
    """Integrated service: several separate forms (a clinic filing, a seal, a practitioner's card and
    more) stream along one path into a single service window; one completed certificate with a gold
    tick comes out."""
    p = sc.pal
    screen_backdrop(sc)
    side = sc.rng.choice((-1, 1))
    wx, wy, ww, wh = 750 - 150 + side * 60, 260, 300, 260
    service_window(sc, wx, wy, ww, wh)
    start = (750 - side * 690, sc.rand(300, 360))
    end = (wx + ww / 2 - side * (ww / 2 + 34), wy + wh * 0.62)
    path = bezier(start, ((start[0] + end[0]) / 2, sc.rand(640, 700)), end, 40)
    with sc.layer(p.glow, opacity=0.8, glow=14, glow_opacity=0.7) as m:
        m.line(path, width=4)
        arrowhead(m, path[-1], path[-3])
    icons = ("clinic", "seal", "id", "document", "clinic", "seal")
    for i, icon in enumerate(icons):
        x, y = path[2 + i * 6]
        s = 0.5 + 0.45 * (1 - i / len(icons))
        with sc.layer(p.ink, opacity=0.3, blur=10) as m:
            m.rect(x - 50 * s + 8, y - 62 * s + 12, x + 50 * s + 8, y + 62 * s + 12, r=8)
        pts = rotate(
            [
                (x - 50 * s, y - 62 * s),
                (x + 50 * s, y - 62 * s),
                (x + 50 * s, y + 62 * s),
                (x - 50 * s, y + 62 * s),
            ],
            sc.rand(-0.3, 0.3),
            (x, y),
        )
        sc.pen.poly(pts, alpha(p.cream, 0.93))
        form_icon(sc.pen, icon, x, y, s, p)
    out = (wx + ww / 2 + side * 300, wy + wh + 200)
    with sc.layer(p.glow, opacity=0.5, glow=14, glow_opacity=0.7) as m:
        m.line(
            flow := bezier(
                (wx + ww / 2, wy + wh + 62),
                (wx + ww / 2 + side * 40, out[1] - 10),
                (out[0] - side * 100, out[1]),
                20,
            ),
            width=4,
        )
        arrowhead(m, flow[-1], flow[-3])
    with sc.layer(p.glow, opacity=0.6, blur=30) as m:
        m.circle(*out, 130)
    cx, cy = out
    with sc.layer(p.ink, opacity=0.35, blur=12) as m:
        m.rect(cx - 90 + 10, cy - 110 + 14, cx + 90 + 10, cy + 110 + 14, r=10)
    sc.pen.rect(cx - 90, cy - 110, cx + 90, cy + 110, mix(p.cream, p.gold, 0.12), r=10)
    sc.pen.ring(cx, cy - 10, 60, alpha(p.gold, 0.6), 3)
    doc_icon(sc.pen, cx - 50, cy - 80, 110, p)
    check_badge(sc.pen, cx + 56, cy + 70, 42, p.gold, p.cream)


def form_icon(pen: Pen, icon: str, x: float, y: float, s: float, p: Palette) -> None:
    """The emblem on a form card: 'clinic' (a medical cross), 'seal' (a round stamp), 'id' (a
    portrait card) or 'document' (lines of text)."""
    if icon == "clinic":
        pen.rect(x - 10 * s, y - 36 * s, x + 10 * s, y + 4 * s, (210, 66, 60))
        pen.rect(x - 26 * s, y - 26 * s, x + 26 * s, y - 6 * s, (210, 66, 60))
        for i in range(3):
            pen.rect(
                x - 32 * s,
                y + 18 * s + i * 12 * s,
                x + (28 - i * 10) * s,
                y + 24 * s + i * 12 * s,
                alpha(p.mid, 0.5),
            )
    elif icon == "seal":
        pen.ring(x, y - 12 * s, 28 * s, (204, 52, 44), 6 * s)
        pen.poly([(x, y - 30 * s), (x + 7 * s, y - 16 * s), (x - 7 * s, y - 16 * s)], (204, 52, 44))
        pen.rect(x - 32 * s, y + 30 * s, x + 32 * s, y + 36 * s, alpha(p.mid, 0.5))
    elif icon == "id":
        pen.circle(x - 12 * s, y - 18 * s, 16 * s, p.accent)
        pen.ellipse(x - 12 * s, y + 8 * s, 22 * s, 12 * s, p.accent)
        for i in range(3):
            pen.rect(
                x + 10 * s,
                y - 30 * s + i * 14 * s,
                x + 36 * s,
                y - 24 * s + i * 14 * s,
                alpha(p.mid, 0.5),
            )
        pen.rect(x - 34 * s, y + 30 * s, x + 34 * s, y + 36 * s, alpha(p.mid, 0.5))
    else:
        doc_icon(pen, x - 34 * s, y - 44 * s, 88 * s, p, seal=False)


def floating_card(sc: Scene, x: float, y: float, kind: str) -> None:
    """A small translucent card (no text): 'document', 'id', 'chart', 'calendar', 'licence' (a
    certificate with a red seal), 'operators' (three providers' signal badges), 'router' or 'plans'."""
    p = sc.pal
    with sc.layer(p.ink, opacity=0.35, blur=14) as m:
        m.rect(x + 10, y + 16, x + 190, y + 136, r=16)
    pen = sc.pen
    pen.rect(x, y, x + 180, y + 120, alpha(p.cream, 0.92), r=16)
    if kind == "document":
        doc_icon(pen, x + 20, y + 20, 80, p)
        check_badge(pen, x + 140, y + 40, 18, p.accent, p.cream)
    elif kind == "id":
        pen.circle(x + 50, y + 50, 24, p.soft)
        pen.circle(x + 50, y + 44, 10, p.accent)
        pen.ellipse(x + 50, y + 68, 16, 9, p.accent)
        for i in range(3):
            pen.rect(
                x + 90, y + 34 + i * 20, x + 160 - i * 14, y + 42 + i * 20, alpha(p.mid, 0.5), r=4
            )
    elif kind == "chart":
        for i, h in enumerate((30, 50, 42, 70)):
            pen.rect(
                x + 28 + i * 34,
                y + 96 - h,
                x + 50 + i * 34,
                y + 96,
                mix(p.accent, p.soft, i * 0.2),
                r=4,
            )
    elif kind == "licence":
        pen.rect(x + 16, y + 14, x + 164, y + 106, mix(p.cream, p.gold, 0.15), r=6)
        pen.rect(x + 22, y + 20, x + 158, y + 100, alpha(p.gold, 0.0), r=4)
        pen.ring(x + 90, y + 60, 44, alpha(p.gold, 0.5), 2)
        for i in range(4):
            pen.rect(
                x + 34,
                y + 34 + i * 14,
                x + 110 - (i % 2) * 24,
                y + 40 + i * 14,
                alpha(p.mid, 0.5),
                r=3,
            )
        pen.ring(x + 132, y + 76, 17, (204, 52, 44), 4)
        pen.poly([(x + 132, y + 66), (x + 136, y + 74), (x + 128, y + 74)], (204, 52, 44))
        pen.rect(x + 120, y + 26, x + 150, y + 56, mix(p.ink, p.mid, 0.3), r=2)
        for gx in range(3):
            for gy in range(3):
                if (gx + gy) % 2 == 0:
                    pen.rect(
                        x + 123 + gx * 9,
                        y + 29 + gy * 9,
                        x + 130 + gx * 9,
                        y + 36 + gy * 9,
                        p.cream,
                    )
    elif kind == "operators":
        for i, c in enumerate(((52, 112, 196), (220, 80, 60), (70, 160, 110))):
            cx = x + 36 + i * 54
            pen.circle(cx, y + 60, 22, c)
            for k in (1, 2):
                pen.ring(cx, y + 66, 6 + k * 5, alpha(p.cream, 0.9), 2.2)
            pen.rect(cx - 20, y + 64, cx + 20, y + 86, c)
            pen.circle(cx, y + 66, 3, p.cream)
            pen.rect(cx - 16, y + 94, cx + 16, y + 100, alpha(p.mid, 0.45), r=3)
    elif kind == "router":
        pen.rect(x + 40, y + 62, x + 140, y + 94, mix(p.mid, p.deep, 0.2), r=8)
        for i in range(4):
            pen.circle(x + 60 + i * 14, y + 78, 3.5, p.gold if i < 3 else (120, 230, 160))
        for ax in (x + 56, x + 124):
            pen.rect(ax - 2.5, y + 28, ax + 2.5, y + 64, mix(p.mid, p.deep, 0.2))
        for k in (1, 2, 3):
            rr = 10 * k
            pen.line(
                [
                    (x + 90 + rr * math.cos(a), y + 46 - rr * math.sin(a))
                    for a in (math.pi / 4 + i * math.pi / 20 for i in range(11))
                ],
                p.accent,
                3,
            )
    elif kind == "plans":
        for i in range(12):
            cx, cy = x + 18 + (i % 4) * 38, y + 16 + (i // 4) * 32
            pen.rect(
                cx,
                cy,
                cx + 30,
                cy + 24,
                p.accent if i == 6 else alpha(mix(p.accent, p.soft, 0.5), 0.55),
                r=5,
            )
        check_badge(pen, x + 18 + 2 * 38 + 15, y + 16 + 32 + 12, 9, p.gold, p.cream)
    else:
        pen.rect(x + 18, y + 18, x + 162, y + 38, alpha(p.accent, 0.8), r=6)
        for i in range(8):
            pen.circle(
                x + 36 + (i % 4) * 36,
                y + 62 + (i // 4) * 32,
                7,
                p.gold if i == 5 else alpha(p.mid, 0.4),
            )


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
