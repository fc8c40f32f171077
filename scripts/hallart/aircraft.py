"""Aircraft: an electric lift-and-cruise air taxi (eVTOL) modelled in 3D, and the sky it flies in."""

from __future__ import annotations

import bisect
import math

from .backdrop import paint_clouds, paint_rays, paint_sky, paint_sun
from .canvas import Scene
from .geometry import Point
from .palette import RGB, Color, mix
from .space import Camera, Face, Light, Vec3, cylinder, draw_faces, loft

# fuselage stations: x (m, nose at +x), half width, half height, centre height
STATIONS: tuple[tuple[float, float, float, float], ...] = (
    (-5.3, 0.1, 0.16, 0.5),
    (-4.4, 0.3, 0.36, 0.38),
    (-3.0, 0.56, 0.62, 0.2),
    (-1.6, 0.82, 0.88, 0.04),
    (0.0, 0.9, 0.95, 0.0),
    (2.0, 0.9, 0.93, 0.0),
    (3.1, 0.8, 0.8, -0.04),
    (3.9, 0.58, 0.56, -0.1),
    (4.4, 0.3, 0.3, -0.16),
    (4.65, 0.06, 0.06, -0.2),
)
BOOM_Y, BOOM_Z = 2.75, 0.7
ROTOR_X = (4.2, 2.0, -2.2, -4.4)
ROTOR_R = 1.0
WING_Z = 1.0


def _station(x: float) -> tuple[float, float, float]:
    """Half width, half height and centre height of the fuselage at x (linear between stations)."""
    xs = [s[0] for s in STATIONS]
    i = min(max(bisect.bisect_left(xs, x), 1), len(xs) - 1)
    (x0, *a), (x1, *b) = STATIONS[i - 1], STATIONS[i]
    t = (x - x0) / (x1 - x0)
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def hull_point(x: float, theta: float) -> Vec3:
    """A point on the fuselage skin: theta 0 is the +y side, pi/2 the top (rounded-box section)."""
    w, h, c = _station(x)
    ct, st = math.cos(theta), math.sin(theta)
    return (
        x,
        w * math.copysign(abs(ct) ** 0.7, ct),
        c + h * math.copysign(abs(st) ** 0.8, st),
    )


def fuselage(color: Color) -> list[Face]:
    """The cabin fuselage as lofted rings from tail to nose."""
    xs = [-5.3 + i * (4.65 + 5.3) / 30 for i in range(31)]
    rings = [[hull_point(x, k * math.tau / 24) for k in range(24)] for x in xs]
    return loft(rings, color)


def skin_patch(x0: float, x1: float, t0: float, t1: float, n: int = 6) -> list[Vec3]:
    """A patch of fuselage skin between stations x0..x1 and section angles t0..t1 (for windows)."""
    pts = [hull_point(x0 + (x1 - x0) * i / n, t0) for i in range(n + 1)]
    pts += [hull_point(x1, t0 + (t1 - t0) * i / n) for i in range(1, n + 1)]
    pts += [hull_point(x1 - (x1 - x0) * i / n, t1) for i in range(1, n + 1)]
    pts += [hull_point(x0, t1 - (t1 - t0) * i / n) for i in range(1, n)]
    return pts


def wing(side: int, color: Color) -> list[Face]:
    """One half of the high, slightly tapered wing (side +1 or -1)."""
    sections = []
    for y, lead, chord in ((0.0, 0.7, 1.6), (6.3 * side, 0.35, 0.95)):
        z = WING_Z + abs(y) * 0.03
        sections.append(
            [
                (lead, y, z),
                (lead - chord * 0.3, y, z + 0.12),
                (lead - chord, y, z + 0.02),
                (lead - chord * 0.35, y, z - 0.08),
            ]
        )
    if side < 0:
        sections.reverse()
    return loft(sections, color)


def boom(side: int, color: Color) -> list[Face]:
    """A slim boom under the wing carrying the lift rotors."""
    y = BOOM_Y * side
    rings = []
    for x in (-5.0, -4.7, 4.6, 4.9):
        r = 0.16 if -4.8 < x < 4.8 else 0.06
        rings.append(
            [
                (x, y + r * math.cos(k * math.tau / 10), BOOM_Z + r * math.sin(k * math.tau / 10))
                for k in range(10)
            ]
        )
    return loft(rings, color)


def v_tail(color: Color) -> list[Face]:
    """The V tail at the end of the fuselage."""
    faces = []
    for side in (-1, 1):
        root = [(-4.2, 0.0, 0.7), (-5.3, 0.0, 0.62)]
        tip = [(-5.0, side * 1.45, 1.9), (-5.7, side * 1.45, 1.84)]
        plate = [root[0], tip[0], tip[1], root[1]]
        faces.append(Face(plate, color, cull=False))
    return faces


def rotor_faces(x: float, y: float, color: Color) -> list[Face]:
    """The mast and hub under one lift rotor."""
    return cylinder((x, y, BOOM_Z + 0.1), 0.07, 0.42, color, 8) + cylinder(
        (x, y, BOOM_Z + 0.5), 0.16, 0.1, color, 12
    )


