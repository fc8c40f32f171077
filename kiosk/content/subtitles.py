"""Subtitles of a video: WebVTT and SubRip (SRT) files read into timed cues (no Qt)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.files import read_limited
from kiosk.i18n import _

MAX_BYTES = 1_000_000  # a feature film's subtitles are about 100 kB
MAX_CUES = 10_000
MAX_CUE_CHARS = 500  # a cue is one or two short lines
MAX_SECONDS = 24 * 3600
FORMATS = {".vtt": "vtt", ".srt": "srt"}

_TIME = re.compile(r"^(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)[.,](\d{3})$")
_TAG = re.compile(r"<[^>]*>")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": "\u00a0", "&lrm;": "", "&rlm;": ""}


class SubtitleError(ValueError):
    """A subtitle file that cannot be used, with the line of the file where it fails."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("line {line}: {message}").format(line=self.line, message=self.message)


@dataclass(frozen=True)
class Cue:
    """One subtitle: shown from start to end (seconds), its text plain."""

    start: float
    end: float
    text: str


def format_of(file: str) -> str | None:
    """'vtt' or 'srt' from a file name's ending; None for any other."""
    suffix = Path(file).suffix.lower()
    return FORMATS.get(suffix)


def read_subtitles(path: Path, *, max_bytes: int = MAX_BYTES) -> list[Cue]:
    """The cues of a WebVTT or SRT file; SubtitleError (or OSError) when it cannot be used."""
    kind = format_of(path.name)
    if kind is None:
        raise SubtitleError(
            _("'{suffix}' is not a subtitle format the kiosk reads: use WebVTT (.vtt) or SRT (.srt)")
            .format(suffix=path.suffix or path.name)
        )  # fmt: skip
    return parse(decode(read_limited(path, max_bytes)), kind)


def decode(data: bytes) -> str:
    """UTF-8 text (a BOM allowed); SubtitleError for binary data or another encoding."""
    if b"\x00" in data[:4096]:
        raise SubtitleError(_("is not a text file (binary data)"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SubtitleError(
            _("is not UTF-8 text (saved as GBK or another encoding?): save it as UTF-8"), line
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse(text: str, kind: str) -> list[Cue]:
    """The cues of WebVTT ('vtt') or SRT ('srt') text, in order of their start."""
    lines = text.split("\n")
    if kind == "vtt":
        first = lines[0] if lines else ""
        if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
            raise SubtitleError(_("a WebVTT file begins with the line WEBVTT"), 1)
    cues: list[Cue] = []
    for start_line, block in _blocks(lines):
        cue = _cue(block, start_line, kind)
        if cue is None:
            continue
        cues.append(cue)
        if len(cues) > MAX_CUES:
            raise SubtitleError(_("has more than {limit} cues").format(limit=MAX_CUES), start_line)
    if not cues:
        raise SubtitleError(_("has no cues (no line such as 00:00:01.000 --> 00:00:04.000)"))
    cues.sort(key=lambda c: c.start)
    return cues


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Blocks of lines between blank lines, each with the number of its first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _cue(block: list[str], start_line: int, kind: str) -> Cue | None:
    """One block as a cue, None for a WebVTT header, note, style or region block."""
    if kind == "vtt" and (
        (block[0].startswith("WEBVTT") and start_line == 1)
        or block[0].split(" ")[0] in ("NOTE", "STYLE", "REGION")
    ):
        return None
    at = next((i for i, line in enumerate(block[:2]) if "-->" in line), None)
    if at is None:
        raise SubtitleError(
            _("expected a timing line such as 00:00:01.000 --> 00:00:04.000"),
            start_line + (1 if kind == "srt" else 0),
        )
    number = start_line + at
    left, _arrow, right = block[at].partition("-->")
    start = _seconds(left.strip(), number, kind)
    end = _seconds((right.split() or [""])[0], number, kind)
    if end <= start:
        raise SubtitleError(
            _("the cue ends ({end}) before it starts ({start})").format(
                end=clock(end), start=clock(start)
            ),
            number,
        )
    text = _plain("\n".join(block[at + 1 :]))
    if len(text) > MAX_CUE_CHARS:
        raise SubtitleError(
            _("a cue of {count} characters: at most {limit} fit on the screen").format(
                count=len(text), limit=MAX_CUE_CHARS
            ),
            number,
        )
    return Cue(start, end, text)


def _seconds(stamp: str, line: int, kind: str) -> float:
    """A timestamp (hh:mm:ss.ttt, mm:ss.ttt; SRT with a comma) in seconds."""
    match = _TIME.match(stamp)
    if not match or (kind == "srt" and match[1] is None):
        example = "00:01:02,500" if kind == "srt" else "00:01:02.500"
        raise SubtitleError(
            _("'{stamp}' is not a time (write it as {example})").format(
                stamp=stamp[:40], example=example
            ),
            line,
        )
    hours, minutes, seconds, millis = (int(g or 0) for g in match.groups())
    value = hours * 3600 + minutes * 60 + seconds + millis / 1000
    if value > MAX_SECONDS:
        raise SubtitleError(_("'{stamp}' is more than a day").format(stamp=stamp), line)
    return value


def _plain(text: str) -> str:
    """Cue text without its markup (<i>, <b>, <c.x>, <v Name>, timestamps) and entities."""
    text = _TAG.sub("", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text.strip()


def clock(seconds: float) -> str:
    """Seconds as m:ss.t (h:mm:ss.t from an hour)."""
    whole = int(seconds)
    tenths = round((seconds - whole) * 10) % 10
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}.{tenths}"
    return f"{minutes}:{secs:02d}.{tenths}"


def cue_at(cues: Sequence[Cue], seconds: float) -> str:
    """The text shown at a moment ('' between cues); overlapping cues are joined."""
    starts = [c.start for c in cues]
    upto = bisect.bisect_right(starts, seconds)
    shown = [c.text for c in cues[:upto] if c.end > seconds and c.start <= seconds]
    return "\n".join(shown)
