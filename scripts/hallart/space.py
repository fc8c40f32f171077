"""Three-dimensional helpers: vectors, a pinhole camera, near-plane clipping and flat-shaded faces."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .canvas import Pen
from .geometry import DESIGN_H, DESIGN_W, Point
from .palette import RGB, Color, mix

Vec3 = tuple[float, float, float]
NEAR = 0.5  # world units in front of the camera below which geometry is clipped away


def add(a: Vec3, b: Vec3) -> Vec3:
    """a + b."""
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec3, b: Vec3) -> Vec3:
    """a - b."""
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec3, k: float) -> Vec3:
    """a * k."""
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec3, b: Vec3) -> float:
    """Scalar product."""
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec3, b: Vec3) -> Vec3:
    """Vector product."""
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def unit(a: Vec3) -> Vec3:
    """a scaled to length 1 (the zero vector stays zero)."""
    n = math.sqrt(dot(a, a)) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def lerp3(a: Vec3, b: Vec3, t: float) -> Vec3:
    """The point a fraction t of the way from a to b."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def turn(p: Vec3, angle: float, pivot: Vec3 = (0.0, 0.0, 0.0)) -> Vec3:
    """Rotate p about the vertical axis through pivot (angle in radians, counter-clockwise from above)."""
    ca, sa = math.cos(angle), math.sin(angle)
    x, y = p[0] - pivot[0], p[1] - pivot[1]
    return (pivot[0] + x * ca - y * sa, pivot[1] + x * sa + y * ca, p[2])


def normal(poly: Sequence[Vec3]) -> Vec3:
    """Unit normal of a planar polygon (Newell's method; counter-clockwise seen from the front)."""
    nx = ny = nz = 0.0
    for i, a in enumerate(poly):
        b = poly[(i + 1) % len(poly)]
        nx += (a[1] - b[1]) * (a[2] + b[2])
        ny += (a[2] - b[2]) * (a[0] + b[0])
        nz += (a[0] - b[0]) * (a[1] + b[1])
    return unit((nx, ny, nz))


@dataclass(frozen=True)
class Camera:
    """A pinhole camera at eye looking at target with z up; focal length in design units."""

    eye: Vec3
    target: Vec3
    focal: float
    centre: Point = (DESIGN_W / 2, DESIGN_H / 2)
    forward: Vec3 = field(init=False)
    right: Vec3 = field(init=False)
    up: Vec3 = field(init=False)

    def __post_init__(self) -> None:
        f = unit(sub(self.target, self.eye))
        r = unit(cross(f, (0.0, 0.0, 1.0)))
        object.__setattr__(self, "forward", f)
        object.__setattr__(self, "right", r)
        object.__setattr__(self, "up", cross(r, f))

    def view(self, p: Vec3) -> Vec3:
        """Camera coordinates of p: (right, up, depth in front of the camera)."""
        d = sub(p, self.eye)
        return (dot(d, self.right), dot(d, self.up), dot(d, self.forward))

    def screen(self, v: Vec3) -> Point:
        """Design-unit position of a point given in camera coordinates (depth > 0)."""
        z = max(v[2], 1e-6)
        return (self.centre[0] + self.focal * v[0] / z, self.centre[1] - self.focal * v[1] / z)

    def project(self, p: Vec3) -> Point:
        """Design-unit position of world point p (which must be in front of the camera)."""
        return self.screen(self.view(p))

    def depth(self, p: Vec3) -> float:
        """Distance of p in front of the camera along its axis."""
        return dot(sub(p, self.eye), self.forward)

    def size(self, p: Vec3, length: float) -> float:
        """Design units that a length at p spans on screen."""
        return self.focal * length / max(self.depth(p), 1e-6)

    def horizon(self) -> float:
        """Screen y of the horizon (where level lines far away converge)."""
        far = add(self.eye, scale(unit((self.forward[0], self.forward[1], 0.0)), 1e6))
        return self.project(far)[1]

    def polygon(self, poly: Sequence[Vec3]) -> list[Point]:
        """A world polygon clipped to the near plane and projected (empty when wholly behind)."""
        views = [self.view(p) for p in poly]
        clipped: list[Vec3] = []
        for i, a in enumerate(views):
            b = views[(i + 1) % len(views)]
            if a[2] >= NEAR:
                clipped.append(a)
            if (a[2] >= NEAR) != (b[2] >= NEAR):
                t = (NEAR - a[2]) / (b[2] - a[2])
                clipped.append(lerp3(a, b, t))
        return [self.screen(v) for v in clipped]

    def line(self, pts: Sequence[Vec3]) -> list[Point]:
        """A world polyline projected (points behind the near plane are dropped)."""
        return [self.screen(v) for v in (self.view(p) for p in pts) if v[2] >= NEAR]

    def facing(self, poly: Sequence[Vec3]) -> bool:
        """True when the polygon's front (counter-clockwise) side faces the camera."""
        return dot(normal(poly), sub(self.eye, poly[0])) > 0


