"""Phones, forms and certificates: e-services on a phone, and forms flowing into one service window."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .backdrop import paint_bokeh, paint_sky, paint_sun
from .buildings import skyline
from .canvas import Pen, Scene, gradient
from .geometry import Point, bezier, mix_pt, rotate
from .palette import RGB, Palette, alpha, mix
from .platforms import network


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
