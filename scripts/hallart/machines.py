"""Construction machines in side view and the earthworks site they work on."""

from __future__ import annotations

from collections.abc import Sequence

from .canvas import Pen, Scene
from .geometry import Point, beam
from .palette import RGB, Color, alpha, mix


class Machine:
    """Draws a construction machine from local coordinates (arm pointing to -x, y up negative)."""

    def __init__(self, sc: Scene, x: float, y: float, s: float, facing: int = 1) -> None:
        self.sc, self.x, self.y, self.s, self.f = sc, x, y, s, facing

    def t(self, pts: Sequence[Point]) -> list[Point]:
        return [(self.x + self.f * px * self.s, self.y + py * self.s) for px, py in pts]

    def poly(self, pen: Pen, pts: Sequence[Point], fill: Color) -> None:
        pen.poly(self.t(pts), fill)

    def rrect(
        self, pen: Pen, x0: float, y0: float, x1: float, y1: float, fill: Color, r: float = 0
    ) -> None:
        (a, b), (c, d) = self.t([(x0, y0), (x1, y1)])
        pen.rect(min(a, c), min(b, d), max(a, c), max(b, d), fill, r * self.s)

    def circle(self, pen: Pen, cx: float, cy: float, r: float, fill: Color) -> None:
        ((px, py),) = self.t([(cx, cy)])
        pen.circle(px, py, r * self.s, fill)

    def tracks(self, pen: Pen, half: float, dark: RGB, mid: RGB) -> None:
        self.rrect(pen, -half, -52, half, 0, dark, 26)
        self.rrect(pen, -half + 12, -42, half - 12, -10, mid, 16)
        n = max(3, int(half * 2 / 46))
        for i in range(n):
            self.circle(pen, -half + 26 + i * (2 * half - 52) / (n - 1), -26, 10, dark)

    def bar(
        self, pen: Pen, p0: Point, p1: Point, w0: float, w1: float, body: RGB, shade: RGB
    ) -> None:
        """A machine arm segment with a shaded underside."""
        self.poly(pen, beam(p0, p1, w0, w1), shade)
        self.poly(
            pen,
            beam((p0[0], p0[1] - w0 * 0.12), (p1[0], p1[1] - w1 * 0.12), w0 * 0.72, w1 * 0.72),
            body,
        )

    def excavator(self, body: RGB, shade: RGB, dark: RGB, glass: RGB, reach: float = 0.0) -> None:
        pen = self.sc.pen
        chrome = mix(body, (245, 240, 230), 0.55)
        self.tracks(pen, 150, dark, mix(dark, shade, 0.35))
        self.rrect(pen, -60, -68, 70, -50, dark)
        self.rrect(pen, -70, -152, 150, -66, body, 10)
        self.rrect(pen, 108, -140, 164, -66, shade, 16)
        self.rrect(pen, -70, -88, 164, -66, shade)
        self.rrect(pen, 70, -182, 78, -150, dark)
        self.rrect(pen, 0, -160, 100, -150, shade, 3)
        b0, mid = (-48.0, -118.0), (-150.0, -318.0 - reach * 30)
        elbow = (-262.0 - reach * 50, -360.0 + reach * 70)
        wrist = (-372.0 - reach * 70, -118.0 + reach * 50)
        self.bar(pen, b0, mid, 50, 60, body, shade)
        self.bar(pen, mid, elbow, 60, 40, body, shade)
        self.circle(pen, *mid, 28, body)
        self.poly(pen, beam((-84, -96), (-150, -262), 9, 9), mix(chrome, shade, 0.4))
        self.poly(pen, beam((-84, -96), (-118, -182), 15, 15), dark)
        self.bar(pen, elbow, wrist, 38, 26, body, shade)
        self.poly(
            pen,
            beam((mid[0] - 10, mid[1] - 34), (elbow[0] + 6, elbow[1] - 28), 8, 8),
            mix(chrome, shade, 0.4),
        )
        wx, wy = wrist
        self.poly(
            pen,
            [
                (wx + 14, wy - 10),
                (wx + 6, wy + 40),
                (wx - 30, wy + 66),
                (wx - 70, wy + 60),
                (wx - 60, wy + 30),
                (wx - 30, wy + 4),
            ],
            shade,
        )
        for i in range(3):
            self.poly(
                pen,
                [
                    (wx - 58 + i * 16, wy + 60),
                    (wx - 70 + i * 16, wy + 74),
                    (wx - 48 + i * 16, wy + 64),
                ],
                dark,
            )
        for px, py in (elbow, wrist):
            self.circle(pen, px, py, 11, dark)
            self.circle(pen, px, py, 5, chrome)
        self.poly(pen, [(-112, -66), (-30, -66), (-30, -236), (-84, -236), (-112, -200)], body)
        self.poly(pen, [(-103, -150), (-40, -150), (-40, -226), (-80, -226), (-103, -196)], glass)
        self.poly(
            pen,
            [(-103, -196), (-80, -226), (-66, -226), (-96, -178)],
            alpha(self.sc.pal.cream, 0.35),
        )
        self.rrect(pen, -116, -244, -26, -234, shade, 3)
        self.circle(pen, *b0, 12, dark)

    def bulldozer(self, body: RGB, shade: RGB, dark: RGB, glass: RGB) -> None:
        pen = self.sc.pen
        self.tracks(pen, 125, dark, mix(dark, shade, 0.35))
        self.poly(pen, [(-96, -50), (118, -50), (118, -128), (-62, -128), (-96, -98)], body)
        self.rrect(pen, -96, -70, 118, -50, shade)
        self.rrect(pen, 18, -214, 104, -126, body, 5)
        self.rrect(pen, 28, -204, 94, -140, glass, 3)
        self.rrect(pen, 12, -222, 110, -210, shade, 3)
        self.rrect(pen, -20, -160, -12, -128, dark)
        self.poly(pen, beam((-60, -72), (-140, -60), 14, 12), dark)
        self.poly(pen, [(-172, -150), (-140, -154), (-130, 4), (-176, 4), (-186, -60)], shade)
        self.poly(pen, beam((118, -70), (160, -14), 12, 8), dark)


