"""Make the bundled hall's short film from its illustrations (Ken Burns moves and titles).

    .venv/bin/python scripts/make_hall_video.py [--out kiosk/halls/jining-hitech-2023/films]

Every word in it comes from hall.yaml (the article's own words and their edited translations):
the Urban Development section's title and tagline, then each of its stories' date and headline,
over that story's illustration. The frames are drawn with Pillow and encoded by Debian's ffmpeg
(`apt-get install ffmpeg`) as H.264 (High profile, yuv420p, 1280 x 720, 25 frames a second, no
sound) at a modest bitrate; the subtitles are written beside it, zh as WebVTT and en as SRT.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.content import load_hall
from kiosk.paths import DEFAULT_HALL, FONTS
from kiosk.present.labels import date_label

SECTION = "city"
SIZE = (1280, 720)
FPS = 25
SCENE_S = 7.5  # four scenes: 30 s
FADE_S = 0.6
NAME = "city-2023"


@dataclass(frozen=True)
class Scene:
    """One picture, moved slowly, with its title and its subtitle in each language."""

    image: Path
    title: dict[str, str]
    subtitle: dict[str, str]
    zoom: tuple[float, float]  # from, to
    pan: tuple[tuple[float, float], tuple[float, float]]  # centre from, to (fractions)


def scenes(hall_folder: Path) -> list[Scene]:
    """The section's cover, then each story's picture, with the hall's own words."""
    result = load_hall(hall_folder)
    hall = result.require()
    section = hall.section(SECTION)
    assert section is not None and section.cover is not None
    moves = [
        ((1.0, 1.18), ((0.5, 0.5), (0.55, 0.45))),
        ((1.15, 1.0), ((0.4, 0.5), (0.6, 0.5))),
        ((1.0, 1.2), ((0.5, 0.6), (0.45, 0.45))),
        ((1.2, 1.05), ((0.6, 0.5), (0.5, 0.5))),
    ]
    tagline = section.tagline or {}
    found = [
        Scene(
            hall_folder / section.cover.file,
            dict(section.title),
            {
                lang: f"{section.title[lang]} · {tagline.get(lang, '')}".rstrip(" ·")
                for lang in hall.languages
            },
            *moves[0],
        )
    ]
    for i, story in enumerate(section.stories[:3], 1):
        found.append(
            Scene(
                hall_folder / story.images[0].file,
                {lang: date_label(story.date, story.end, lang) for lang in hall.languages},
                dict(story.headline),
                *moves[i % len(moves)],
            )
        )
    return found


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The kiosk's own font (it draws every character of the hall)."""
    name = "NotoSansSC-Bold.otf" if bold else "NotoSansSC-Regular.otf"
    return ImageFont.truetype(str(FONTS / name), size)


def frame(
    source: Image.Image, scene: Scene, t: float, title_font: ImageFont.FreeTypeFont
) -> Image.Image:
    """The scene at t (0 to 1 of its length): the picture cropped and scaled, its title."""
    zoom = scene.zoom[0] + (scene.zoom[1] - scene.zoom[0]) * t
    cx = scene.pan[0][0] + (scene.pan[1][0] - scene.pan[0][0]) * t
    cy = scene.pan[0][1] + (scene.pan[1][1] - scene.pan[0][1]) * t
    w, h = source.size
    aspect = SIZE[0] / SIZE[1]
    crop_w = min(w, h * aspect) / zoom
    crop_h = crop_w / aspect
    left = min(max(0, cx * w - crop_w / 2), w - crop_w)
    top = min(max(0, cy * h - crop_h / 2), h - crop_h)
    image = source.resize(
        SIZE, Image.Resampling.BILINEAR, box=(left, top, left + crop_w, top + crop_h)
    )
    draw = ImageDraw.Draw(image, "RGBA")
    draw.rectangle((0, 0, SIZE[0], 110), fill=(10, 20, 34, 150))
    text = "  ".join(dict.fromkeys(scene.title.values()))
    draw.text((48, 55), text, font=title_font, fill=(245, 241, 232, 255), anchor="lm")
    return image


def encode(all_scenes: list[Scene], out: Path) -> None:
    """Every frame through ffmpeg into out (H.264, +faststart so it opens at once)."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise SystemExit("make_hall_video: needs ffmpeg (apt-get install ffmpeg)")
    command = [
        ffmpeg, "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
        "-s", f"{SIZE[0]}x{SIZE[1]}", "-r", str(FPS), "-i", "-",
        "-c:v", "libx264", "-preset", "slow", "-profile:v", "high", "-pix_fmt", "yuv420p",
        "-crf", "26", "-maxrate", "900k", "-bufsize", "1800k", "-g", str(2 * FPS),
        "-movflags", "+faststart", "-map_metadata", "-1", "-fflags", "+bitexact", str(out),
    ]  # fmt: skip
    title_font = font(40, bold=True)
    per_scene = round(SCENE_S * FPS)
    fade = round(FADE_S * FPS)
    with subprocess.Popen(command, stdin=subprocess.PIPE) as encoder:
        assert encoder.stdin is not None
        sources = [Image.open(s.image).convert("RGB") for s in all_scenes]
        for index, scene in enumerate(all_scenes):
            for n in range(per_scene):
                image = frame(sources[index], scene, n / per_scene, title_font)
                if n >= per_scene - fade and index + 1 < len(all_scenes):
                    following = frame(sources[index + 1], all_scenes[index + 1], 0, title_font)
                    image = Image.blend(image, following, (n - (per_scene - fade) + 1) / (fade + 1))
                elif index == 0 and n < fade:
                    image = Image.blend(Image.new("RGB", SIZE), image, (n + 1) / (fade + 1))
                elif index + 1 == len(all_scenes) and n >= per_scene - fade:
                    image = Image.blend(
                        image, Image.new("RGB", SIZE), (n - (per_scene - fade) + 1) / (fade + 1)
                    )
                encoder.stdin.write(image.tobytes())
        encoder.stdin.close()
    if encoder.returncode:
        raise SystemExit(f"make_hall_video: ffmpeg failed ({encoder.returncode})")


def stamp(seconds: float, comma: bool) -> str:
    """hh:mm:ss.ttt (SRT: a comma)."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{',' if comma else '.'}{millis:03d}"


def subtitles(all_scenes: list[Scene], lang: str, srt: bool) -> str:
    """One cue a scene, shown from just after it fades in to just before it fades out."""
    lines = [] if srt else ["WEBVTT", ""]
    for i, scene in enumerate(all_scenes):
        start, end = i * SCENE_S + FADE_S, (i + 1) * SCENE_S - FADE_S
        if srt:
            lines.append(str(i + 1))
        lines += [f"{stamp(start, srt)} --> {stamp(end, srt)}", scene.subtitle[lang], ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Write NAME.mp4, NAME.zh.vtt and NAME.en.srt."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hall", type=Path, default=DEFAULT_HALL)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    out: Path = args.out or args.hall / "films"
    out.mkdir(parents=True, exist_ok=True)
    all_scenes = scenes(args.hall)
    encode(all_scenes, out / f"{NAME}.mp4")
    (out / f"{NAME}.zh.vtt").write_text(subtitles(all_scenes, "zh", srt=False), encoding="utf-8")
    (out / f"{NAME}.en.srt").write_text(subtitles(all_scenes, "en", srt=True), encoding="utf-8")
    size = (out / f"{NAME}.mp4").stat().st_size
    print(f"{out / NAME}.mp4: {size / 1e6:.2f} MB, {len(all_scenes) * SCENE_S:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
