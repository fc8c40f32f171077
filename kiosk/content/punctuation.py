"""Half-width punctuation typed in Chinese text (，：；？！（） belong there), found where typed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from kiosk.content.findings import Finding, Loc, Severity
from kiosk.content.yamlsource import Document
from kiosk.i18n import _

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
CHINESE_LANGUAGES = ("zh",)  # and their variants: zh-Hant, zh-TW ...
_SNIPPET = 6  # characters either side of a mark used to find it in the file


def is_chinese(char: str) -> bool:
    """Whether char is a Chinese character, Chinese punctuation or a full-width form."""
    code = ord(char)
    return (
        0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x3FFFF  # extensions B and later
        or 0x3000 <= code <= 0x303F  # 、。〈〉《》「」【】 ...
        or 0xFF00 <= code <= 0xFFEF  # ，：；（） ...
        or char in "“”‘’…—·"  # the quotes and dashes Chinese text is typed with
    )


def half_width_marks(text: str) -> Iterator[int]:
    """Offsets of half-width , : ; ? ! ( ) with a Chinese character right before or after."""
    for i, char in enumerate(text):
        if char not in FULL_WIDTH:
            continue
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if (before and is_chinese(before)) or (after and is_chinese(after)):
            yield i


def chinese_texts(value: Any, loc: Loc) -> Iterator[tuple[str, Loc]]:
    """(text, loc) of the Chinese texts of a raw Text: its zh entries, or a one-language string."""
    if isinstance(value, str):
        yield value, loc
    elif isinstance(value, dict):
        for lang, text in value.items():
            if isinstance(text, str) and _is_chinese_language(lang):
                yield text, (*loc, lang)


def _is_chinese_language(lang: Any) -> bool:
    """Whether a language code is Chinese (zh, zh-Hant, zh_TW ...)."""
    return isinstance(lang, str) and lang.replace("_", "-").split("-")[0] in CHINESE_LANGUAGES


def check_punctuation(doc: Document, value: Any, loc: Loc) -> list[Finding]:
    """A warning for each half-width mark among Chinese characters, at its line and column."""
    findings = []
    for text, at in chinese_texts(value, loc):
        cursor: tuple[int, int, int] | None = None  # the last mark's offset, line and column
        for offset in half_width_marks(text):
            mark = text[offset]
            finding = doc.finding(
                at,
                _(
                    "half-width '{mark}' in Chinese text; type the full-width '{full}' "
                    "(Chinese punctuation)"
                ).format(mark=mark, full=FULL_WIDTH[mark]),
                Severity.WARNING,
            )
            place = _locate(doc, at, text, offset, cursor)
            if place is not None:
                cursor = (offset, *place)
                finding = dataclasses.replace(finding, line=place[0], column=place[1])
            findings.append(finding)
    return findings


def _locate(
    doc: Document, loc: Loc, text: str, offset: int, after: tuple[int, int, int] | None
) -> tuple[int, int] | None:
    """Line and column (1-based) in the file of text[offset], searched from the value's start
    (or from just after the previous mark, whose offset, line and column are in after).

    The mark is found with the characters around it (on its own line of the text), so it is
    found in plain, quoted and block scalars alike; None when it cannot be (an escape nearby).
    """
    origin = doc.origins.get(tuple(loc))
    if origin is None or not doc.lines:
        return None
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    if after is not None:
        start = max(start, after[0] + 1)
        line, column = after[1], after[2] + 1
    else:
        line, column = origin.line, origin.column
    last = min(len(doc.lines), origin.line + text.count("\n") + len(text) // 10 + 2)
    for width in (_SNIPPET, 1, 0):
        left = max(start, offset - width)
        snippet = text[left : min(end, offset + width + 1)]
        for number in range(line, last + 1):
            source = doc.lines[number - 1]
            first = column if number == line else 1
            found = source.find(snippet, max(first - 1, 0))
            if found >= 0:
                return number, found + (offset - left) + 1
    return None
