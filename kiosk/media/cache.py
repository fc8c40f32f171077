"""The derivative cache: files keyed by source content, size and pipeline version, written atomically."""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from platformdirs import user_cache_path

from kiosk.files import atomic_write, open_regular
from kiosk.media.sizes import DEFAULT_SCREEN, Screen, Size

# Bump when derivatives.py would make different files from the same source: old entries then
# sit in an old version folder, unused, and prune() removes them.
PIPELINE_VERSION = 1
SUFFIXES = (".jpg", ".png")
_ENTRY = re.compile(r"([0-9a-f]{32})-(\d+|poster)\.(jpg|png)")
_TEMP = re.compile(r"\..+\.tmp")
_VERSION = re.compile(r"v\d+")
STALE_TEMP_SECONDS = 3600.0


def default_root() -> Path:
    """The per-user cache folder for derivatives."""
    return user_cache_path("kiosk", appauthor=False) / "images"


class Cache:
    """Derivatives on disk under root/v<version>/<2 hex>/<content hash>-<edge>.<jpg|png>."""

    def __init__(self, root: Path | None = None) -> None:
        self.base = root if root is not None else default_root()
        self.root = self.base / f"v{PIPELINE_VERSION}"
        self._digests: dict[tuple[str, int, int, int], str] = {}

    @property
    def kept_halls(self) -> Path:
        """Where checked halls are kept between starts (kiosk.content.snapshot)."""
        return self.base / "halls"

    def __reduce__(self) -> tuple[type[Cache], tuple[Path]]:
        """Sent to worker processes as its folder only (not the remembered digests)."""
        return (type(self), (self.base,))

    def digest(self, source: Path) -> str:
        """The source's content hash (remembered while its size and mtime stay the same)."""
        stat = source.stat()
        key = (str(source), stat.st_ino, stat.st_size, stat.st_mtime_ns)
        digest = self._digests.get(key)
        if digest is None:
            with open_regular(source) as fp:
                digest = hashlib.file_digest(fp, "sha256").hexdigest()[:32]
            self._digests[key] = digest
        return digest

    def path_for(
        self, source: Path, size: Size, screen: Screen = DEFAULT_SCREEN, suffix: str = ".jpg"
    ) -> Path:
        """Where the derivative of source at this size lives (whether or not it exists yet)."""
        digest = self.digest(source)
        return self.root / digest[:2] / f"{digest}-{size.edge(screen)}{suffix}"

    def poster_path(self, video: Path) -> Path:
        """Where the poster frame `kiosk prepare` grabs from a film lives."""
        digest = self.digest(video)
        return self.root / digest[:2] / f"{digest}-poster.png"

    def get(self, source: Path, size: Size, screen: Screen = DEFAULT_SCREEN) -> Path | None:
        """The existing derivative of source at this size, if any."""
        for suffix in SUFFIXES:
            path = self.path_for(source, size, screen, suffix)
            if path.is_file():
                return path
        return None

    def write(self, path: Path, save: Callable[[IO[bytes]], None]) -> Path:
        """Write a file atomically (kiosk.files.atomic_write); whatever fails, the error is raised."""
        return atomic_write(path, save)

    def prune(self, keep_sources: Iterable[Path]) -> int:
        """Delete derivatives of every source not in keep_sources; return how many files went.

        Pass the sources of every hall that shares this cache. Old pipeline versions and
        temporary files left by a crash (older than an hour) go too.
        """
        keep = set()
        for source in keep_sources:
            with contextlib.suppress(OSError):
                keep.add(self.digest(source))
        removed = 0
        if self.base.is_dir():
            for folder in self.base.iterdir():
                if _VERSION.fullmatch(folder.name) and folder != self.root and _real_dir(folder):
                    removed += sum(1 for p in folder.rglob("*") if p.is_file())
                    shutil.rmtree(folder, ignore_errors=True)
        if not self.root.is_dir():
            return removed
        cutoff = time.time() - STALE_TEMP_SECONDS
        for shard in self.root.iterdir():
            if not _real_dir(shard):
                continue
            for path in shard.iterdir():
                entry = _ENTRY.fullmatch(path.name)
                if (entry and entry[1] not in keep) or _stale_temp(path, cutoff):
                    with contextlib.suppress(OSError):
                        path.unlink()
                        removed += 1
            with contextlib.suppress(OSError):
                shard.rmdir()  # only when empty
        return removed


def _real_dir(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _stale_temp(path: Path, cutoff: float) -> bool:
    """A temporary file that a crashed write left behind before cutoff."""
    try:
        return bool(_TEMP.fullmatch(path.name)) and path.stat().st_mtime < cutoff
    except OSError:  # gone meanwhile
        return False
