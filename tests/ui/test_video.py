"""A story's film: poster, play and pause, subtitles, sound, seeking, full screen, the idle timer."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QPointingDevice
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtQuick import QQuickItem

from kiosk.content import LoadResult, load_hall
from kiosk.paths import DEFAULT_HALL
from kiosk.ui.app import Session
from tests.ui.conftest import center, has_item, item, swipe, tap

CLIPS = Path(__file__).parent.parent / "data" / "video"
STORY = "xingfu-river-park"
BUNDLED = ("films/city-2023.mp4", "films/city-2023.zh.vtt", "films/city-2023.en.srt")
POSTER = "            poster: images/city/cover.jpg\n"
VTT = "WEBVTT\n\n00:00.000 --> 00:01.000\n幸福河公园\n\n00:01.000 --> 00:02.000\n正式开园\n"
SRT = "1\n00:00:00,000 --> 00:00:01,000\nXingfu River Park\n"


def filmed_hall(folder: Path, clip: str = "short.mp4") -> LoadResult:
    """The bundled hall with its park story's film replaced by a short clip."""
    shutil.copytree(DEFAULT_HALL, folder)
    text = (folder / "hall.yaml").read_text(encoding="utf-8")
    for bundled, short in zip(
        BUNDLED, ("films/park.mp4", "films/park.zh.vtt", "films/park.en.srt"), strict=True
    ):
        assert bundled in text
        text = text.replace(bundled, short)  # the story's film, and the attract loop's
    (folder / "hall.yaml").write_text(text, encoding="utf-8")
    films = folder / "films"
    films.mkdir(exist_ok=True)
    shutil.copy(CLIPS / clip, films / "park.mp4")
    (films / "park.zh.vtt").write_text(VTT, encoding="utf-8")
    (films / "park.en.srt").write_text(SRT, encoding="utf-8")
    result = load_hall(folder)
    assert result.ok, [str(f) for f in result.findings]
    return result


def open_story(session: Session, qtbot: object) -> None:
    """Open the filmed story, and wait until its poster shows (its row is then complete)."""
    session.nav.openStory(STORY)

    def poster_shown() -> bool:
        if not has_item(session.window, "storyVideoPoster"):
            return False
        poster = item(session.window, "storyVideoPoster")
        return poster.property("progress") == 1.0 and bool(poster.property("source").toString())

    qtbot.waitUntil(poster_shown, timeout=10000)  # type: ignore[attr-defined]


@pytest.fixture
def film(launch: Callable[..., Session], tmp_path: Path, qtbot: object) -> Session:
    """The kiosk on the filmed hall, its story open."""
    session = launch([filmed_hall(tmp_path / "hall")], size=(1920, 1080))
    open_story(session, qtbot)
    return session


class Player:
    """The film's MediaPlayer, read through its properties."""

    def __init__(self, session: Session) -> None:
        self.film = item(session.window, "storyVideo_0")  # kept: PySide ties the child to it
        found = self.film.findChildren(QObject, "storyVideoPlayer")
        assert len(found) == 1
        self.obj = found[0]

    def state(self) -> QMediaPlayer.PlaybackState:
        return QMediaPlayer.PlaybackState(self.obj.property("playbackState"))

    def playing(self) -> bool:
        return self.state() == QMediaPlayer.PlaybackState.PlayingState

    def paused(self) -> bool:
        return self.state() == QMediaPlayer.PlaybackState.PausedState

    def unloaded(self) -> bool:
        return self.obj.property("source").isEmpty()

    def position(self) -> int:
        return int(self.obj.property("position"))

    def audio(self) -> QObject:
        return self.obj.property("audioOutput")


def player(session: Session) -> Player:
    """The film's player."""
    return Player(session)


def cue_text(session: Session) -> str:
    """The subtitle shown now."""
    if not has_item(session.window, "storyVideoCue"):
        return ""
    return str(item(session.window, "storyVideoCue").property("text"))


def in_view(session: Session) -> QQuickItem:
    """Scroll the story so that its film is in view; the film's item."""
    flick = item(session.window, "storyFlick")
    video = item(session.window, "storyVideo_0")
    at = video.mapToItem(flick.property("contentItem"), video.position()).y()
    flick.setProperty("contentY", max(0, at - 40))
    return video


