"""Bridges and railways in perspective: a road overpass swung into place over a double-track line."""

from __future__ import annotations

import itertools
import math

from .backdrop import paint_sky, paint_sun
from .buildings import paint_windows, skyline
from .canvas import Scene, gradient
from .geometry import DESIGN_W
from .palette import RGB, Color, alpha, mix
from .space import (
    Camera,
    Face,
    Light,
    Vec3,
    add,
    box,
    cylinder,
    draw_faces,
    lerp3,
    loft,
    scale,
    turn,
    unit,
)

TRACKS = (-2.6, 2.6)  # centre lines of the two tracks (world y, metres); the railway runs along x
GAUGE = 1.435
DECK_Z = 11.5  # top of the road deck above the rails
PIVOT: Vec3 = (0.0, -15.0, 0.0)  # the pivot pier stands beside the tracks
ARM = 37.0  # half length of the swung T-frame


def railway(sc: Scene, cam: Camera, x0: float, x1: float, ballast: RGB, rail: RGB) -> None:
    """Two ballasted tracks along x with sleepers (near ones only) and gleaming rails."""
    pen = sc.pen
    for ty in TRACKS:
        pen.poly(
            cam.polygon(
                [(x0, ty - 2.2, 0.0), (x1, ty - 2.2, 0.0), (x1, ty + 2.2, 0.0), (x0, ty + 2.2, 0.0)]
            ),
            ballast,
        )
    sleeper = mix(ballast, sc.pal.ink, 0.35)
    x = x0
    while x < x1:
        for ty in TRACKS:
            p = (x, ty, 0.05)
            if cam.size(p, 1.0) > 1.2:
                pen.poly(
                    cam.polygon(
                        [
                            (x, ty - 1.3, 0.05),
                            (x + 0.26, ty - 1.3, 0.05),
                            (x + 0.26, ty + 1.3, 0.05),
                            (x, ty + 1.3, 0.05),
                        ]
                    ),
                    sleeper,
                )
        x += 0.62
    with sc.layer(rail, opacity=0.95, glow=2.5, glow_opacity=0.5) as m:
        for ty in TRACKS:
            for side in (-1, 1):
                y = ty + side * GAUGE / 2
                steps = [x0 + (x1 - x0) * (i / 60) ** 1.0 for i in range(61)]
                for a, b in itertools.pairwise(steps):
                    pa, pb = (a, y, 0.18), (b, y, 0.18)
                    w = max(0.5, cam.size(pa, 0.09))
                    m.line(cam.line([pa, pb]), width=w)


def catenary(sc: Scene, cam: Camera, x0: float, x1: float, color: Color) -> None:
    """Overhead-line masts on both sides of the tracks with cantilevers and contact wires."""
    with sc.layer(color) as m:
        x = x0
        while x <= x1:
            for side in (-1, 1):
                foot, top = (x, side * 6.2, 0.0), (x, side * 6.2, 8.2)
                m.line(cam.line([foot, top]), width=max(0.6, cam.size(foot, 0.35)))
                arm = (x, side * 0.8, 7.4)
                m.line(cam.line([(x, side * 6.2, 7.6), arm]), width=max(0.5, cam.size(foot, 0.12)))
            x += 48.0
        for ty in TRACKS:
            wire = [(x0 + i * (x1 - x0) / 80, ty, 6.6) for i in range(81)]
            m.line(cam.line(wire), width=0.9)


def girder_rings(
    centre: Vec3, yaw: float, half: float, width: float, depth0: float, depth1: float, n: int = 24
) -> list[list[Vec3]]:
    """Cross-sections of a haunched box girder: deepest (depth0) over the pier, depth1 at its tips."""
    rings = []
    for i in range(n + 1):
        s = -half + 2 * half * i / n
        d = depth1 + (depth0 - depth1) * (1 - abs(s) / half) ** 2.2
        top, soffit = centre[2], centre[2] - d
        local = [
            (s, -width / 2, top),
            (s, width / 2, top),
            (s, width / 2, top - 0.55),
            (s, width * 0.3, soffit),
            (s, -width * 0.3, soffit),
            (s, -width / 2, top - 0.55),
        ]
        rings.append([turn((centre[0] + x, centre[1] + y, z), yaw, centre) for x, y, z in local])
    return rings


