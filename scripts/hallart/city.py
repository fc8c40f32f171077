"""Cities and infrastructure: skylines, lit windows, bridges and railways."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from .backdrop import paint_hills, paint_rays, paint_sky, paint_stars, paint_sun, water_surface
from .canvas import Pen, Scene, gradient
from .geometry import Point, beam, bezier
from .palette import Color, mix
from .parks import lamps, round_tree


def skyline(
    pen: Pen,
    rng: random.Random,
    x0: float,
    x1: float,
    base: float,
    hmin: float,
    hmax: float,
    fill: Color | int | None,
    peak: float | None = None,
) -> list[tuple[float, float, float, float]]:
    """Draw a row of towers; returns their boxes (x0, top, x1, base)."""
    boxes = []
    x = x0
    while x < x1:
        w = rng.uniform(16, 52)
        lift = (
            1.0
            if peak is None
            else 0.45 + 0.55 * math.exp(-(((x - peak) / ((x1 - x0) * 0.28)) ** 2))
        )
        h = rng.uniform(hmin, hmax) * lift
        top = base - h
        pen.rect(x, top, x + w, base + 4, fill)
        if rng.random() < 0.25:
            pen.rect(x + w * 0.2, top - h * 0.08, x + w * 0.8, top + 1, fill)
        if rng.random() < 0.18:
            pen.rect(x + w / 2 - 1.2, top - rng.uniform(18, 45), x + w / 2 + 1.2, top + 1, fill)
        if rng.random() < 0.15:
            pen.poly([(x, top + 1), (x + w, top - w * 0.5), (x + w, top + 1)], fill)
        boxes.append((x, top, x + w, base))
        x += w + rng.uniform(-8, 3)
    return boxes


def paint_windows(
    sc: Scene,
    boxes: Sequence[tuple[float, float, float, float]],
    density: float = 0.3,
    size: float = 3.0,
    glow: float = 6.0,
) -> None:
    """Scatter warm lit windows over building boxes."""
    with sc.layer(sc.pal.glow, opacity=0.85, glow=glow, glow_opacity=0.6) as m:
        for x0, top, x1, base in boxes:
            y = top + 8
            while y < base - 6:
                x = x0 + 5
                while x < x1 - 5:
                    if sc.chance(density):
                        m.rect(x, y, x + size, y + size * 1.4)
                    x += size * 2.6
                y += size * 3.2


def tv_tower(pen: Pen, x: float, base: float, h: float) -> None:
    """A needle tower with spheres (a generic skyline landmark)."""
    pen.poly([(x - 4, base - h), (x + 4, base - h), (x + 9, base), (x - 9, base)])
    pen.line([(x - h * 0.13, base), (x, base - h * 0.34), (x + h * 0.13, base)], width=6)
    pen.circle(x, base - h * 0.34, h * 0.085)
    pen.circle(x, base - h * 0.66, h * 0.06)
    pen.circle(x, base - h * 0.84, h * 0.028)
    pen.line([(x, base - h), (x, base - h * 1.14)], width=2.5)


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
        tv_tower(m, sc.rand(250, 420), base, sc.rand(330, 400))
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


def motif_riverside(sc: Scene) -> None:
    """A riverside city panorama: skyline, a cable-stayed bridge, reflections and a tree-lined promenade."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 620)
    paint_stars(sc, 60, 0, 260)
    sc.sun = (sc.rand(400, 1100), sc.rand(470, 540))
    paint_sun(sc, 56)
    paint_rays(sc, 8, 0.12)
    paint_hills(sc, 570, 600, layers=2, depth0=0.05, depth1=0.14, amp=14)
    base = 650.0
    with sc.layer(p.depth(0.32)) as m:
        far = skyline(m, rng, -20, 1520, base - 6, 40, 200, None, peak=sc.rand(400, 1100))
    paint_windows(sc, far, 0.12, 2.4, 3)
    sc.mist(520, 660, p.haze, 0.0, 0.45)
    with sc.layer(p.depth(0.5)) as m:
        near = skyline(
            m, rng, -20, 1520, base, 60, 300 if sc.grand else 240, None, peak=sc.rand(500, 1000)
        )
        tv_tower(m, sc.rand(200, 1300), base, sc.rand(360, 420))
    paint_windows(sc, near, 0.25, 3.0, 5)
    water_surface(sc, base, near)
    deck = 700.0
    px = sc.rand(300, 1200)
    with sc.layer(p.depth(0.7)) as m:
        m.rect(-10, deck, 1510, deck + 14)
        for pier in range(60, 1500, 260):
            m.rect(pier - 8, deck + 14, pier + 8, 780)
    cable_pylon(sc, px, deck, 380)
    with sc.layer(p.glow, opacity=0.9, glow=5, glow_opacity=0.8) as m:
        for lamp in range(20, 1500, 70):
            m.circle(lamp, deck - 6, 2)
    with sc.layer(p.depth(0.9)) as m:
        m.poly([(-20, 1010), (-20, 880), (400, 870), (900, 885), (1520, 870), (1520, 1010)])
    with sc.layer(mix(p.cream, p.haze, 0.35), opacity=0.5) as m:
        m.rect(-20, 880, 1520, 886)
    for x in (sc.rand(60, 200), sc.rand(1250, 1420)):
        round_tree(sc, x, 900, sc.rand(300, 380), p.depth(0.88), mix(p.depth(0.6), p.glow, 0.25))
    lamps(sc, [(x, 885) for x in range(300, 1250, 230)], 110)


