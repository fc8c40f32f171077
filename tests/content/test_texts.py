"""Warnings about what a text holds: markup, invisible characters, glyphs the font lacks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content import Severity, load_hall
from kiosk.content.glyphs import Coverage, bundled, format_ranges, to_ranges
from tests.conftest import MINIMAL_HALL

HEADLINE = "headline: {zh: 第一, en: First}"

WARNINGS = [
    # (name, the English headline written as, expected message at hall.yaml:11:...)
    (
        "bold tag",
        "'<b>First</b>'",
        "looks like HTML markup ('<b>'); the kiosk shows every text exactly as written, so "
        "visitors would see the tags: remove them",
    ),
    (
        "image tag",
        "'<img src=\"http://example.com/x.png\">'",
        "looks like HTML markup ('<img src=\"http://example.com/x.png\">'); the kiosk shows every "
        "text exactly as written, so visitors would see the tags: remove them",
    ),
    (
        "entity",
        "'Fish &amp; chips'",
        "looks like HTML markup ('&amp;'); the kiosk shows every text exactly as written, so "
        "visitors would see the tags: remove them",
    ),
    (
        "right-to-left override",
        '"First\\u202Etsrif"',
        "holds invisible formatting characters (U+202E RIGHT-TO-LEFT OVERRIDE), often pasted from "
        "a web page or a word processor; they can reorder or hide the text: delete them",
    ),
    (
        "zero-width space",
        '"Fi\\u200Brst"',
        "holds invisible formatting characters (U+200B ZERO WIDTH SPACE), often pasted from a web "
        "page or a word processor; they can reorder or hide the text: delete them",
    ),
    (
        "emoji",
        "First 😀",
        "the kiosk's font cannot draw “😀” U+1F600 GRINNING FACE: it shows as an empty box; use "
        "another character or leave it out",
    ),
    (
        "rare hanzi",
        "First 𠀋",
        "the kiosk's font cannot draw “𠀋” U+2000B CJK UNIFIED IDEOGRAPH-2000B: it shows as an "
        "empty box; use another character or leave it out",
    ),
]


@pytest.mark.parametrize(("name", "written", "message"), WARNINGS, ids=[w[0] for w in WARNINGS])
def test_a_suspicious_text_is_a_located_warning(
    make_hall: Callable[..., Path], name: str, written: str, message: str
) -> None:
    result = load_hall(
        make_hall(MINIMAL_HALL.replace(HEADLINE, f"headline: {{zh: 第一, en: {written}}}"))
    )
    assert result.ok  # only warnings: the hall is shown
    found = [f for f in result.findings if f.path == "sections[0].stories[0].headline.en"]
    assert [(f.severity, f.line, f.message) for f in found] == [(Severity.WARNING, 11, message)]


@pytest.mark.parametrize("text", ["A<B", "<5%", "5 < 6 > 4", "R&D", "a & b;"])
def test_text_with_angle_brackets_or_ampersands_is_not_markup(
    make_hall: Callable[..., Path], text: str
) -> None:
    result = load_hall(
        make_hall(MINIMAL_HALL.replace(HEADLINE, f"headline: {{zh: 第一, en: '{text}'}}"))
    )
    assert result.findings == []


def test_a_caption_is_checked_too(make_hall: Callable[..., Path]) -> None:
    result = load_hall(
        make_hall(MINIMAL_HALL.replace("caption: {zh: 图, en: Picture}", "caption: '<i>x</i>'"))
    )
    assert [f.path for f in result.findings] == ["sections[0].stories[0].images[0].caption"]


def test_the_bundled_hall_uses_only_characters_the_font_draws(
    bundled_hall_findings: list[str],
) -> None:
    assert not [f for f in bundled_hall_findings if "font cannot draw" in f]


@pytest.fixture(scope="module")
def bundled_hall_findings() -> list[str]:
    from kiosk.paths import DEFAULT_HALL

    return [str(f) for f in load_hall(DEFAULT_HALL).findings]


def test_coverage_ranges_round_trip(tmp_path: Path) -> None:
    codes = {0x20, 0x21, 0x22, 0x41, 0x4E00, 0x4E01, 0x1F600}
    assert to_ranges(codes) == [(0x20, 0x22), (0x41, 0x41), (0x4E00, 0x4E01), (0x1F600, 0x1F600)]
    path = tmp_path / "coverage.txt"
    path.write_text(format_ranges(codes), encoding="ascii")
    read = Coverage.read(path)
    assert [c for c in range(0x20000) if read(c)] == sorted(c for c in codes if c < 0x20000)
    assert len(read) == len(codes)


def test_the_coverage_list_matches_the_bundled_fonts() -> None:
    """scripts/subset_font.py writes it; rerun it (--coverage-only) when the fonts change."""
    from fontTools.ttLib import TTFont

    from kiosk.paths import FONTS

    drawn = []
    for path in sorted(FONTS.glob("*.otf")):
        font = TTFont(str(path))
        drawn.append(set(font.getBestCmap()))
        font.close()
    assert len(drawn) == 2
    both = drawn[0] & drawn[1]
    coverage = bundled()
    assert coverage is not None
    assert len(coverage) == len(both)
    assert all(coverage(code) for code in both)
