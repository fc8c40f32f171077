"""The bundled font covers every character the UI shows (halls: `kiosk validate` warns)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QRawFont

from kiosk.i18n import LOCALE_DIR
from kiosk.paths import FONTS
from kiosk.present.labels import ui_strings
from kiosk.ui.app import FONT_FAMILY, QML_DIR, make_app

FONT_FILES = sorted(FONTS.glob("*.otf"))


def _visible_characters(text: str) -> set[str]:
    return {ch for ch in text if not ch.isspace() and ch.isprintable()}


def test_font_files_are_bundled_with_licence() -> None:
    assert [p.name for p in FONT_FILES] == ["NotoSansSC-Bold.otf", "NotoSansSC-Regular.otf"]
    assert (FONTS / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1


def test_app_registers_regular_and_bold(qtbot: object) -> None:
    make_app()
    assert FONT_FAMILY in QFontDatabase.families()
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(FONT_FAMILY))


@pytest.mark.parametrize("font", FONT_FILES, ids=lambda p: p.name)
def test_font_covers_the_ui(qtbot: object, font: object) -> None:
    """The hall texts are checked by validate (tests/content/test_texts.py), from coverage.txt."""
    raw = QRawFont(str(font), 24)
    assert raw.isValid()
    ui_text = "".join(ui_strings("zh").values()) + "".join(ui_strings("en").values())
    qml_text = "".join(p.read_text(encoding="utf-8") for p in QML_DIR.rglob("*.qml"))
    extra = "0123456789,.+%" + "".join(ch for ch in qml_text if ord(ch) > 127)
    missing = sorted(
        ch for ch in _visible_characters(ui_text + extra) if not raw.supportsCharacter(ord(ch))
    )
    assert not missing, f"{font} lacks {''.join(missing)}"


def _catalog_texts() -> str:
    """Every translation in every message catalog (staff and visitor words)."""
    from babel.messages.pofile import read_po

    texts = []
    for po in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as handle:
            for message in read_po(handle):
                strings = message.string if isinstance(message.string, tuple) else [message.string]
                texts += [s for s in strings if s]
    return "".join(texts)


@pytest.mark.parametrize("font", FONT_FILES, ids=lambda p: p.name)
def test_font_covers_every_catalog_translation(qtbot: object, font: object) -> None:
    """Japanese visitor words and Chinese staff messages (the staff panel) all draw."""
    raw = QRawFont(str(font), 24)
    text = _catalog_texts()
    assert "首页" in text
    missing = sorted(ch for ch in _visible_characters(text) if not raw.supportsCharacter(ord(ch)))
    assert not missing, f"{font} lacks {''.join(missing)}"
