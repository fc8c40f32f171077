"""Charts drawn with Pillow: bars, horizontal bars and a pie, and the report page of them."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from kiosk.files import atomic_write
from kiosk.i18n import _
from kiosk.paths import FONTS

Series = Sequence[tuple[str, float]]
Box = tuple[int, int, int, int]  # left, top, right, bottom
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

SIZE = (1600, 1200)
PAPER = (255, 255, 255)
INK = (33, 37, 41)
MUTED = (108, 117, 125)
GRID = (222, 226, 230)
BAR = (51, 102, 153)
PALETTE = [(51, 102, 153), (230, 126, 34), (39, 174, 96), (142, 68, 173), (192, 57, 43), MUTED]
TOP_N = 10
MARGIN = 30
MAX_BAR = 80


@functools.cache
def font(size: int, bold: bool = False) -> Font:
    """The bundled Noto Sans SC (Chinese and Latin) at a pixel size."""
    name = "NotoSansSC-Bold.otf" if bold else "NotoSansSC-Regular.otf"
    try:
        return ImageFont.truetype(str(FONTS / name), size)
    except OSError:  # a broken install: Latin still renders
        return ImageFont.load_default(size)


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` gridlines up to top."""
    raw = max(top, 1) / ticks
    power: float = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return max(step, 1.0)


