"""A story's videos in hall.yaml: files, posters and subtitles checked at their lines."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content import load_hall
from tests.conftest import MINIMAL_HALL, write_png

CLIPS = Path(__file__).parent.parent / "data" / "video"
SRT = "1\n00:00:00,500 --> 00:00:01,500\n你好\n"
VTT = "WEBVTT\n\n00:00.500 --> 00:01.500\nHello\n"


def video_hall(make_hall: Callable[..., Path], video: str) -> Path:
    """The minimal hall with one video on its story (video: the YAML of its mapping)."""
    text = MINIMAL_HALL.replace(
        "        stats: [people]\n",
        f"        videos:\n          - {video}\n        stats: [people]\n",
    )
    folder = make_hall(text)
    (folder / "films").mkdir()
    shutil.copy(CLIPS / "short.mp4", folder / "films" / "short.mp4")
    (folder / "films" / "short.zh.srt").write_text(SRT, encoding="utf-8")
    (folder / "films" / "short.en.vtt").write_text(VTT, encoding="utf-8")
    write_png(folder / "films" / "poster.png", (320, 180))
    return folder


GOOD = (
    "{file: films/short.mp4, poster: films/poster.png, "
    "subtitles: {zh: films/short.zh.srt, en: films/short.en.vtt}, "
    "caption: {zh: 宣传片, en: The film}, credit: 示意}"
)


def test_a_video_with_everything(make_hall: Callable[..., Path]) -> None:
    result = load_hall(video_hall(make_hall, GOOD))
    assert result.ok, result.findings
    assert result.hall is not None
    video = result.hall.sections[0].stories[0].videos[0]
    assert video.file == "films/short.mp4"
    assert video.subtitles == {"zh": "films/short.zh.srt", "en": "films/short.en.vtt"}
    assert video.caption == {"zh": "宣传片", "en": "The film"}
    assert result.hall.videos() == [video]
    assert result.videos["films/short.mp4"].line == 18


@pytest.mark.parametrize(
    ("video", "path", "words"),
    [
        ("{file: films/missing.mp4}", "videos[0].file", "not found"),
        ("{file: ../outside.mp4}", "videos[0].file", "'..'"),
        ("{file: /etc/passwd}", "videos[0].file", "absolute path"),
        ("{file: https://example.cn/a.mp4}", "videos[0].file", "URL"),
        ("{file: films}", "videos[0].file", "a folder"),
        ("{file: films/poster.png}", "videos[0].file", "not a video file"),
        ("{file: films/short.mp4, poster: films/none.png}", "videos[0].poster", "not found"),
        (
            "{file: films/short.mp4, subtitles: {zh: films/none.srt}}",
            "videos[0].subtitles.zh",
            "not found",
        ),
        (
            "{file: films/short.mp4, subtitles: {zh: films/poster.png}}",
            "videos[0].subtitles.zh",
            "not a subtitle file",
        ),
        (
            "{file: films/short.mp4, subtitles: {en: films/bad.vtt}}",
            "videos[0].subtitles.en",
            "line 3: the cue ends",
        ),
        (
            "{file: films/short.mp4, subtitles: {zh: films/gbk.srt}}",
            "videos[0].subtitles.zh",
            "not UTF-8",
        ),
        (
            "{file: films/short.mp4, subtitles: {zh: films/huge.srt}}",
            "videos[0].subtitles.zh",
            "limit",
        ),
        (
            "{file: films/short.mp4, subtitles: {zh: films/link.srt}}",
            "videos[0].subtitles.zh",
            "outside the hall folder",
        ),
    ],
)
def test_bad_files(make_hall: Callable[..., Path], video: str, path: str, words: str) -> None:
    folder = video_hall(make_hall, video)
    films = folder / "films"
    (films / "bad.vtt").write_text("WEBVTT\n\n00:00:04.000 --> 00:00:01.000\nx\n", "utf-8")
    (films / "gbk.srt").write_bytes(SRT.encode("gbk"))
    (films / "huge.srt").write_bytes(b"1\n" * 600_000)
    outside = folder.parent / "outside.srt"
    outside.write_text(SRT, encoding="utf-8")
    (films / "link.srt").symlink_to(outside)
    result = load_hall(folder)
    assert result.usable  # a broken video never takes the hall down
    found = [f for f in result.findings if f.path.endswith(path)]
    assert found, result.findings
    assert words in found[0].message
    assert found[0].line == 18


@pytest.mark.parametrize(
    ("video", "path", "words"),
    [
        ("films/short.mp4", "videos[0]", "a mapping"),
        ("{poster: films/poster.png}", "videos[0].file", "required"),
        ("{file: films/short.mp4, subtitles: films/a.srt}", "videos[0].subtitles", "per language"),
        ("{file: films/short.mp4, subtitles: {fr: a.srt}}", "videos[0].subtitles.fr", "'fr'"),
        ("{file: films/short.mp4, subtitles: {zh: 3}}", "videos[0].subtitles.zh", "a number"),
        ("{file: films/short.mp4, sound: on}", "videos[0].sound", "unknown key"),
        ("{file: 12}", "videos[0].file", "text"),
    ],
)
def test_wrong_types(make_hall: Callable[..., Path], video: str, path: str, words: str) -> None:
    result = load_hall(video_hall(make_hall, video))
    assert not result.ok
    found = [f for f in result.findings if f.path.endswith(path)]
    assert found, result.findings
    assert words in found[0].message


@pytest.mark.parametrize(
    ("file", "words"),
    [
        ("films/missing.mp4", "not found"),
        ("../x.mp4", "'..'"),
        ("films/short.zh.srt", "not a video"),
    ],
)
def test_the_attract_loops_film(make_hall: Callable[..., Path], file: str, words: str) -> None:
    folder = video_hall(make_hall, GOOD)
    text = (folder / "hall.yaml").read_text(encoding="utf-8")
    (folder / "hall.yaml").write_text(f"attract_video: {file}\n" + text, encoding="utf-8")
    result = load_hall(folder)
    assert result.usable
    found = [f for f in result.findings if f.path == "attract_video"]
    assert found and words in found[0].message and found[0].line == 1, result.findings
    assert "films/short.mp4" in result.videos


def test_a_good_attract_film(make_hall: Callable[..., Path]) -> None:
    folder = video_hall(make_hall, GOOD)
    text = (folder / "hall.yaml").read_text(encoding="utf-8")
    (folder / "hall.yaml").write_text("attract_video: films/short.mp4\n" + text, encoding="utf-8")
    result = load_hall(folder)
    assert result.ok, result.findings
    assert result.hall is not None and result.hall.attract_video == "films/short.mp4"
    assert result.videos["films/short.mp4"].path == "attract_video"
