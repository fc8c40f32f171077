"""Subtitle files: WebVTT and SRT read into cues; every bad file refused with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.subtitles import (
    MAX_BYTES,
    Cue,
    SubtitleError,
    cue_at,
    decode,
    parse,
    read_subtitles,
)

VTT = """WEBVTT

NOTE made by hand

1
00:00:01.000 --> 00:00:04.000 align:center
<v Narrator>济宁高新区</v>

00:05.500 --> 00:07.250
Two &amp; <i>three</i>
"""

SRT = """1
00:00:01,000 --> 00:00:04,000
Hello

2
00:00:03,500 --> 00:00:06,000
Overlapping is fine
"""


def test_webvtt() -> None:
    assert parse(VTT, "vtt") == [Cue(1.0, 4.0, "济宁高新区"), Cue(5.5, 7.25, "Two & three")]


def test_srt_with_overlap() -> None:
    cues = parse(SRT, "srt")
    assert [c.text for c in cues] == ["Hello", "Overlapping is fine"]
    assert cue_at(cues, 3.7) == "Hello\nOverlapping is fine"
    assert cue_at(cues, 0.5) == ""
    assert cue_at(cues, 5.9) == "Overlapping is fine"


def test_bom_and_crlf() -> None:
    text = decode(("\ufeff" + SRT).replace("\n", "\r\n").encode("utf-8"))
    assert len(parse(text, "srt")) == 2


@pytest.mark.parametrize(
    ("text", "kind", "line", "words"),
    [
        ("1\n00:00:04,000 --> 00:00:01,000\nBackwards\n", "srt", 2, "before it starts"),
        ("1\n00:00:04,000 --> 00:00:04,000\nNo time\n", "srt", 2, "before it starts"),
        ("1\n00:00:xx,000 --> 00:00:04,000\nGarbage\n", "srt", 2, "is not a time"),
        ("1\n00:01.000 --> 00:04.000\nSRT needs hours\n", "srt", 2, "is not a time"),
        ("1\n00:00:01.000 --> \nNo end\n", "vtt", 1, "WEBVTT"),
        ("WEBVTT\n\n00:00:01.000 --> soon\nNo end\n", "vtt", 3, "is not a time"),
        ("WEBVTT\n\njust words\nno timing\n", "vtt", 3, "timing line"),
        ("1\nHello\n", "srt", 2, "timing line"),
        ("WEBVTT\n", "vtt", None, "no cues"),
        ("", "srt", None, "no cues"),
        ("1\n99999:00:00,000 --> 99999:00:01,000\nx\n", "srt", 2, "is not a time"),
        ("1\n00:00:01,000 --> 00:00:02,000\n" + "长" * 600 + "\n", "srt", 2, "characters"),
    ],
)
def test_bad_subtitles(text: str, kind: str, line: int | None, words: str) -> None:
    with pytest.raises(SubtitleError) as caught:
        parse(text, kind)
    assert caught.value.line == line
    assert words in str(caught.value)


def test_truncated_file_keeps_whole_cues(tmp_path: Path) -> None:
    path = tmp_path / "cut.srt"
    path.write_text(SRT[: SRT.index("Overlapping")], encoding="utf-8")
    assert [c.text for c in read_subtitles(path)] == ["Hello", ""]


def test_cut_in_a_timestamp(tmp_path: Path) -> None:
    path = tmp_path / "cut.srt"
    path.write_text(SRT[: SRT.index("06,000")], encoding="utf-8")
    with pytest.raises(SubtitleError, match="is not a time"):
        read_subtitles(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gbk.srt"
    path.write_bytes(SRT.replace("Hello", "济宁").encode("gbk"))
    with pytest.raises(SubtitleError, match="UTF-8") as caught:
        read_subtitles(path)
    assert caught.value.line == 3


def test_binary(tmp_path: Path) -> None:
    path = tmp_path / "film.vtt"
    path.write_bytes(b"WEBVTT\n\x00\x01\x02" * 10)
    with pytest.raises(SubtitleError, match="binary"):
        read_subtitles(path)


def test_huge(tmp_path: Path) -> None:
    path = tmp_path / "huge.vtt"
    path.write_bytes(b"WEBVTT\n\n" + b"x" * (MAX_BYTES + 1))
    with pytest.raises(OSError, match="limit"):
        read_subtitles(path)


def test_too_many_cues() -> None:
    text = "".join(f"{i}\n00:00:01,000 --> 00:00:02,000\nx\n\n" for i in range(10_002))
    with pytest.raises(SubtitleError, match="cues"):
        parse(text, "srt")


def test_other_format(tmp_path: Path) -> None:
    path = tmp_path / "film.ass"
    path.write_text("[Script Info]\n", encoding="utf-8")
    with pytest.raises(SubtitleError, match="WebVTT"):
        read_subtitles(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.vtt").mkdir()
    with pytest.raises(OSError):
        read_subtitles(tmp_path / "dir.vtt")
