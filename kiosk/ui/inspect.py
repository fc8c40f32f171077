"""The facts of a rendered view, as data: every text and picture a visitor can see in the window.

`kiosk snapshot --inspect FILE.json` writes them, so that a screen can be checked without
reading pixels: is a text cut off (`truncated`: elided or cut at its line limit), can part of
it never be seen (`clipped`: it overflows a clipping box or the window edge, and no flick brings
it into view), how large is it, and is a picture shown larger than it was decoded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from PIL import Image, ImageChops
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlExpression, qmlContext
from PySide6.QtQuick import QQuickItem, QQuickWindow

Origin = Callable[[str], tuple[str, tuple[int, int]] | None]  # URL -> hall file, its pixels
EDGE = 0.5  # px of overflow that rounding explains


@dataclass(frozen=True)
class TextFact:
    """A text as shown."""

    text: str
    pixel_size: int
    truncated: bool
    clipped: bool
    rect: list[int]
    name: str = ""  # the item's objectName, when it has one (where to look in the QML)
    color: str = ""  # #RRGGBB
    contrast: float | None = None  # against the lightest (or darkest) of what is behind it


@dataclass(frozen=True)
class PictureFact:
    """A picture as shown."""

    file: str
    source: list[int]
    decoded: list[int]
    painted: list[int]
    rect: list[int]
    name: str = ""


@dataclass(frozen=True)
class ControlFact:
    """A control a visitor can press, where it is on the screen."""

    name: str  # what a screen reader says
    rect: list[int]
    owner: str = ""  # the objectName of the control or of the nearest named item holding it


@dataclass
class Facts:
    """Everything visible in a window."""

    view: str
    size: list[int]
    language: str
    texts: list[TextFact] = field(default_factory=list)
    pictures: list[PictureFact] = field(default_factory=list)
    controls: list[ControlFact] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The facts as JSON data (the format README documents)."""
        return asdict(self)


def inspect(window: QQuickWindow, view: str, language: str, origin: Origin) -> Facts:
    """The texts and pictures visible in the window now."""
    facts = Facts(view, [window.width(), window.height()], language)
    bounds = QRectF(0, 0, window.width(), window.height())
    shown: list[QQuickItem] = []
    for item, chain in _visible_items(window.contentItem()):
        if item.inherits("QQuickText"):
            text = _text(item, chain, bounds)
            if text is not None:
                facts.texts.append(text)
                shown.append(item)
        elif _is_control(item) and item.isEnabled():
            control = _control(item, chain, bounds)
            if control is not None:
                facts.controls.append(control)
        elif item.inherits("QQuickImage") and _loaded(item):
            picture = _picture(item, chain, bounds, origin)
            if picture is not None:
                facts.pictures.append(picture)
    front = _screen(window)
    measured: dict[int, TextFact] = {}
    for group in _apart([t.rect for t in facts.texts]):
        behind = _behind(window, [shown[i] for i in group])
        measured.update({i: _with_contrast(facts.texts[i], front, behind) for i in group})
    facts.texts = [measured[i] for i in range(len(facts.texts))]
    return facts


def _is_control(item: QQuickItem) -> bool:
    """Whether an item is a Pressable (what makes every visitor control pressable)."""
    return item.metaObject().className().startswith("Pressable")


def _control(item: QQuickItem, chain: list[QQuickItem], bounds: QRectF) -> ControlFact | None:
    """A control's fact, if any of it is on the screen."""
    seen = _seen(_scene(item), chain, bounds)
    if seen.isEmpty():
        return None
    owner = next((i.objectName() for i in [item, *chain] if i.objectName()), "")
    return ControlFact(str(item.property("name") or ""), _box(seen), owner)


def _apart(rects: list[list[int]]) -> list[list[int]]:
    """The rects' indexes in groups whose rects do not overlap (hidden together, measured apart)."""
    groups: list[list[int]] = []
    for i, rect in enumerate(rects):
        for group in groups:
            if not any(_overlap(rect, rects[j]) for j in group):
                group.append(i)
                break
        else:
            groups.append([i])
    return groups


