"""What a visitor text holds: markup, invisible characters, characters the font cannot draw."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from kiosk.content.findings import Finding, Loc, Severity
from kiosk.content.yamlsource import Document
from kiosk.i18n import _, ngettext

# A tag (<b>, </font>, <img src=...>, <br/>) or an entity (&amp; &#60; &#x3C;): a text like
# "A<B" or "<5%" is neither.
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
_SHOWN = 3  # characters named in one finding at most


def texts(value: Any, loc: Loc) -> Iterator[tuple[str, Loc]]:
    """(text, loc) of each language of a raw Text value (a string or {lang: string})."""
    if isinstance(value, str):
        yield value, loc
    elif isinstance(value, dict):
        for lang, text in value.items():
            if isinstance(text, str):
                yield text, (*loc, lang)


def check_text(
    doc: Document, value: Any, loc: Loc, covered: Callable[[int], bool] | None
) -> list[Finding]:
    """Warnings about one raw Text value: markup, format characters, glyphs the font lacks."""
    findings = []
    for text, at in texts(value, loc):
        markup = _MARKUP.search(text)
        if markup:
            findings.append(
                doc.finding(
                    at,
                    _(
                        "looks like HTML markup ({markup}); the kiosk shows every text exactly as "
                        "written, so visitors would see the tags: remove them"
                    ).format(markup=_excerpt(markup[0])),
                    Severity.WARNING,
                )
            )
        invisible = _unique(c for c in text if unicodedata.category(c) == "Cf")
        if invisible:
            findings.append(
                doc.finding(
                    at,
                    _(
                        "holds invisible formatting characters ({chars}), often pasted from a web "
                        "page or a word processor; they can reorder or hide the text: delete them"
                    ).format(chars=_names(invisible)),
                    Severity.WARNING,
                )
            )
        if covered is not None:
            missing = _unique(
                c for c in text if not covered(ord(c)) and unicodedata.category(c)[0] not in "CZ"
            )
            if missing:
                findings.append(
                    doc.finding(
                        at,
                        ngettext(
                            "the kiosk's font cannot draw {chars}: it shows as an empty box; use "
                            "another character or leave it out",
                            "the kiosk's font cannot draw {chars}: they show as an empty box; use "
                            "another character or leave them out",
                            len(missing),
                        ).format(chars=_names(missing)),
                        Severity.WARNING,
                    )
                )
    return findings


def _unique(chars: Iterator[str]) -> list[str]:
    return list(dict.fromkeys(chars))


def _names(chars: list[str]) -> str:
    """'“😀” U+1F600 GRINNING FACE, ...' for the first few characters."""
    named = []
    for char in chars[:_SHOWN]:
        name = unicodedata.name(char, "")
        shown = f"“{char}” " if unicodedata.category(char) != "Cf" else ""
        named.append(f"{shown}U+{ord(char):04X}" + (f" {name}" if name else ""))
    more = len(chars) - _SHOWN
    listed = ", ".join(named)
    return _("{listed} and {more} more").format(listed=listed, more=more) if more > 0 else listed


def _excerpt(text: str, limit: int = 40) -> str:
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1]}…'"
