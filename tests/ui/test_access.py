"""The visitor's accessibility options: larger text, high contrast, less motion, speech; reset."""

from __future__ import annotations

import os
import shutil
import wave
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from kiosk.config import Accessibility, Attract, Settings
from kiosk.content import LoadResult
from kiosk.ui.access import LARGE_TEXT, key_map
from kiosk.ui.app import Session
from tests.ui.conftest import item

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None and not os.environ.get("CI"), reason="needs espeak-ng"
)


def theme(session: Session, name: str) -> object:
    """A property of the QML Theme singleton."""
    return session.theme.property(name)


def test_larger_text_high_contrast_and_less_motion_change_what_the_views_use(
    qtbot: object, kiosk: Session
) -> None:
    access = kiosk.access
    assert access is not None
    body, small = theme(kiosk, "body"), theme(kiosk, "small")
    assert theme(kiosk, "animate") is True
    for option in ("largeText", "highContrast", "reducedMotion"):
        access.toggle(option)
    assert theme(kiosk, "body") == round(28 * LARGE_TEXT) and body == 28
    assert theme(kiosk, "small") == round(24 * LARGE_TEXT) and small == 24
    assert theme(kiosk, "title") < round(52 * LARGE_TEXT)  # the largest grow less
    assert theme(kiosk, "background").name() == "#000000"  # type: ignore[attr-defined]
    assert theme(kiosk, "animate") is False
    access.toggle("largeText")
    assert theme(kiosk, "body") == 28


def test_with_less_motion_the_figures_stand_at_once(qtbot: object, kiosk: Session) -> None:
    assert kiosk.access is not None
    kiosk.access.toggle("reducedMotion")
    kiosk.nav.openStats()
    qtbot.waitUntil(lambda: bool(item(kiosk.window, "statCard_new-urban-jobs")))  # type: ignore[attr-defined]
    card = item(kiosk.window, "statCard_new-urban-jobs")
    assert card.property("progress") == 1  # no count-up


def test_everything_resets_when_the_attract_loop_takes_over(
    qtbot: object, launch: Callable[..., Session], bundled: LoadResult
) -> None:
    session = launch([bundled], settings=Settings(idle_timeout=5, attract=Attract(countdown=1)))
    access = session.access
    assert access is not None
    for option in ("largeText", "highContrast", "reducedMotion"):
        access.toggle(option)
    access.setPanelOpen(True)
    access.volumeStep(-1)
    session.idle.set_timeout(0.05)
    with qtbot.waitSignal(session.idle.reset, timeout=5000):  # type: ignore[attr-defined]
        pass
    assert [access.property(o) for o in ("largeText", "highContrast", "reducedMotion")] == [
        False, False, False
    ]  # fmt: skip
    assert access.property("panelOpen") is False
    assert access.property("volume") == Accessibility().speech_volume
    assert theme(session, "body") == 28


def test_the_options_sheet_opens_from_the_dock_and_toggles_by_touch(
    qtbot: object, kiosk: Session, touchscreen: object
) -> None:
    from tests.ui.conftest import tap

    window = kiosk.window
    tap(window, touchscreen, item(window, "accessButton"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: kiosk.access.property("panelOpen") is True)  # type: ignore[attr-defined, union-attr]
    qtbot.waitSignal(window.frameSwapped, timeout=5000)  # type: ignore[attr-defined]
    tap(window, touchscreen, item(window, "accessOption_highContrast"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: kiosk.access.property("highContrast") is True)  # type: ignore[attr-defined, union-attr]
    tap(window, touchscreen, item(window, "accessDone"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: kiosk.access.property("panelOpen") is False)  # type: ignore[attr-defined, union-attr]


def test_volume_keys_stay_within_the_cap(qtbot: object, launch: Callable[..., Session],
                                         bundled: LoadResult) -> None:  # fmt: skip
    session = launch([bundled], settings=Settings(accessibility=Accessibility(speech_volume=40)))
    access = session.access
    assert access is not None
    for _ in range(5):
        access.volumeStep(1)
    assert access.property("volume") == 40
    for _ in range(9):
        access.volumeStep(-1)
    assert access.property("volume") == 0


def test_key_names_from_the_settings(caplog: pytest.LogCaptureFixture) -> None:
    keys = key_map({"next": ["F8", "NoSuchKey"]})
    assert keys[int(Qt.Key.Key_F8.value)] == "next"
    assert int(Qt.Key.Key_Tab.value) not in keys  # the settings replace an action's keys
    assert keys[int(Qt.Key.Key_Return.value)] == "activate"  # the other actions keep theirs
    assert "no key named 'NoSuchKey'" in caplog.text


def _wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as sound:
        return sound.getnframes() / sound.getframerate()


@needs_espeak
def test_speech_speaks_the_focused_item_in_the_visitor_s_language(
    qtbot: object, launch: Callable[..., Session], bundled: LoadResult, tmp_path: Path
) -> None:
    out = tmp_path / "speech"
    session = launch(
        [bundled], size=(1920, 1080),
        settings=Settings(accessibility=Accessibility(speech_to=out)),
    )  # fmt: skip
    access = session.access
    assert access is not None and access.property("speechAvailable") is True
    speaker = access.speaker
    access.toggle("speech")  # says that it is on
    qtbot.waitUntil(lambda: len(speaker.spoken) == 1)  # type: ignore[attr-defined]
    with qtbot.waitSignal(speaker.finished, timeout=10000):  # type: ignore[attr-defined]
        pass
    assert _wav_seconds(speaker.spoken[0]) > 1.0
    window = session.window
    window.requestActivate()
    QTest.qWaitForWindowActive(window)
    with qtbot.waitSignal(speaker.finished, timeout=10000):  # type: ignore[attr-defined]
        QTest.keyClick(window, Qt.Key.Key_Tab)  # the first control: a section tile
    assert len(speaker.spoken) == 2 and _wav_seconds(speaker.spoken[1]) > 0.3
    access.reset()  # idle: silence, and the mode off
    assert access.property("speech") is False
    QTest.keyClick(window, Qt.Key.Key_Tab)
    assert len(speaker.spoken) == 2


def test_speech_reads_a_headline_without_its_word_joiners(qtbot: object) -> None:
    from kiosk.present.labels import headline
    from kiosk.ui.speech import Speaker

    speaker = Speaker(program="/bin/cat")  # any program that reads its stdin
    with qtbot.waitSignal(speaker.started) as said:  # type: ignore[attr-defined]
        speaker.say(headline("全力扩大就业 打造就业圈") + " " + headline("High-tech"), "zh", 50)
    assert said.args == ["全力扩大就业 打造就业圈 High-tech"]
    with qtbot.waitSignal(speaker.finished, timeout=10000):  # type: ignore[attr-defined]
        pass
    del speaker  # a speaker that has spoken goes away cleanly (its process was once its child)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # its process's
