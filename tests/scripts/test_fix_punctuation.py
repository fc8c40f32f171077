"""scripts/fix_punctuation.py: the marks validate reports become full-width; nothing else changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fix_punctuation import fix

from kiosk.content import load_hall
from tests.conftest import MINIMAL_HALL

BEFORE = (
    "headline: {zh: '小松(中国),签约:完成', en: 'Komatsu (China), signed: done'}",
    "          - zh: |-\n              甲,乙;丙?丁!\n            en: A,B",
    "    headline: {zh: 开幕, en: Opening}",
)
AFTER = (
    "headline: {zh: '小松（中国），签约：完成', en: 'Komatsu (China), signed: done'}",
    "          - zh: |-\n              甲，乙；丙？丁！\n            en: A,B",
    "    headline: {zh: '开幕,典礼', en: Opening}",
)


def broken() -> str:
    """The minimal hall with half-width marks in a headline, a body and an event."""
    text = MINIMAL_HALL.replace("headline: {zh: 第一, en: First}", BEFORE[0])
    text = text.replace("          - {zh: 正文, en: Body}", BEFORE[1])
    return text.replace(BEFORE[2], "    headline: {zh: '开幕,典礼', en: Opening}")


def test_every_reported_mark_is_made_full_width(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(broken())
    assert fix(folder) == 9
    text = (folder / "hall.yaml").read_text(encoding="utf-8")
    assert AFTER[0] in text and AFTER[1] in text
    assert "    headline: {zh: '开幕，典礼', en: Opening}" in text
    assert load_hall(folder).findings == []


def test_skip_leaves_the_named_fields_alone(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(broken())
    assert fix(folder, skip="events") == 8
    text = (folder / "hall.yaml").read_text(encoding="utf-8")
    assert AFTER[2] in text
    assert [f.path for f in load_hall(folder).findings] == ["events[0].headline.zh"]
    assert fix(folder, only="events") == 1
    assert load_hall(folder).findings == []