def test_tap_plays_and_pauses_and_the_idle_timer_waits(
    film: Session, qtbot: object, touchscreen: QPointingDevice
) -> None:
    in_view(film)
    media = player(film)
    assert media.unloaded()  # nothing decoded until a visitor asks
    assert item(film.window, "storyVideoPoster").isVisible()
    film.idle.set_countdown(0)
    film.idle.set_timeout(0.3)
    tap(film.window, touchscreen, item(film.window, "storyVideoSurface"))
    qtbot.waitUntil(lambda: media.playing())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: media.position() > 600, timeout=5000)  # type: ignore[attr-defined]
    assert not film.nav.attract  # twice the idle timeout went by while it played
    tap(film.window, touchscreen, item(film.window, "storyVideoSurface"))
    qtbot.waitUntil(lambda: media.paused())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: film.nav.attract, timeout=3000)  # type: ignore[attr-defined]
    assert not film.idle.holding


def test_a_film_left_playing_ends_then_the_kiosk_resets(
    film: Session, qtbot: object, touchscreen: QPointingDevice
) -> None:
    in_view(film)
    media = player(film)
    film.idle.set_countdown(0)
    film.idle.set_timeout(1.0)
    tap(film.window, touchscreen, item(film.window, "storyVideoSurface"))
    qtbot.waitUntil(lambda: media.playing())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: media.unloaded(), timeout=8000)  # type: ignore[attr-defined]
    assert not film.nav.attract  # it ended (2 s) more than the timeout after the last touch
    qtbot.waitUntil(lambda: film.nav.attract, timeout=4000)  # type: ignore[attr-defined]


def test_subtitles_sound_and_full_screen(
    film: Session, qtbot: object, touchscreen: QPointingDevice
) -> None:
    in_view(film)
    media = player(film)
    tap(film.window, touchscreen, item(film.window, "storyVideoPlay"))
    qtbot.waitUntil(lambda: cue_text(film) == "幸福河公园")  # type: ignore[attr-defined]
    audio = media.audio()
    assert not audio.property("muted")
    assert audio.property("volume") == pytest.approx(film.settings.video_volume_max)
    tap(film.window, touchscreen, item(film.window, "storyVideoSound"))
    assert audio.property("muted")
    tap(film.window, touchscreen, item(film.window, "storyVideoFull"))
    holder = item(film.window, "storyVideoHolder")
    assert holder.parentItem().objectName() == "page"
    assert holder.width() == item(film.window, "page").width()
    full = item(film.window, "storyVideoFull")
    qtbot.waitUntil(lambda: center(full).x() > 1700)  # type: ignore[attr-defined]  # laid out anew
    tap(film.window, touchscreen, full)
    assert holder.parentItem().objectName() != "page"
    film.content.setLanguage("en")
    qtbot.waitUntil(lambda: cue_text(film) in ("Xingfu River Park", ""))  # type: ignore[attr-defined]
    assert media.playing()  # the language changed, not the film


def test_dragging_the_progress_bar_seeks(
    film: Session, qtbot: object, touchscreen: QPointingDevice
) -> None:
    in_view(film)
    media = player(film)
    tap(film.window, touchscreen, item(film.window, "storyVideoPlay"))
    qtbot.waitUntil(lambda: media.playing())  # type: ignore[attr-defined]
    tap(film.window, touchscreen, item(film.window, "storyVideoPlay"))  # pause
    bar = item(film.window, "storyVideoProgress")
    left = bar.mapToScene(bar.position() * 0).toPoint()
    y = int(left.y() + bar.height() / 2)
    start = QPoint(int(left.x() + 10), y)
    end = QPoint(int(left.x() + bar.width() * 0.75), y)
    swipe(film.window, touchscreen, start, end, steps=60)  # a finger's pace
    qtbot.waitUntil(lambda: abs(media.position() - 1500) < 250)  # type: ignore[attr-defined]
    assert film.nav.place.story == STORY  # the story's swipe did not take the drag


