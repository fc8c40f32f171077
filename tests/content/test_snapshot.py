"""A checked hall kept between starts: used only while nothing changed, refused when planted."""

from __future__ import annotations

import logging
import os
import pickle
import shutil
from pathlib import Path

import pytest

from kiosk.content import load_hall, snapshot
from kiosk.paths import DEFAULT_HALL
from tests.hallgen import make_generated_hall


@pytest.fixture
def hall(tmp_path: Path) -> Path:
    return make_generated_hall(tmp_path / "hall", sections=3, events=4)


def _store(tmp_path: Path) -> Path:
    return tmp_path / "kept"


def test_a_kept_hall_is_what_reading_it_gives(tmp_path: Path) -> None:
    folder = tmp_path / "bundled"
    shutil.copytree(DEFAULT_HALL, folder)
    read = load_hall(folder)
    assert snapshot.save(read, _store(tmp_path))
    kept = snapshot.load(folder, _store(tmp_path))
    assert kept is not None
    assert kept.hall == read.hall
    assert kept.findings == read.findings
    assert (kept.version, kept.pictures, kept.videos) == (read.version, read.pictures, read.videos)
    assert kept.loaded_at >= read.loaded_at  # when it was taken, for the staff panel


def test_nothing_kept_is_nothing_used(hall: Path, tmp_path: Path) -> None:
    assert snapshot.load(hall, _store(tmp_path)) is None


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda f: _edit(f, "板块1", "板块X"), id="hall.yaml edited"),
        pytest.param(lambda f: _replace(f / "images" / "p0000.jpg"), id="a picture replaced"),
        pytest.param(lambda f: (f / "images" / "new.jpg").write_bytes(b"x"), id="a file added"),
        pytest.param(lambda f: (f / "images" / "p0000.jpg").unlink(), id="a picture removed"),
    ],
)
def test_any_change_to_the_folder_means_reading_it_again(
    hall: Path, tmp_path: Path, change: object
) -> None:
    assert snapshot.save(load_hall(hall), _store(tmp_path))
    change(hall)  # type: ignore[operator]
    assert snapshot.load(hall, _store(tmp_path)) is None


def test_a_hall_changed_while_it_is_read_is_not_kept_as_the_new_one(
    hall: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_then_edit(folder: Path) -> object:
        result = load_hall(folder)
        _edit(folder, "板块1", "板块X")  # a staff member saves while the kiosk starts
        return result

    monkeypatch.setattr(snapshot, "load_hall", read_then_edit)
    first = snapshot.take(hall, _store(tmp_path))
    assert first.hall is not None and first.hall.sections[0].title["zh"] == "板块1"
    assert snapshot.load(hall, _store(tmp_path)) is None  # the old reading is not kept
    monkeypatch.setattr(snapshot, "load_hall", load_hall)
    again = snapshot.take(hall, _store(tmp_path))
    assert again.hall is not None and again.hall.sections[0].title["zh"] == "板块X"
    kept = snapshot.load(hall, _store(tmp_path))
    assert kept is not None and kept.hall == again.hall


def test_another_kiosk_version_reads_it_again(
    hall: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert snapshot.save(load_hall(hall), _store(tmp_path))
    monkeypatch.setattr(snapshot, "__version__", "99.0")
    assert snapshot.load(hall, _store(tmp_path)) is None


def test_a_hall_that_cannot_be_shown_is_not_kept(hall: Path, tmp_path: Path) -> None:
    _edit(hall, "id: generated-hall", "id: [")
    result = load_hall(hall)
    assert not result.usable
    assert not snapshot.save(result, _store(tmp_path))
    assert not _store(tmp_path).exists()


def _kept_file(hall: Path, tmp_path: Path) -> Path:
    assert snapshot.save(load_hall(hall), _store(tmp_path))
    return snapshot.path_for(hall, _store(tmp_path))


@pytest.mark.parametrize(
    ("spoil", "said"),
    [
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:100]), "not used", id="truncated"),
        pytest.param(lambda p: p.write_bytes(b"\0" * 64), "not used", id="garbage"),
        pytest.param(lambda p: p.write_bytes(b""), "not used", id="empty"),
        pytest.param(
            lambda p: p.write_bytes(pickle.dumps(("a", "tuple"))), "another format", id="wrong type"
        ),
        pytest.param(
            lambda p: p.write_bytes(pickle.dumps((snapshot.FORMAT, "key", ["not", "a", "hall"]))),
            "another hall",
            id="wrong content",
        ),
        pytest.param(
            lambda p: os.truncate(p, snapshot.MAX_BYTES + 1), "over the", id="huge (sparse)"
        ),
    ],
)
def test_a_spoilt_kept_file_is_refused_with_one_log_line(
    hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, spoil: object, said: str
) -> None:
    path = _kept_file(hall, tmp_path)
    spoil(path)  # type: ignore[operator]
    with caplog.at_level(logging.WARNING, logger="kiosk.content.snapshot"):
        assert snapshot.load(hall, _store(tmp_path)) is None
    assert len(caplog.records) == 1
    assert said in caplog.text and str(path) in caplog.text


class _Planted:
    """Unpickling this would run a command (it must never be built)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def test_a_planted_pickle_runs_nothing(
    hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _kept_file(hall, tmp_path)
    marker = tmp_path / "ran"
    path.write_bytes(pickle.dumps((snapshot.FORMAT, "key", _Planted(marker))))
    with caplog.at_level(logging.WARNING, logger="kiosk.content.snapshot"):
        assert snapshot.load(hall, _store(tmp_path)) is None
    assert not marker.exists()
    assert "system is not part of a hall" in caplog.text


def test_a_kept_file_that_is_a_pipe_is_refused_without_waiting(
    hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _kept_file(hall, tmp_path)
    path.unlink()
    os.mkfifo(path)
    with caplog.at_level(logging.WARNING, logger="kiosk.content.snapshot"):
        assert snapshot.load(hall, _store(tmp_path)) is None
    assert "named pipe" in caplog.text


def test_another_halls_kept_file_copied_over_is_refused(tmp_path: Path) -> None:
    one = make_generated_hall(tmp_path / "one", sections=2, events=2)
    two = make_generated_hall(tmp_path / "two", sections=2, events=2, hall_id="two")
    store = _store(tmp_path)
    assert snapshot.save(load_hall(one), store)
    shutil.copyfile(snapshot.path_for(one, store), snapshot.path_for(two, store))
    assert snapshot.load(two, store) is None


def test_an_unwritable_store_is_one_warning_and_the_hall_still_loads(
    hall: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = tmp_path / "a-file"
    store.write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger="kiosk.content.snapshot"):
        assert not snapshot.save(load_hall(hall), store)
    assert "could not keep the checked hall" in caplog.text


def _edit(folder: Path, old: str, new: str) -> None:
    path = folder / "hall.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _replace(path: Path) -> None:
    """The same bytes in a new file (a copy over it): only the inode and ctime differ."""
    stat = path.stat()
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