def tower_crane(
    pen: Pen,
    x: float,
    base: float,
    top: float,
    jib_r: float,
    jib_l: float,
    hook_t: float,
    hook_y: float,
    lw: float = 2.0,
) -> None:
    """A lattice tower crane silhouette (drawn into a mask)."""
    mw = 12.0
    pen.line([(x - mw / 2, base), (x - mw / 2, top)], width=lw)
    pen.line([(x + mw / 2, base), (x + mw / 2, top)], width=lw)
    y, side = base, -1
    while y - mw > top:
        pen.line([(x + side * mw / 2, y), (x - side * mw / 2, y - mw)], width=lw * 0.55)
        y, side = y - mw, -side
    jt, jb = top - 18, top - 8
    pen.line([(x, jt), (x + jib_r, jt + 3)], width=lw * 0.8)
    pen.line([(x, jb), (x + jib_r, jt + 7)], width=lw * 0.8)
    step, j = 14.0, 0
    while (j + 1) * step < jib_r:
        t0, t1 = j * step / jib_r, (j + 1) * step / jib_r
        pen.line(
            [(x + j * step, jt + 3 * t0), (x + (j + 1) * step, jb + (jt + 7 - jb) * t1)],
            width=lw * 0.45,
        )
        j += 1
    pen.rect(x - jib_l, top - 17, x, top - 10)
    pen.rect(x - jib_l, top - 26, x - jib_l + 26, top - 6)
    pen.rect(x - mw / 2 - 4, top - 10, x + mw / 2 + 4, top)
    pen.rect(x + mw / 2, top - 2, x + mw / 2 + 14, top + 12, r=2)
    apex = (x, top - 70)
    pen.line([(x - mw / 2, jt), apex, (x + mw / 2, jt)], width=lw)
    pen.line([apex, (x + jib_r * 0.72, jt + 2)], width=lw * 0.45)
    pen.line([apex, (x - jib_l + 6, top - 17)], width=lw * 0.45)
    hx = x + jib_r * hook_t
    pen.rect(hx - 5, jt + 4, hx + 5, jt + 9)
    pen.line([(hx, jt + 8), (hx, hook_y)], width=lw * 0.35)
    pen.rect(hx - 4, hook_y, hx + 4, hook_y + 9)


def robot_arm(
    sc: Scene, x: float, base: float, s: float, facing: int, body: RGB, shade: RGB, dark: RGB
) -> None:
    """An industrial six-axis robot arm."""
    pen = sc.pen
    pen.poly(
        [
            (x - 60 * s, base),
            (x + 60 * s, base),
            (x + 44 * s, base - 40 * s),
            (x - 44 * s, base - 40 * s),
        ],
        shade,
    )
    pen.rect(x - 40 * s, base - 80 * s, x + 40 * s, base - 36 * s, body, r=10 * s)
    shoulder = (x, base - 90 * s)
    elbow = (x + facing * 80 * s, base - 260 * s)
    wrist = (x + facing * 230 * s, base - 210 * s)
    pen.poly(beam(shoulder, elbow, 56 * s, 44 * s), body)
    pen.poly(
        beam(
            (shoulder[0] + facing * 8 * s, shoulder[1]),
            (elbow[0] + facing * 8 * s, elbow[1]),
            14 * s,
            10 * s,
        ),
        shade,
    )
    pen.poly(beam(elbow, wrist, 40 * s, 28 * s), body)
    pen.circle(*shoulder, 34 * s, shade)
    pen.circle(*elbow, 28 * s, shade)
    pen.circle(*elbow, 12 * s, dark)
    pen.circle(*wrist, 18 * s, shade)
    tip = (wrist[0] + facing * 20 * s, wrist[1] + 50 * s)
    pen.poly(beam(wrist, tip, 18 * s, 14 * s), dark)
    pen.poly(
        [
            (tip[0] - 16 * s, tip[1]),
            (tip[0] + 16 * s, tip[1]),
            (tip[0] + 16 * s, tip[1] + 26 * s),
            (tip[0] + 8 * s, tip[1] + 26 * s),
            (tip[0] + 6 * s, tip[1] + 8 * s),
            (tip[0] - 6 * s, tip[1] + 8 * s),
            (tip[0] - 8 * s, tip[1] + 26 * s),
            (tip[0] - 16 * s, tip[1] + 26 * s),
        ],
        dark,
    )
