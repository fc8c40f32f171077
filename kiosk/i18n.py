"""Words in the staff's and the visitors' languages, from gettext catalogs (no Qt).

Two catalogs (gettext domains), written in English and translated in kiosk/locale/<lang>/
LC_MESSAGES/<domain>.po; the build compiles them to .mo files (scripts/catalogs.py), never
committed:

- `kiosk`: what staff and installers read (validate, every command, the staff panel, the
  report), in the staff's language: `--lang`, else the settings' `staff_language`, else the
  locale (LC_ALL, LC_MESSAGES, LANG), else English.
- `visitor`: the visitor UI's own words (Home, Back, month names, date formats, ...), in the
  language a visitor chose. A hall language is offered only where this catalog exists.
"""

from __future__ import annotations

import functools
import gettext
import os
import re
from collections.abc import Mapping

from kiosk.paths import PACKAGE

LOCALE_DIR = PACKAGE / "locale"
SOURCE_LANGUAGE = "en"  # the language the messages are written in (needs no catalog)
STAFF = "kiosk"
VISITOR = "visitor"
STAFF_LANGUAGES = ("zh", "en")
_LOCALE = re.compile(r"^([a-z]{2,3})(?:[_-][A-Za-z0-9]+)?(?:\.[\w-]+)?(?:@\w+)?$")

_staff_language = SOURCE_LANGUAGE


@functools.cache
def catalog(domain: str, lang: str) -> gettext.NullTranslations:
    """The compiled catalog of a domain in lang (the messages as written, for English)."""
    if lang == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(domain, LOCALE_DIR, languages=[lang], fallback=True)


def has_catalog(domain: str, lang: str) -> bool:
    """Whether lang has a compiled catalog of domain (English always does)."""
    return lang == SOURCE_LANGUAGE or (LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.mo").is_file()


def visitor_languages() -> list[str]:
    """The languages a hall may offer: English and every language with a visitor catalog."""
    found = sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{VISITOR}.mo"))
    return [SOURCE_LANGUAGE, *(lang for lang in found if lang != SOURCE_LANGUAGE)]


def set_staff_language(lang: str) -> str:
    """Speak lang to staff from now on (zh or en; anything else falls back to English)."""
    global _staff_language
    _staff_language = lang if lang in STAFF_LANGUAGES else SOURCE_LANGUAGE
    return _staff_language


def staff_language() -> str:
    """The language staff messages are in now."""
    return _staff_language


def language_from_locale(environ: Mapping[str, str] | None = None) -> str | None:
    """The staff language the locale asks for (LC_ALL, LC_MESSAGES, LANG), if one is offered."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            match = _LOCALE.match(value)
            lang = match[1] if match else ""
            return lang if lang in STAFF_LANGUAGES else None
    return None


def _(message: str) -> str:
    """A staff message in the staff's language."""
    return catalog(STAFF, _staff_language).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """A staff message for a count, in the staff's language."""
    return catalog(STAFF, _staff_language).ngettext(singular, plural, n)


def visitor(lang: str, message: str, context: str | None = None) -> str:
    """A visitor UI word or format in lang."""
    found = catalog(VISITOR, lang)
    return found.pgettext(context, message) if context else found.gettext(message)


def visitor_plural(lang: str, singular: str, plural: str, n: int) -> str:
    """A visitor UI word for a count, in lang."""
    return catalog(VISITOR, lang).ngettext(singular, plural, n)


def both(message: str) -> str:
    """A staff message in Chinese and English, for screens staff and visitors may both see."""
    zh = catalog(STAFF, "zh").gettext(message)
    return message if zh == message else f"{zh} · {message}"


def N_(message: str) -> str:
    """Mark a staff message translated later, where it is used (a constant)."""
    return message