@dataclass
class Face:
    """One flat polygon of a solid with its base colour (lit later by `draw_faces`)."""

    pts: list[Vec3]
    color: Color
    shade: bool = True
    cull: bool = True


def box(
    centre: Vec3, size: Vec3, color: Color, yaw: float = 0.0, pivot: Vec3 | None = None
) -> list[Face]:
    """The six faces of an axis-aligned box (then turned by yaw about pivot, default its centre)."""
    cx, cy, cz = centre
    hx, hy, hz = size[0] / 2, size[1] / 2, size[2] / 2
    c = [
        (cx + sx * hx, cy + sy * hy, cz + sz * hz)
        for sz in (-1, 1)
        for sy in (-1, 1)
        for sx in (-1, 1)
    ]
    if yaw:
        c = [turn(p, yaw, pivot or centre) for p in c]
    quads = ((0, 2, 3, 1), (4, 5, 7, 6), (0, 1, 5, 4), (2, 6, 7, 3), (0, 4, 6, 2), (1, 3, 7, 5))
    return [Face([c[i] for i in q], color) for q in quads]


def prism(
    top: Sequence[Vec3], height: float, color: Color, side: Color | None = None
) -> list[Face]:
    """A vertical prism: a counter-clockwise (seen from above) base outline at its top z, extruded down."""
    bottom = [(x, y, z - height) for x, y, z in top]
    faces = [Face(list(top), color), Face(list(reversed(bottom)), side or color)]
    n = len(top)
    for i in range(n):
        j = (i + 1) % n
        faces.append(Face([bottom[i], bottom[j], top[j], top[i]], side or color))
    return faces


def cylinder(
    centre: Vec3, radius: float, height: float, color: Color, sides: int = 32
) -> list[Face]:
    """An upright cylinder standing on centre."""
    cx, cy, cz = centre
    top = [
        (cx + radius * math.cos(a), cy + radius * math.sin(a), cz + height)
        for a in (i * math.tau / sides for i in range(sides))
    ]
    return prism(top, height, color)


def loft(rings: Sequence[Sequence[Vec3]], color: Color, caps: bool = True) -> list[Face]:
    """Faces joining successive rings of the same point count (rings go round counter-clockwise
    seen from the first ring towards the last), plus end caps."""
    faces = []
    for a, b in itertools.pairwise(rings):
        n = len(a)
        for i in range(n):
            j = (i + 1) % n
            faces.append(Face([a[i], b[i], b[j], a[j]], color))
    if caps:
        faces.append(Face(list(rings[0]), color))
        faces.append(Face(list(reversed(rings[-1])), color))
    return faces


@dataclass(frozen=True)
class Light:
    """Directional light plus ambient: the colours a face is blended towards when lit or in shade."""

    direction: Vec3
    lit: RGB
    dark: RGB
    strength: float = 0.55
    shadow: float = 0.45

    def apply(self, color: Color, n: Vec3) -> Color:
        """The face colour for a face with normal n."""
        lam = dot(n, unit(self.direction))
        rgb = (
            mix(color, self.lit, lam * self.strength)
            if lam > 0
            else mix(color, self.dark, -lam * self.shadow)
        )
        return (*rgb, color[3]) if len(color) == 4 else rgb


def draw_faces(pen: Pen, cam: Camera, faces: Iterable[Face], light: Light | None = None) -> None:
    """Paint faces back to front (painter's algorithm), culling back faces and shading by light."""
    visible = []
    for f in faces:
        if f.cull and not cam.facing(f.pts):
            continue
        pts = cam.polygon(f.pts)
        if len(pts) < 3:
            continue
        depth = (
            max(cam.depth(p) for p in f.pts) * 0.3
            + sum(cam.depth(p) for p in f.pts) / len(f.pts) * 0.7
        )
        n = normal(f.pts)
        if dot(n, sub(cam.eye, f.pts[0])) < 0:
            n = scale(n, -1)
        color = light.apply(f.color, n) if light and f.shade else f.color
        visible.append((depth, pts, color))
    for _depth, pts, color in sorted(visible, key=lambda v: -v[0]):
        pen.poly(pts, color)
