"""Public buildings: the one-stop government service hall, the nursery and the school."""

from __future__ import annotations

import math

from .backdrop import paint_clouds, paint_ground, paint_hills, paint_rays, paint_sky, paint_sun
from .buildings import iso_block, skyline
from .canvas import Scene, gradient
from .figures import figure
from .geometry import Point, ridge, star
from .greenery import cypress, round_tree
from .palette import alpha, mix
from .phones import check_badge


def motif_servicehall(sc: Scene) -> None:
    """A bright one-stop government service hall: counter windows, a big screen, visitors being served."""
    p, rng = sc.pal, sc.rng
    wall_top, wall_bottom = mix(p.soft, p.cream, 0.45), mix(p.soft, p.mid, 0.15)
    sc.img.paste(
        gradient(
            sc.size,
            ((0.0, mix(p.mid, p.soft, 0.3)), (0.12, wall_top), (0.62, wall_bottom), (1.0, p.mid)),
            90,
        )
    )
    with sc.layer(mix(p.cream, p.glow, 0.3), opacity=0.9, glow=18, glow_opacity=0.8) as m:
        for row, (y, r) in enumerate(((40, 16), (95, 12), (135, 9))):
            n = 7 + row * 2
            for i in range(n):
                m.ellipse(110 + i * 1280 / (n - 1), y, r * 2.2, r * 0.6)
    view = gradient(
        sc.size,
        ((0.0, mix(p.soft, p.cream, 0.2)), (0.4, mix(p.glow, p.cream, 0.5)), (1.0, p.cream)),
        90,
    )
    panes = [(60.0 + i * 280, 170.0, 290.0 + i * 280, 460.0) for i in range(6)]
    with sc.layer(view) as m:
        for box in panes:
            m.rect(*box)
    with sc.layer(mix(p.soft, p.mid, 0.25), opacity=0.55) as m:
        for x0, _y0, x1, y1 in panes:
            skyline(m, rng, x0, x1, y1, 30, 140, None)
    with sc.layer(mix(p.mid, p.deep, 0.2), opacity=0.9) as m:
        for px0, py0, px1, py1 in panes:
            m.rect(px0 - 5, py0 - 5, px1 + 5, py0 + 3)
            m.rect(px0 - 5, py1 - 3, px1 + 5, py1 + 5)
            m.rect((px0 + px1) / 2 - 2.5, py0, (px0 + px1) / 2 + 2.5, py1)
            m.rect(px0 - 5, py0, px0 + 1, py1)
            m.rect(px1 - 1, py0, px1 + 5, py1)
    with sc.layer(p.deep) as m:
        m.rect(520, 200, 980, 420, r=14)
    pen = sc.pen
    pen.rect(534, 214, 966, 406, mix(p.mid, p.deep, 0.2), r=8)
    for i in range(4):
        pen.rect(560 + i * 100, 240, 640 + i * 100, 300, mix(p.accent, p.soft, i * 0.22), r=8)
    check_badge(pen, 880, 360, 26, p.gold, p.deep)
    for i, wv in enumerate((0.7, 0.5)):
        pen.rect(560, 330 + i * 28, 560 + 260 * wv, 342 + i * 28, alpha(p.cream, 0.6), r=6)
    windows = 5
    x0, x1, top = 150.0, 1350.0, 600.0
    staff = mix(p.deep, p.mid, 0.3)
    with sc.layer(staff) as m:
        for i in range(windows):
            cx = x0 + (i + 0.5) * (x1 - x0) / windows
            if sc.chance(0.85):
                m.circle(cx + sc.rand(-20, 20), top - 70, 17)
                m.rect(cx - 40, top - 50, cx + 40, top + 10, r=18)
    with sc.layer(p.cream, opacity=0.3) as m:
        for i in range(windows + 1):
            x = x0 + i * (x1 - x0) / windows
            m.rect(x - 4, top - 110, x + 4, top)
    hi = rng.randrange(windows)
    with sc.layer(p.glow, opacity=0.95, glow=10, glow_opacity=0.9) as m:
        for i in range(windows):
            cx = x0 + (i + 0.5) * (x1 - x0) / windows
            m.rect(cx - 36, top - 150, cx + 36, top - 126, r=4)
        cx = x0 + (hi + 0.5) * (x1 - x0) / windows
        m.rect(cx - 44, top - 156, cx + 44, top - 120, r=6)
    pen.rect(x0 - 20, top, x1 + 20, top + 18, p.cream, r=4)
    pen.rect(x0 - 10, top + 18, x1 + 10, top + 130, mix(p.accent, p.deep, 0.15))
    pen.rect(x0 - 10, top + 18, x1 + 10, top + 30, mix(p.accent, p.cream, 0.3))
    for i in range(windows):
        cx = x0 + (i + 0.5) * (x1 - x0) / windows
        pen.rect(cx - 30, top - 60, cx + 30, top - 14, mix(p.ink, p.deep, 0.3), r=4)
        pen.rect(cx - 5, top - 14, cx + 5, top, mix(p.ink, p.deep, 0.3))
    floor = gradient(sc.size, ((0.0, mix(p.soft, p.mid, 0.35)), (1.0, mix(p.mid, p.deep, 0.4))), 90)
    with sc.layer(floor) as m:
        m.rect(-10, top + 130, 1510, 1010)
    with sc.layer(p.cream, opacity=0.18, blur=10) as m:
        for i in range(windows):
            cx = x0 + (i + 0.5) * (x1 - x0) / windows
            m.rect(cx - 50, top + 140, cx + 50, 1000)
    with sc.layer(p.cream, opacity=0.12) as m:
        for i in range(-12, 13):
            m.line([(750 + i * 60, top + 130), (750 + i * 260, 1010)], width=1.2)
        for seam in (770, 820, 890, 980):
            m.line([(-10, seam), (1510, seam)], width=1.2)
    for x in (60, 1440):
        with sc.layer(p.depth(0.75)) as m:
            m.rect(x - 34, 880, x + 34, 960, r=8)
            cypress(m, x, 890, 260)
    visitors = [
        (
            x0 + (i + 0.5) * (x1 - x0) / windows + sc.rand(-20, 20),
            850 + sc.rand(-6, 6),
            sc.rand(230, 260),
        )
        for i in range(windows)
        if sc.chance(0.7)
    ]
    visitors += [(sc.rand(250, 500), 985, 360), (sc.rand(1000, 1250), 995, 380)]
    with sc.layer(p.ink, opacity=0.25, blur=8) as m:
        for gx, gy, gh in visitors:
            m.ellipse(gx, gy + 4, gh * 0.22, 8)
    for gx, gy, gh in visitors:
        skirt = (gx + gy) % 3 < 1.2
        figure(
            sc,
            gx,
            gy,
            gh,
            mix(p.ink, p.deep, 0.25),
            mix(p.glow, p.cream, 0.4),
            rim_dx=-gh * 0.012,
            rim_opacity=0.8,
            bag=gh > 300,
            skirt=skirt,
        )


