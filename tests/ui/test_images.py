"""The UI shows prepared derivatives only; missing ones are made off the UI thread, bad ones are placeholders."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QUrl

from kiosk.cli import Env, ExitStatus, main
from kiosk.media import Cache, ImageInfo, Size, derive, inspect_image
from kiosk.ui.images import MAX_REPAIRS, ImageService
from tests.hallgen import make_generated_hall
from tests.media.faults import FullCache


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


def test_a_full_disk_leaves_placeholders_says_so_once_per_picture_and_recovers(
    qtbot: object, hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.ui.images")
    cache = FullCache(tmp_path / "cache")
    files = ["images/p0000.jpg", "images/p0001.jpg"]
    derive(hall / files[1], Size.MARKER, cache)  # made before the disk filled up
    cache.full_flag.touch()
    service = ImageService(cache, workers=1, retry_ms=20)
    try:
        for file in files:
            assert service.resolve(hall, file, "full") == ""
        keys = [(str(hall), file) for file in files]
        qtbot.waitUntil(lambda: all(k in service.failed for k in keys), timeout=30_000)  # type: ignore[attr-defined]
        assert [service.resolve(hall, file, "full") for file in files] == ["", ""]
        assert service.resolve(hall, files[1], "marker").startswith("file://")  # what exists shows
        assert "the disk is full" in service.failed[keys[0]]
        # Retried every 20 ms, one picture at a time, without a word more in the log.
        tried = cache.attempt_count()
        qtbot.waitUntil(lambda: cache.attempt_count() >= tried + 3, timeout=30_000)  # type: ignore[attr-defined]
        lines = [r.getMessage() for r in caplog.records if "the disk is full" in r.getMessage()]
        assert len(lines) == 2, lines
        for file in files:
            assert sum(f"hall/{file}: cannot write the image cache" in line for line in lines) == 1
        assert "No space left on device" in lines[0]

        cache.full_flag.unlink()  # room again
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: all(service.resolve(hall, file, "full") for file in files), timeout=30_000
        )
        assert not service.failed
        assert "the image cache can be written again" in caplog.text
        written = [p for p in cache.base.rglob("*") if p.is_file()]
        assert written and not [p.name for p in written if p.name.endswith(".tmp")]
        assert len(written) == 2 * 4  # every size of both pictures, nothing left half-written
    finally:
        service.close()


def test_a_derivative_damaged_after_it_was_shown_is_made_again_under_a_new_url(
    qtbot: object, hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    service = ImageService(Cache(tmp_path / "cache"), workers=1)
    try:
        service.prepare_now(hall, ["images/p0000.jpg"])
        url = service.resolve(hall, "images/p0000.jpg", "full")
        path = Path(QUrl(url).toLocalFile())
        path.write_bytes(b"garbage where a JPEG was")  # damaged on disk while it is shown
        with qtbot.waitSignal(service.changed, timeout=30_000):  # type: ignore[attr-defined]
            service.pictureFailed(url)  # what QML says when it cannot show it
        again = service.resolve(hall, "images/p0000.jpg", "full")
        assert again == f"{url}?repair=1"  # a new URL, so that QML loads it afresh
        assert isinstance(inspect_image(path), ImageInfo)
        assert "cached full image of images/p0000.jpg is damaged" in caplog.text
        assert service.resolve(hall, "images/p0000.jpg", "thumb") == (
            service._lookup(hall / "images/p0000.jpg")[Size.THUMB] + "?repair=1"
        )
    finally:
        service.close()


def test_a_derivative_qml_keeps_failing_on_is_given_up_after_a_few_tries(
    qtbot: object, hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    service = ImageService(Cache(tmp_path / "cache"), workers=1)
    try:
        service.prepare_now(hall, ["images/p0000.jpg"])
        for n in range(1, MAX_REPAIRS + 1):
            url = service.resolve(hall, "images/p0000.jpg", "tile")
            with qtbot.waitSignal(service.changed, timeout=30_000):  # type: ignore[attr-defined]
                service.pictureFailed(url)
            assert service.resolve(hall, "images/p0000.jpg", "tile").endswith(f"?repair={n}")
        for _ in range(3):
            service.pictureFailed(service.resolve(hall, "images/p0000.jpg", "tile"))
        assert not service.busy()
        assert caplog.text.count("but it reads fine") == MAX_REPAIRS
        assert caplog.text.count(f"still cannot be shown after {MAX_REPAIRS} repairs") == 1
        service.pictureFailed("file:///not/a/derivative.jpg")  # unknown: ignored
        assert not service.busy()
    finally:
        service.close()


def test_a_replaced_picture_is_prepared_again(
    qtbot: object, hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.ui.images")
    service = ImageService(Cache(tmp_path / "cache"), workers=1)
    try:
        service.prepare_now(hall, ["images/p0000.jpg"])
        before = service.resolve(hall, "images/p0000.jpg", "full")
        assert before
        assert service.resolve(hall, "images/broken.jpg", "full") == ""
        qtbot.waitUntil(lambda: not service.busy(), timeout=30_000)  # type: ignore[attr-defined]
        assert (str(hall), "images/broken.jpg") in service.failed
        Image.new("RGB", (300, 200), "#884422").save(hall / "images/p0000.jpg")  # new photo
        Image.new("RGB", (300, 200), "#224488").save(hall / "images/broken.jpg")  # fixed
        assert service.resolve(hall, "images/p0000.jpg", "full") == ""  # not the old photo
        service.resolve(hall, "images/broken.jpg", "full")
        qtbot.waitUntil(lambda: not service.busy(), timeout=30_000)  # type: ignore[attr-defined]
        after = service.resolve(hall, "images/p0000.jpg", "full")
        assert after and after != before
        assert service.resolve(hall, "images/broken.jpg", "full")
        assert not service.failed
        assert "image hall/images/p0000.jpg was replaced; preparing it again" in caplog.text
    finally:
        service.close()


def test_looking_ahead_knows_prepared_pictures_before_a_view_asks(
    qtbot: object, hall: Path, tmp_path: Path
) -> None:
    """A page opened later shows its prepared pictures in its first frame; nothing is prepared."""
    cache = Cache(tmp_path / "cache")
    main(["prepare", str(hall), "--cache", str(cache.base)], Env(io.StringIO(), io.StringIO()))
    assert cache.get(hall / "images" / "p0000.jpg", Size.TILE) is not None
    (hall / "images" / "late.jpg").write_bytes((hall / "images" / "p0000.jpg").read_bytes() + b"x")
    service = ImageService(cache, workers=1)
    changed: list[object] = []
    service.changed.connect(lambda: changed.append(1))
    files = ["images/p0000.jpg", "images/late.jpg", "images/broken.jpg", "../outside.jpg"]
    try:
        service.look_ahead(hall, files)
        qtbot.waitUntil(lambda: (str(hall), "images/p0000.jpg") in service._paths)  # type: ignore[attr-defined]
        assert service.resolve(hall, "images/p0000.jpg", "tile").startswith("file://")
        assert not service.busy()  # answered from what was found: no trip through the thread
        assert changed == []  # nothing announced: no view was waiting
        # Not prepared: left for when a view asks (then prepared as usual), never prepared ahead.
        assert cache.get(hall / "images" / "late.jpg", Size.TILE) is None
        assert service.resolve(hall, "images/late.jpg", "tile") == ""
        assert service.busy()
    finally:
        service.close()
