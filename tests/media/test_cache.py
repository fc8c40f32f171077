"""The cache: keyed by content, size and pipeline version; atomic writes; pruning."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.media import PIPELINE_VERSION, Cache, Size, derive
from kiosk.media import cache as cache_module
from tests.media.inputs import photo


def test_default_root_is_the_user_cache_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(cache_module, "user_cache_path", lambda *a, **k: tmp_path / "user")
    assert Cache().base == tmp_path / "user" / "images"
    assert Cache(tmp_path / "mine").root == tmp_path / "mine" / f"v{PIPELINE_VERSION}"


def test_key_is_content_size_and_version(tmp_path: Path, cache: Cache) -> None:
    a = photo(tmp_path / "a.jpg")
    twin = tmp_path / "elsewhere" / "twin.jpg"
    twin.parent.mkdir()
    twin.write_bytes(a.read_bytes())
    path = cache.path_for(a, Size.THUMB)
    assert path == cache.path_for(twin, Size.THUMB)
    assert path.parent.parent == cache.root
    assert path.name == f"{cache.digest(a)}-480.jpg"
    assert cache.path_for(a, Size.FULL, (3840, 2160)).name.endswith("-3840.jpg")
    assert cache.path_for(a, Size.FULL, (1080, 1920)) == cache.path_for(a, Size.FULL)


def test_changed_content_gets_a_new_key(tmp_path: Path, cache: Cache) -> None:
    source = photo(tmp_path / "a.jpg")
    before = cache.path_for(source, Size.TILE)
    photo(source, (320, 200))
    os.utime(source, ns=(1, 1))  # a new mtime even on a coarse clock
    assert cache.path_for(source, Size.TILE) != before


def test_get_finds_only_existing_derivatives(tmp_path: Path, cache: Cache) -> None:
    source = photo(tmp_path / "a.jpg")
    assert cache.get(source, Size.TILE) is None
    made = derive(source, Size.TILE, cache)
    assert cache.get(source, Size.TILE) == made
    assert cache.get(source, Size.THUMB) is None


def test_write_appears_only_when_complete(tmp_path: Path, cache: Cache) -> None:
    target = cache.root / "ab" / "x.jpg"

    def save(fp: object) -> None:
        assert not target.exists()
        assert [p.name.startswith(".x.jpg.") for p in target.parent.iterdir()] == [True]
        fp.write(b"data")  # type: ignore[attr-defined]

    assert cache.write(target, save) == target
    assert target.read_bytes() == b"data"
    assert target.stat().st_mode & 0o777 == 0o644
    assert list(target.parent.iterdir()) == [target]


def test_a_failed_write_leaves_nothing(tmp_path: Path, cache: Cache) -> None:
    target = cache.root / "ab" / "x.jpg"

    def save(fp: object) -> None:
        fp.write(b"half")  # type: ignore[attr-defined]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        cache.write(target, save)
    assert list(target.parent.iterdir()) == []


def test_prune_keeps_only_what_halls_use(tmp_path: Path, cache: Cache) -> None:
    kept, dropped = photo(tmp_path / "kept.jpg"), photo(tmp_path / "dropped.jpg", (300, 200))
    kept_paths = [derive(kept, size, cache) for size in (Size.FULL, Size.THUMB)]
    dropped_path = derive(dropped, Size.THUMB, cache)
    old = cache.base / "v0" / "ab" / "old.jpg"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"old")
    shard = kept_paths[0].parent
    stale, fresh = shard / ".a.jpg.1.tmp", shard / ".b.jpg.2.tmp"
    stale.write_bytes(b"")
    fresh.write_bytes(b"")
    os.utime(stale, (0, 0))
    stranger = shard / "notes.txt"
    stranger.write_text("not ours")

    assert cache.prune([kept, tmp_path / "vanished.jpg"]) == 3
    assert all(p.exists() for p in [*kept_paths, fresh, stranger])
    assert not dropped_path.exists() and not stale.exists()
    assert not (cache.base / "v0").exists()
    assert cache.prune([kept]) == 0


def test_prune_of_an_empty_cache(tmp_path: Path) -> None:
    assert Cache(tmp_path / "none").prune([]) == 0


def test_the_cache_alone_does_not_load_pillow() -> None:
    """The kiosk's start-up looks up the cache; Pillow loads only where pictures are made."""
    import subprocess
    import sys

    code = "import sys, kiosk.media, kiosk.ui.images; print('PIL' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"  # the names themselves: tests/test_lazy.py
