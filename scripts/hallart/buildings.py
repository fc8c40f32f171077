"""Building blocks of built-up areas: skylines, residential estates, lit windows, houses and boxes."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from .canvas import Pen, Scene
from .palette import Color


def house(pen: Pen, x: float, base: float, w: float, h: float, fill: Color | None = None) -> None:
    """A gabled house."""
    pen.poly(
        [
            (x, base),
            (x, base - h),
            (x + w / 2, base - h - w * 0.38),
            (x + w, base - h),
            (x + w, base),
        ],
        fill,
    )


def iso_block(
    pen: Pen,
    x: float,
    base: float,
    w: float,
    h: float,
    d: float,
    front: Color,
    top: Color,
    side: Color,
) -> None:
    """A box seen slightly from above and the left: front, top and right faces."""
    dx, dy = d * 0.6, -d * 0.45
    pen.rect(x, base - h, x + w, base, front)
    pen.poly(
        [(x, base - h), (x + dx, base - h + dy), (x + w + dx, base - h + dy), (x + w, base - h)],
        top,
    )
    pen.poly(
        [(x + w, base - h), (x + w + dx, base - h + dy), (x + w + dx, base + dy), (x + w, base)],
        side,
    )


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


def estate(
    pen: Pen, rng: random.Random, x0: float, x1: float, base: float, hmin: float, hmax: float
) -> list[tuple[float, float, float, float]]:
    """Residential estates as mid-size Chinese cities build them: groups of equal slab towers with
    rooftop plant rooms, and now and then an office tower with a stepped crown; returns the boxes."""
    boxes = []
    x = x0
    while x < x1:
        if rng.random() < 0.18:
            w, h = rng.uniform(34, 50), rng.uniform(hmax * 0.85, hmax * 1.15)
            pen.rect(x, base - h, x + w, base + 4)
            pen.rect(x + w * 0.15, base - h - h * 0.06, x + w * 0.85, base - h + 1)
            pen.rect(x + w * 0.3, base - h - h * 0.11, x + w * 0.7, base - h + 1)
            boxes.append((x, base - h, x + w, base))
            x += w + rng.uniform(8, 24)
            continue
        n, w, h = rng.randrange(2, 5), rng.uniform(20, 30), rng.uniform(hmin, hmax)
        for _ in range(n):
            hh = h * rng.uniform(0.96, 1.04)
            pen.rect(x, base - hh, x + w, base + 4)
            pen.rect(x + w * 0.3, base - hh - 7, x + w * 0.7, base - hh + 1)
            boxes.append((x, base - hh, x + w, base))
            x += w + rng.uniform(6, 12)
        x += rng.uniform(14, 40)
    return boxes