def girder(
    centre: Vec3, yaw: float, half: float, width: float, color: Color, deck: Color
) -> list[Face]:
    """The balanced-cantilever T beam (a haunched box girder) turned by yaw about its centre; its top
    surface gets the deck colour."""
    rings = girder_rings(centre, yaw, half, width, 4.6, 2.0)
    faces = loft(rings, color)
    for band in range(len(rings) - 1):
        faces[band * 6].color = deck
    return faces


def span(
    centre: Vec3, length: float, width: float, yaw: float, color: Color, deck: Color
) -> list[Face]:
    """A plain approach girder (2 m deep) with a pier under its far end."""
    faces = box((centre[0], centre[1], centre[2] - 1.0), (length, width, 2.0), color, yaw)
    faces[1].color = deck
    return faces


def deck_edges(centre: Vec3, yaw: float, half: float, width: float, z: float) -> list[list[Vec3]]:
    """The two parapet lines along a girder's top edges (at height z)."""
    return [
        [turn((centre[0] + s, centre[1] + side * width / 2, z), yaw, centre) for s in (-half, half)]
        for side in (-1, 1)
    ]


def pier(base: Vec3, color: RGB, turntable: RGB) -> list[Face]:
    """The pivot pier: footing, lower and upper turntable discs and the column up to the girder."""
    x, y, _ = base
    faces = box((x, y, 0.5), (15.0, 15.0, 1.0), color)
    faces += cylinder((x, y, 1.0), 6.4, 0.9, mix(turntable, color, 0.4), 48)
    faces += cylinder((x, y, 2.05), 5.8, 1.2, turntable, 48)
    faces += box((x, y, (3.25 + DECK_Z - 4.6) / 2), (4.6, 7.0, DECK_Z - 4.6 - 3.25), color)
    return faces


def arc_arrow(
    sc: Scene, cam: Camera, centre: Vec3, radius: float, a0: float, a1: float, z: float, color: RGB
) -> None:
    """A dashed glowing arc in the horizontal plane from angle a0 to a1 with an arrowhead at a1."""
    n = 60
    angle = [a0 + (a1 - a0) * i / n for i in range(n + 1)]
    pts = [(centre[0] + radius * math.cos(a), centre[1] + radius * math.sin(a), z) for a in angle]
    with sc.layer(color, opacity=0.95, glow=8, glow_opacity=0.9) as m:
        for i in range(0, n - 6, 5):
            m.line(cam.line(pts[i : i + 4]), width=max(2.4, cam.size(pts[i], 0.5)))
        sign = 1.0 if a1 > a0 else -1.0
        tip = pts[-1]
        along = (-math.sin(a1) * sign, math.cos(a1) * sign)
        out = (math.cos(a1), math.sin(a1))
        head = [
            (tip[0] + along[0] * 2.5, tip[1] + along[1] * 2.5, z),
            (tip[0] - along[0] * 5.5 + out[0] * 3.2, tip[1] - along[1] * 5.5 + out[1] * 3.2, z),
            (tip[0] - along[0] * 5.5 - out[0] * 3.2, tip[1] - along[1] * 5.5 - out[1] * 3.2, z),
        ]
        m.poly(cam.polygon(head))


def freight_train(x0: float, cars: int, y: float, body: RGB, roof: RGB) -> list[Face]:
    """An electric locomotive and a line of box wagons on the track at y, heading towards -x."""
    faces = box((x0 + 9.0, y, 2.6), (18.0, 3.1, 3.6), body)
    faces += box((x0 + 9.0, y, 4.6), (14.0, 2.4, 0.4), roof)
    x = x0 + 19.0
    for _ in range(cars):
        faces += box((x + 6.5, y, 2.5), (13.0, 3.0, 3.4), mix(body, roof, 0.35))
        x += 14.0
    return faces


def tree_row(sc: Scene, cam: Camera, spots: list[Vec3], color: RGB) -> None:
    """Roadside trees as soft rounded crowns on short trunks, sized by their distance."""
    with sc.layer(color) as m:
        for foot in sorted(spots, key=lambda q: -cam.depth(q)):
            if cam.depth(foot) < 2:
                continue
            x, y = cam.project(foot)
            h = cam.size(foot, 9.0)
            m.rect(x - h * 0.04, y - h * 0.5, x + h * 0.04, y)
            m.ellipse(x, y - h * 0.62, h * 0.3, h * 0.36)
            m.ellipse(x - h * 0.16, y - h * 0.5, h * 0.22, h * 0.24)
            m.ellipse(x + h * 0.17, y - h * 0.52, h * 0.22, h * 0.26)