def number(value: float) -> str:
    """A value as a label: whole numbers without decimals."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


class Canvas:
    """An image with text helpers."""

    def __init__(self, size: tuple[int, int] = SIZE) -> None:
        self.image = Image.new("RGB", size, PAPER)
        self.draw = ImageDraw.Draw(self.image)

    def text(
        self,
        xy: tuple[float, float],
        text: str,
        size: int,
        *,
        bold: bool = False,
        fill: tuple[int, int, int] = INK,
        anchor: str = "la",
    ) -> None:
        """Draw text; anchor as in Pillow ('la' left-ascender, 'mm' middle, 'rm' right...)."""
        self.draw.text(xy, text, font=font(size, bold), fill=fill, anchor=anchor)

    def width(self, text: str, size: int, bold: bool = False) -> float:
        """How wide text is drawn."""
        return self.draw.textlength(text, font=font(size, bold))

    def fit(self, text: str, size: int, width: float) -> str:
        """text, shortened with an ellipsis to fit width."""
        if self.width(text, size) <= width:
            return text
        while text and self.width(text + "…", size) > width:
            text = text[:-1]
        return text + "…"

    def vertical_text(self, center: tuple[float, float], text: str, size: int) -> None:
        """Text turned a quarter left (a y axis label), centred on center."""
        box = self.draw.textbbox((0, 0), text, font=font(size))
        label = Image.new("RGBA", (int(box[2]) + 4, int(box[3]) + 4), (0, 0, 0, 0))
        ImageDraw.Draw(label).text((2, 2), text, font=font(size), fill=MUTED)
        label = label.rotate(90, expand=True)
        x, y = int(center[0] - label.width / 2), int(center[1] - label.height / 2)
        self.image.paste(label, (x, y), label)


def _title(canvas: Canvas, box: Box, title: str) -> int:
    """Draw a panel title; the y below it."""
    canvas.text((box[0] + MARGIN, box[1] + 8), title, 26, bold=True)
    return box[1] + 56


def vbars(canvas: Canvas, box: Box, title: str, items: Series, x_label: str, y_label: str) -> None:
    """Vertical bars with a value axis, gridlines, thinned category labels and values."""
    top = _title(canvas, box, title) + 24  # room for the values over the highest bar
    left, right, bottom = box[0] + MARGIN + 70, box[2] - MARGIN, box[3] - 70
    high = max((v for _, v in items), default=0)
    step = nice_step(high)
    scale_top = max(step, math.ceil(high / step) * step)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / scale_top

    tick = 0.0
    while tick <= scale_top + 1e-9:
        y = y_of(tick)
        canvas.draw.line((left, y, right, y), fill=GRID, width=1)
        canvas.text((left - 8, y), number(tick), 16, fill=MUTED, anchor="rm")
        tick += step
    canvas.draw.line((left, bottom, right, bottom), fill=INK, width=2)
    canvas.vertical_text((box[0] + MARGIN + 10, (top + bottom) / 2), y_label, 18)
    canvas.text(((left + right) / 2, box[3] - 10), x_label, 18, fill=MUTED, anchor="md")
    if not items:
        return
    slot = (right - left) / len(items)
    bar = min(MAX_BAR, max(1.0, slot * 0.7))
    label_width = max(canvas.width(label, 16) for label, _ in items) + 12
    every = max(1, math.ceil(label_width / slot))
    show_values = all(canvas.width(number(v), 15) <= slot for _, v in items)
    for i, (label, value) in enumerate(items):
        x = left + slot * i + slot / 2
        if value > 0:
            canvas.draw.rectangle((x - bar / 2, y_of(value), x + bar / 2, bottom), fill=BAR)
        if show_values and value > 0:
            canvas.text((x, y_of(value) - 4), number(value), 15, anchor="md")
        if i % every == 0:
            canvas.text((x, bottom + 8), label, 16, fill=MUTED, anchor="ma")


def hbars(canvas: Canvas, box: Box, title: str, items: Series) -> None:
    """The first TOP_N items as horizontal bars, labelled at the left and valued at their ends."""
    top = _title(canvas, box, title)
    bottom = box[3] - 20
    rows = list(items)[:TOP_N]
    if not rows:
        canvas.text((box[0] + MARGIN, top), "—", 22, fill=MUTED)
        return
    label_space = min(
        max(canvas.width(label, 18) for label, _ in rows) + 20, (box[2] - box[0]) * 0.4
    )
    left, right = box[0] + MARGIN + label_space, box[2] - MARGIN - 60
    high = max(v for _, v in rows) or 1
    pitch = min(44.0, (bottom - top) / len(rows))
    for i, (label, value) in enumerate(rows):
        y = top + pitch * i + pitch / 2
        canvas.text((left - 12, y), canvas.fit(label, 18, label_space - 20), 18, anchor="rm")
        end = left + (right - left) * value / high
        canvas.draw.rectangle(
            (left, y - pitch * 0.35, max(left + 1, end), y + pitch * 0.35), fill=BAR
        )
        canvas.text((end + 8, y), number(value), 17, anchor="lm")
    canvas.draw.line((left, top, left, top + pitch * len(rows)), fill=INK, width=2)


def pie(canvas: Canvas, box: Box, title: str, items: Series) -> None:
    """A pie with a legend of names, percentages and values."""
    top = _title(canvas, box, title)
    total = sum(v for _, v in items)
    if not total:
        return
    radius = min((box[3] - top - 20) / 2, (box[2] - box[0]) * 0.22)
    cx, cy = box[0] + MARGIN + radius, (top + box[3]) / 2
    start = -90.0
    for i, (label, value) in enumerate(items):
        colour = PALETTE[i % len(PALETTE)]
        sweep = 360 * value / total
        canvas.draw.pieslice(
            (cx - radius, cy - radius, cx + radius, cy + radius), start, start + sweep, fill=colour
        )
        start += sweep
        y = top + 20 + i * 40
        x = cx + radius + 30
        canvas.draw.rectangle((x, y - 11, x + 22, y + 11), fill=colour)
        share = f"{label}  {100 * value / total:.0f}%  ({number(value)})"
        canvas.text((x + 34, y), canvas.fit(share, 20, box[2] - x - 34 - MARGIN), 20, anchor="lm")


def report_chart(
    path: Path,
    heading: str,
    note: str,
    per_day: Series,
    per_hour: Series,
    sections: Series,
    languages: Series,
) -> Path:
    """The report page: visits per day, per hour, top sections, languages (or 'no visits')."""
    canvas = Canvas()
    width, height = canvas.image.size
    canvas.text((MARGIN, 22), heading, 34, bold=True)
    canvas.text((MARGIN, 72), note, 20, fill=MUTED)
    canvas.draw.line((MARGIN, 108, width - MARGIN, 108), fill=GRID, width=2)
    if not per_day:
        message = _("no visits in this period")
        canvas.text((width / 2, height / 2), message, 40, fill=MUTED, anchor="mm")
    else:
        visits = _("visits")
        vbars(canvas, (0, 115, width, 480), _("Visits per day"), per_day, _("date"), visits)
        vbars(canvas, (0, 480, 1000, 830), _("Visits by hour"), per_hour, _("hour"), visits)
        pie(canvas, (1000, 480, width, 830), _("Languages (visits)"), languages)
        hbars(canvas, (0, 830, width, height), _("Top sections (views)"), sections)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda handle: canvas.image.save(handle, "PNG", optimize=True))
    return path