def test_leaving_the_story_releases_the_decoder(
    film: Session, qtbot: object, touchscreen: QPointingDevice
) -> None:
    in_view(film)
    media = player(film)
    tap(film.window, touchscreen, item(film.window, "storyVideoPlay"))
    qtbot.waitUntil(lambda: media.playing())  # type: ignore[attr-defined]
    film.nav.start()
    qtbot.waitUntil(lambda: media.unloaded())  # type: ignore[attr-defined]
    assert not film.idle.holding


@pytest.mark.qt_log_ignore("^Could not open media", "^film .* cannot be played")
def test_a_broken_film_shows_its_poster(
    launch: Callable[..., Session], tmp_path: Path, qtbot: object, touchscreen: QPointingDevice
) -> None:
    hall = filmed_hall(tmp_path / "hall")
    (hall.folder / "films" / "park.mp4").write_bytes(b"\x00" * 4096)
    session = launch([hall], size=(1920, 1080))
    open_story(session, qtbot)
    in_view(session)
    media = player(session)
    tap(session.window, touchscreen, item(session.window, "storyVideoSurface"))
    qtbot.waitUntil(lambda: media.unloaded())  # type: ignore[attr-defined]
    assert item(session.window, "storyVideoPoster").isVisible()
    assert not session.idle.holding


def test_a_film_without_a_poster_shows_the_prepared_frame(
    launch: Callable[..., Session], tmp_path: Path, qtbot: object
) -> None:
    from kiosk.config import Settings
    from kiosk.media import Cache
    from kiosk.media.videoprobe import make_poster

    hall = filmed_hall(tmp_path / "hall")
    text = (hall.folder / "hall.yaml").read_text(encoding="utf-8")
    assert text.count(POSTER) == 1
    text = text.replace(POSTER, "")
    (hall.folder / "hall.yaml").write_text(text, encoding="utf-8")
    hall = load_hall(hall.folder)
    cache = tmp_path / "cache"
    poster = Cache(cache).poster_path(hall.folder / "films" / "park.mp4")
    assert make_poster(hall.folder / "films" / "park.mp4", poster) is None
    session = launch([hall], size=(1920, 1080), settings=Settings(image_cache=cache))
    open_story(session, qtbot)
    shown = item(session.window, "storyVideoPoster").property("source").toLocalFile()
    assert Path(shown) == poster.resolve()


def test_the_attract_loop_plays_the_halls_film_without_sound(
    launch: Callable[..., Session], tmp_path: Path, qtbot: object
) -> None:
    from PySide6.QtCore import QMetaObject

    hall = filmed_hall(tmp_path / "hall")
    assert hall.hall is not None and hall.hall.attract_video == "films/park.mp4"
    session = launch([hall], size=(1920, 1080))
    session.nav.set_attract(True)
    qtbot.waitUntil(lambda: has_item(session.window, "attractView"))  # type: ignore[attr-defined]
    view = item(session.window, "attractView")
    film = view.findChildren(QObject, "attractFilmPlayer")[0]
    assert film.property("audioOutput") is None  # silent
    view.setProperty("cursor", int(view.property("imageCount")) - 1)
    QMetaObject.invokeMethod(view, "advance")  # the end of a round of pictures
    qtbot.waitUntil(
        lambda: film.property("playbackState") == QMediaPlayer.PlaybackState.PlayingState
    )  # type: ignore[attr-defined]
    assert has_item(session.window, "attractFilm")
    qtbot.waitUntil(lambda: film.property("source").isEmpty(), timeout=8000)  # type: ignore[attr-defined]
    assert view.property("cursor") == 0  # the pictures begin again
    assert not has_item(session.window, "attractFilm")


def test_a_tap_on_the_progress_bar_goes_there(
    film: Session, qtbot: object, touchscreen: QPointingDevice
) -> None:
    in_view(film)
    media = player(film)
    tap(film.window, touchscreen, item(film.window, "storyVideoPlay"))
    qtbot.waitUntil(media.playing)  # type: ignore[attr-defined]
    tap(film.window, touchscreen, item(film.window, "storyVideoPlay"))  # pause
    qtbot.waitUntil(media.paused)  # type: ignore[attr-defined]
    bar = item(film.window, "storyVideoProgress")
    tap(film.window, touchscreen, center(bar))  # the middle: 1 s of 2
    qtbot.waitUntil(lambda: abs(media.position() - 1000) < 200)  # type: ignore[attr-defined]