def motif_bridge(sc: Scene) -> None:
    """A cable-stayed bridge crossing over converging railway tracks, city skyline behind."""
    p, rng = sc.pal, sc.rng
    paint_sky(sc, None, 640)
    paint_sun(sc, 56)
    paint_rays(sc)
    paint_hills(sc, 585, 610, layers=2, depth0=0.06, depth1=0.16, amp=16)
    with sc.layer(p.depth(0.3)) as m:
        boxes = skyline(
            m, rng, -20, 1520, 650, 30, 200 if sc.grand else 150, None, peak=sc.rand(300, 1200)
        )
    paint_windows(sc, boxes, 0.12, 2.6, 4)
    sc.mist(560, 670, p.haze, 0.0, 0.5)
    vx, vy = 750 + sc.rand(-60, 60), 660.0
    ground = gradient(sc.size, ((0.0, p.depth(0.4)), (0.7, p.depth(0.8)), (1.0, p.depth(0.95))), 90)
    with sc.layer(ground) as m:
        m.rect(-10, vy - 6, 1510, 1010)
    with sc.layer(mix(p.depth(0.55), p.haze, 0.25)) as m:
        m.poly([(vx - 40, vy), (vx + 40, vy), (1560, 1010), (-60, 1010)])
    sleepers(sc, vx, vy)
    rails = (-1.0, -0.62, 0.62, 1.0)
    with sc.layer(mix(p.glow, p.cream, 0.4), opacity=0.9, glow=3, glow_opacity=0.6) as m:
        for r in rails:
            for off in (-0.1, 0.1):
                m.poly(beam((vx + (r + off) * 6, vy), (vx + (r + off) * 620, 1010), 0.6, 7))
    catenary(sc, vx, vy)
    deck_y = 520 + sc.rand(-20, 20)
    bridge_deck(sc, deck_y)
    pylon_x = vx + rng.choice((-1, 1)) * sc.rand(260, 380)
    cable_pylon(sc, pylon_x, deck_y, 130 if sc.grand else 170)
    sc.mist(900, 1000, p.ink, 0.0, 0.4)


def sleepers(sc: Scene, vx: float, vy: float) -> None:
    """Railway sleepers receding to the vanishing point."""
    with sc.layer(sc.pal.depth(0.85), opacity=0.85) as m:
        z = 1.0
        while True:
            y = vy + 350 / z
            if y < vy + 3:
                break
            f = (y - vy) / (1010 - vy)
            for side in (-1, 1):
                c = vx + side * 0.81 * 620 * f
                m.rect(c - 0.3 * 620 * f, y, c + 0.3 * 620 * f, y + max(0.6, 9 * f))
            z += 0.45


def catenary(sc: Scene, vx: float, vy: float) -> None:
    """Overhead line masts along the tracks with their wires."""
    with sc.layer(sc.pal.depth(0.75)) as m:
        tops: dict[int, list[Point]] = {-1: [], 1: []}
        for i in range(1, 7):
            y = vy + 350 / (i * 1.6)
            f = (y - vy) / (1010 - vy)
            for side in (-1, 1):
                x = vx + side * 1.3 * 620 * f
                h = 260 * f
                m.rect(x - 4 * f - 0.4, y - h, x + 4 * f + 0.4, y)
                m.line(
                    [(x, y - h * 0.9), (x - side * 0.55 * 620 * f, y - h * 0.9)],
                    width=max(0.6, 4 * f),
                )
                tops[side].append((x - side * 0.5 * 620 * f, y - h * 0.9))
        for side in (-1, 1):
            m.line(tops[side] + [(vx - side * 0.0, vy - 2)], width=1.2)


def bridge_deck(sc: Scene, y: float) -> None:
    """A long girder deck across the whole picture with piers and a glowing lamp row."""
    p = sc.pal
    with sc.layer(p.depth(0.7)) as m:
        for x in (140, 470, 1030, 1360):
            m.poly([(x - 18, y + 30), (x + 18, y + 30), (x + 14, 700), (x - 14, 700)])
    with sc.layer(p.depth(0.78)) as m:
        m.rect(-10, y, 1510, y + 34)
    with sc.layer(mix(p.depth(0.5), p.glow, 0.2)) as m:
        m.rect(-10, y, 1510, y + 9)
    with sc.layer(p.depth(0.85)) as m:
        m.line([(-10, y - 14), (1510, y - 14)], width=1.6)
        for x in range(-10, 1520, 14):
            m.line([(x, y - 14), (x, y)], width=0.9)
    with sc.layer(p.glow, opacity=0.9, glow=6, glow_opacity=0.8) as m:
        for x in range(40, 1500, 95):
            m.circle(x, y - 22, 2.6)
            m.line([(x, y - 22), (x, y)], width=1)


def cable_pylon(sc: Scene, x: float, deck: float, top: float) -> None:
    """An inverted-Y pylon with fans of stay cables."""
    p = sc.pal
    with sc.layer(mix(p.cream, p.haze, 0.2), opacity=0.75) as m:
        for side in (-1, 1):
            for i in range(12):
                t = (i + 1) / 12
                m.line([(x, top + 30 + i * 9), (x + side * (60 + t * 600), deck)], width=1.1)
    with sc.layer(p.depth(0.8)) as m:
        m.poly([(x - 60, deck + 34), (x - 40, deck + 34), (x - 4, top + 150), (x - 10, top + 150)])
        m.poly([(x + 60, deck + 34), (x + 40, deck + 34), (x + 4, top + 150), (x + 10, top + 150)])
        m.poly([(x - 12, top + 152), (x + 12, top + 152), (x + 8, top), (x - 8, top)])
        m.rect(x - 30, deck + 34, x + 30, 720)
    with sc.layer(p.glow, opacity=0.5) as m:
        m.poly([(x + 8, top), (x + 12, top + 152), (x + 6, top + 152), (x + 3, top)])
    with sc.layer((255, 90, 70), opacity=0.9, glow=6, glow_opacity=0.9) as m:
        m.circle(x, top - 6, 3)