def motif_childcare(sc: Scene) -> None:
    """A cheerful nursery building with stacked toy blocks and a ball in the foreground."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, 90, 650)
    sc.sun = (sc.rand(1050, 1350), sc.rand(170, 260))
    paint_sun(sc, 70, 0.8)
    for y, scale in ((300, 0.55), (200, 0.4)):
        paint_clouds(sc, y, 3, scale, p.cream, 0.8)
    paint_hills(sc, 560, 620, layers=2, depth0=0.03, depth1=0.12, amp=26)
    nx = sc.rand(450, 650)
    body, roof, trim = (
        mix(p.cream, p.soft, 0.25),
        mix(p.accent, p.soft, 0.2),
        mix(p.gold, p.cream, 0.2),
    )
    pen = sc.pen
    pen.rect(nx, 470, nx + 480, 720, body)
    pen.poly(
        [(nx - 30, 474)]
        + [(nx - 30 + i * 54, 474 - 90 * math.sin(math.pi * i / 10)) for i in range(11)]
        + [(nx + 510, 474)],
        roof,
    )
    for i in range(4):
        wx = nx + 40 + i * 112
        pen.rect(wx, 520, wx + 64, 600, mix(p.glow, p.cream, 0.3), r=32)
        pen.rect(wx + 30, 520, wx + 34, 600, body)
    pen.rect(nx + 200, 620, nx + 280, 720, trim, r=40)
    pen.rect(nx - 10, 700, nx + 490, 720, mix(body, p.mid, 0.3))
    pen.circle(nx + 240, 420, 22, trim)
    with sc.layer(mix(p.depth(0.4), (120, 170, 90), 0.25)) as m:
        m.poly(ridge(rng, 720, 8, waves=2))
    for x in (nx - 90, nx + 570):
        round_tree(
            sc,
            x,
            740,
            sc.rand(180, 240),
            mix(p.depth(0.45), (90, 150, 80), 0.35),
            mix(p.glow, (190, 220, 140), 0.4),
            1,
        )
    paint_ground(sc, 800, 0.45, 6)
    sc.mist(800, 1000, p.haze, 0.0, 0.3)
    toys(sc, rng.choice((-1, 1)))


def toys(sc: Scene, side: int) -> None:
    """Stacked isometric blocks, a triangular roof block and a ball."""
    p = sc.pal
    colors = [p.gold, p.accent, mix(p.soft, p.cream, 0.3), (214, 98, 60), (96, 160, 130)]
    sc.rng.shuffle(colors)
    x0 = 750 + side * 380 - 240
    with sc.layer(p.ink, opacity=0.3, blur=14) as m:
        m.ellipse(x0 + 240, 960, 300, 26)
    stack = [(0, 960, 150), (160, 960, 150), (80, 810, 150), (330, 960, 110)]
    for i, (dx, base, s) in enumerate(stack):
        c = colors[i % len(colors)]
        iso_block(
            sc.pen, x0 + dx, base, s, s, s * 0.6, c, mix(c, p.cream, 0.35), mix(c, p.ink, 0.3)
        )
        sc.pen.ring(x0 + dx + s / 2, base - s / 2, s * 0.22, alpha(p.cream, 0.6), s * 0.05)
    tx, tb = x0 + 80, 660
    c = colors[4 % len(colors)]
    sc.pen.poly([(tx, tb), (tx + 150, tb), (tx + 75, tb - 110)], c)
    sc.pen.poly(
        [(tx + 150, tb), (tx + 150 + 54, tb - 40), (tx + 75 + 54, tb - 150), (tx + 75, tb - 110)],
        mix(c, p.ink, 0.3),
    )
    bx = 750 - side * 420
    with sc.layer(p.ink, opacity=0.3, blur=10) as m:
        m.ellipse(bx + 20, 968, 80, 12)
    for k in range(6):
        a0, a1 = k * math.tau / 6, (k + 1) * math.tau / 6
        sc.pen.poly(
            [(bx, 900)]
            + [
                (bx + 70 * math.cos(a), 900 + 70 * math.sin(a))
                for a in (a0 + (a1 - a0) * i / 8 for i in range(9))
            ],
            colors[k % 3] if k % 2 else p.cream,
        )
    with sc.layer(p.ink, opacity=0.25) as m:
        m.poly(
            [
                (bx + 70 * math.cos(a), 900 + 70 * math.sin(a))
                for a in (i * math.pi / 20 for i in range(-6, 15))
            ]
            + [
                (bx + 60 * math.cos(a), 890 + 60 * math.sin(a))
                for a in (i * math.pi / 20 for i in range(14, -7, -1))
            ]
        )
    sc.pen.circle(bx - 28, 870, 12, alpha(p.cream, 0.7))


def motif_school(sc: Scene) -> None:
    """A school building with a central tower, a flag on its pole, trees and a running track."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 640)
    sc.sun = (sc.rand(250, 450), sc.rand(260, 340))
    paint_sun(sc, 64, 0.85)
    paint_rays(sc, 9, 0.12)
    paint_clouds(sc, 250, 3, 0.5, p.cream, 0.6)
    paint_hills(sc, 560, 610, layers=2, depth0=0.03, depth1=0.14, amp=22)
    cx = 750 + sc.rand(-80, 80)
    wall, shade, win = mix(p.cream, p.soft, 0.2), mix(p.soft, p.mid, 0.35), mix(p.mid, p.deep, 0.3)
    pen = sc.pen
    pen.rect(cx - 420, 520, cx + 420, 720, wall)
    pen.rect(cx - 420, 510, cx + 420, 524, shade)
    pen.rect(cx - 90, 380, cx + 90, 720, mix(wall, p.cream, 0.4))
    pen.poly([(cx - 110, 384), (cx, 320), (cx + 110, 384)], p.accent)
    pen.circle(cx, 430, 26, shade)
    pen.circle(cx, 430, 20, p.cream)
    for row in range(3):
        for col in range(12):
            wx = cx - 400 + col * 70 + (40 if col >= 6 else 0) + (100 if col >= 6 else 0) - 10
            if abs(wx + 18 - cx) < 110:
                continue
            pen.rect(wx, 540 + row * 60, wx + 36, 580 + row * 60, win)
    pen.rect(cx - 40, 620, cx + 40, 720, win, r=36)
    with sc.layer(mix(p.depth(0.35), (110, 160, 90), 0.2)) as m:
        m.poly(ridge(rng, 730, 5, waves=2))
    for x in (cx - 500, cx + 500, cx - 600, cx + 620):
        round_tree(
            sc,
            x,
            760,
            sc.rand(170, 230),
            mix(p.depth(0.5), (80, 140, 80), 0.3),
            mix(p.glow, (190, 220, 140), 0.4),
        )
    with sc.layer(mix((196, 92, 64), p.accent, 0.2)) as m:
        m.ellipse(750, 930, 900, 160)
    with sc.layer(mix(p.depth(0.35), (110, 160, 90), 0.25)) as m:
        m.ellipse(750, 950, 720, 110)
    with sc.layer(p.cream, opacity=0.6) as m:
        for r in (0, 1, 2):
            pts = [
                (750 + (760 + r * 45) * math.cos(a), 930 + (125 + r * 11) * math.sin(a))
                for a in (i * math.pi / 40 + math.pi for i in range(41))
            ]
            m.line(pts, width=2)
    fx = cx + rng.choice((-1, 1)) * 250
    pen.rect(fx - 4, 400, fx + 4, 860, mix(p.ink, p.mid, 0.3))
    pen.circle(fx, 396, 8, p.gold)
    flag = [
        (fx + 4 + t * 170, 410 + 10 * math.sin(t * 5 + 0.5)) for t in (i / 20 for i in range(21))
    ]
    flag += [
        (fx + 4 + t * 170, 520 + 10 * math.sin(t * 5 + 0.5) - 8 * t)
        for t in (i / 20 for i in range(20, -1, -1))
    ]
    pen.poly(flag, (206, 46, 40))
    pen.poly([*flag[:21], (fx + 174, 440), (fx + 4, 450)], alpha((255, 120, 90), 0.25))

    def on_flag(gx: float, gy: float) -> Point:
        """A point of the flag's 30 x 20 construction grid, following the cloth's wave."""
        t = gx / 30
        top = 410 + 10 * math.sin(t * 5 + 0.5)
        return (fx + 4 + t * 170, top + (110 - 8 * t) * gy / 20)

    big = on_flag(5, 5)
    pen.poly(star(big, 110 * 3 / 20, -math.pi / 2), (250, 214, 60))
    for gx, gy in ((10, 2), (12, 4), (12, 7), (10, 9)):
        c = on_flag(gx, gy)
        towards = math.atan2(big[1] - c[1], big[0] - c[0])
        pen.poly(star(c, 110 / 20, towards), (250, 214, 60))
