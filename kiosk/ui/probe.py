"""`kiosk probe-video`: open a video with QMediaPlayer, decode a frame at its start and near its end."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaMetaData, QMediaPlayer, QVideoFrame, QVideoSink

STEP_MS = 5_000  # the most one step (open, first frame, the frame near the end) may take
END_MARGIN_MS = 1000  # the last check seeks to this long before the end
END_SLACK_MS = 1500  # and wants a frame that starts at least this close to it
POSTER_AT_MS = 2000  # the poster frame: this far in (a third of a shorter film)


class _Probe(QObject):
    """One file opened, played silently to a frame at its start and one near its end."""

    def __init__(self, path: Path, grab: Path | None) -> None:
        super().__init__()
        self.facts: dict[str, Any] = {}
        self._grab = grab
        self._loop = QEventLoop()
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)  # no audio output: it plays silently
        self._frames = 0
        self._last_ms = -1
        self._seeking = False
        self._grab_at = 0  # ms: the poster frame (a film often fades in from black)
        self._player.errorOccurred.connect(self._on_error)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._timer = QTimer(self, singleShot=True, interval=STEP_MS)
        self._timer.timeout.connect(self._on_timeout)
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def run(self) -> dict[str, Any]:
        """The facts about the file (or its 'error')."""
        if not self._player.isAvailable():
            return {"error": "Qt Multimedia has no backend (its FFmpeg plugin is missing)"}
        self._timer.start()
        self._loop.exec()
        self._player.stop()
        self._player.setSource(QUrl())
        return self.facts

    def _finish(self, **facts: Any) -> None:
        self.facts.update(facts)
        self._timer.stop()
        self._loop.quit()

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if self._frames and self._seeking:
            self._finish(error="truncated", decoded_ms=self._last_ms)
        else:
            self._finish(error=message or error.name)

    def _on_timeout(self) -> None:
        if self._seeking and self._frames:
            self._finish(error="truncated", decoded_ms=self._last_ms)
        else:
            self._finish(error="timeout")

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        Status = QMediaPlayer.MediaStatus
        if status == Status.InvalidMedia:
            self._finish(error=self._player.errorString() or "invalid media")
        elif status == Status.LoadedMedia:
            if not self._player.hasVideo():
                self._finish(error="no-video")
                return
            meta = self._player.metaData()
            size = meta.value(QMediaMetaData.Key.Resolution)
            codec = meta.stringValue(QMediaMetaData.Key.VideoCodec)
            self.facts.update(
                duration_ms=self._player.duration(),
                width=size.width() if size is not None else 0,
                height=size.height() if size is not None else 0,
                codec=codec.replace(".", "").replace("-", "").upper(),
                audio=self._player.hasAudio(),
            )
            self._timer.start()
            if self._grab is not None:
                self._grab_at = min(POSTER_AT_MS, int(self.facts["duration_ms"]) // 3)
                self._player.setPosition(self._grab_at)
            self._player.play()
        elif status == Status.EndOfMedia and self._seeking and not self._check_end():
            self._finish(error="truncated", decoded_ms=self._last_ms)

    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        self._frames += 1
        self._last_ms = max(self._last_ms, frame.startTime() // 1000)
        if not self._seeking:
            if self._grab is not None:
                if frame.startTime() // 1000 < self._grab_at - 100:
                    return
                image: QImage = frame.toImage()
                saved = image.save(str(self._grab), "PNG")  # type: ignore[call-overload]
                if image.isNull() or not saved:
                    self._finish(error="grab")
                    return
            duration = int(self.facts.get("duration_ms", 0))
            self._seeking = True
            self._timer.start()
            self._player.setPosition(max(0, duration - END_MARGIN_MS))
        elif self._seeking:
            self._check_end()

    def _check_end(self) -> bool:
        """Finish once a frame near the end decoded; whether one did."""
        duration = int(self.facts.get("duration_ms", 0))
        if self._last_ms >= duration - END_SLACK_MS:
            self._finish()
            return True
        return False


def probe_file(path: Path, grab: Path | None = None) -> dict[str, Any]:
    """What the decoder finds in a file; with grab, its first frame saved there as a picture."""
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance() or QGuiApplication(sys.argv[:1])
    facts = _Probe(path, grab).run()
    del app
    return facts


def main(path: str, grab: str | None = None) -> int:
    """Print the facts as one JSON line."""
    facts = probe_file(Path(path), Path(grab) if grab else None)
    print(json.dumps(facts), flush=True)
    return 0