def fields(sc: Scene, cam: Camera, far: RGB, near: RGB) -> None:
    """A patchwork of field plots on both sides of the railway corridor, tinted at random."""
    crops = ((132, 140, 84), (104, 122, 70), (150, 138, 96), (90, 110, 80))
    for gx in range(-14, 22):
        for gy in range(-9, 14):
            x0, y0 = gx * 36.0, gy * 28.0
            if y0 + 28.0 > -12.0 and y0 < 12.0:
                continue
            if x0 + 36.0 > -9.0 and x0 < 9.0:
                continue
            tint = sc.rng.choice(crops)
            plot = [
                (x0 + 1.5, y0 + 1.5, 0.0),
                (x0 + 34.5, y0 + 1.5, 0.0),
                (x0 + 34.5, y0 + 26.5, 0.0),
                (x0 + 1.5, y0 + 26.5, 0.0),
            ]
            pts = cam.polygon(plot)
            if len(pts) < 3:
                continue
            t = min(1.0, max(0.0, (max(y for _, y in pts) - cam.horizon()) / 500))
            sc.pen.poly(
                pts, alpha(mix(mix(far, near, t), tint, 0.18 + 0.1 * sc.rng.random()), 0.85)
            )


def swing_bridge(sc: Scene, swung: bool = True) -> None:
    """A road overpass crossing a double-track railway on a pivot pier beside the line; with `swung`,
    the outline of the girder where it was built (parallel to the tracks) and arcs showing its turn."""
    p = sc.pal
    cam = Camera(eye=(-50.0, -80.0, 30.0), target=(10.0, 0.0, 12.0), focal=DESIGN_W * 0.74)
    horizon = cam.horizon()
    sun_dir = unit((0.75, 0.35, 0.08))
    paint_sky(sc, 90, horizon + 30)
    sc.sun = cam.project(add(cam.eye, scale(sun_dir, 1e5)))
    paint_sun(sc, 50, 0.9)
    with sc.layer(p.depth(0.3)) as m:
        boxes = skyline(
            m,
            sc.rng,
            -20,
            1520,
            horizon + 2,
            14,
            70 if sc.grand else 60,
            None,
            peak=sc.rand(300, 700),
        )
    paint_windows(sc, boxes, 0.1, 2.0, 3)
    sc.mist(horizon - 60, horizon + 10, p.haze, 0.0, 0.6)
    far_field, near_field = mix(p.depth(0.4), p.haze, 0.35), mix(p.depth(0.72), (70, 84, 52), 0.15)
    ground = gradient(
        sc.size, ((0.0, far_field), (horizon / 1000, far_field), (1.0, near_field)), 90
    )
    with sc.layer(ground) as m:
        m.rect(-10, horizon, 1510, 1010)
    fields(sc, cam, far_field, near_field)
    sc.mist(horizon, horizon + 50, p.haze, 0.55, 0.0)
    light = Light(sun_dir, mix(p.cream, p.glow, 0.45), p.depth(0.85), 0.55, 0.5)
    tree_row(sc, cam, [(x, 13.0 + (x % 7), 0.0) for x in range(60, 420, 9)], p.depth(0.55))
    tree_row(sc, cam, [(-150.0 + (y % 5), y, 0.0) for y in range(16, 300, 10)], p.depth(0.5))
    ballast = mix(p.depth(0.5), (150, 136, 112), 0.3)
    railway(sc, cam, -240.0, 480.0, ballast, mix(p.cream, p.glow, 0.5))
    catenary(sc, cam, -230.0, 470.0, p.depth(0.85))
    concrete = mix(mix(p.cream, p.haze, 0.4), p.soft, 0.12)
    road = mix(p.depth(0.65), (92, 96, 100), 0.35)
    yaw = math.pi / 2
    centre = (PIVOT[0], PIVOT[1], DECK_Z)
    with sc.layer(p.ink, opacity=0.35, blur=5) as m:
        shade_dx, shade_dy = -DECK_Z * 0.55, -DECK_Z * 0.3
        y0, y1 = PIVOT[1] - ARM - 30.0, PIVOT[1] + ARM + 150.0
        m.poly(
            cam.polygon(
                [
                    (-7.5 + shade_dx, y0 + shade_dy, 0.02),
                    (7.5 + shade_dx, y0 + shade_dy, 0.02),
                    (7.5 + shade_dx, y1 + shade_dy, 0.02),
                    (-7.5 + shade_dx, y1 + shade_dy, 0.02),
                ]
            )
        )
    train = freight_train(
        30.0, 12, TRACKS[1], mix((150, 70, 52), p.haze, 0.25), mix((96, 74, 60), p.haze, 0.2)
    )
    draw_faces(sc.pen, cam, train, light)
    faces = pier(PIVOT, mix(concrete, p.ink, 0.06), mix(concrete, p.glow, 0.25))
    faces += girder(centre, yaw, ARM, 15.0, concrete, road)
    y = PIVOT[1] + ARM
    for _ in range(5):
        faces += span((0.0, y + 15.0, DECK_Z), 30.0, 15.0, yaw, concrete, road)
        faces += box((0.0, y + 30.0, (DECK_Z - 2.0) / 2), (3.0, 5.0, DECK_Z - 2.0), concrete)
        y += 30.0
    faces += span((0.0, PIVOT[1] - ARM - 15.0, DECK_Z), 30.0, 15.0, yaw, concrete, road)
    faces += box(
        (0.0, PIVOT[1] - ARM - 30.0, (DECK_Z - 2.0) / 2), (3.0, 5.0, DECK_Z - 2.0), concrete
    )
    for side in (-1, 1):
        faces += box(
            (side * 7.3, PIVOT[1] + 60.0, DECK_Z + 0.55),
            (0.4, 240.0, 1.1),
            mix(concrete, p.cream, 0.3),
        )
    draw_faces(sc.pen, cam, faces, light)
    with sc.layer(p.glow, opacity=0.95, glow=5, glow_opacity=0.8) as m:
        for k in range(-3, 12):
            for side in (-1, 1):
                head = (side * 7.0, PIVOT[1] + k * 18.0, DECK_Z + 3.6)
                foot = (head[0], head[1], DECK_Z + 1.1)
                m.line(cam.line([foot, head]), width=max(0.8, cam.size(foot, 0.18)))
                m.circle(*cam.project(head), max(1.4, cam.size(head, 0.32)))
    with sc.layer(mix(p.cream, p.glow, 0.2), opacity=0.8) as m:
        for k in range(-12, 30):
            a, b = (
                (0.0, PIVOT[1] + k * 6.0, DECK_Z + 0.05),
                (0.0, PIVOT[1] + k * 6.0 + 3.0, DECK_Z + 0.05),
            )
            m.line(cam.line([a, b]), width=max(0.8, cam.size(a, 0.15)))
    ring = [
        (PIVOT[0] + 5.9 * math.cos(a), PIVOT[1] + 5.9 * math.sin(a), 2.0)
        for a in (i * math.tau / 72 for i in range(73))
    ]
    with sc.layer(p.glow, opacity=0.95, glow=6, glow_opacity=0.9) as m:
        m.line(cam.line(ring), width=2.0)
    if swung:
        ghost = [f for f in girder(centre, 0.0, ARM, 15.0, concrete, road) if cam.facing(f.pts)]
        with sc.layer(p.cream, opacity=0.2) as m:
            for f in ghost:
                m.poly(cam.polygon(f.pts))
        with sc.layer(mix(p.cream, p.glow, 0.3), opacity=0.9, glow=3, glow_opacity=0.5) as m:
            for edge in deck_edges(centre, 0.0, ARM, 15.0, DECK_Z):
                pts = [lerp3(edge[0], edge[1], i / 48) for i in range(49)]
                for i in range(0, 48, 2):
                    m.line(cam.line(pts[i : i + 2]), width=1.8)
        arrow = mix(p.glow, p.cream, 0.25)
        arc_arrow(sc, cam, PIVOT, ARM - 1.0, 0.0, yaw, DECK_Z + 0.8, arrow)
        arc_arrow(sc, cam, PIVOT, ARM - 1.0, math.pi, math.pi + yaw, DECK_Z + 0.8, arrow)
    tree_row(sc, cam, [(x, -9.5, 0.0) for x in range(-200, -60, 8)], p.depth(0.62))
    sc.mist(920, 1010, p.ink, 0.0, 0.3)


def motif_swing_bridge(sc: Scene) -> None:
    """A bridge swung into place over a railway: the girder, its pivot pier, where it was built and its turn."""
    swing_bridge(sc, swung=True)


def motif_bridge(sc: Scene) -> None:
    """A road overpass on a pier beside a double-track railway, seen from above the tracks."""
    swing_bridge(sc, swung=False)
