"""Films: memory after many plays of the bundled film, and CPU while a 1080p film plays.

    .venv/bin/python benchmarks/video.py [--plays 100] [--seconds 10]

Starts the kiosk offscreen (software rendering, as on a kiosk PC without a GPU) at 1920 x 1080
on the bundled hall, opens the story with the film and plays it --plays times for about a
second each (play, a second of frames, then the visitor leaves: the player unloads), reading
VmRSS after each. Then it plays a 1080p copy of the film (scaled by Debian's ffmpeg) for
--seconds and reports the process's CPU time over that wall time (100 % = one core).
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import Q_ARG, QMetaObject, QObject  # noqa: E402
from PySide6.QtQuick import QQuickItem  # noqa: E402

from benchmarks.run import machine, rss_mb, visual_items, wait_until  # noqa: E402
from kiosk.config import Settings  # noqa: E402
from kiosk.content import load_hall  # noqa: E402
from kiosk.ops.heap import release_heap  # noqa: E402
from kiosk.paths import DEFAULT_HALL  # noqa: E402
from kiosk.ui.app import Session, start  # noqa: E402

STORY = "xingfu-river-park"
FILM = "films/city-2023.mp4"


def film_item(session: Session) -> QQuickItem:
    """The story's film player (the StoryVideo item)."""
    for item in visual_items(session.window.contentItem()):
        if item.objectName() == "storyVideo_0" and item.isVisible():
            return item
    raise RuntimeError("no film on the story page")


def player(film: QQuickItem) -> QObject:
    """Its MediaPlayer."""
    return film.findChildren(QObject, "storyVideoPlayer")[0]


def play_once(session: Session, film: QQuickItem, seconds: float) -> None:
    """Play, wait for `seconds` of the film, then give the decoder back (the page is left)."""
    media = player(film)
    QMetaObject.invokeMethod(film, "play")
    _wait(lambda: int(media.property("position")) > seconds * 1000, 30)
    QMetaObject.invokeMethod(film, "unload", Q_ARG("QVariant", False))
    _wait(lambda: media.property("source").isEmpty(), 10)


def plays(session: Session, count: int) -> dict[str, Any]:
    """RSS after each of count plays of about a second."""
    film = film_item(session)
    samples = []
    for n in range(1, count + 1):
        play_once(session, film, 1.0)
        if n in (1, 2, 5, 10, 25, 50, 75, 100) or n == count:
            gc.collect()
            release_heap()
            wait_until(lambda: False, 0.2)  # let the freed memory go back
            samples.append((n, round(rss_mb(), 1)))
    return {"rss_mb_after_plays": dict(samples)}


def cpu_1080p(session: Session, hall_folder: Path, seconds: float) -> dict[str, Any]:
    """The process's CPU while a 1080p copy of the film plays (it replaces the hall's film)."""
    film = film_item(session)
    media = player(film)
    QMetaObject.invokeMethod(film, "play")
    _wait(lambda: int(media.property("position")) > 500, 30)
    start_cpu, start_wall = time.process_time(), time.monotonic()
    start_pos = int(media.property("position"))
    wait_until(lambda: time.monotonic() - start_wall >= seconds, seconds + 30)
    cpu, wall = time.process_time() - start_cpu, time.monotonic() - start_wall
    played = (int(media.property("position")) - start_pos) / 1000
    QMetaObject.invokeMethod(film, "unload", Q_ARG("QVariant", False))
    return {
        "cpu_percent_of_one_core": round(100 * cpu / wall, 1),
        "wall_s": round(wall, 1),
        "film_s_played": round(played, 1),
        "realtime": round(played / wall, 2),
    }


def scaled_hall(folder: Path) -> Path:
    """The bundled hall with its film scaled to 1920 x 1080 (same frames, same bitrate ratio)."""
    shutil.copytree(DEFAULT_HALL, folder)
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise SystemExit("benchmarks/video.py: needs ffmpeg (apt-get install ffmpeg)")
    subprocess.run(
        [
            ffmpeg, "-v", "error", "-y", "-i", str(DEFAULT_HALL / FILM), "-vf", "scale=1920:1080",
            "-c:v", "libx264", "-preset", "fast", "-crf", "24", "-pix_fmt", "yuv420p",
            str(folder / FILM),
        ],
        check=True,
    )  # fmt: skip
    return folder


def run_session(folder: Path, cache: Path, action: Any) -> dict[str, Any]:
    """Start the kiosk on a hall, open the filmed story, run action, close."""
    result = load_hall(folder)
    session = start([result], Settings(image_cache=cache, idle_timeout=3600), size=(1920, 1080))
    try:
        session.window.show()
        session.nav.openStory(STORY)
        _wait(lambda: _has_film(session), 20)
        out: dict[str, Any] = action(session)
        return out
    finally:
        session.close()


def _wait(condition: Any, timeout_s: float) -> None:
    if not wait_until(condition, timeout_s):
        raise RuntimeError("the film did not get there in time")


def _has_film(session: Session) -> bool:
    try:
        film_item(session)
    except RuntimeError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Print the figures as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plays", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    report: dict[str, Any] = {"machine": machine()}
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        report["bundled_film"] = run_session(
            DEFAULT_HALL, cache, lambda session: plays(session, args.plays)
        )
        hall = scaled_hall(Path(tmp) / "hall")
        report["film_1080p"] = run_session(
            hall, cache, lambda session: cpu_1080p(session, hall, args.seconds)
        )
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
