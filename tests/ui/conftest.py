"""Fixtures for the Qt side: a running kiosk window (offscreen) and touch helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.config import Settings
from kiosk.content import LoadResult, load_hall
from kiosk.paths import DEFAULT_HALL
from kiosk.ui.app import Session, start
from tests.hallgen import make_generated_hall


@pytest.fixture(scope="session")
def bundled() -> LoadResult:
    """The bundled hall, loaded once."""
    return load_hall(DEFAULT_HALL)


@pytest.fixture(scope="session")
def image_cache(tmp_path_factory: pytest.TempPathFactory, bundled: LoadResult) -> Path:
    """One image cache for the whole run, with the bundled hall's pictures prepared."""
    from kiosk.media import Cache, prepare_hall

    root = tmp_path_factory.mktemp("image-cache")
    assert bundled.hall is not None
    prepare_hall(bundled.folder, [p.file for p in bundled.hall.pictures()], Cache(root))
    return root


@pytest.fixture(scope="session")
def second_hall(tmp_path_factory: pytest.TempPathFactory) -> LoadResult:
    """A small generated hall, for multi-hall tests."""
    folder = make_generated_hall(tmp_path_factory.mktemp("halls") / "second", sections=3, events=8)
    return load_hall(folder)


@pytest.fixture
def launch(qtbot: object, tmp_path: Path, image_cache: Path) -> Iterator[Callable[..., Session]]:
    """Start kiosk windows (usage rows go to a temporary database); torn down after the test."""
    sessions: list[Session] = []

    def run(halls: list[LoadResult], **options: object) -> Session:
        settings = options.pop("settings", None) or Settings()
        assert isinstance(settings, Settings)
        if settings.usage_db is None:
            settings = settings.model_copy(
                update={"usage_db": tmp_path / f"usage{len(sessions)}.db"}
            )
        if settings.state_dir is None:  # never the real state folder (the PIN lockout)
            settings = settings.model_copy(update={"state_dir": tmp_path / f"state{len(sessions)}"})
        session = start(halls, settings, **options)  # type: ignore[arg-type]
        sessions.append(session)
        session.window.show()
        QTest.qWaitForWindowExposed(session.window)
        return session

    yield run
    for session in sessions:
        session.close()


@pytest.fixture
def kiosk(launch: Callable[..., Session], bundled: LoadResult) -> Session:
    """The bundled hall at 1920x1080 in a window."""
    return launch([bundled], size=(1920, 1080))


@pytest.fixture(scope="session")
def touchscreen() -> QPointingDevice:
    """A simulated touch screen."""
    return QTest.createTouchDevice()


def _items(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item of the visual tree below root (Repeater and view delegates included)."""
    yield root
    for child in root.childItems():
        yield from _items(child)


def item(window: QQuickWindow, name: str) -> QQuickItem:
    """The visible QML item with this objectName (fails clearly when absent)."""
    found = [i for i in _items(window.contentItem()) if i.objectName() == name and i.isVisible()]
    assert found, f"no visible item named {name!r}"
    return found[0]


def handler(window: QQuickWindow, name: str) -> QObject:
    """A pointer handler (not an item) with this objectName."""
    found = window.findChildren(QObject, name)
    assert found, f"no object named {name!r}"
    return found[0]


def has_item(window: QQuickWindow, name: str) -> bool:
    """Whether a visible item with this objectName exists."""
    return any(i.objectName() == name and i.isVisible() for i in _items(window.contentItem()))


def center(target: QQuickItem) -> QPoint:
    """The item's centre in window coordinates."""
    return target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()


def tap(window: QQuickWindow, device: QPointingDevice, at: QPoint | QQuickItem) -> None:
    """A finger tap."""
    point = center(at) if isinstance(at, QQuickItem) else at
    QTest.touchEvent(window, device).press(0, point, window).commit()
    QTest.touchEvent(window, device).release(0, point, window).commit()


def swipe(
    window: QQuickWindow, device: QPointingDevice, start: QPoint, end: QPoint, steps: int = 12
) -> None:
    """A finger swipe from start to end in steps."""
    QTest.touchEvent(window, device).press(0, start, window).commit()
    for i in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * i // steps
        y = start.y() + (end.y() - start.y()) * i // steps
        QTest.qWait(8)
        QTest.touchEvent(window, device).move(0, QPoint(x, y), window).commit()
    QTest.touchEvent(window, device).release(0, end, window).commit()


def pinch(
    window: QQuickWindow,
    device: QPointingDevice,
    centre: QPoint,
    start: int,
    end: int,
    steps: int = 10,
) -> None:
    """Two fingers moving apart (end > start) or together around centre."""

    def points(spread: int) -> tuple[QPoint, QPoint]:
        return centre - QPoint(spread, 0), centre + QPoint(spread, 0)

    a, b = points(start)
    QTest.touchEvent(window, device).press(0, a, window).press(1, b, window).commit()
    for i in range(1, steps + 1):
        a, b = points(start + (end - start) * i // steps)
        QTest.qWait(8)
        QTest.touchEvent(window, device).move(0, a, window).move(1, b, window).commit()
    QTest.touchEvent(window, device).release(0, a, window).release(1, b, window).commit()


def hall_file(result: LoadResult) -> Path:
    """The hall.yaml of a loaded hall."""
    return result.folder / "hall.yaml"
