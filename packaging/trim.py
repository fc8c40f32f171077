"""Trim a PyInstaller analysis of kiosk down to the Qt parts it uses (imported by kiosk.spec).

PyInstaller's Qt hooks collect every QML module and every plugin of the Qt modules imported
(Controls, Dialogs, VirtualKeyboard, Wayland compositor, GTK theme, ...). We keep:

- the QML modules the views import (QtQml, QtQuick and the QtQuick modules below);
- the plugins a kiosk needs: platforms (X11, Wayland, EGLFS, offscreen, Windows), the
  Wayland shell/EGL glue, evdev input (touch without a compositor), the image formats a
  hall may use, and Qt Multimedia's FFmpeg backend (the films; PySide6-Addons' other modules,
  Charts, 3D, WebEngine ..., are never imported and so never collected);

then drop every shared library that nothing kept links to (a closure over DT_NEEDED /
PE imports, computed with PyInstaller's own dependency reader).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, typecode)

# QML modules (folders under qml/ holding a qmldir) the kiosk imports, with their own imports.
QML_MODULES = {
    "QtQml",
    "QtQml/Models",
    "QtQml/WorkerScript",
    "QtQuick",
    "QtQuick/Window",
    "QtQuick/Layouts",
    "QtQuick/Shapes",
    "QtQuick/Effects",
    "QtMultimedia",  # MediaPlayer, VideoOutput, AudioOutput: a story's films
}

# Qt plugins kept, by plugin folder; names without "lib" and the file ending.
PLUGINS: dict[str, set[str] | None] = {
    "platforms": {
        "qxcb",  # X11 (and GNOME Kiosk on Xorg)
        "qwayland",  # Wayland: cage, GNOME Kiosk on Wayland
        "qwayland-egl",
        "qwayland-generic",
        "qeglfs",  # straight to the screen, no compositor
        "qoffscreen",  # snapshots and tests
        "qminimal",
        "qwindows",
    },
    "xcbglintegrations": None,  # None: every plugin of the folder
    "egldeviceintegrations": {"qeglfs-kms-integration", "qeglfs-kms-egldevice-integration"},
    "wayland-shell-integration": {"xdg-shell", "fullscreen-shell-v1"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "wayland-decoration-client": {"bradient"},
    "generic": {"qevdevtouchplugin", "qevdevmouseplugin", "qevdevkeyboardplugin"},
    "imageformats": {"qjpeg", "qgif", "qwebp", "qtiff"},  # PNG and BMP are built into QtGui
    "multimedia": {"ffmpegmediaplugin"},  # decodes the films (Qt's FFmpeg libraries link to it)
}

# Python modules the kiosk never imports (tests and tools that are installed in the venv).
EXCLUDES = [
    "PySide6.QtWidgets",
    "PySide6.QtDBus",
    "PySide6.QtTest",
    "PySide6.QtSvg",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtMultimediaWidgets",
    "PIL._avif",  # AVIF is not a hall image format (and its library is 5 MB)
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "tkinter",
    "mypy",
    "hypothesis",
    "pytest",
    "_pytest",
    "pytestqt",
    "jsonschema",
    "fontTools",
    "PyInstaller",
    "IPython",
    "setuptools",
    "pip",
]

_QT_PART = re.compile(r"(?:^|/)PySide6/(?:Qt/)?(plugins|qml|translations)/(.+)$")
_LIBRARY = re.compile(r"(?:^lib.+\.so(?:\.[\d.]+)?|.+\.dll|.+\.dylib)$", re.IGNORECASE)
# Loaded at run time rather than linked, so kept whatever links to them: Python itself (by the
# bootloader) and, on Windows, the HLSL compiler Qt's Direct3D renderer loads.
_ROOT_LIBRARY = re.compile(r"^(?:libpython|python3|d3dcompiler_)", re.IGNORECASE)


def _stem(name: str) -> str:
    """A plugin file's name without 'lib' and the file ending."""
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") and not name.endswith(".dll") else stem


