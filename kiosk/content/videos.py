"""Checking a hall's videos without opening them: their files, posters and subtitles (no Qt)."""

from __future__ import annotations

import stat
from pathlib import Path, PurePosixPath
from typing import Any

from kiosk.content.checks import path_problem
from kiosk.content.findings import Finding, Loc
from kiosk.content.subtitles import SubtitleError, format_of, read_subtitles
from kiosk.content.walk import videos
from kiosk.content.yamlsource import Document
from kiosk.files import kind_of
from kiosk.i18n import _

VIDEO_ENDINGS = (".mp4", ".m4v", ".mov", ".webm", ".mkv")


def locate(root: Path, file: str) -> Path:
    """The file a hall names, inside its folder; ValueError saying why not."""
    problem = path_problem(file)
    if problem:
        raise ValueError(problem)
    try:
        base = root.resolve()
        path = (root / file).resolve()
    except (OSError, RuntimeError):
        raise ValueError(
            _("'{file}' cannot be resolved (a symlink loop?)").format(file=file)
        ) from None
    if not path.is_relative_to(base):
        raise ValueError(
            _("'{file}' leads outside the hall folder (through a symlink)").format(file=file)
        )
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ValueError(_("file '{file}' not found").format(file=file)) from None
    except OSError as exc:
        raise ValueError(
            _("file '{file}' cannot be read ({reason})").format(file=file, reason=exc.strerror)
        ) from None
    if not stat.S_ISREG(mode):
        raise ValueError(_("'{file}' is {what}, not a file").format(file=file, what=kind_of(mode)))
    return path


def video_places(doc: Document) -> dict[str, Finding]:
    """Each video file named in the hall, with where it is first named (an empty finding)."""
    places: dict[str, Finding] = {}
    for loc, video in videos(doc.data):
        file = video.get("file")
        at = loc if loc == ("attract_video",) else (*loc, "file")
        if isinstance(file, str) and file not in places:
            places[file] = doc.finding(at, "")
    return places


def check_videos(doc: Document, root: Path) -> list[Finding]:
    """Every problem with the videos' files and subtitles (posters are pictures); none blocks."""
    findings: list[Finding] = []
    for loc, video in videos(doc.data):
        at = loc if loc == ("attract_video",) else (*loc, "file")
        findings += _video_file(doc, video.get("file"), at, root)
        subtitles = video.get("subtitles")
        if isinstance(subtitles, dict):
            for lang, file in subtitles.items():
                if isinstance(file, str) and file.strip():
                    findings += _subtitle_file(doc, (*loc, "subtitles", lang), root, file)
    return findings


def _video_file(doc: Document, file: Any, loc: Loc, root: Path) -> list[Finding]:
    if not isinstance(file, str):
        return []
    found = _problem(doc, loc, root, file)
    if found:
        return found
    if PurePosixPath(file).suffix.lower() not in VIDEO_ENDINGS:
        return [
            doc.finding(
                loc,
                _("'{file}' is not a video file (use an H.264 film in .mp4)").format(file=file),
                blocking=False,
            )
        ]
    return []


def _problem(doc: Document, loc: Loc, root: Path, file: str) -> list[Finding]:
    try:
        locate(root, file)
    except ValueError as exc:
        return [doc.finding(loc, str(exc), blocking=False)]
    return []


def _subtitle_file(doc: Document, loc: Loc, root: Path, file: str) -> list[Finding]:
    if format_of(file) is None:
        message = _("'{file}' is not a subtitle file: use WebVTT (.vtt) or SRT (.srt)")
        return [doc.finding(loc, message.format(file=file), blocking=False)]
    try:
        read_subtitles(locate(root, file))
    except ValueError as exc:  # SubtitleError too
        prefix = f"'{file}': " if isinstance(exc, SubtitleError) else ""
        return [doc.finding(loc, prefix + str(exc), blocking=False)]
    except OSError as exc:
        return [
            doc.finding(
                loc,
                _("'{file}' cannot be read ({reason})").format(file=file, reason=exc),
                blocking=False,
            )
        ]
    return []
