"""What the bundle keeps of Qt: the QML modules and plugins the kiosk uses, and what they link."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

QT = "PySide6/Qt"


@pytest.fixture
def qml(tmp_path: Path) -> Path:
    """A fake Qt qml/ folder with a few modules (folders holding a qmldir)."""
    root = tmp_path / "qml"
    for module in (
        "QtQuick", "QtQuick/Shapes", "QtQuick/Controls", "QtQuick/Controls/Basic", "QtMultimedia",
        "QtCharts", "Qt3D/Core",
    ):  # fmt: skip
        (root / module).mkdir(parents=True, exist_ok=True)
        (root / module / "qmldir").write_text(f"module {module}\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("module", "kept"),
    [
        ("QtQuick", True),
        ("QtQuick/Shapes", True),
        ("QtQuick/Controls", False),
        ("QtQuick/Controls/Basic", False),
        ("QtMultimedia", True),  # a story's films
        ("QtCharts", False),  # the rest of PySide6-Addons
        ("Qt3D/Core", False),
    ],
)
def test_qml_modules(trim: ModuleType, qml: Path, module: str, kept: bool) -> None:
    source = qml / module / "plugin.qmltypes"
    assert trim.wanted((f"{QT}/qml/{module}/plugin.qmltypes", str(source), "DATA")) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/plugins/platforms/libqwayland.so", True),
        (f"{QT}/plugins/platforms/libqoffscreen.so", True),
        (f"{QT}/plugins/platforms/libqvnc.so", False),
        (f"{QT}/plugins/imageformats/libqjpeg.so", True),
        (f"{QT}/plugins/imageformats/libqsvg.so", False),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        (f"{QT}/translations/qtbase_zh_CN.qm", False),
        (f"{QT}/plugins/multimedia/libffmpegmediaplugin.so", True),
        ("PySide6/plugins/multimedia/ffmpegmediaplugin.dll", True),
        (f"{QT}/plugins/multimedia/libgstreamermediaplugin.so", False),
        (f"{QT}/plugins/sceneparsers/libassimpsceneimport.so", False),
        (f"{QT}/lib/libQt6Widgets.so.6", True),  # libraries: decided by what links to them
        ("kiosk/ui/qml/Kiosk/Main.qml", True),
    ],
)
def test_plugins_and_translations(trim: ModuleType, dest: str, kept: bool) -> None:
    assert trim.wanted((dest, f"/site/{dest}", "BINARY")) is kept


def test_only_linked_libraries_stay(trim: ModuleType) -> None:
    links = {
        "/s/QtQuick.abi3.so": ["libQt6Quick.so.6"],
        "/s/libQt6Quick.so.6": ["libQt6Gui.so.6"],
        "/s/libqoffscreen.so": ["libQt6Gui.so.6"],
    }

    def imports(path: str, _search: list[str]) -> Iterable[tuple[str, str | None]]:
        return [(name, f"/s/{name}") for name in links.get(path, [])]

    binaries = [
        ("PySide6/QtQuick.abi3.so", "/s/QtQuick.abi3.so", "EXTENSION"),
        (f"{QT}/lib/libQt6Quick.so.6", "/s/libQt6Quick.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        (f"{QT}/plugins/platforms/libqoffscreen.so", "/s/libqoffscreen.so", "BINARY"),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
        ("libQt6Gui.so.6", f"{QT}/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Widgets.so.6", f"{QT}/lib/libQt6Widgets.so.6", "SYMLINK"),
    ]
    kept, _ = trim.trim(binaries, [], imports)
    assert {dest for dest, _, _ in kept} == {
        "PySide6/QtQuick.abi3.so",
        f"{QT}/lib/libQt6Quick.so.6",
        f"{QT}/lib/libQt6Gui.so.6",
        f"{QT}/plugins/platforms/libqoffscreen.so",
        "libpython3.11.so.1.0",
        "libQt6Gui.so.6",
    }


def test_qts_ffmpeg_libraries_are_never_stripped(trim: ModuleType) -> None:
    binaries = [
        (f"{QT}/lib/libavformat.so.61", "/s/libavformat.so.61", "BINARY"),
        ("avcodec-61.dll", "/s/avcodec-61.dll", "BINARY"),
        (f"{QT}/lib/libQt6Multimedia.so.6", "/s/libQt6Multimedia.so.6", "BINARY"),
        ("libavformat.so.61", f"{QT}/lib/libavformat.so.61", "SYMLINK"),
    ]
    stripped, untouched = trim.unstripped(binaries)
    assert [d for d, _, _ in untouched] == [f"{QT}/lib/libavformat.so.61", "avcodec-61.dll"]
    assert {t for _, _, t in untouched} == {"DATA"}
    assert [d for d, _, _ in stripped] == [f"{QT}/lib/libQt6Multimedia.so.6", "libavformat.so.61"]
