"""The supersampled canvas: a design-unit pen, masked layers, gradients and blurs."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Concatenate, ParamSpec

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .geometry import DESIGN_H, DESIGN_W, Point, smoothstep
from .palette import RGB, Color, Palette, mix

OUT_SIZE = (1920, 1280)
SUPERSAMPLE = 2
P = ParamSpec("P")


class Pen:
    """ImageDraw wrapper working in design units; on an 'L' mask the default fill is 255."""

    def __init__(self, image: Image.Image, scale: float) -> None:
        self.is_mask = image.mode == "L"
        self.d = ImageDraw.Draw(image) if self.is_mask else ImageDraw.Draw(image, "RGBA")
        self.k = scale

    def _fill(self, fill: Color | int | None) -> Color | int:
        if fill is None:
            return 255
        if self.is_mask and isinstance(fill, tuple):
            return fill[3] if len(fill) == 4 else 255
        return fill

    def _pts(self, pts: Sequence[Point]) -> list[Point]:
        return [(x * self.k, y * self.k) for x, y in pts]

    def poly(self, pts: Sequence[Point], fill: Color | int | None = None) -> None:
        if len(pts) < 3:
            return
        self.d.polygon(self._pts(pts), fill=self._fill(fill))

    def rect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        fill: Color | int | None = None,
        r: float = 0,
    ) -> None:
        box = (x0 * self.k, y0 * self.k, max(x0, x1) * self.k, max(y0, y1) * self.k)
        if r > 0:
            self.d.rounded_rectangle(box, radius=r * self.k, fill=self._fill(fill))
        else:
            self.d.rectangle(box, fill=self._fill(fill))

    def ellipse(
        self, cx: float, cy: float, rx: float, ry: float, fill: Color | int | None = None
    ) -> None:
        self.d.ellipse(
            ((cx - rx) * self.k, (cy - ry) * self.k, (cx + rx) * self.k, (cy + ry) * self.k),
            fill=self._fill(fill),
        )

    def circle(self, cx: float, cy: float, r: float, fill: Color | int | None = None) -> None:
        self.ellipse(cx, cy, r, r, fill)

    def line(
        self, pts: Sequence[Point], fill: Color | int | None = None, width: float = 2.0
    ) -> None:
        if len(pts) < 2:
            return
        self.d.line(
            self._pts(pts),
            fill=self._fill(fill),
            width=max(1, round(width * self.k)),
            joint="curve",
        )

    def ring(
        self, cx: float, cy: float, r: float, fill: Color | int | None = None, width: float = 2.0
    ) -> None:
        k = self.k
        self.d.ellipse(
            ((cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k),
            outline=self._fill(fill),
            width=max(1, round(width * k)),
        )


def soft_blur(mask: Image.Image, radius: float) -> Image.Image:
    """Gaussian blur, done on a reduced copy for big radii (much faster, same look)."""
    if radius <= 0:
        return mask
    if radius < 12:
        return mask.filter(ImageFilter.GaussianBlur(radius))
    f = 4
    small = mask.resize((mask.width // f, mask.height // f), Image.Resampling.BOX)
    small = small.filter(ImageFilter.GaussianBlur(radius / f))
    return small.resize(mask.size, Image.Resampling.BICUBIC)


def gradient(
    size: tuple[int, int], stops: Sequence[tuple[float, Sequence[int]]], angle: float = 90.0
) -> Image.Image:
    """Linear multi-stop gradient; angle 90 runs top to bottom."""
    sw, sh = 96, 64
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    corners = [x * dx + y * dy for x in (0, sw - 1) for y in (0, sh - 1)]
    lo, hi = min(corners), max(corners)
    small = Image.new("RGB", (sw, sh))
    small.putdata(
        [
            stop_color(stops, ((x * dx + y * dy) - lo) / (hi - lo))
            for y in range(sh)
            for x in range(sw)
        ]
    )
    return small.resize(size, Image.Resampling.BICUBIC)


def stop_color(stops: Sequence[tuple[float, Sequence[int]]], t: float) -> RGB:
    """Colour at t along gradient stops."""
    for (t0, c0), (t1, c1) in itertools.pairwise(stops):
        if t <= t1:
            return mix(c0, c1, (t - t0) / ((t1 - t0) or 1))
    return tuple(stops[-1][1])  # type: ignore[return-value]


class WrongPlace(RuntimeError):
    """A landmark was drawn outside the place it belongs to."""


class Scene:
    """The 2x canvas being painted, with its palette, random source and composition flags.

    `places` is the stack of places being drawn (`with sc.place("qingdao"):`); a landmark drawing
    (see `landmark`) refuses to draw anywhere but in its own place and notes itself in `landmarks`.
    """

    def __init__(
        self,
        rng: random.Random,
        pal: Palette,
        grand: bool,
        words: frozenset[str] = frozenset(),
        size: tuple[int, int] | None = None,
    ) -> None:
        self.size = size or (OUT_SIZE[0] * SUPERSAMPLE, OUT_SIZE[1] * SUPERSAMPLE)
        self.k = self.size[1] / DESIGN_H
        self.img = Image.new("RGB", self.size, pal.deep)
        self.rng = rng
        self.pal = pal
        self.grand = grand
        self.words = words
        self.sun: Point = (rng.uniform(0.3, 0.75) * DESIGN_W, rng.uniform(380, 520))
        self.pen = Pen(self.img, self.k)
        self.places: list[str] = []
        self.landmarks: list[tuple[str, str]] = []

    @contextmanager
    def place(self, name: str) -> Iterator[None]:
        """Everything drawn inside the block depicts the named place."""
        self.places.append(name)
        try:
            yield
        finally:
            self.places.pop()

    def rand(self, a: float, b: float) -> float:
        return self.rng.uniform(a, b)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    @contextmanager
    def layer(
        self,
        fill: Color | Image.Image,
        opacity: float = 1.0,
        blur: float = 0.0,
        glow: float = 0.0,
        glow_opacity: float = 0.5,
    ) -> Iterator[Pen]:
        """Draw shapes into a mask, then composite fill through it (optionally blurred / glowing)."""
        mask = Image.new("L", self.size, 0)
        yield Pen(mask, self.k)
        if glow > 0:
            self._composite(fill, soft_blur(mask, glow * self.k), glow_opacity)
        self._composite(fill, soft_blur(mask, blur * self.k), opacity)

    def _composite(self, fill: Color | Image.Image, mask: Image.Image, opacity: float) -> None:
        if opacity < 1.0:
            mask = mask.point(lambda v: round(v * opacity))
        box = mask.getbbox()
        if not box:
            return
        if isinstance(fill, Image.Image):
            self.img.paste(fill.crop(box), box, mask.crop(box))
        else:
            self.img.paste(tuple(fill[:3]), box, mask.crop(box))

    def mist(self, y0: float, y1: float, color: Sequence[int], a0: float, a1: float) -> None:
        """A horizontal haze band whose opacity goes from a0 (top) to a1 (bottom)."""
        top, bottom = round(y0 * self.k), round(y1 * self.k)
        if bottom <= top:
            return
        col = Image.new("L", (1, 64))
        col.putdata([round(255 * (a0 + (a1 - a0) * smoothstep(0, 1, i / 63))) for i in range(64)])
        band = col.resize((self.size[0], bottom - top), Image.Resampling.BICUBIC)
        self.img.paste(tuple(color[:3]), (0, top, self.size[0], bottom), band)


def landmark(
    place: str,
) -> Callable[[Callable[Concatenate[Scene, P], None]], Callable[Concatenate[Scene, P], None]]:
    """Mark a drawing function as a landmark of `place`: it raises WrongPlace when called while
    any other place (or none) is being drawn, and records itself in the scene's `landmarks`."""

    def wrap(draw: Callable[Concatenate[Scene, P], None]) -> Callable[Concatenate[Scene, P], None]:
        def drawn(sc: Scene, /, *args: P.args, **kwargs: P.kwargs) -> None:
            here = sc.places[-1] if sc.places else None
            if here != place:
                raise WrongPlace(f"{draw.__name__} is a landmark of {place}, not of {here}")
            sc.landmarks.append((place, draw.__name__))
            draw(sc, *args, **kwargs)

        drawn.__name__, drawn.__qualname__, drawn.__doc__ = (
            draw.__name__,
            draw.__qualname__,
            draw.__doc__,
        )
        return drawn

    return wrap


def lit_shape(
    sc: Scene,
    shape: Callable[[Pen], None],
    light: Callable[[Pen], None],
    base: RGB,
    lit: RGB,
    opacity: float = 1.0,
    blur: float = 0.0,
) -> None:
    """Fill a shape with base colour, then paint the part covered by `light` (clipped to the shape) in lit colour."""
    body = Image.new("L", sc.size, 0)
    shape(Pen(body, sc.k))
    top = Image.new("L", sc.size, 0)
    light(Pen(top, sc.k))
    body = soft_blur(body, blur * sc.k)
    sc._composite(base, body, opacity)
    sc._composite(lit, ImageChops.multiply(body, soft_blur(top, max(blur, 1.5) * sc.k)), opacity)
