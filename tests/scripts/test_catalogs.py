"""The message catalogs: complete, current, and every fault in one found and named."""

from __future__ import annotations

import shutil
from pathlib import Path

import catalogs
import pytest


def test_every_message_has_its_translation_and_the_templates_are_current() -> None:
    assert catalogs.problems() == []


@pytest.fixture
def locale(tmp_path: Path) -> Path:
    """A copy of the committed catalogs to break."""
    copy = tmp_path / "locale"
    shutil.copytree(catalogs.LOCALE, copy, ignore=shutil.ignore_patterns("*.mo"))
    return copy


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_message_without_translation_is_named_with_its_line(locale: Path) -> None:
    po = locale / "zh" / "LC_MESSAGES" / "visitor.po"
    _replace(po, 'msgstr "首页"', 'msgstr ""')
    [problem] = catalogs.problems(locale)
    assert problem.startswith(f"{po}:")
    assert problem.endswith("'Home' has no translation")


def test_a_fuzzy_translation_counts_as_none(locale: Path) -> None:
    po = locale / "zh" / "LC_MESSAGES" / "visitor.po"
    _replace(po, 'msgid "Home"', '#, fuzzy\nmsgid "Home"')
    assert [p.endswith("'Home' has no translation") for p in catalogs.problems(locale)] == [True]


def test_a_translation_that_invents_a_placeholder_is_found(locale: Path) -> None:
    po = locale / "zh" / "LC_MESSAGES" / "visitor.po"
    _replace(po, 'msgstr "第{number}名"', 'msgstr "第{place}名"')
    [problem] = catalogs.problems(locale)
    assert problem.endswith("the translation uses ['place'], which the message does not give")


def test_a_message_missing_from_a_translation_or_the_template_is_found(locale: Path) -> None:
    for path in (locale / "visitor.pot", locale / "ja" / "LC_MESSAGES" / "visitor.po"):
        text = path.read_text(encoding="utf-8")
        start = text.index('msgctxt "figure rank"')
        end = text.index("\n\n", start)
        path.write_text(text[:start] + text[end + 2 :], encoding="utf-8")
    found = catalogs.problems(locale)
    assert found == [
        f"{locale / 'visitor.pot'}: stale (run: python scripts/catalogs.py update)",
        f"{locale / 'ja' / 'LC_MESSAGES' / 'visitor.po'}: no entry for 'No. {{number}}' "
        "(run: python scripts/catalogs.py update)",
    ]


def test_a_missing_template_is_found(locale: Path) -> None:
    (locale / "kiosk.pot").unlink()
    assert catalogs.problems(locale) == [
        f"{locale / 'kiosk.pot'}: missing (run: python scripts/catalogs.py update)"
    ]


def test_the_committed_catalogs_compile(locale: Path) -> None:
    written = catalogs.compile_all(locale)
    assert {p.relative_to(locale).as_posix() for p in written} >= {
        "zh/LC_MESSAGES/kiosk.mo",
        "zh/LC_MESSAGES/visitor.mo",
        "ja/LC_MESSAGES/visitor.mo",
    }
