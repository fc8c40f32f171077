"""The facts of a rendered view, as data: every text and picture a visitor can see in the window.

`kiosk snapshot --inspect FILE.json` writes them, so that a screen can be checked without
reading pixels: is a text cut off (`truncated`: elided or cut at its line limit), can part of
it never be seen (`clipped`: it overflows a clipping box or the window edge, and no flick brings
it into view), how large is it, and is a picture shown larger than it was decoded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from PySide6.QtCore import QRectF
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


@dataclass(frozen=True)
class PictureFact:
    """A picture as shown."""

    file: str
    source: list[int]
    decoded: list[int]
    painted: list[int]
    rect: list[int]
    name: str = ""


@dataclass
class Facts:
    """Everything visible in a window."""

    view: str
    size: list[int]
    language: str
    texts: list[TextFact] = field(default_factory=list)
    pictures: list[PictureFact] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The facts as JSON data (the format README documents)."""
        return asdict(self)


def inspect(window: QQuickWindow, view: str, language: str, origin: Origin) -> Facts:
    """The texts and pictures visible in the window now."""
    facts = Facts(view, [window.width(), window.height()], language)
    bounds = QRectF(0, 0, window.width(), window.height())
    for item, chain in _visible_items(window.contentItem()):
        kind = item.metaObject().className()
        if kind.startswith("QQuickText") and not kind.startswith("QQuickTextInput"):
            text = _text(item, chain, bounds)
            if text is not None:
                facts.texts.append(text)
        elif kind.startswith("QQuickImage") and _loaded(item):
            picture = _picture(item, chain, bounds, origin)
            if picture is not None:
                facts.pictures.append(picture)
    return facts


# What covers what in Main.qml: an open overlay hides the page under its scrim, the attract
# loop hides everything the visitor was shown.
COVERS = {"overlay": "page", "attract": "content"}


def _covered(root: QQuickItem) -> set[str]:
    """The names of the layers something is shown over now."""
    found = set()
    for cover, layer in COVERS.items():
        item = root.findChild(QQuickItem, cover)
        if item is not None and item.isVisible() and any(c.isVisible() for c in item.childItems()):
            found.add(layer)
    return found


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
    if _seen(painted, chain, bounds).isEmpty():
        return None
    font = item.property("font")
    size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
    scale = _scale(item, chain)
    return TextFact(
        text=text,
        pixel_size=round(size * scale),
        truncated=bool(item.property("truncated")),
        clipped=_clipped(painted, chain, bounds),
        rect=_box(_seen(painted, chain, bounds)),
        name=item.objectName(),
    )


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
