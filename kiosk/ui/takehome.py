"""QR codes that take a story home: drawn for QML by an image provider, noted when shown."""

from __future__ import annotations

import logging
from urllib.parse import unquote

from PySide6.QtCore import QObject, QSize, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtQml import QmlElement, QmlSingleton
from PySide6.QtQuick import QQuickImageProvider

from kiosk.content.model import MAX_LINK
from kiosk.present.qr import qr_modules
from kiosk.ui.singletons import engine_singleton

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1
PROVIDER = "qr"  # QML asks for image://qr/<the link, URI-encoded>
MAX_ID = 3 * 4 * MAX_LINK  # a link's characters, each at most 4 UTF-8 bytes written as %XX

log = logging.getLogger(__name__)


def qr_image(link: str, side: int) -> QImage:
    """The link's code as black modules on white, each module a whole number of pixels.

    As large as fits in side pixels (at least one pixel a module): sharp edges, no smoothing.
    """
    modules = qr_modules(link)
    count = len(modules)
    image = QImage(count, count, QImage.Format.Format_Grayscale8)
    image.fill(255)
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, 0xFF000000)
    scale = max(1, side // count)
    return image.scaled(count * scale, count * scale)  # nearest neighbour: crisp modules


class QrCodes(QQuickImageProvider):
    """image://qr/<link>: the QR code of an https link the content validated."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:
        """The code at the largest whole-module size within the requested size."""
        link = unquote(id) if len(id) <= MAX_ID else ""
        side = min(requestedSize.width(), requestedSize.height())
        try:
            image = qr_image(link, side if side > 0 else 256) if link else QImage()
        except ValueError as exc:
            log.warning("no QR code for a link of %d characters: %s", len(link), exc)
            image = QImage()
        if image.isNull():  # an empty image would make Qt warn: a white square stands in
            image = QImage(max(side, 1), max(side, 1), QImage.Format.Format_Grayscale8)
            image.fill(255)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image


@QmlElement
@QmlSingleton
@engine_singleton
class TakeHome(QObject):
    """Hears from QML which QR code a visitor was shown, for the usage log."""

    codeShown = Signal(str)  # what the code belongs to: story:<id>, event:<id> or hall:<id>

    @Slot(str)
    def shown(self, target: str) -> None:
        """A code came into view (QML calls it once each time one does)."""
        if target:
            self.codeShown.emit(target)