def draw_rotor(
    sc: Scene, cam: Camera, x: float, y: float, blur: RGB, blade: RGB, spin: float
) -> None:
    """A spinning lift rotor: a translucent disc with a bright rim and two blurred blades."""
    z = BOOM_Z + 0.58
    disc = [
        (x + ROTOR_R * math.cos(a), y + ROTOR_R * math.sin(a), z)
        for a in (k * math.tau / 40 for k in range(40))
    ]
    with sc.layer(blur, opacity=0.28) as m:
        m.poly(cam.polygon(disc))
    with sc.layer(blur, opacity=0.5) as m:
        m.line(cam.line([*disc, disc[0]]), width=1.0)
    for a in (spin, spin + math.pi):
        tip = (x + ROTOR_R * 0.96 * math.cos(a), y + ROTOR_R * 0.96 * math.sin(a), z)
        off = (-math.sin(a) * 0.07, math.cos(a) * 0.07)
        blade_pts = [
            (x + off[0], y + off[1], z),
            (tip[0] + off[0] * 0.6, tip[1] + off[1] * 0.6, z),
            (tip[0] - off[0] * 0.6, tip[1] - off[1] * 0.6, z),
            (x - off[0], y - off[1], z),
        ]
        with sc.layer(blade, opacity=0.75) as m:
            m.poly(cam.polygon(blade_pts))


def evtol(
    sc: Scene,
    at: Point,
    metres: float,
    azimuth: float,
    elevation: float = 0.25,
    livery: RGB | None = None,
) -> None:
    """A five-seat lift-and-cruise eVTOL: a cabin fuselage with big windows, a high wing, two booms
    with four lift rotors each (spinning, so it hovers or climbs), a V tail and a small pusher
    propeller at the tail. `at` is where its centre lands on the canvas, `metres` the design units
    one metre spans, azimuth/elevation the direction it is seen from (radians, 0 = from the nose)."""
    p = sc.pal
    dist = 80.0
    eye = (
        dist * math.cos(elevation) * math.cos(azimuth),
        dist * math.cos(elevation) * math.sin(azimuth),
        dist * math.sin(elevation),
    )
    cam = Camera(eye, (0.0, 0.0, 0.3), metres * dist, at)
    body = mix(p.cream, (255, 255, 255), 0.3)
    dark = mix(p.ink, p.deep, 0.3)
    light = Light(
        (-0.25, -0.55 if eye[1] > 0 else 0.55, 0.8),
        (255, 252, 244),
        mix(p.mid, p.deep, 0.3),
        0.3,
        0.42,
    )
    stripe = livery or p.accent
    near = 1 if eye[1] > 0 else -1
    spin = sc.rand(0, math.pi)
    glass = mix(p.deep, p.mid, 0.35)

    def side_parts(side: int) -> None:
        faces = boom(side, mix(body, p.haze, 0.1))
        for rx in ROTOR_X:
            faces += rotor_faces(rx, BOOM_Y * side, dark)
        draw_faces(sc.pen, cam, faces, light)
        for k, rx in enumerate(ROTOR_X):
            draw_rotor(
                sc,
                cam,
                rx,
                BOOM_Y * side,
                mix(p.cream, p.haze, 0.2),
                mix(p.ink, p.mid, 0.4),
                spin + k * 0.7 * side,
            )

    side_parts(-near)
    draw_faces(sc.pen, cam, wing(-near, body) + v_tail(mix(body, p.haze, 0.08)), light)
    draw_faces(sc.pen, cam, fuselage(body), light)
    for x0, x1, t0, t1, fill in (
        (-4.6, 3.9, -0.32, -0.2, stripe),
        (2.55, 3.85, 0.28, 1.15, glass),
        (1.3, 2.25, 0.05, 0.72, glass),
        (-0.05, 0.95, 0.05, 0.72, glass),
        (-1.4, -0.4, 0.05, 0.72, glass),
    ):
        a0, a1 = (t0, t1) if near > 0 else (math.pi - t0, math.pi - t1)
        sc.pen.poly(cam.polygon(skin_patch(x0, x1, a0, a1)), fill)
    with sc.layer(p.cream, opacity=0.5) as m:
        m.poly(
            cam.polygon(
                skin_patch(
                    2.9,
                    3.6,
                    0.75 if near > 0 else math.pi - 0.75,
                    1.05 if near > 0 else math.pi - 1.05,
                )
            )
        )
    draw_faces(sc.pen, cam, wing(near, body), light)
    prop = [
        (-5.45, 0.95 * math.cos(a), 0.5 + 0.95 * math.sin(a))
        for a in (k * math.tau / 36 for k in range(36))
    ]
    with sc.layer(mix(p.cream, p.haze, 0.2), opacity=0.25) as m:
        m.poly(cam.polygon(prop))
    side_parts(near)


def motif_aircraft(sc: Scene) -> None:
    """An electric air taxi with lift rotors climbing above a sea of clouds at dawn."""
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
    evtol(
        sc,
        (sc.rand(820, 980), sc.rand(330, 390)),
        34.0 if sc.grand else 30.0,
        sc.rand(0.7, 0.9),
        0.22,
    )
