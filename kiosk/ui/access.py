"""What a visitor may change to use the kiosk: larger text, high contrast, less motion, speech.

Also the keys: which key does what (settings), and whether the visitor is using keys now (the
focus ring shows then, and hides again at the next touch). Everything resets at idle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton
from PySide6.QtQuick import QQuickItem

from kiosk.config import DEFAULT_KEYS, Accessibility
from kiosk.ui.singletons import engine_singleton
from kiosk.ui.speech import Speaker
from kiosk.ui.variants import QVariantMap

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1
LARGE_TEXT = 1.5  # the larger text: every visitor text half as large again
VOLUME_STEP = 10
# High contrast: white on black, pure and bright; the hall's accents stay (as light inks).
CONTRAST = {"background": "#000000", "surface": "#141414", "text": "#FFFFFF", "muted": "#E6E6E6"}
_TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress}
OPTIONS = ("largeText", "highContrast", "reducedMotion", "speech")

log = logging.getLogger(__name__)


def page_texts(root: QQuickItem) -> list[str]:
    """The texts a visitor sees on a page, in the items' order (hidden ones left out)."""
    found: list[str] = []
    stack = [root]
    while stack:
        item = stack.pop()
        if not item.isVisible() or item.opacity() <= 0.01:
            continue
        if item.inherits("QQuickText"):
            text = str(item.property("text") or "").strip()
            if text and text not in found[-1:]:
                found.append(text)
        stack.extend(reversed(item.childItems()))
    return found


def key_map(keys: dict[str, list[str]]) -> dict[int, str]:
    """Qt key codes to actions, from the settings' key names (defaults for actions not named)."""
    found: dict[int, str] = {}
    for action, names in {**DEFAULT_KEYS, **keys}.items():
        for name in names:
            code = getattr(Qt.Key, f"Key_{name}", None)
            if code is None:
                log.warning("accessibility.keys.%s: no key named %r (Qt key names: F1, Up, ...)",
                            action, name)  # fmt: skip
                continue
            found.setdefault(int(code.value), action)
    return found


@QmlElement
@QmlSingleton
@engine_singleton
class Access(QObject):
    """The visitor's display and speech choices, and the keys' actions."""

    changed = Signal()
    keyboardChanged = Signal()

    def __init__(
        self,
        settings: Accessibility,
        language: Callable[[], str],
        speaker: Speaker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._keys = key_map(settings.keys)
        self._language = language
        self._speaker = speaker or Speaker(to_folder=settings.speech_to, parent=self)
        self._volume_max = settings.speech_volume
        self._volume = settings.speech_volume
        self._on = dict.fromkeys(OPTIONS, False)
        self._panel = False
        self._keyboard = False

    @property
    def speaker(self) -> Speaker:
        """What speaks (tests read what it wrote)."""
        return self._speaker

    @Property(bool, notify=changed)
    def largeText(self) -> bool:
        """Larger text: every visitor text half as large again, layouts reflowed."""
        return self._on["largeText"]

    @Property(bool, notify=changed)
    def highContrast(self) -> bool:
        """White on black instead of the hall's colours."""
        return self._on["highContrast"]

    @Property(bool, notify=changed)
    def reducedMotion(self) -> bool:
        """No pans, no count-up, instant transitions."""
        return self._on["reducedMotion"]

    @Property(bool, notify=changed)
    def speech(self) -> bool:
        """The audio mode: what has the focus, and each page, is spoken."""
        return self._on["speech"]

    @Property(float, notify=changed)
    def textScale(self) -> float:
        """How much larger visitor texts are drawn (1.0, or 1.5 with larger text)."""
        return LARGE_TEXT if self._on["largeText"] else 1.0

    @Property(QVariantMap, notify=changed)
    def palette(self) -> dict[str, str]:
        """The colours that replace the hall's ({} unless high contrast is on)."""
        return dict(CONTRAST) if self._on["highContrast"] else {}

    @Property(bool, notify=changed)
    def speechAvailable(self) -> bool:
        """Whether this kiosk can speak (espeak-ng is there)."""
        return self._speaker.available

    @Property(bool, notify=changed)
    def panelOpen(self) -> bool:
        """Whether the accessibility sheet is open."""
        return self._panel

    @Property(int, notify=changed)
    def volume(self) -> int:
        """The speech volume now, in percent (at most the settings' cap)."""
        return self._volume

    @Property(bool, notify=keyboardChanged)
    def keyboard(self) -> bool:
        """Whether the visitor is using keys (since the last touch): the focus ring shows."""
        return self._keyboard

    @Slot(str)
    def toggle(self, name: str) -> None:
        """Turn an option on or off (largeText, highContrast, reducedMotion, speech)."""
        if name not in self._on or (name == "speech" and not self._speaker.available):
            return
        self._on[name] = not self._on[name]
        if name == "speech" and not self._on[name]:
            self._speaker.stop()
        self.changed.emit()
        if name == "speech" and self._on[name]:
            self.say(self._sentence("speechOn"))

    @Slot(bool)
    def setPanelOpen(self, open_: bool) -> None:
        """Open or close the accessibility sheet."""
        if open_ != self._panel:
            self._panel = open_
            self.changed.emit()

    @Slot(int)
    def volumeStep(self, step: int) -> None:
        """Speak louder (1) or quieter (-1), within 0 and the settings' cap."""
        volume = max(0, min(self._volume_max, self._volume + step * VOLUME_STEP))
        if volume != self._volume:
            self._volume = volume
            self.changed.emit()

    @Slot(int, int, result=str)
    def keyAction(self, key: int, modifiers: int) -> str:
        """What a key does: next, previous, activate, back, home, help, ... ('' for nothing)."""
        action = self._keys.get(key, "")
        if key == int(Qt.Key.Key_Tab.value) and modifiers & Qt.KeyboardModifier.ShiftModifier.value:
            return "previous"
        return action

    @Slot(str)
    def say(self, text: str) -> None:
        """Speak a text in the visitor's language, when the audio mode is on."""
        if self._on["speech"]:
            self._speaker.say(text, self._language(), self._volume)

    @Slot(QQuickItem)
    def readPage(self, page: QQuickItem | None) -> None:
        """Speak a page's texts in reading order (when the audio mode is on)."""
        if self._on["speech"] and page is not None:
            self.say(". ".join(page_texts(page)))

    @Slot()
    def reset(self) -> None:
        """Every option off, the sheet closed, the volume back to its cap (at idle)."""
        self._speaker.stop()
        self._on = dict.fromkeys(OPTIONS, False)
        self._panel = False
        self._volume = self._volume_max
        self.changed.emit()
        self._set_keyboard(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notes whether the visitor now uses keys or touch (nothing is swallowed)."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self._set_keyboard(True)
        elif kind in _TOUCH:
            self._set_keyboard(False)
        return False

    def _set_keyboard(self, on: bool) -> None:
        if on != self._keyboard:
            self._keyboard = on
            self.keyboardChanged.emit()

    def _sentence(self, key: str) -> str:
        from kiosk.present.labels import ui_strings

        return str(ui_strings(self._language()).get(key, ""))
