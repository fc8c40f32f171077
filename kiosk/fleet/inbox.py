"""The inbox: packages copied into a folder (Syncthing, rsync, a USB stick) are installed whole.

A package is tried only once its size and time stayed the same across two looks (a copy still
running changes them); install_package then checks its signature and every hash, so a package
that is still partial, corrupt, wrongly signed or not newer is refused whole and logged once.
It is tried again only when the file changes. No Qt here: the kiosk calls poll() off its UI
thread (kiosk/ui/inbox.py), tests call it directly.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import shutil
import stat
import threading
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.fleet.errors import Busy, NoRoom, PackageError
from kiosk.fleet.install import MAX_MANIFEST_BYTES, InstallResult, install_package
from kiosk.fleet.manifest import MANIFEST
from kiosk.fleet.versions import current_version, rolled_back, version_key
from kiosk.i18n import _
from kiosk.media.cache import Cache

log = logging.getLogger(__name__)
SUFFIX = ".zip"
MAX_PACKAGES = 100  # looked at per folder and poll, by name (a folder of junk stays cheap)
ROOM_MARGIN = 1024 * 1024  # free bytes gained (beyond log growth) before a retry for room
Look = tuple[int, int, int]  # size, mtime_ns, inode
Installer = Callable[[Path], InstallResult]


@dataclass(frozen=True)
class Outcome:
    """What one poll did with one package."""

    path: Path
    status: str  # "installed", "refused" or "waiting" (for the staff PIN)
    message: str
    result: InstallResult | None = None


class Inbox:
    """Watches inbox folders and USB mounts for packages, and installs each complete one once."""

    def __init__(
        self,
        installer: Installer,
        folders: Sequence[Path] = (),
        usb_mounts: Sequence[str] = (),
        *,
        usb_needs_pin: bool = False,
        wanted: Callable[[Path], bool] = lambda path: True,
    ) -> None:
        """wanted: whether a package may be newer than what is installed (else it is not
        worth the staff's approval: it is refused and logged straight away)."""
        self._install = installer
        self._wanted = wanted
        self._folders = [Path(f) for f in folders]
        self._usb = list(usb_mounts)
        self._usb_needs_pin = usb_needs_pin
        self._looks: dict[Path, Look] = {}  # the last look at each package
        self._done: dict[Path, Look] = {}  # packages tried (installed or refused), as tried
        self._no_room: dict[Path, tuple[Path, int]] = {}  # refused for room: (folder, free)
        self._waiting: dict[Path, Look] = {}  # USB packages waiting for the staff PIN
        self._approved: set[Path] = set()
        self._lock = threading.Lock()  # waiting and approved are read by the UI thread

    @property
    def waiting(self) -> list[Path]:
        """USB packages that wait for the staff to approve them on screen."""
        with self._lock:
            return sorted(self._waiting)

    def approve(self, path: Path) -> None:
        """The staff, past the PIN, approved a waiting package: the next poll installs it."""
        with self._lock:
            if path in self._waiting:
                self._approved.add(path)

    def packages(self) -> list[tuple[Path, bool]]:
        """Every package file now in the inbox folders and on USB sticks (path, from USB)."""
        found = [(path, False) for folder in self._folders for path in _listing(folder)]
        for pattern in self._usb:
            for folder in sorted(glob.glob(pattern)):
                found += [(path, True) for path in _listing(Path(folder))]
        return found

    def poll(self) -> list[Outcome]:
        """Look once: install each package complete since the last look; what was done."""
        outcomes = []
        present = set()
        for path, from_usb in self._packages_or_none():
            look = _look(path)
            if look is None:
                continue
            present.add(path)
            if self._done.get(path) == look and not self._room_again(path):
                continue
            if self._looks.get(path) != look:  # new or still growing: look again next time
                self._looks[path] = look
                continue
            needs_pin = from_usb and self._usb_needs_pin and self._wanted(path)
            if needs_pin and not self._take_approval(path, look):
                if self._waiting.get(path) != look:
                    with self._lock:
                        self._waiting[path] = look
                    message = _(
                        "package {file} on a USB stick waits for the staff PIN: open the staff "
                        "panel and approve it there"
                    ).format(file=path)
                    log.warning(message)
                    outcomes.append(Outcome(path, "waiting", message))
                continue
            outcome = self._try(path)
            if outcome is not None:
                self._done[path] = look
                outcomes.append(outcome)
        self._forget(present)
        return outcomes

    def _packages_or_none(self) -> list[tuple[Path, bool]]:
        try:
            return self.packages()
        except OSError as exc:  # a stick pulled out while listed
            log.warning("cannot list the package inbox: %s", exc)
            return []

    def _take_approval(self, path: Path, look: Look) -> bool:
        with self._lock:
            if path in self._approved and self._waiting.get(path) == look:
                self._approved.discard(path)
                del self._waiting[path]
                return True
            if self._waiting.get(path) != look:
                self._approved.discard(path)  # changed since it was approved: ask again
            return False

    def _try(self, path: Path) -> Outcome | None:
        """Install one package; None when the content folder is busy (tried again next time)."""
        try:
            result = self._install(path)
        except Busy:
            return None
        except NoRoom as exc:  # tried again once the disk has more room (_room_again)
            self._no_room[path] = (exc.folder, _free(exc.folder))
            log.warning(
                "%s",
                _("{file} is tried again once the disk under '{folder}' has more room").format(
                    file=path, folder=exc.folder
                ),
            )
            return self._refused(exc, path)
        except PackageError as exc:
            return self._refused(exc, path)
        except Exception as exc:  # a bug must not stop the inbox for good
            log.exception("installing %s failed", path)
            return Outcome(path, "refused", str(exc))
        message = _(
            "installed {file}: hall '{hall}', version {version} (before: {previous})"
        ).format(
            file=path, hall=result.hall, version=result.version, previous=result.replaced or "-"
        )
        log.info(message)
        return Outcome(path, "installed", message, result)

    @staticmethod
    def _refused(exc: PackageError, path: Path) -> Outcome:
        for finding in exc.findings:
            log.warning("%s", finding)
        message = _("package left in the inbox, not installed: {error}").format(error=exc)
        log.warning(message)
        return Outcome(path, "refused", message)

    def _room_again(self, path: Path) -> bool:
        """Whether a package refused for want of room may be tried again: the disk has more."""
        refused = self._no_room.get(path)
        if refused is None:
            return False
        folder, free = refused
        if _free(folder) <= free + ROOM_MARGIN:
            return False
        del self._no_room[path]
        return True

    def _forget(self, present: set[Path]) -> None:
        """Packages gone from the inbox are forgotten (one copied in again is tried again)."""
        for table in (self._looks, self._done, self._no_room):
            for path in set(table) - present:
                del table[path]
        with self._lock:
            for path in set(self._waiting) - present:
                del self._waiting[path]
                self._approved.discard(path)


def _listing(folder: Path) -> list[Path]:
    """The package files in a folder: plain *.zip files, not hidden (copies in progress)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return []
    names = [
        e.name for e in entries
        if e.name.endswith(SUFFIX) and not e.name.startswith((".", "~"))
        and e.is_file(follow_symlinks=False)
    ]  # fmt: skip
    return [folder / name for name in names[:MAX_PACKAGES]]


def _look(path: Path) -> Look | None:
    try:
        info = path.stat(follow_symlinks=False)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return info.st_size, info.st_mtime_ns, info.st_ino


def _peek_version(path: Path) -> str | None:
    """The version a package's manifest names (None when it cannot be read: install says why)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST_BYTES:
                return None
            with archive.open(info) as member:
                data = json.loads(member.read(MAX_MANIFEST_BYTES + 1))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, EOFError, zlib.error):
        return None
    version = data.get("version") if isinstance(data, dict) else None
    return version if isinstance(version, str) else None


def newer_than_installed(into: Path) -> Callable[[Path], bool]:
    """Whether a package's version is newer than the one DIR/current shows (True if unknown)."""

    def wanted(path: Path) -> bool:
        version = _peek_version(path)
        try:
            current = current_version(into)
        except PackageError:
            return True
        return version is None or current is None or version_key(version) > version_key(current)

    return wanted


def inbox_installer(
    into: Path,
    trusted: Sequence[Path],
    *,
    allow_unsigned: bool = False,
    cache: Cache | None = None,
) -> Installer:
    """install_package into a content folder with the settings' keys."""

    def install(path: Path) -> InstallResult:
        version = _peek_version(path)
        if version is not None and version in rolled_back(into):
            raise PackageError(
                path,
                _("version {version} was rolled back on this kiosk, so the inbox leaves it "
                  "alone; to show it again: kiosk install FILE").format(version=version),
            )  # fmt: skip
        return install_package(
            path, into, trusted=trusted, allow_unsigned=allow_unsigned, cache=cache
        )

    return install


def _free(folder: Path) -> int:
    """The free bytes under folder (0 when it cannot be asked: no retry on that account)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0
