"""Opening a video with the kiosk's own decoder (Qt Multimedia), in a process of its own.

`kiosk probe-video FILE` (hidden) opens the file with QMediaPlayer, decodes its first frame and
one near its end, and prints what it found as one JSON line; `probe_video` runs that command
with a time limit, so a file that hangs the decoder or crashes it costs validate one finding.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.i18n import _
from kiosk.paths import self_command

TIMEOUT_S = 30.0
PLAYABLE = {"H264"}  # the codec every kiosk decodes in software at 1080p on two cores
MAX_WIDTH, MAX_HEIGHT = 1920, 1080  # larger is too heavy for a kiosk without a GPU


@dataclass(frozen=True)
class VideoInfo:
    """What the decoder found in a video file."""

    duration_ms: int
    width: int
    height: int
    codec: str
    audio: bool


@dataclass(frozen=True)
class VideoProblem:
    """Why a video cannot be shown, or a warning about one that can."""

    message: str
    warning: bool = False


def probe_video(
    path: Path, *, timeout: float = TIMEOUT_S, grab: Path | None = None
) -> VideoInfo | VideoProblem:
    """Open the video in a `kiosk probe-video` process; its facts, or what is wrong.

    With grab, a frame two seconds in (a third into a shorter film) is saved there as a PNG.
    """
    extra = ["--grab", str(grab)] if grab is not None else []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="*.debug=false;qt.*=false")
    try:
        done = subprocess.run(
            [*self_command(), "probe-video", str(path), *extra],
            capture_output=True,
            timeout=timeout,
            env=env,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return VideoProblem(
            _("the decoder did not finish opening it within {seconds} s").format(
                seconds=f"{timeout:.0f}"
            )
        )
    lines = done.stdout.decode("utf-8", "replace").strip().splitlines()
    try:
        facts = json.loads(lines[-1]) if lines else None
    except ValueError:
        facts = None
    if not isinstance(facts, dict):
        return VideoProblem(
            _("the decoder failed on it (exit status {status})").format(status=done.returncode)
        )
    return judge(facts)


def probe_hall_videos(
    folder: Path, files: list[str], *, timeout: float = TIMEOUT_S
) -> dict[str, VideoInfo | VideoProblem]:
    """Each video of a hall probed, two at a time (each in its own process)."""
    from concurrent.futures import ThreadPoolExecutor

    from kiosk.content.videos import locate

    def one(file: str) -> VideoInfo | VideoProblem:
        try:
            path = locate(folder, file)
        except ValueError as exc:
            return VideoProblem(str(exc))
        return probe_video(path, timeout=timeout)

    with ThreadPoolExecutor(2) as pool:
        return dict(zip(files, pool.map(one, files), strict=True))


def make_poster(video: Path, poster: Path, *, timeout: float = TIMEOUT_S) -> str | None:
    """Grab a film's poster frame into poster (written whole or not at all); why not, or None."""
    poster.parent.mkdir(parents=True, exist_ok=True)
    partial = poster.with_name(f".{poster.name}.{os.getpid()}.tmp")
    try:
        found = probe_video(video, timeout=timeout, grab=partial)
        if isinstance(found, VideoProblem) and not found.warning:
            return found.message
        if not partial.is_file():
            return _("the decoder gave no frame")
        os.replace(partial, poster)
    finally:
        partial.unlink(missing_ok=True)
    return None


def judge(facts: dict[str, Any]) -> VideoInfo | VideoProblem:
    """The probe's facts as a video the kiosk plays, or the problem with it."""
    error = facts.get("error")
    if error == "no-video":
        return VideoProblem(_("has no picture (a sound file?); use an H.264 film in .mp4"))
    if error == "truncated":
        return VideoProblem(_("stops before its end: the file is cut short; copy it again"))
    if error:
        return VideoProblem(
            _("is not a video the kiosk can open ({reason}): use an H.264 film in .mp4").format(
                reason=str(error)[:200]
            )
        )
    info = VideoInfo(
        int(facts.get("duration_ms", 0)),
        int(facts.get("width", 0)),
        int(facts.get("height", 0)),
        str(facts.get("codec", "")),
        bool(facts.get("audio", False)),
    )
    if info.codec not in PLAYABLE:
        return VideoProblem(
            _(
                "is {codec}: the kiosk plays H.264 films; convert it (e.g. ffmpeg -i IN -c:v "
                "libx264 -crf 23 OUT.mp4)"
            ).format(codec=info.codec or _("an unknown codec"))
        )
    if info.width * info.height > MAX_WIDTH * MAX_HEIGHT:
        return VideoProblem(
            _(
                "is {width} × {height}: too heavy for a kiosk without a graphics card to play "
                "smoothly; scale it to 1920 × 1080 at most"
            ).format(width=info.width, height=info.height),
            warning=True,
        )
    return info
