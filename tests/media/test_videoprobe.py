"""validate opens each video with the kiosk's decoder, in a process with a time limit."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.cli import Env, ExitStatus, main
from kiosk.media.videoprobe import VideoInfo, VideoProblem, judge, probe_video
from tests.conftest import MINIMAL_HALL

CLIPS = Path(__file__).parent.parent / "data" / "video"


def test_a_good_clip() -> None:
    info = probe_video(CLIPS / "short.mp4")
    assert info == VideoInfo(2000, 320, 180, "H264", True)


@pytest.mark.parametrize(
    ("name", "words", "warning"),
    [
        ("truncated.mp4", "cut short", False),
        ("uhd.mp4", "3840 × 2160", True),
        ("hevc.mp4", "is H265", False),
        ("sound.m4a", "has no picture", False),
        ("noise.mp4", "not a video the kiosk can open", False),
        ("text.mp4", "not a video the kiosk can open", False),
        ("empty.mp4", "not a video the kiosk can open", False),
    ],
)
def test_bad_clips(tmp_path: Path, name: str, words: str, warning: bool) -> None:
    (tmp_path / "noise.mp4").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "text.mp4").write_text("not a film\n", encoding="utf-8")
    (tmp_path / "empty.mp4").write_bytes(b"")
    path = tmp_path / name if (tmp_path / name).exists() else CLIPS / name
    found = probe_video(path)
    assert isinstance(found, VideoProblem), found
    assert words in found.message
    assert found.warning is warning


def test_a_hanging_decoder_is_stopped(tmp_path: Path) -> None:
    found = probe_video(CLIPS / "long.mp4", timeout=0.01)
    assert isinstance(found, VideoProblem)
    assert "within" in found.message


def test_a_crashed_probe() -> None:
    assert isinstance(judge({"error": "crash"}), VideoProblem)


def test_validate_reports_at_the_line(make_hall: Callable[..., Path]) -> None:
    text = MINIMAL_HALL.replace(
        "        stats: [people]\n",
        "        videos:\n          - {file: films/good.mp4}\n          - {file: films/cut.mp4}\n"
        "        stats: [people]\n",
    )
    folder = make_hall(text)
    (folder / "films").mkdir()
    shutil.copy(CLIPS / "short.mp4", folder / "films" / "good.mp4")
    shutil.copy(CLIPS / "uhd.mp4", folder / "films" / "cut.mp4")
    out = io.StringIO()
    assert main(["validate", str(folder)], Env(out, io.StringIO())) == ExitStatus.OK
    assert "hall.yaml:19:20: warning: sections[0].stories[0].videos[1].file: 'films/cut.mp4'" in (
        out.getvalue()
    )
    (folder / "films" / "cut.mp4").write_bytes(b"\x00" * 1000)
    out = io.StringIO()
    assert main(["validate", str(folder)], Env(out, io.StringIO())) == ExitStatus.INVALID_CONTENT
    assert "hall.yaml:19:20: sections[0].stories[0].videos[1].file: 'films/cut.mp4': is not" in (
        out.getvalue()
    )
    assert "good.mp4" not in out.getvalue()