def _qml_module(source: str) -> str:
    """The QML module a file belongs to: its nearest folder with a qmldir, relative to qml/."""
    path = Path(source).parent
    while not (path / "qmldir").is_file() and path.name != "qml" and path != path.parent:
        path = path.parent
    parts = path.parts
    return "/".join(parts[len(parts) - parts[::-1].index("qml") :]) if "qml" in parts else ""


def wanted(entry: Entry) -> bool:
    """False for Qt files the kiosk does not use (QML modules, plugins, translations)."""
    dest, source, _ = entry
    match = _QT_PART.search(PurePosixPath(dest.replace(os.sep, "/")).as_posix())
    if match is None:
        return True
    kind, rest = match.groups()
    if kind == "translations":
        return False
    if kind == "qml":
        return _qml_module(source) in QML_MODULES
    folder, _, name = rest.partition("/")
    if folder not in PLUGINS or "/" in name:
        return False
    names = PLUGINS[folder]
    return names is None or _stem(name) in names


def _is_library(entry: Entry) -> bool:
    """Whether an entry is a shared library that only matters if something links to it."""
    dest, _, typecode = entry
    name = os.path.basename(dest)
    if typecode != "BINARY" or _QT_PART.search(dest.replace(os.sep, "/")):
        return False
    return bool(_LIBRARY.match(name)) and not _ROOT_LIBRARY.match(name)


def linked(
    binaries: list[Entry], imports: Callable[[str, list[str]], Iterable[tuple[str, str | None]]]
) -> list[Entry]:
    """Binaries minus the libraries that no kept binary links to (directly or not)."""
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(os.path.basename(entry[0]).lower(), []).append(entry)
        by_name.setdefault(os.path.basename(entry[1]).lower(), []).append(entry)
    search = sorted({os.path.dirname(source) for _, source, _ in binaries})
    todo = [entry for entry in binaries if not _is_library(entry)]
    keep = set(todo)
    while todo:
        entry = todo.pop()
        for name, resolved in imports(entry[1], search):
            for key in {name, resolved or ""}:
                for dep in by_name.get(os.path.basename(key).lower(), []):
                    if dep not in keep:
                        keep.add(dep)
                        todo.append(dep)
    return [entry for entry in binaries if entry in keep]


def _symlinks_to(entries: list[Entry], kept: list[Entry]) -> list[Entry]:
    """Entries minus the symbolic links whose target is no longer collected."""
    targets = {PurePosixPath(dest.replace(os.sep, "/")) for dest, _, _ in kept}
    return [
        (dest, source, typecode)
        for dest, source, typecode in entries
        if typecode != "SYMLINK"
        or PurePosixPath(dest.replace(os.sep, "/")).parent / source.replace(os.sep, "/") in targets
    ]


# Qt's own FFmpeg libraries: binutils' strip breaks them (the loader then refuses them: "ELF
# load command address/offset not page-aligned"), so they are copied as they come.
_UNSTRIPPED = re.compile(
    r"^(?:lib)?(?:avcodec|avformat|avutil|swresample|swscale)[-.]", re.IGNORECASE
)


def unstripped(binaries: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The binaries to strip, and those to copy untouched (as data, which strip never sees)."""
    keep = [
        (d, s, "DATA")
        for d, s, t in binaries
        if t == "BINARY" and _UNSTRIPPED.match(os.path.basename(d))
    ]
    names = {d for d, _, _ in keep}
    return [e for e in binaries if e[0] not in names], keep


def trim(
    binaries: list[Entry],
    datas: list[Entry],
    imports: Callable[[str, list[str]], Iterable[tuple[str, str | None]]],
) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files the kiosk needs."""
    real = [entry for entry in binaries if entry[2] != "SYMLINK" and wanted(entry)]
    kept = linked(real, imports)
    datas = [entry for entry in datas if wanted(entry)]
    links = [entry for entry in binaries if entry[2] == "SYMLINK"]
    return kept + _symlinks_to(links, kept), _symlinks_to(datas, kept + datas)
