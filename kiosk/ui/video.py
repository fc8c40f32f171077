"""Films in stories: the volume cap (Films) and the subtitle shown at a moment (Subtitles)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, QUrl, Signal
from PySide6.QtQml import QmlElement, QmlNamedElement, QmlSingleton

from kiosk.content.subtitles import Cue, cue_at, read_subtitles
from kiosk.ui.singletons import engine_singleton

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

PAUSE_RELEASE_MS = 30_000  # a film paused this long gives its decoder back (its place is kept)


@QmlNamedElement("Films")
@QmlSingleton
@engine_singleton
class Films(QObject):  # type: ignore[operator]
    """What every film player shares: the loudest it may play (the settings' video_volume_max)."""

    changed = Signal()

    def __init__(self, volume_max: float = 0.5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._volume_max = volume_max

    def set_volume_max(self, volume: float) -> None:
        """The settings read again."""
        if volume != self._volume_max:
            self._volume_max = volume
            self.changed.emit()

    @Property(float, notify=changed)
    def volumeMax(self) -> float:
        """The volume a story's film plays at (0 to 1)."""
        return self._volume_max

    @Property(int, constant=True)
    def pauseReleaseMs(self) -> int:
        """How long a paused film keeps its decoder."""
        return PAUSE_RELEASE_MS


@QmlElement
class Subtitles(QObject):
    """The cue of a subtitle file at the player's position: QML binds source and position."""

    sourceChanged = Signal()
    textChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = ""
        self._cues: list[Cue] = []
        self._position = 0
        self._text = ""

    def _get_source(self) -> str:
        return self._source

    def _set_source(self, source: str) -> None:
        if source == self._source:
            return
        self._source = source
        self._cues = []
        if source:
            path = Path(QUrl(source).toLocalFile())
            try:
                self._cues = read_subtitles(path)
            except (OSError, ValueError) as exc:  # validate said so already: one log line
                log.warning("subtitles %s cannot be shown: %s", path.name, exc)
        self.sourceChanged.emit()
        self._update()

    source = Property(str, _get_source, _set_source, notify=sourceChanged)

    def _get_position(self) -> int:
        return self._position

    def _set_position(self, position: int) -> None:
        if position != self._position:
            self._position = position
            self._update()

    position = Property(int, _get_position, _set_position, notify=textChanged)

    def _update(self) -> None:
        text = cue_at(self._cues, self._position / 1000) if self._cues else ""
        if text != self._text:
            self._text = text
            self.textChanged.emit()

    @Property(str, notify=textChanged)
    def text(self) -> str:
        """The subtitle shown now ('' between cues)."""
        return self._text

    @Property(int, notify=sourceChanged)
    def count(self) -> int:
        """How many cues the file has (0: none shown)."""
        return len(self._cues)
