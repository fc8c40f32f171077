"""The content guide's tables of messages are what `kiosk validate` prints today."""

from __future__ import annotations

import message_table
import pytest


def test_the_guides_message_tables_are_current() -> None:
    guide = message_table.GUIDE.read_text(encoding="utf-8")
    assert guide.count("<!-- messages:") == 2 * len(message_table.TABLES)
    assert message_table.current(guide) == guide, "run: python scripts/message_table.py"


CASES = [case for cases in message_table.TABLES.values() for case in cases]


@pytest.mark.parametrize("case", CASES, ids=[c.en for c in CASES])
def test_each_mistake_is_reported_at_a_line_in_both_languages(case: message_table.Case) -> None:
    """Never a raw parser message: each finding is located and in the staff's language."""
    english, chinese = message_table.messages(case, "en"), message_table.messages(case, "zh")
    assert len(english) == len(chinese) >= 1
    for line in english + chinese:
        assert line.startswith(("hall.yaml", "…/hall.yaml")), line
        assert "while scanning" not in line and "while parsing" not in line, line
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in line) for line in chinese), chinese
