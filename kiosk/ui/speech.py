"""Speech for the audio mode: espeak-ng speaks a text in the visitor's language, offline."""

from __future__ import annotations

import itertools
import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

log = logging.getLogger(__name__)

# Mandarin with tones: the plain `cmn` voice reads Latin letters as English and misreads pinyin.
VOICES = {"zh": "cmn-latn-pinyin", "en": "en-gb", "ja": "ja"}
MAX_CHARS = 2000  # one utterance: a page's text is read in pieces of this size at most
WORDS_PER_MINUTE = 160  # a little slower than espeak-ng's 175: clearer in a hall


class Speaker(QObject):
    """Speaks one text at a time with espeak-ng; a new text cuts the one being spoken."""

    started = Signal(str)  # the text now spoken
    finished = Signal()

    def __init__(
        self,
        program: str | None = None,
        to_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._program = program if program is not None else shutil.which("espeak-ng")
        self._to = to_folder  # WAV files instead of the speakers (checking a setup)
        self._process: QProcess | None = None
        self._count = itertools.count(1)
        self.spoken: list[Path] = []  # the WAV files written (to_folder only)

    @property
    def available(self) -> bool:
        """Whether there is a speech engine to speak with."""
        return bool(self._program)

    def say(self, text: str, lang: str, volume: int) -> None:
        """Speak text (plain text, cut at MAX_CHARS) in lang at volume percent (0-100)."""
        self.stop()
        text = text.replace("\u2060", "").replace("\u2011", "-")  # as headlines carry them
        text = " ".join(text.split())[:MAX_CHARS]
        if not text or not self._program or volume <= 0:
            return
        args = ["-v", VOICES.get(lang, lang), "-a", str(max(0, min(volume, 100))),
                "-s", str(WORDS_PER_MINUTE), "--stdin"]  # fmt: skip
        if self._to is not None:
            self._to.mkdir(parents=True, exist_ok=True)
            out = self._to / f"speech-{next(self._count):04d}.wav"
            args += ["-w", str(out)]
            self.spoken.append(out)
        process = QProcess()  # no parent: it deletes itself when done (deleteLater)
        process.finished.connect(lambda *_: self._done(process))
        process.errorOccurred.connect(lambda error: self._failed(process, error))
        process.start(self._program, args)  # the text goes in on stdin, never as an argument
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()
        self._process = process
        self.started.emit(text)

    def stop(self) -> None:
        """Stop speaking at once."""
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)

    def _done(self, process: QProcess) -> None:
        if process is self._process:
            self._process = None
            self.finished.emit()
        process.deleteLater()

    def _failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.warning("speech: %s could not start (%s)", self._program, process.errorString())
            self._program = None  # say so once; the audio mode then offers no speech
            self._done(process)
