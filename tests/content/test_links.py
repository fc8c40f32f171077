"""A story's, an event's or the hall's `link`: https only, no credentials, short enough to scan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.content import load_hall
from kiosk.content.model import MAX_LINK
from tests.conftest import MINIMAL_HALL

STORY_LINK = "        events: [opening]\n"
AT = "hall.yaml:19:15: sections[0].stories[0].link: "

BAD_LINKS = [
    (
        "http",
        "http://www.example.cn/a",
        "'http://www.example.cn/a' is not an https address (write it as https://...)",
    ),
    (
        "javascript",
        "'javascript:alert(1)'",
        "'javascript:alert(1)' is not an https address (write it as https://...)",
    ),
    (
        "file",
        "file:///etc/passwd",
        "'file:///etc/passwd' is not an https address (write it as https://...)",
    ),
    ("no host", "'https://'", "'https://' has no host name (such as www.example.cn)"),
    (
        "bare host",
        "https://localhost/x",
        "'https://localhost/x' has no host name (such as www.example.cn)",
    ),
    (
        "bad port",
        "https://www.example.cn:http/x",
        "'https://www.example.cn:http/x' has no host name (such as www.example.cn)",
    ),
    (
        "credentials",
        "https://staff:secret@www.example.cn/",
        "has a user name or password in it (the part before '@'): leave them out",
    ),
    (
        "space",
        "'https://www.example.cn/a b'",
        "has a space or an invisible character: copy the address again",
    ),
    (
        "zero width",
        '"https://www.example.cn/\\u200b"',
        "has a space or an invisible character: copy the address again",
    ),
    (
        "too long",
        "https://www.example.cn/" + "a" * MAX_LINK,
        f"is {MAX_LINK + 23} characters "
        f"long: a QR code holds at most {MAX_LINK} and stays scannable; use a shorter address",
    ),
    ("number", "12", "expected an https address (text), got a number"),
    ("list", "[https://www.example.cn]", "expected an https address (text), got a list"),
]


@pytest.mark.parametrize(
    ("value", "message"), [case[1:] for case in BAD_LINKS], ids=[case[0] for case in BAD_LINKS]
)
def test_a_bad_link_gets_a_located_message(
    make_hall: Callable[..., Path], value: str, message: str
) -> None:
    text = MINIMAL_HALL.replace(STORY_LINK, f"{STORY_LINK}        link: {value}\n")
    result = load_hall(make_hall(text))
    assert not result.ok
    found = [str(f) for f in result.findings]
    assert any(f.startswith(AT + message) for f in found), found


@pytest.mark.parametrize(
    "link",
    [
        "https://www.example.cn/news/2023/review.html?id=7#top",
        "https://www.example.cn:8443/a",
        "https://济宁.中国/新闻",
        "https://www.example.cn/" + "a" * (MAX_LINK - 23),
    ],
)
def test_a_good_link_is_kept_on_story_event_and_hall(
    make_hall: Callable[..., Path], link: str
) -> None:
    text = (
        MINIMAL_HALL.replace(STORY_LINK, f"{STORY_LINK}        link: '{link}'\n")
        .replace("    section: alpha\nstats:", f"    section: alpha\n    link: '{link}'\nstats:")
        .replace("languages: [zh, en]\n", f"languages: [zh, en]\nlink: '{link}'\n")
    )
    result = load_hall(make_hall(text))
    assert result.ok, [str(f) for f in result.findings]
    hall = result.hall
    assert hall is not None
    assert hall.link == link
    assert hall.sections[0].stories[0].link == link
    assert hall.events[0].link == link


def test_no_link_is_none(make_hall: Callable[..., Path]) -> None:
    hall = load_hall(make_hall()).hall
    assert hall is not None
    assert hall.link is None and hall.sections[0].stories[0].link is None
