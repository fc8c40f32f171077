"""Construction: building sites, their progress board, and the earthworks site."""

from __future__ import annotations

from .backdrop import paint_ground, paint_hills, paint_rays, paint_sky, paint_sun
from .buildings import skyline
from .canvas import Scene
from .figures import figure, hard_hat
from .geometry import beam, ridge
from .machines import Machine, tower_crane
from .palette import RGB, alpha, mix
from .phones import check_badge


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
