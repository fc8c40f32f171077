"""Plane geometry helpers in design units: curves, bars, ridges and projections."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence

DESIGN_W, DESIGN_H = 1500.0, 1000.0  # all drawing happens in these design units


Point = tuple[float, float]


def rotate(points: Sequence[Point], angle: float, origin: Point) -> list[Point]:
    """Rotate points by angle (radians) around origin."""
    ca, sa = math.cos(angle), math.sin(angle)
    ox, oy = origin
    return [
        (ox + (x - ox) * ca - (y - oy) * sa, oy + (x - ox) * sa + (y - oy) * ca) for x, y in points
    ]


def bezier(p0: Point, p1: Point, p2: Point, n: int = 48) -> list[Point]:
    """Points along a quadratic Bezier curve."""
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        out.append(
            (
                u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
                u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
            )
        )
    return out


def beam(p0: Point, p1: Point, w0: float, w1: float) -> list[Point]:
    """A tapered bar between two points as a polygon."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    return [
        (p0[0] + nx * w0 / 2, p0[1] + ny * w0 / 2),
        (p1[0] + nx * w1 / 2, p1[1] + ny * w1 / 2),
        (p1[0] - nx * w1 / 2, p1[1] - ny * w1 / 2),
        (p0[0] - nx * w0 / 2, p0[1] - ny * w0 / 2),
    ]


def ridge(
    rng: random.Random, y: float, amp: float, waves: int = 3, x0: float = -30, x1: float = 1530
) -> list[Point]:
    """A smooth hill line (closed to the bottom of the canvas) made of a few sine waves."""
    params = [
        (rng.uniform(0.8, 1.6) * (i + 1) * math.tau / 1500, rng.uniform(0, math.tau))
        for i in range(waves)
    ]
    pts = []
    for i in range(0, 161):
        x = x0 + (x1 - x0) * i / 160
        pts.append(
            (x, y - amp * sum(math.sin(x * f + ph) / (j + 1) for j, (f, ph) in enumerate(params)))
        )
    return [*pts, (x1, DESIGN_H + 30), (x0, DESIGN_H + 30)]


def smoothstep(e0: float, e1: float, x: float) -> float:
    """Hermite smoothstep."""
    t = min(1.0, max(0.0, (x - e0) / (e1 - e0)))
    return t * t * (3 - 2 * t)


def mix_pt(a: Point, b: Point, t: float) -> Point:
    """Point between a and b."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def strip(centre: Sequence[Point], width: Callable[[float], float]) -> list[Point]:
    """A ribbon polygon following a centre line, with a width that depends on y (perspective)."""
    left, right = [], []
    for i, (x, y) in enumerate(centre):
        ax, ay = centre[max(0, i - 1)]
        bx, by = centre[min(len(centre) - 1, i + 1)]
        length = math.hypot(bx - ax, by - ay) or 1.0
        nx, ny = -(by - ay) / length, (bx - ax) / length
        w = width(y) / 2
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w, y - ny * w))
    return left + right[::-1]


def proj(vx: float, vy: float, f: float, x: float, y: float, z: float) -> Point:
    """One-point perspective projection of hall coordinates (x across, y down, z depth >= 1)."""
    return (vx + x * f / z, vy + y * f / z)


def star(centre: Point, r: float, angle: float) -> list[Point]:
    """A five-pointed star of outer radius r with one point in direction angle (radians)."""
    cx, cy = centre
    return [
        (cx + rr * math.cos(angle + i * math.pi / 5), cy + rr * math.sin(angle + i * math.pi / 5))
        for i, rr in ((i, r if i % 2 == 0 else r * 0.382) for i in range(10))
    ]
