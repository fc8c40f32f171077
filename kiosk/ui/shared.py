"""Names and sizes both sides use, defined once here and read by QML as the singleton Shared."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.content.model import Theme
from kiosk.present import timeline

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1
DEFAULT_THEME = Theme()


@QmlElement
@QmlSingleton
class Shared(QObject):
    """The hall colours a hall without its own theme gets, and the timeline's geometry."""

    @Property(str, constant=True)
    def background(self) -> str:
        """The default background colour."""
        return DEFAULT_THEME.background

    @Property(str, constant=True)
    def surface(self) -> str:
        """The default colour of cards and panels."""
        return DEFAULT_THEME.surface

    @Property(str, constant=True)
    def text(self) -> str:
        """The default text colour."""
        return DEFAULT_THEME.text

    @Property(str, constant=True)
    def muted(self) -> str:
        """The default colour of secondary text."""
        return DEFAULT_THEME.muted

    @Property(str, constant=True)
    def accent(self) -> str:
        """The default accent colour."""
        return DEFAULT_THEME.accent

    @Property(float, constant=True)
    def timelineCardWidth(self) -> float:
        """A timeline card's width in layout units (px at 1080p), the gap to the next included."""
        return timeline.CARD_WIDTH

    @Property(float, constant=True)
    def timelineCardGap(self) -> float:
        """The least space between two cards of one lane (layout units)."""
        return timeline.CARD_GAP
