"""Half-width punctuation in Chinese texts: found, located at its line and column, English left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content import Severity, load_hall
from kiosk.content.punctuation import half_width_marks, is_chinese
from tests.conftest import MINIMAL_HALL

HEADLINE = "headline: {zh: 第一, en: First}"
BODY = "          - {zh: 正文, en: Body}"


def message(mark: str, full: str) -> str:
    """The warning for one mark, as validate prints it in English."""
    return (
        f"half-width '{mark}' in Chinese text; type the full-width '{full}' (Chinese punctuation)"
    )


def findings_at(
    make_hall: Callable[..., Path], old: str, new: str
) -> list[tuple[Severity, int | None, int | None, str, str]]:
    """The punctuation findings of the minimal hall with old replaced by new."""
    assert old in MINIMAL_HALL
    result = load_hall(make_hall(MINIMAL_HALL.replace(old, new)))
    assert result.ok  # only warnings: the hall is shown
    return [
        (f.severity, f.line, f.column, f.path, f.message)
        for f in result.findings
        if "half-width" in f.message
    ]


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        ("第一,第二", [2]),
        ("时间:2023年", [2]),
        ("小松(中国)投资", [2, 5]),
        ("真的吗?好!", [3, 5]),
        ("甲;乙", [1]),
        ("“高兴办”,变", [5]),  # after a Chinese closing quote
        ("A,B", []),
        ("10:30", []),
        ("Komatsu (China), Ltd.", []),
        ("第一，第二：（甲）", []),  # already full-width
        ("电子营业执照+移动入网 50%", []),  # other ASCII signs are not punctuation
    ],
)
def test_half_width_marks_next_to_chinese_characters(text: str, offsets: list[int]) -> None:
    assert list(half_width_marks(text)) == offsets


def test_what_counts_as_chinese() -> None:
    assert all(is_chinese(c) for c in "中文，。“”《》（")
    assert not any(is_chinese(c) for c in "Aa1 ,.'\"(")


def test_a_half_width_comma_is_a_warning_at_its_line_and_column(
    make_hall: Callable[..., Path],
) -> None:
    found = findings_at(make_hall, HEADLINE, "headline: {zh: '第一,第二', en: 'First, second'}")
    # "        headline: {zh: '第一" is 26 characters: the comma is the 27th
    assert found == [
        (Severity.WARNING, 11, 27, "sections[0].stories[0].headline.zh", message(",", "，"))
    ]


def test_every_mark_of_a_block_scalar_is_located(make_hall: Callable[..., Path]) -> None:
    block = "          - zh: |-\n              甲,乙(丙)\n              丁:戊\n            en: Body"
    found = findings_at(make_hall, BODY, block)
    assert [(line, column, text) for _s, line, column, _p, text in found] == [
        (15, 16, message(",", "，")),
        (15, 18, message("(", "（")),
        (15, 20, message(")", "）")),
        (16, 16, message(":", "：")),
    ]
    assert {path for *_x, path, _m in found} == {"sections[0].stories[0].body[0].zh"}


def test_the_same_mark_twice_on_a_line_is_located_twice(make_hall: Callable[..., Path]) -> None:
    found = findings_at(make_hall, HEADLINE, "headline: {zh: '甲,乙,丙', en: 'A, B'}")
    assert [column for _s, _l, column, _p, _m in found] == [26, 28]


def test_a_one_language_text_with_chinese_is_checked(make_hall: Callable[..., Path]) -> None:
    found = findings_at(make_hall, HEADLINE, "headline: 第一,第二")
    assert [(line, column, path) for _s, line, column, path, _m in found] == [
        (11, 21, "sections[0].stories[0].headline")
    ]


@pytest.mark.parametrize(
    "english",
    ["'A,B'", "'Komatsu (China) Investment Co., Ltd.'", "'Why? Because!'", "'Note: 10:30; done'"],
)
def test_english_texts_are_left_alone(make_hall: Callable[..., Path], english: str) -> None:
    assert findings_at(make_hall, HEADLINE, f"headline: {{zh: 第一, en: {english}}}") == []


def test_chinese_names_in_an_english_text_are_left_alone(make_hall: Callable[..., Path]) -> None:
    """Only the Chinese texts are checked: an English text quoting 高兴办, is not."""
    assert (
        findings_at(make_hall, HEADLINE, "headline: {zh: 第一, en: 'Gaoxingban (高兴办),'}") == []
    )


def test_full_width_punctuation_passes(make_hall: Callable[..., Path]) -> None:
    found = findings_at(
        make_hall, HEADLINE, "headline: {zh: 小松（中国）投资，签约：完成, en: First}"
    )
    assert found == []


def test_the_warning_is_translated_for_chinese_staff(make_hall: Callable[..., Path]) -> None:
    from kiosk.i18n import set_staff_language, staff_language

    before = staff_language()
    set_staff_language("zh")
    try:
        result = load_hall(
            make_hall(MINIMAL_HALL.replace(HEADLINE, "headline: {zh: '甲,乙', en: A}"))
        )
    finally:
        set_staff_language(before)
    assert [f.message for f in result.findings] == [
        "中文文字中有半角的 ','：请改用全角的 '，'（中文标点）"
    ]
