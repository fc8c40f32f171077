"""Machines in side view: excavator, dozer, mining dump truck, tower crane and robot arm."""

from __future__ import annotations

import math
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

    def tracks(self, pen: Pen, half: float, dark: RGB, mid: RGB, h: float = 52.0) -> None:
        """A crawler track: the loop of shoes with grousers, idler, toothed sprocket and rollers."""
        r = h / 2
        self.rrect(pen, -half, -h, half, 0, dark, r)
        self.rrect(pen, -half + 10, -h + 10, half - 10, -10, mid, r - 10)
        for x in range(int(-half + r), int(half - r), 13):
            self.rrect(pen, x, -3, x + 6, 2, dark)
            self.rrect(pen, x, -h - 2, x + 6, -h + 3, dark)
        self.circle(pen, -half + r, -r, r - 9, dark)
        self.circle(pen, -half + r, -r, r * 0.35, mid)
        sx = half - r
        for k in range(12):
            a = k * math.tau / 12
            self.circle(pen, sx + (r - 8) * math.cos(a), -r + (r - 8) * math.sin(a), 3.2, dark)
        self.circle(pen, sx, -r, r - 10, dark)
        self.circle(pen, sx, -r, r * 0.4, mix(mid, (230, 225, 215), 0.25))
        n = max(3, int((2 * half - 2 * h) / 34))
        for i in range(n):
            rx = -half + h + i * (2 * half - 2 * h) / max(1, n - 1)
            self.circle(pen, rx, -12, 8, dark)

    def bolt(self, pen: Pen, cx: float, cy: float, size: float, fill: Color) -> None:
        """A lightning-bolt badge (the sign for electric drive)."""
        k = size
        self.poly(
            pen,
            [
                (cx + 0.15 * k, cy - 0.5 * k),
                (cx - 0.3 * k, cy + 0.06 * k),
                (cx - 0.02 * k, cy + 0.06 * k),
                (cx - 0.15 * k, cy + 0.5 * k),
                (cx + 0.3 * k, cy - 0.08 * k),
                (cx + 0.02 * k, cy - 0.08 * k),
            ],
            fill,
        )

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

    def excavator(
        self,
        body: RGB,
        shade: RGB,
        dark: RGB,
        glass: RGB,
        reach: float = 0.0,
        electric: bool = False,
        stripe: RGB | None = None,
    ) -> None:
        """A crawler excavator, arm reaching to -x; electric ones have no exhaust stack and a bolt
        badge; stripe paints a livery band along the house."""
        pen = self.sc.pen
        chrome = mix(body, (245, 240, 230), 0.55)
        self.tracks(pen, 150, dark, mix(dark, shade, 0.35))
        self.rrect(pen, -60, -68, 70, -50, dark)
        self.rrect(pen, -70, -152, 150, -66, body, 10)
        self.rrect(pen, 108, -140, 164, -66, shade, 16)
        self.rrect(pen, -70, -88, 164, -66, shade)
        if stripe:
            self.rrect(pen, -30, -104, 164, -94, stripe)
        if electric:
            self.bolt(pen, 60, -124, 30, mix(self.sc.pal.gold, (255, 255, 255), 0.3))
        else:
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

    def bulldozer(
        self,
        body: RGB,
        shade: RGB,
        dark: RGB,
        glass: RGB,
        electric: bool = False,
        sensors: bool = False,
        stack: bool = True,
    ) -> None:
        """A crawler dozer, blade to -x. Electric: battery modules with a bolt badge and a charging
        port, never an exhaust stack. Sensors: a roof mast with lidar domes (driverless). Stack:
        whether a non-electric dozer shows its exhaust stack."""
        pen, p = self.sc.pen, self.sc.pal
        light = mix(body, p.cream, 0.35)
        self.tracks(pen, 136, dark, mix(dark, shade, 0.35), 72)
        ground_y = self.y
        self.y -= 14 * self.s
        self.rrect(pen, -126, -70, 136, -58, shade, 4)
        hood = [(-118, -70), (34, -70), (34, -150), (-100, -150), (-118, -132)]
        self.poly(pen, hood, body)
        self.poly(pen, [(-100, -150), (34, -150), (34, -143), (-103, -143)], light)
        self.rrect(pen, -124, -146, -112, -72, shade, 3)
        for y in range(-140, -76, 9):
            self.rrect(pen, -123, y, -113, y + 4, dark)
        if electric:
            for k in range(3):
                x0 = -100 + k * 44
                self.rrect(pen, x0, -134, x0 + 38, -80, mix(body, shade, 0.28), 6)
                self.rrect(pen, x0 + 4, -130, x0 + 34, -126, light, 2)
            self.bolt(pen, -37, -106, 34, mix(p.gold, (255, 255, 255), 0.35))
            self.rrect(pen, 14, -118, 30, -96, dark, 4)
            self.circle(pen, 22, -107, 5, mix(p.glow, (120, 255, 200), 0.35))
        else:
            for y in range(-134, -84, 8):
                self.rrect(pen, -96, y, 20, y + 3, shade)
            if stack:
                self.rrect(pen, -52, -196, -42, -150, dark)
                self.rrect(pen, -56, -202, -38, -194, dark, 2)
        self.poly(pen, [(30, -70), (132, -70), (132, -150), (122, -164), (30, -164)], body)
        self.rrect(pen, 40, -246, 122, -150, body, 6)
        self.rrect(pen, 34, -256, 128, -242, shade, 4)
        self.poly(pen, [(48, -236), (80, -236), (80, -160), (48, -160)], glass)
        self.poly(pen, [(86, -236), (114, -236), (114, -160), (86, -160)], glass)
        self.poly(pen, [(48, -236), (62, -236), (50, -196), (48, -196)], alpha(p.cream, 0.4))
        self.poly(pen, [(86, -236), (98, -236), (88, -200), (86, -200)], alpha(p.cream, 0.3))
        if sensors:
            self.rrect(pen, 76, -290, 82, -256, dark)
            self.rrect(pen, 54, -296, 104, -288, dark, 3)
            for cx in (60, 98):
                self.circle(pen, cx, -300, 7, mix(dark, p.glow, 0.3))
            self.circle(pen, 79, -304, 9, mix(p.glow, p.cream, 0.4))
        self.poly(pen, beam((-40, -34), (-170, -30), 20, 16), dark)
        self.poly(pen, beam((-104, -136), (-176, -150), 14, 12), mix(light, dark, 0.35))
        self.poly(pen, beam((-104, -136), (-150, -145), 9, 9), mix(light, (250, 250, 250), 0.4))
        blade = [
            (-168, 6),
            (-200, 6),
            (-214, -30),
            (-220, -90),
            (-214, -150),
            (-200, -182),
            (-186, -186),
            (-190, -168),
            (-198, -120),
            (-196, -60),
            (-184, -22),
        ]
        self.poly(pen, blade, shade)
        self.poly(
            pen,
            [(-184, -22), (-160, -30), (-158, -168), (-190, -168), (-198, -120), (-196, -60)],
            body,
        )
        self.poly(pen, [(-200, 6), (-168, 6), (-172, -6), (-204, -6)], dark)
        self.poly(pen, [(-214, -150), (-200, -182), (-186, -186), (-206, -146)], light)
        self.rrect(pen, 132, -120, 152, -60, shade, 3)
        self.poly(pen, beam((150, -96), (196, -62), 12, 10), dark)
        self.poly(pen, [(186, -70), (200, -70), (206, 14), (196, 22), (186, 10)], dark)
        self.y = ground_y

    def mining_truck(self, body: RGB, shade: RGB, dark: RGB, glass: RGB) -> None:
        """A rigid mining dump truck, cab to -x: giant tyres, the dump body reaching over the cab as a
        canopy, the ladder up to the deck and the hoist cylinder."""
        pen, p = self.sc.pen, self.sc.pal
        light = mix(body, p.cream, 0.35)
        self.rrect(pen, -230, -150, 150, -110, dark, 6)
        for cx in (-150.0, 120.0):
            self.circle(pen, cx, -82, 82, dark)
            self.circle(pen, cx, -82, 60, mix(dark, shade, 0.25))
            for k in range(16):
                a = k * math.tau / 16
                self.circle(pen, cx + 78 * math.cos(a), -82 + 78 * math.sin(a), 8, dark)
            self.circle(pen, cx, -82, 32, mix(body, dark, 0.45))
            self.circle(pen, cx, -82, 12, dark)
        self.rrect(pen, -250, -250, -200, -120, shade, 4)
        for y in range(-240, -130, 12):
            self.rrect(pen, -246, y, -204, y + 5, dark)
        self.rrect(pen, -256, -258, -60, -246, light, 3)
        self.rrect(pen, -240, -330, -160, -258, body, 6)
        self.rrect(pen, -232, -320, -196, -268, glass, 3)
        self.rrect(pen, -192, -320, -168, -268, glass, 3)
        for y in range(-244, -120, 16):
            self.rrect(pen, -266, y, -252, y + 4, dark)
        self.rrect(pen, -268, -250, -264, -110, dark)
        self.rrect(pen, -150, -136, 130, -118, shade, 4)
        bed = [
            (-262, -338),
            (-120, -342),
            (244, -326),
            (248, -214),
            (-20, -188),
            (-50, -246),
            (-150, -286),
            (-262, -306),
        ]
        self.poly(pen, bed, body)
        self.poly(
            pen,
            [(-262, -338), (-120, -342), (244, -326), (244, -314), (-120, -330), (-262, -326)],
            light,
        )
        for x in (-20, 60, 140, 210):
            yb = -188 - (x + 20) * 0.1
            self.poly(pen, [(x, yb), (x + 10, yb), (x + 10, -322), (x, -322)], shade)
        self.poly(pen, beam((-40, -140), (10, -190), 16, 14), mix(light, dark, 0.3))


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
) -> Point:
    """An industrial six-axis robot arm; returns where its tool works."""
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
    return (tip[0], tip[1] + 30 * s)
