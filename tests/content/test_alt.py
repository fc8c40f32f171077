"""A picture's `alt`: what it shows, for visitors who cannot see it; warned where none is said."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kiosk.content import Severity, load_hall
from kiosk.present.rows import picture_row
from tests.conftest import MINIMAL_HALL

PICTURE = "          - {file: images/cover.png, caption: {zh: 图, en: Picture}}\n"


def test_alt_is_read_and_used_before_the_caption(make_hall: Callable[..., Path]) -> None:
    text = MINIMAL_HALL.replace(
        PICTURE,
        "          - file: images/cover.png\n            caption: {zh: 图, en: Picture}\n"
        "            alt: {zh: 两台挖掘机, en: Two excavators}\n",
    )
    result = load_hall(make_hall(text))
    assert result.ok, [str(f) for f in result.findings]
    picture = result.require().sections[0].stories[0].images[0]
    assert picture_row(picture, "en", lambda f, r: f, "story").alt == "Two excavators"


def test_the_caption_stands_in_for_a_missing_alt(make_hall: Callable[..., Path]) -> None:
    picture = load_hall(make_hall()).require().sections[0].stories[0].images[0]
    assert picture_row(picture, "zh", lambda f, r: f, "story").alt == "图"


def test_a_picture_that_says_nothing_is_warned_about(make_hall: Callable[..., Path]) -> None:
    result = load_hall(make_hall(MINIMAL_HALL.replace(PICTURE, "          - images/cover.png\n")))
    warnings = [str(f) for f in result.findings if f.severity is Severity.WARNING]
    assert warnings == [
        "hall.yaml:16:13: warning: sections[0].stories[0].images[0]: has neither 'alt' nor "
        "'caption': a visitor who cannot see it hears nothing of it; write what it shows in "
        "'alt' (or give it a caption)"
    ]
    assert result.usable  # a warning: --strict makes it an error, the kiosk shows the hall


def test_an_alt_of_the_wrong_type_is_located(make_hall: Callable[..., Path]) -> None:
    text = MINIMAL_HALL.replace(PICTURE, "          - {file: images/cover.png, alt: 12}\n")
    found = [str(f) for f in load_hall(make_hall(text)).findings]
    assert any("images[0].alt: expected text" in f for f in found), found