def _overlap(a: list[int], b: list[int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _behind(window: QQuickWindow, texts: list[QQuickItem]) -> Image.Image:
    """What the window shows without its texts: what each text must stand out from."""
    opacities = [t.opacity() for t in texts]
    for text in texts:
        text.setOpacity(0)
    try:
        return _screen(window)
    finally:
        for text, opacity in zip(texts, opacities, strict=True):
            text.setOpacity(opacity)


# What covers what in Main.qml: an open overlay hides the page under its scrim, the attract
# loop hides everything the visitor was shown.
COVERS = {"overlay": "page", "attract": "content"}


def _covered(root: QQuickItem) -> set[str]:
    """The names of the layers something is shown over now."""
    named: dict[str, QQuickItem] = {}
    stack = [root]
    while stack:
        item = stack.pop()
        if item.objectName() in COVERS:
            named[item.objectName()] = item
        stack.extend(item.childItems())
    return {
        layer
        for cover, layer in COVERS.items()
        if cover in named
        and named[cover].isVisible()
        and any(c.isVisible() for c in named[cover].childItems())
    }


def _visible_items(root: QQuickItem) -> Iterator[tuple[QQuickItem, list[QQuickItem]]]:
    """Every item that is visible, not transparent and not covered, with its ancestors."""
    covered = _covered(root)
    stack: list[tuple[QQuickItem, list[QQuickItem]]] = [(root, [])]
    while stack:
        item, chain = stack.pop()
        if not item.isVisible() or item.opacity() <= 0.01 or item.objectName() in covered:
            continue
        yield item, chain
        stack.extend((child, [item, *chain]) for child in reversed(item.childItems()))


def _scene(item: QQuickItem, width: float | None = None, height: float | None = None) -> QRectF:
    return item.mapRectToScene(
        QRectF(
            0,
            0,
            item.width() if width is None else width,
            item.height() if height is None else height,
        )
    )


def _seen(rect: QRectF, chain: list[QQuickItem], bounds: QRectF) -> QRectF:
    """The part of rect inside the window and every clipping ancestor."""
    seen = rect.intersected(bounds)
    for ancestor in chain:
        if ancestor.clip():
            seen = seen.intersected(_scene(ancestor))
    return seen


def _clipped(rect: QRectF, chain: list[QQuickItem], bounds: QRectF) -> bool:
    """Whether part of rect is cut by a clipping box or the window, where no flick reaches it."""
    boxes = [(i, _scene(a)) for i, a in enumerate(chain) if a.clip()]
    boxes.append((len(chain), bounds))
    for depth, box in boxes:
        sides = {
            "x": rect.left() < box.left() - EDGE or rect.right() > box.right() + EDGE,
            "y": rect.top() < box.top() - EDGE or rect.bottom() > box.bottom() + EDGE,
        }
        for axis, over in sides.items():
            if over and not _flickable_between(chain[: depth + 1], axis):
                return True
    return False


def _flickable_between(chain: list[QQuickItem], axis: str) -> bool:
    """Whether a Flickable in chain can scroll along axis (its content is larger than it)."""
    for item in chain:
        if "Flickable" in item.metaObject().className() or item.metaObject().className() in (
            "QQuickListView",
            "QQuickGridView",
        ):
            if axis == "y" and item.property("contentHeight") > item.height() + EDGE:
                return True
            if axis == "x" and item.property("contentWidth") > item.width() + EDGE:
                return True
    return False


def _box(rect: QRectF) -> list[int]:
    return [round(rect.x()), round(rect.y()), round(rect.width()), round(rect.height())]


def _text(item: QQuickItem, chain: list[QQuickItem], bounds: QRectF) -> TextFact | None:
    text = str(item.property("text") or "")
    if not text.strip():
        return None
    # What the text paints: its box, or more where its lines overflow the box.
    painted = _scene(
        item,
        max(item.width(), float(item.property("contentWidth") or 0)),
        max(item.height(), float(item.property("contentHeight") or 0)),
    )
    seen = _seen(painted, chain, bounds)
    if seen.isEmpty():
        return None
    size = _shown_size(item)
    scale = _scale(item, chain)
    return TextFact(
        text=text,
        pixel_size=round(size * scale),
        truncated=bool(item.property("truncated")),
        clipped=_clipped(painted, chain, bounds),
        rect=_box(seen),
        name=item.objectName(),
        color=item.property("color").name(),
    )


def _shown_size(text: QQuickItem) -> float:
    """The pixel size a Text is drawn at (smaller than asked when it shrinks to fit)."""
    context = qmlContext(text)
    value, failed = (
        QQmlExpression(context, text, "fontInfo.pixelSize").evaluate() if context else (0, True)
    )
    if not failed and isinstance(value, int | float) and value > 0:
        return float(value)
    font = text.property("font")
    return float(font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72)


def _scale(item: QQuickItem, chain: list[QQuickItem]) -> float:
    """How much the item and its ancestors scale what they paint."""
    factor = item.scale()
    for ancestor in chain:
        factor *= ancestor.scale()
    return factor


def _picture(
    item: QQuickItem, chain: list[QQuickItem], bounds: QRectF, origin: Origin
) -> PictureFact | None:
    rect = _scene(item)
    seen = _seen(rect, chain, bounds)
    if seen.isEmpty():
        return None
    url = item.property("source").toString()
    found = origin(url)
    file, source = found if found else (url, (0, 0))
    implicit = (round(item.implicitWidth()), round(item.implicitHeight()))
    scale = _scale(item, chain)
    painted = (
        round(float(item.property("paintedWidth")) * scale),
        round(float(item.property("paintedHeight")) * scale),
    )
    return PictureFact(
        file=file,
        source=list(source),
        decoded=list(implicit),
        painted=list(painted),
        rect=_box(seen),
        name=item.objectName() or (chain[0].objectName() if chain else ""),
    )


def _loaded(image: QQuickItem) -> bool:
    """Whether an Image shows its picture (its status enum does not reach Python)."""
    return image.property("progress") == 1.0 and image.implicitWidth() > 0


def _screen(window: QQuickWindow) -> Image.Image:
    """What the window shows now, as a Pillow image (grayscale: what contrast needs)."""
    shot = window.grabWindow().convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(shot.constBits())
    size = (shot.width(), shot.height())
    return Image.frombuffer("RGB", size, data, "raw", "RGB", shot.bytesPerLine(), 1).convert("L")


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def linear(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: float, b: float) -> float:
    """WCAG contrast ratio of two relative luminances."""
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


INK = 24  # grey levels a pixel changes by where a text paints it


def _with_contrast(fact: TextFact, front: Image.Image, behind: Image.Image) -> TextFact:
    """The fact with the contrast of its text against the worst of what lies behind its glyphs.

    The pixels the text paints are those that change when it is hidden; what they show without
    it is its background. The lightest of them behind a light text (the darkest behind a dark
    one), leaving out the extreme 2 %, is what the text must stand out from: a bright moon
    behind part of a subtitle counts.
    """
    x, y, w, h = fact.rect
    if w < 1 or h < 1 or not fact.color:
        return fact
    box = (x, y, x + w, y + h)
    ground = behind.crop(box)
    painted = ImageChops.difference(front.crop(box), ground).point(lambda v: 255 if v > INK else 0)
    counts = ground.histogram(mask=painted.convert("1"))
    total = sum(counts)
    if total < 4:  # nothing painted (a text in the colour of its ground)
        return fact
    rgb = (int(fact.color[1:3], 16), int(fact.color[3:5], 16), int(fact.color[5:7], 16))
    light_text = luminance(rgb) > luminance((128, 128, 128))
    seen, worst = 0, 0
    for level in range(256) if light_text else range(255, -1, -1):
        seen += counts[level]
        worst = level
        if seen >= total * 0.98:
            break
    ratio = contrast(luminance(rgb), luminance((worst, worst, worst)))
    return replace(fact, contrast=round(ratio, 2))
