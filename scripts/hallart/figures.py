"""Figures: standing, walking and seated people, groups and hard hats."""

from __future__ import annotations

import math

from .canvas import Pen, Scene
from .geometry import beam
from .palette import Color, mix


def person(
    pen: Pen,
    x: float,
    base: float,
    h: float,
    stride: float = 0.0,
    fill: Color | None = None,
    bag: bool = False,
    skirt: bool = False,
    child: bool = False,
    hat: bool = False,
) -> None:
    """A slender stylised figure (h = height); stride -1..1 swings legs and arms; hat: a hard hat."""
    head = h * (0.085 if child else 0.062)
    top = base - h
    neck = top + head * 2.05
    sh_y = neck + h * 0.03
    hip = base - h * (0.46 if child else 0.5)
    sw = h * (0.12 if child else 0.115)
    pen.circle(x, top + head, head, fill)
    pen.rect(x - h * 0.022, neck - h * 0.01, x + h * 0.022, sh_y + h * 0.02, fill)
    pen.poly(
        [
            (x - sw, sh_y + h * 0.018),
            (x + sw, sh_y + h * 0.018),
            (x + sw * 0.72, hip),
            (x - sw * 0.72, hip),
        ],
        fill,
    )
    for side in (-1, 1):
        pen.circle(x + side * (sw - h * 0.03), sh_y + h * 0.03, h * 0.03, fill)
    pen.rect(x - sw + h * 0.002, sh_y, x + sw - h * 0.002, sh_y + h * 0.05, fill, r=h * 0.025)
    for side in (-1, 1):
        foot = (x + side * h * 0.035 + side * stride * h * 0.13, base - h * 0.012)
        pen.poly(beam((x + side * h * 0.045, hip - h * 0.02), foot, h * 0.075, h * 0.045), fill)
        pen.ellipse(foot[0] + h * 0.02, base - h * 0.012, h * 0.04, h * 0.014, fill)
        hand = (x + side * (sw + h * 0.045) + stride * h * 0.03, hip + h * 0.03)
        pen.poly(
            beam((x + side * (sw - h * 0.025), sh_y + h * 0.035), hand, h * 0.055, h * 0.038), fill
        )
    if skirt:
        pen.poly(
            [
                (x - sw * 0.75, hip - h * 0.05),
                (x + sw * 0.75, hip - h * 0.05),
                (x + sw * 1.15, hip + h * 0.2),
                (x - sw * 1.15, hip + h * 0.2),
            ],
            fill,
        )
    if bag:
        pen.rect(
            x + sw + h * 0.01, hip + h * 0.01, x + sw + h * 0.13, hip + h * 0.1, fill, r=h * 0.012
        )
    if hat:
        hard_hat(pen, x, base, h, fill)


def group(
    sc: Scene, cx: float, base: float, n: int, spread: float = 75.0, hats: bool = False
) -> None:
    """A loose group of adults and children at two depths, with a warm rim light (hats: adults only,
    all in hard hats)."""
    fill = mix(sc.pal.ink, sc.pal.deep, 0.3)
    rim = mix(sc.pal.glow, sc.pal.cream, 0.3)
    spots = []
    for i in range(n):
        child = sc.chance(0.25) and not hats
        back = i % 2 == 1
        h = (sc.rand(100, 125) if child else sc.rand(180, 215)) * (0.86 if back else 1.0)
        x = cx + (i - (n - 1) / 2) * spread * sc.rand(0.8, 1.2)
        spots.append(
            (
                x,
                base - (14 if back else 0),
                h,
                sc.rand(-1, 1) if sc.chance(0.6) else 0.0,
                not child and sc.chance(0.25),
                not child and sc.chance(0.35),
                child,
                back,
            )
        )
    spots.sort(key=lambda v: not v[7])
    for x, y, h, stride, bag, skirt, child, back in spots:
        body = mix(fill, sc.pal.haze, 0.18) if back else fill
        figure(
            sc, x, y, h, body, rim, stride, -h * 0.014, h * 0.004, bag=bag, skirt=skirt, child=child
        )
        if hats:
            with sc.layer(mix(sc.pal.gold, sc.pal.haze, 0.3 if back else 0.1)) as m:
                hard_hat(m, x + h * 0.004, y, h)
    with sc.layer(sc.pal.ink, opacity=0.35, blur=6) as m:
        m.ellipse(cx, base + 4, n * spread * 0.6, 8)


def seated(
    pen: Pen, x: float, seat: float, h: float, facing: int, fill: Color | None = None
) -> None:
    """A seated figure on a bench (h = standing height), facing -1 (left) or 1 (right)."""
    head = h * 0.065
    hip = (x, seat - h * 0.02)
    sh = (x + facing * h * 0.02, seat - h * 0.33)
    pen.circle(sh[0] + facing * h * 0.02, sh[1] - h * 0.09, head, fill)
    pen.poly(beam(hip, sh, h * 0.15, h * 0.17), fill)
    pen.circle(sh[0], sh[1] + h * 0.02, h * 0.07, fill)
    knee = (x + facing * h * 0.24, seat - h * 0.03)
    pen.poly(beam(hip, knee, h * 0.1, h * 0.075), fill)
    pen.poly(beam(knee, (knee[0] + facing * h * 0.02, seat + h * 0.24), h * 0.07, h * 0.05), fill)
    pen.ellipse(knee[0] + facing * h * 0.05, seat + h * 0.245, h * 0.045, h * 0.015, fill)
    pen.poly(
        beam(
            (sh[0], sh[1] + h * 0.03),
            (knee[0] - facing * h * 0.05, knee[1] - h * 0.05),
            h * 0.05,
            h * 0.04,
        ),
        fill,
    )


def figure(
    sc: Scene,
    x: float,
    base: float,
    h: float,
    body: Color,
    rim: Color,
    stride: float = 0.0,
    rim_dx: float = 0.0,
    body_dx: float = 0.0,
    rim_opacity: float = 0.85,
    bag: bool = False,
    skirt: bool = False,
    child: bool = False,
    hat: bool = False,
) -> None:
    """A rim-lit figure: the person drawn in the rim colour shifted by rim_dx (towards the light),
    then in the body colour shifted by body_dx on top."""
    for color, dx, opacity in ((rim, rim_dx, rim_opacity), (body, body_dx, 1.0)):
        with sc.layer(color, opacity=opacity) as m:
            person(m, x + dx, base, h, stride, None, bag, skirt, child, hat)


def hard_hat(pen: Pen, x: float, base: float, h: float, fill: Color | None = None) -> None:
    """The hard hat of an adult figure of height h standing at x on base (draw it in safety colour
    over the figure, or as part of its silhouette)."""
    head = h * 0.062
    top = base - h
    dome = [
        (x + head * 1.22 * math.cos(a), top + head * 0.9 - head * 1.25 * math.sin(a))
        for a in (math.pi - i * math.pi / 14 for i in range(15))
    ]
    pen.poly(dome, fill)
    pen.rect(
        x - head * 1.7, top + head * 0.78, x + head * 1.7, top + head * 1.06, fill, r=head * 0.12
    )
    pen.rect(x - head * 0.14, top - head * 0.36, x + head * 0.14, top + head * 0.8, fill)
