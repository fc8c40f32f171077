"""`kiosk run` starts from the hall checked last time while its files are unchanged."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import kiosk.content
from kiosk.cli import Env, _load_halls, main
from kiosk.config import Settings
from kiosk.content import LoadResult, load_hall, snapshot
from tests.hallgen import make_generated_hall


def _settings(tmp_path: Path, folder: Path) -> Settings:
    return Settings(halls=[folder], image_cache=tmp_path / "cache")


def test_the_second_start_reads_nothing_and_says_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_generated_hall(tmp_path / "hall", sections=2, events=2)
    (folder / "images" / "p0001.jpg").unlink()  # a finding to print (not blocking)
    settings = _settings(tmp_path, folder)
    kept = tmp_path / "cache" / "halls"
    first_err = io.StringIO()
    [first] = _load_halls(settings, Env(io.StringIO(), first_err), kept=kept)
    assert first.findings

    def refuse(_path: Path) -> LoadResult:
        raise AssertionError("read again although nothing changed")

    monkeypatch.setattr(kiosk.content, "load_hall", refuse)
    monkeypatch.setattr(snapshot, "load_hall", refuse)
    again_err = io.StringIO()
    [again] = _load_halls(settings, Env(io.StringIO(), again_err), kept=kept)
    assert again.hall == first.hall
    assert again_err.getvalue() == first_err.getvalue()  # the same findings, file:line


def test_a_changed_hall_is_read_and_kept_again(tmp_path: Path) -> None:
    folder = make_generated_hall(tmp_path / "hall", sections=2, events=2)
    settings = _settings(tmp_path, folder)
    kept = tmp_path / "cache" / "halls"
    _load_halls(settings, Env(io.StringIO(), io.StringIO()), kept=kept)
    path = folder / "hall.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("板块1", "新板块"), encoding="utf-8")
    [result] = _load_halls(settings, Env(io.StringIO(), io.StringIO()), kept=kept)
    assert result.hall is not None and result.hall.sections[0].title["zh"] == "新板块"
    kept_now = snapshot.load(folder, kept)
    assert kept_now is not None and kept_now.hall == result.hall


def test_prepare_keeps_the_checked_hall_for_the_first_start(tmp_path: Path) -> None:
    folder = make_generated_hall(tmp_path / "hall", sections=1, events=1)
    cache = tmp_path / "cache"
    status = main(
        ["prepare", str(folder), "--cache", str(cache)], Env(io.StringIO(), io.StringIO())
    )
    assert status == 0
    kept = snapshot.load(folder, cache / "halls")
    assert kept is not None and kept.hall == load_hall(folder).hall
