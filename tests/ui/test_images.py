"""The UI shows prepared derivatives only; missing ones are made off the UI thread, bad ones are placeholders."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk.cli import Env, ExitStatus, main
from kiosk.media import Cache, Size
from kiosk.ui.images import ImageService
from tests.hallgen import make_generated_hall


@pytest.fixture
def hall(tmp_path: Path) -> Path:
    folder = make_generated_hall(tmp_path / "hall", sections=1, stories=1, events=1)
    (folder / "images" / "broken.jpg").write_text("not a picture", encoding="utf-8")
    return folder


def test_pictures_appear_once_prepared(qtbot: object, hall: Path, tmp_path: Path) -> None:
    service = ImageService(Cache(tmp_path / "cache"), workers=1)
    try:
        assert (
            service.resolve(hall, "images/p0000.jpg", "full") == ""
        )  # not ready: a placeholder, no wait
        assert service.busy()
        with qtbot.waitSignal(service.changed, timeout=30_000):  # type: ignore[attr-defined]
            pass
        url = service.resolve(hall, "images/p0000.jpg", "thumb")
        assert url.startswith("file://") and str(tmp_path / "cache") in url
        assert not service.busy()
    finally:
        service.close()


def test_a_broken_picture_stays_a_placeholder(qtbot: object, hall: Path, tmp_path: Path) -> None:
    service = ImageService(Cache(tmp_path / "cache"), workers=1)
    try:
        service.resolve(hall, "images/broken.jpg", "tile")
        with qtbot.waitSignal(service.changed, timeout=30_000):  # type: ignore[attr-defined]
            pass
        assert service.resolve(hall, "images/broken.jpg", "tile") == ""
        assert "not an image" in service.failed[(str(hall), "images/broken.jpg")]
        assert not service.busy()  # and it is not tried again and again
    finally:
        service.close()


def test_unsafe_paths_are_never_prepared(qtbot: object, hall: Path, tmp_path: Path) -> None:
    service = ImageService(Cache(tmp_path / "cache"))
    try:
        assert service.resolve(hall, "../outside.jpg", "full") == ""
        assert service.resolve(hall, "http://example.com/a.jpg", "full") == ""
        assert not service.busy()
    finally:
        service.close()


def test_validate_opens_the_images(hall: Path) -> None:
    text = (hall / "hall.yaml").read_text(encoding="utf-8")
    (hall / "hall.yaml").write_text(
        text.replace("images/p0001.jpg", "images/broken.jpg", 1), encoding="utf-8"
    )
    out, err = io.StringIO(), io.StringIO()
    assert main(["validate", str(hall)], Env(out, err)) == ExitStatus.INVALID_CONTENT
    assert "'images/broken.jpg': not an image" in out.getvalue()
    assert main(["validate", "--no-images", str(hall)], Env(io.StringIO(), err)) == ExitStatus.OK


def test_prepare_command(hall: Path, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["prepare", str(hall), "--cache", str(tmp_path / "c")], Env(out, err))
    assert code == ExitStatus.OK, out.getvalue() + err.getvalue()
    assert "2 prepared, 0 already cached, 0 failed" in out.getvalue()
    out = io.StringIO()
    main(["prepare", str(hall), "--cache", str(tmp_path / "c")], Env(out, err))
    assert "0 prepared, 2 already cached, 0 failed" in out.getvalue()


def test_a_damaged_derivative_is_made_again_and_logged(
    qtbot: object, hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = Cache(tmp_path / "cache")
    first = ImageService(cache, workers=1)
    first.prepare_now(hall, ["images/p0000.jpg"])
    first.close()
    full = cache.get(hall / "images/p0000.jpg", Size.FULL)
    assert full is not None
    full.write_bytes(full.read_bytes()[:200])  # a truncated derivative
    service = ImageService(Cache(tmp_path / "cache"), workers=1)
    try:
        service.resolve(hall, "images/p0000.jpg", "full")
        with qtbot.waitSignal(service.changed, timeout=30_000):  # type: ignore[attr-defined]
            pass
        assert service.resolve(hall, "images/p0000.jpg", "full")
        assert len(full.read_bytes()) > 200  # made again
        assert "is damaged" in caplog.text
    finally:
        service.close()


def test_an_unwritable_cache_leaves_placeholders_and_a_log_line(
    qtbot: object, hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    service = ImageService(Cache(blocker / "cache"), workers=1)
    try:
        service.resolve(hall, "images/p0000.jpg", "full")
        with qtbot.waitSignal(service.changed, timeout=30_000):  # type: ignore[attr-defined]
            pass
        assert service.resolve(hall, "images/p0000.jpg", "full") == ""
        assert "cannot write the image cache" in caplog.text
    finally:
        service.close()
