"""Aircraft: light planes and electric air taxis."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .backdrop import paint_clouds, paint_rays, paint_sky, paint_sun
from .canvas import Scene
from .geometry import Point, mix_pt, rotate
from .palette import alpha, mix


def craft_pen(
    sc: Scene, cx: float, cy: float, s: float, heading: float
) -> Callable[[Sequence[Point]], list[Point]]:
    """Transform from an aircraft's local side-view coordinates to the canvas."""
    return lambda pts: rotate([(cx + x * s, cy + y * s) for x, y in pts], heading, (cx, cy))


def plane(sc: Scene, cx: float, cy: float, s: float, heading: float) -> None:
    """A high-wing light aircraft in side view with an accent livery stripe and a faint trail."""
    p = sc.pal
    tf = craft_pen(sc, cx, cy, s, heading)
    body, shade, glass = p.cream, mix(p.cream, p.mid, 0.28), mix(p.deep, p.mid, 0.5)
    tail = tf([(-215, -6)])[0]
    with sc.layer(p.cream, opacity=0.45, blur=3) as m:
        for i in range(24):
            t = i / 24
            m.line(
                [
                    mix_pt(tail, (tail[0] - 1100 * s, tail[1] + 1100 * s * math.tan(-heading)), t),
                    mix_pt(
                        tail,
                        (tail[0] - 1100 * s, tail[1] + 1100 * s * math.tan(-heading)),
                        t + 1 / 24,
                    ),
                ],
                round(255 * (1 - t) ** 1.5),
                5 * (1 - t) + 1,
            )
    pen = sc.pen
    pen.poly(tf([(-150, -16), (-196, -92), (-218, -92), (-214, -10)]), shade)
    pen.poly(tf([(-140, -6), (-232, -8), (-236, -2), (-140, 2)]), shade)
    pen.poly(tf([(12, 8), (40, -48), (48, -48), (20, 8)]), shade)
    for leg, wheel, r in (((22, 12), (40, 48), 11), ((160, 10), (166, 44), 9)):
        pen.line(tf([leg, wheel]), shade, 5 * s)
        ((wx, wy),) = tf([wheel])
        pen.circle(wx, wy, r * s, mix(p.ink, p.deep, 0.5))
    hull = [
        (207, 0),
        (196, -12),
        (150, -22),
        (96, -28),
        (64, -48),
        (-14, -48),
        (-62, -38),
        (-170, -16),
        (-214, -12),
        (-214, -4),
        (-170, 0),
        (-60, 10),
        (40, 16),
        (150, 12),
        (196, 8),
    ]
    pen.poly(tf(hull), body)
    pen.poly(
        tf(
            [
                (-214, -4),
                (-170, 0),
                (-60, 10),
                (40, 16),
                (150, 12),
                (196, 8),
                (150, 4),
                (40, 6),
                (-60, 2),
            ]
        ),
        shade,
    )
    pen.poly(
        tf([(196, -3), (40, -6), (-170, -10), (-200, -8), (-170, -4), (40, 1), (196, 3)]), p.accent
    )
    pen.poly(tf([(92, -28), (62, -44), (26, -44), (26, -24)]), glass)
    pen.poly(tf([(18, -44), (-22, -44), (-22, -24), (18, -24)]), glass)
    pen.poly(
        tf([(82, -50), (-34, -50), (-40, -55), (-20, -60), (70, -60), (90, -55)]),
        mix(body, shade, 0.4),
    )
    pen.poly(
        tf(
            [
                (207 + 5 * math.cos(a), 62 * math.sin(a))
                for a in (i * math.tau / 32 for i in range(32))
            ]
        ),
        alpha(p.cream, 0.28),
    )
    pen.poly(tf([(200, -7), (214, 0), (200, 7)]), shade)


def evtol(sc: Scene, cx: float, cy: float, s: float, heading: float) -> None:
    """A small multirotor air taxi in side view (hazy, in the distance)."""
    p = sc.pal
    tf = craft_pen(sc, cx, cy, s, heading)
    color, glass = mix(p.cream, p.haze, 0.3), mix(p.mid, p.haze, 0.4)
    pen = sc.pen
    for x in (-150, -50, 60, 160):
        pen.line(tf([(x, -40), (x, -62)]), color, 6 * s)
        pen.poly(
            tf(
                [
                    (x + 78 * math.cos(a), -66 + 7 * math.sin(a))
                    for a in (i * math.tau / 24 for i in range(24))
                ]
            ),
            alpha(p.cream, 0.35),
        )
    pen.line(tf([(-160, -40), (170, -40)]), color, 9 * s)
    pen.poly(
        tf(
            [
                (130 * math.cos(a) + 10, 42 * math.sin(a))
                for a in (i * math.tau / 40 for i in range(40))
            ]
        ),
        color,
    )
    pen.poly(tf([(-110, -10), (-170, -36), (-190, -36), (-150, 10)]), color)
    pen.poly(
        tf(
            [
                (60 + 60 * math.cos(a), -6 + 24 * math.sin(a))
                for a in (i * math.pi / 20 for i in range(-20, 1))
            ]
        ),
        glass,
    )
    pen.line(tf([(-60, 40), (-60, 58), (90, 58)]), color, 5 * s)


def motif_aircraft(sc: Scene) -> None:
    """A light aircraft (and a distant eVTOL air taxi) above a sea of clouds."""
    p = sc.pal
    paint_sky(sc, 90, 700)
    sc.sun = (sc.rand(180, 520), sc.rand(560, 620))
    paint_sun(sc, 70)
    paint_rays(sc, 10, 0.12)
    rows = (
        (640, 0.35, 0.25, 6.0),
        (700, 0.6, 0.45, 3.0),
        (790, 1.0, 0.7, 1.5),
        (900, 1.5, 0.85, 0.0),
        (1010, 2.1, 1.0, 0.0),
    )
    for y, scale, near, blur in rows:
        color = mix(mix(p.haze, p.cream, 0.35), p.cream, near)
        paint_clouds(sc, y, max(3, round(8 / scale)), scale, color, 1.0, blur, 140)
        sc.mist(y - 10, y + 60, mix(p.haze, p.mid, 0.2), 0.0, 0.25)
    heading = sc.rand(-0.2, -0.08)
    plane(sc, sc.rand(880, 1040), sc.rand(300, 380), 1.35 if sc.grand else 1.2, heading)
    evtol(sc, sc.rand(330, 520), sc.rand(200, 300), 0.55, sc.rand(-0.06, 0.02))
