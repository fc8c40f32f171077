"""kiosk prepare grabs a poster frame for each film that names none; the kiosk shows it."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from kiosk.cli import Env, ExitStatus, main
from kiosk.media import Cache
from kiosk.media.videoprobe import make_poster
from tests.conftest import MINIMAL_HALL

CLIPS = Path(__file__).parent.parent / "data" / "video"


def test_a_poster_frame_is_a_picture_of_the_film(tmp_path: Path) -> None:
    poster = tmp_path / "poster.png"
    assert make_poster(CLIPS / "short.mp4", poster) is None
    with Image.open(poster) as image:
        assert image.size == (320, 180)
    assert list(tmp_path.iterdir()) == [poster]  # no partial file left


def test_a_broken_film_leaves_no_poster(tmp_path: Path) -> None:
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00" * 2048)
    assert make_poster(broken, tmp_path / "poster.png") is not None
    assert list(tmp_path.iterdir()) == [broken]


def test_prepare_makes_posters(make_hall: Callable[..., Path], tmp_path: Path) -> None:
    text = MINIMAL_HALL.replace(
        "        stats: [people]\n",
        "        videos:\n          - {file: films/a.mp4}\n          - {file: films/cut.mp4}\n"
        "        stats: [people]\n",
    )
    folder = make_hall(text)
    (folder / "films").mkdir()
    shutil.copy(CLIPS / "short.mp4", folder / "films" / "a.mp4")
    (folder / "films" / "cut.mp4").write_bytes(b"\x00" * 100)
    cache = tmp_path / "cache"
    out = io.StringIO()
    status = main(["prepare", str(folder), "--cache", str(cache)], Env(out, io.StringIO()))
    assert status == ExitStatus.INVALID_CONTENT  # the broken film has none
    assert "1 poster frame ready" in out.getvalue()
    assert "films/cut.mp4" in out.getvalue()
    assert Cache(cache).poster_path(folder / "films" / "a.mp4").is_file()
