"""Every kind of bad content gets one exact, located message (and nothing crashes)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.content import Severity, load_hall
from kiosk.i18n import set_staff_language, staff_language
from tests.conftest import MINIMAL_HALL, write_png

BAD_CONTENT = [
    # (name, text to replace, replacement, exact message)
    (
        "bad date",
        "date: 2023-05-12",
        "date: 2023-13-01",
        "hall.yaml:12:15: sections[0].stories[0].date: '2023-13-01' is not a date "
        "(use YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    (
        "bad day",
        "date: 2023-05-12",
        "date: 2023-02-30",
        "hall.yaml:12:15: sections[0].stories[0].date: '2023-02-30' is not a date "
        "(use YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    (
        "date as words",
        "date: 2023-05-12",
        "date: May 2023",
        "hall.yaml:12:15: sections[0].stories[0].date: 'May 2023' is not a date "
        "(use YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    (
        "headline NO",
        "headline: {zh: 第一, en: First}",
        "headline: NO",
        "hall.yaml:11:19: sections[0].stories[0].headline: expected text (or one per language: "
        "{zh: ..., en: ...}), got a yes/no value; YAML read NO as the yes/no value false. "
        "If you mean the text, put it in quotes: 'NO'",
    ),
    (
        "headline 3.10",
        "headline: {zh: 第一, en: First}",
        "headline: 3.10",
        "hall.yaml:11:19: sections[0].stories[0].headline: expected text (or one per language: "
        "{zh: ..., en: ...}), got a number; YAML read 3.10 as the number 3.1. "
        "If you mean the text, put it in quotes: '3.10'",
    ),
    (
        "translation yes",
        "{zh: 正文, en: Body}",
        "{zh: 正文, en: yes}",
        "hall.yaml:14:26: sections[0].stories[0].body[0].en: expected text for 'en', got a yes/no "
        "value; YAML read yes as the yes/no value true. If you mean the text, put it in quotes: 'yes'",
    ),
    (
        "syntax error",
        "title: {zh: 甲, en: Alpha}",
        "title: {zh: 甲, en: Alpha",
        "hall.yaml:7:11: the {...} or [...] opened on line 6 is not closed: check that it ends "
        "with } or ] and that its entries are separated by ASCII commas",
    ),
    (
        "duplicate key",
        '    accent: "#336699"\n',
        '    accent: "#336699"\n    accent: "#112233"\n',
        "hall.yaml:8:5: sections[0].accent: duplicate key (first given on line 7)",
    ),
    (
        "unknown key",
        "    accent:",
        "    acent:",
        "hall.yaml:7:5: sections[0].acent: unknown key 'acent' (did you mean 'accent'?)",
    ),
    (
        "unknown key, no match",
        "    accent:",
        "    accent:\n    zzz: 1\n    accent2:",
        "hall.yaml:8:5: sections[0].zzz: unknown key 'zzz' (allowed: id, title, tagline, accent, "
        "cover, stories)",
    ),
    (
        "missing field",
        "    label: {zh: 人数, en: People}\n",
        "",
        "hall.yaml:25:5: stats[0].label: is required but missing",
    ),
    ("no sections", "sections:", "sectionz:", "hall.yaml:1:1: sections: is required but missing"),
    (
        "empty body",
        "        body:\n          - {zh: 正文, en: Body}\n",
        "        body: []\n",
        "hall.yaml:13:15: sections[0].stories[0].body: needs at least one entry",
    ),
    (
        "range ends early",
        "        date: 2023-05-12\n",
        "        date: 2023-05-12\n        end: 2023-05-01\n",
        "hall.yaml:13:14: sections[0].stories[0].end: ends (2023-05-01) before it starts (2023-05-12)",
    ),
    (
        "duplicate id",
        "    section: alpha\nstats:",
        "    section: alpha\n  - {id: opening, date: 2023, headline: X, section: alpha}\nstats:",
        "hall.yaml:24:10: events[1].id: duplicate event id 'opening' (first used on line 20)",
    ),
    (
        "unknown stat",
        "stats: [people]",
        "stats: [peple]",
        "hall.yaml:17:17: sections[0].stories[0].stats[0]: no statistic has the id 'peple' "
        "(did you mean 'people'?)",
    ),
    (
        "as_of and period",
        "value: 10353",
        "value: 10353\n    as_of: 2023-12\n    period: 2023",
        "hall.yaml:29:13: stats[0].period: give 'as_of' (the day the figure stood at) or "
        "'period', not both",
    ),
    (
        "rank zero",
        "value: 10353",
        "value: 0\n    kind: rank",
        "hall.yaml:27:12: stats[0].value: a rank is a whole number from 1 (1 is first place)",
    ),
    (
        "rank with decimals",
        "value: 10353",
        "value: 1.5\n    kind: rank",
        "hall.yaml:27:12: stats[0].value: a rank is a whole number from 1 (1 is first place)",
    ),
    (
        "unknown featured figure",
        "people}\n    section: alpha\n",
        "people}\n    section: alpha\nfeatured: [peple]\n",
        "hall.yaml:30:12: featured[0]: no statistic has the id 'peple' (did you mean 'people'?)",
    ),
    (
        "unknown event",
        "events: [opening]",
        "events: [closing]",
        "hall.yaml:18:18: sections[0].stories[0].events[0]: no event has the id 'closing'",
    ),
    (
        "unknown section",
        "    section: alpha\nstats:",
        "    section: beta\nstats:",
        "hall.yaml:23:14: events[0].section: no section has the id 'beta'",
    ),
    (
        "missing image",
        "cover: images/cover.png",
        "cover: images/cover.jpg",
        "hall.yaml:8:12: sections[0].cover: image file 'images/cover.jpg' not found "
        "(did you mean 'images/cover.png'?)",
    ),
    (
        "absolute path",
        "cover: images/cover.png",
        "cover: /etc/passwd",
        "hall.yaml:8:12: sections[0].cover: '/etc/passwd' is an absolute path; write it relative "
        "to the hall folder (e.g. images/photo.jpg)",
    ),
    (
        "windows path",
        "cover: images/cover.png",
        "cover: 'C:\\photos\\a.jpg'",
        "hall.yaml:8:12: sections[0].cover: 'C:\\photos\\a.jpg' is an absolute path; write it "
        "relative to the hall folder (e.g. images/photo.jpg)",
    ),
    (
        "dot-dot",
        "cover: images/cover.png",
        "cover: images/../../secret.png",
        "hall.yaml:8:12: sections[0].cover: 'images/../../secret.png' contains '..'; images must "
        "stay inside the hall folder",
    ),
    (
        "url",
        "cover: images/cover.png",
        "cover: https://example.com/a.jpg",
        "hall.yaml:8:12: sections[0].cover: 'https://example.com/a.jpg' is a URL; images must be "
        "files inside the hall folder",
    ),
    (
        "url in picture mapping",
        "{file: images/cover.png,",
        "{file: 'http://x.test/a.png',",
        "hall.yaml:16:20: sections[0].stories[0].images[0].file: 'http://x.test/a.png' is a URL; "
        "images must be files inside the hall folder",
    ),
    (
        "alias",
        "title: {zh: 甲, en: Alpha}\n    accent",
        "title: &t {zh: 甲, en: Alpha}\n    tagline: *t\n    accent",
        "hall.yaml:6:12: anchors (&name) are not allowed in hall files",
    ),
    (
        "tab",
        "    accent:",
        "\taccent:",
        "hall.yaml:7:1: a tab character: YAML indents with spaces only; replace the tab with "
        "spaces",
    ),
    (
        "bad colour",
        'accent: "#336699"',
        "accent: red",
        "hall.yaml:7:13: sections[0].accent: 'red' is not a colour (use \"#RRGGBB\", in quotes)",
    ),
    (
        "quoted number",
        "value: 10353",
        "value: '10353'",
        "hall.yaml:27:12: stats[0].value: expected a number, got text; '10353' is in quotes, "
        "which makes it text: write the number without quotes",
    ),
    (
        "boolean number",
        "value: 10353",
        "value: no",
        "hall.yaml:27:12: stats[0].value: expected a number, got a yes/no value; YAML reads no as the yes/no value false",
    ),
    (
        "bad id",
        "id: alpha",
        "id: Alpha Section",
        "hall.yaml:5:9: sections[0].id: 'Alpha Section' is not a valid id (use lowercase letters, "
        "digits and '-', e.g. 'city-park')",
    ),
    (
        "foreign language",
        "{zh: 甲, en: Alpha}",
        "{zh: 甲, fr: Alpha}",
        "hall.yaml:6:20: sections[0].title.fr: 'fr' is not one of the hall's languages (zh, en)",
    ),
    (
        "decimals wrong type",
        "value: 10353",
        "value: 10353\n    decimals: two",
        "hall.yaml:28:15: stats[0].decimals: expected a whole number, got text",
    ),
    (
        "tag with a value it cannot read",
        "headline: {zh: 第一, en: First}",
        "headline: !!bool abc",
        "hall.yaml:11:19: sections[0].stories[0].headline: YAML tags (!!bool) are not allowed in "
        "hall files; remove the tag (to keep a value as text, put it in quotes)",
    ),
    (
        "tag !!set",
        "value: 10353",
        "value: !!set x",
        "hall.yaml:27:12: stats[0].value: YAML tags (!!set) are not allowed in hall files; "
        "remove the tag (to keep a value as text, put it in quotes)",
    ),
    (
        "glob characters in a missing picture",
        "cover: images/cover.png",
        "cover: images/a**b.png",
        "hall.yaml:8:12: sections[0].cover: image file 'images/a**b.png' not found",
    ),
    (
        "control character in a picture path",
        "cover: images/cover.png",
        'cover: "images/a\\0.png"',
        "hall.yaml:8:12: sections[0].cover: the image path contains a control character (#x0000)",
    ),
    (
        "list as a key",
        "    accent:",
        "    ? [a, b]\n    : 1\n    accent:",
        "hall.yaml:7:7: sections[0]: a key must be a name, not a list",
    ),
    (
        "lone surrogate",
        "id: alpha",
        'id: "\\ud800"',
        "hall.yaml:5:9: sections[0].id: \\uD800 is not a character (half of a UTF-16 surrogate "
        "pair); write the character itself",
    ),
    (
        "year 0",
        "date: 2023-05-12",
        "date: 0000-05-12",
        "hall.yaml:12:15: sections[0].stories[0].date: '0000-05-12' is not a date "
        "(use YYYY, YYYY-MM or YYYY-MM-DD)",
    ),
    (
        "number of 5,000 digits",
        "value: 10353",
        "value: " + "9" * 5000,
        "hall.yaml:27:12: stats[0].value: is too large a number (at most 15 digits before the point)",
    ),
    (
        "within: a word it does not know",
        "    date: 2023-05\n",
        "    date: 2023-05\n    within: end\n",
        "hall.yaml:22:13: events[0].within: 'end' is not where in a month (use early, mid or late)",
    ),
    (
        "within: a number",
        "    date: 2023-05\n",
        "    date: 2023-05\n    within: 3\n",
        "hall.yaml:22:13: events[0].within: expected one of early, mid, late, got a number",
    ),
    (
        "within: capitalised",
        "    date: 2023-05\n",
        "    date: 2023-05\n    within: Late\n",
        "hall.yaml:22:13: events[0].within: 'Late' is not where in a month (use early, mid or late)",
    ),
    (
        "within a day",
        "    date: 2023-05\n",
        "    date: 2023-05-12\n    within: late\n",
        "hall.yaml:22:13: events[0].within: 'within' says where in a month: give the date as a "
        "month (YYYY-MM)",
    ),
    (
        "within a year",
        "    date: 2023-05\n",
        "    date: 2023\n    within: early\n",
        "hall.yaml:22:13: events[0].within: 'within' says where in a month: give the date as a "
        "month (YYYY-MM)",
    ),
    (
        "within and end",
        "    date: 2023-05\n",
        "    date: 2023-05\n    end: 2023-06\n    within: late\n",
        "hall.yaml:23:13: events[0].within: give 'within' (where in the month) or 'end', not both",
    ),
    (
        "short: a yes/no value",
        "    headline: {zh: 开幕, en: Opening}\n",
        "    headline: {zh: 开幕, en: Opening}\n    short: yes\n",
        "hall.yaml:23:12: events[0].short: expected text (or one per language: {zh: ..., en: ...}), "
        "got a yes/no value; YAML read yes as the yes/no value true. If you mean the text, put it "
        "in quotes: 'yes'",
    ),
    (
        "short: a list",
        "    headline: {zh: 开幕, en: Opening}\n",
        "    headline: {zh: 开幕, en: Opening}\n    short: [开幕]\n",
        "hall.yaml:23:12: events[0].short: expected text (or one per language: {zh: ..., en: ...}), "
        "got a list",
    ),
    (
        "short: empty in one language",
        "    headline: {zh: 开幕, en: Opening}\n",
        "    headline: {zh: 开幕, en: Opening}\n    short: {zh: '', en: Open}\n",
        "hall.yaml:23:17: events[0].short.zh: is empty: write the zh text, or leave the line out "
        "to show the text of another language",
    ),
    (
        "short misspelt",
        "    headline: {zh: 开幕, en: Opening}\n",
        "    headline: {zh: 开幕, en: Opening}\n    shrt: {zh: 开幕, en: Open}\n",
        "hall.yaml:23:5: events[0].shrt: unknown key 'shrt' (did you mean 'short'?)",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "message"), [case[1:] for case in BAD_CONTENT], ids=[c[0] for c in BAD_CONTENT]
)
def test_bad_content_gets_exact_message(
    make_hall: Callable[..., Path], old: str, new: str, message: str
) -> None:
    assert old in MINIMAL_HALL
    result = load_hall(make_hall(MINIMAL_HALL.replace(old, new, 1)))
    assert not result.ok
    assert message in [str(f) for f in result.findings]
    picture_problem = ".cover:" in message or ".images[" in message
    assert result.usable == picture_problem  # a bad picture becomes a placeholder, nothing else


def test_minimal_hall_is_valid(make_hall: Callable[..., Path]) -> None:
    result = load_hall(make_hall())
    assert result.ok, [str(f) for f in result.findings]
    assert result.findings == []


def test_every_problem_is_reported_at_once(make_hall: Callable[..., Path]) -> None:
    text = (
        MINIMAL_HALL.replace("date: 2023-05-12", "date: 2023-13-01")
        .replace("stats: [people]", "stats: [nobody]")
        .replace("cover: images/cover.png", "cover: images/none.png")
        .replace("value: 10353", "value: yes")
    )
    messages = [str(f) for f in load_hall(make_hall(text)).findings]
    assert len(messages) == 4, messages
    assert [m.split(":")[1] for m in messages] == ["8", "12", "17", "27"]


def test_missing_translation_is_a_warning_with_fallback(make_hall: Callable[..., Path]) -> None:
    result = load_hall(make_hall(MINIMAL_HALL.replace("{zh: 甲, en: Alpha}", "{zh: 甲}")))
    assert result.ok
    assert [str(f) for f in result.findings] == [
        "hall.yaml:6:12: warning: sections[0].title: no 'en' translation; showing the 'zh' text"
    ]
    assert result.findings[0].severity is Severity.WARNING
    assert result.require().sections[0].title == {"zh": "甲", "en": "甲"}


def test_plain_string_is_default_language(make_hall: Callable[..., Path]) -> None:
    hall = load_hall(make_hall(MINIMAL_HALL.replace("{zh: 甲, en: Alpha}", "甲"))).require()
    assert hall.sections[0].title == {"zh": "甲", "en": "甲"}


def test_symlink_outside_hall_is_refused(make_hall: Callable[..., Path], tmp_path: Path) -> None:
    folder = make_hall()
    outside = tmp_path / "outside.png"
    outside.write_bytes((folder / "images" / "cover.png").read_bytes())
    os.symlink(outside, folder / "images" / "link.png")
    result = load_hall(
        make_hall(MINIMAL_HALL.replace("cover: images/cover.png", "cover: images/link.png"))
    )
    assert (
        "hall.yaml:8:12: sections[0].cover: 'images/link.png' leads outside the hall folder "
        "(through a symlink)" in [str(f) for f in result.findings]
    )


def test_size_cap(make_hall: Callable[..., Path]) -> None:
    folder = make_hall(MINIMAL_HALL + "# padding\n" * 1000)
    result = load_hall(folder, max_bytes=4096)
    assert [str(f) for f in result.findings] == [
        f"hall.yaml: file is {(folder / 'hall.yaml').stat().st_size:,} bytes, over the 4,096-byte "
        "limit"
    ]


def test_not_utf8(make_hall: Callable[..., Path]) -> None:
    folder = make_hall()
    (folder / "hall.yaml").write_bytes("id: x\ntitle: 展厅\n".encode("gbk"))
    assert [str(f) for f in load_hall(folder).findings] == [
        "hall.yaml:2:10: the file is not UTF-8 text; save it as UTF-8"
    ]


def test_alias_bomb_is_refused_quickly(make_hall: Callable[..., Path]) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    result = load_hall(make_hall("\n".join(lines) + "\n"))
    assert [str(f) for f in result.findings] == [
        "hall.yaml:1:5: anchors (&name) are not allowed in hall files"
    ]


def test_deep_nesting_is_refused(make_hall: Callable[..., Path]) -> None:
    result = load_hall(make_hall("id: " + "[" * 200 + "]" * 200 + "\n"))
    assert len(result.findings) == 1
    assert "nesting deeper than 40 levels" in str(result.findings[0])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "hall.yaml: the file is empty"),
        (
            "- a\n- b\n",
            "hall.yaml:1:1: expected a mapping of hall fields (id:, title:, sections: ...)",
        ),
        (
            "just text\n",
            "hall.yaml:1:1: expected a mapping of hall fields (id:, title:, sections: ...)",
        ),
    ],
)
def test_not_a_hall(make_hall: Callable[..., Path], text: str, message: str) -> None:
    assert [str(f) for f in load_hall(make_hall(text)).findings] == [message]


def test_missing_folder(tmp_path: Path) -> None:
    result = load_hall(tmp_path / "nowhere")
    assert not result.ok
    assert "no such file; a hall folder needs a hall.yaml" in str(result.findings[0])


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "value: 10353",
            "value: 010",
            "hall.yaml:27:12: stats[0].value: expected a number, got text; '010' is not a plain "
            "decimal number: write it as one (e.g. 10353 or 5.57)",
        ),
        (
            "value: 10353",
            "value: 0x1F",
            "hall.yaml:27:12: stats[0].value: expected a number, got text; '0x1F' is not a plain "
            "decimal number: write it as one (e.g. 10353 or 5.57)",
        ),
        (
            'accent: "#336699"',
            "accent: #336699",
            "hall.yaml:7:12: sections[0].accent: is empty: YAML reads a # as "
            'the start of a comment; write the colour in quotes: "#RRGGBB"',
        ),
        (
            "value: 10353",
            "value: 10353\n    decimals: 2.0",
            "hall.yaml:28:15: stats[0].decimals: expected a whole number, got the number 2.0",
        ),
        (
            "cover: images/cover.png",
            "cover: photos/cover.png",
            "hall.yaml:8:12: sections[0].cover: image file 'photos/cover.png' not found",
        ),
    ],
)
def test_surprising_yaml_gets_a_clear_message(
    make_hall: Callable[..., Path], old: str, new: str, message: str
) -> None:
    result = load_hall(make_hall(MINIMAL_HALL.replace(old, new, 1)))
    assert message in [str(f) for f in result.findings]


def test_a_hash_in_plain_text_warns(make_hall: Callable[..., Path]) -> None:
    result = load_hall(make_hall(MINIMAL_HALL.replace("{zh: 正文, en: Body}", "第1名 #高新区")))
    assert result.ok
    assert [str(f) for f in result.findings] == [
        "hall.yaml:14:13: warning: sections[0].stories[0].body[0]: the text ends where '# ...' begins "
        "(YAML reads it as a comment); put the whole text in quotes if the '#' belongs to it"
    ]


def test_headline_010_is_text(make_hall: Callable[..., Path]) -> None:
    hall = load_hall(
        make_hall(MINIMAL_HALL.replace("headline: {zh: 第一, en: First}", "headline: 010"))
    ).require()
    assert hall.sections[0].stories[0].headline["zh"] == "010"


posix_only = pytest.mark.skipif(os.name != "posix", reason="named pipes and /dev/zero")


@posix_only
def test_a_named_pipe_as_hall_file_is_refused_at_once(make_hall: Callable[..., Path]) -> None:
    folder = make_hall()
    (folder / "hall.yaml").unlink()
    os.mkfifo(folder / "hall.yaml")  # nobody ever writes into it: reading would wait for ever
    started = time.monotonic()
    result = load_hall(folder)
    assert time.monotonic() - started < 1.0
    assert [str(f) for f in result.findings] == [
        "hall.yaml: is a named pipe (FIFO), not a regular file; save the content as a file"
    ]


@posix_only
def test_a_hall_file_linked_to_dev_zero_is_refused_without_reading(
    make_hall: Callable[..., Path],
) -> None:
    folder = make_hall()
    (folder / "hall.yaml").unlink()
    (folder / "hall.yaml").symlink_to("/dev/zero")
    result = load_hall(folder)
    assert [str(f) for f in result.findings] == [
        "hall.yaml: is a link to '/dev/zero', outside the hall folder; "
        "put the file itself in the hall folder"
    ]


def test_a_hall_file_linked_to_a_file_outside_the_folder_is_refused(
    make_hall: Callable[..., Path], tmp_path: Path
) -> None:
    folder = make_hall()
    outside = tmp_path / "elsewhere.yaml"
    (folder / "hall.yaml").rename(outside)
    (folder / "hall.yaml").symlink_to(outside)
    result = load_hall(folder)
    assert result.hall is None
    assert [str(f) for f in result.findings] == [
        f"hall.yaml: is a link to '{outside}', outside the hall folder; "
        "put the file itself in the hall folder"
    ]


def test_a_hall_file_linked_inside_its_folder_is_read(make_hall: Callable[..., Path]) -> None:
    folder = make_hall()
    (folder / "hall.yaml").rename(folder / "real.yaml")
    (folder / "hall.yaml").symlink_to("real.yaml")
    assert load_hall(folder).ok


@posix_only
def test_a_named_pipe_as_picture_is_refused_at_once(make_hall: Callable[..., Path]) -> None:
    folder = make_hall()
    (folder / "images" / "cover.png").unlink()
    os.mkfifo(folder / "images" / "cover.png")
    started = time.monotonic()
    result = load_hall(folder)
    assert time.monotonic() - started < 1.0
    assert "hall.yaml:8:12: sections[0].cover: 'images/cover.png' is a named pipe (FIFO), not an " \
        "image file" in [str(f) for f in result.findings]  # fmt: skip
    assert result.usable  # a placeholder is shown instead


def test_the_walk_finds_every_text_field_of_the_model() -> None:
    """kiosk.content.walk lists text fields explicitly; every Text-typed field is among them."""
    import typing

    from kiosk.content import model

    def is_text(annotation: object, metadata: list[object]) -> bool:
        found = list(metadata)
        for arg in typing.get_args(annotation):  # Text | None: the Annotated is inside
            found += list(getattr(arg, "__metadata__", ()))
        return any(getattr(m, "func", None) is model._text for m in found)

    found = {}
    for cls in (model.Hall, model.Section, model.Story, model.Event, model.Stat, model.Picture):
        declared = set(getattr(cls, "TEXTS", ())) | set(getattr(cls, "TEXT_LISTS", ()))
        texts = {name for name, f in cls.model_fields.items() if is_text(f.annotation, f.metadata)}
        found[cls.__name__] = texts
        assert texts == declared, cls.__name__
    assert found["Hall"] == {"title", "subtitle", "intro", "closing", "credits"}  # the test sees


LOOK_ALIKES = [
    # (name, text to replace, replacement, line, column, words in the message)
    (
        "full-width colon after a key",
        "headline: {zh: 第一, en: First}",
        "headline:\n          zh：第一\n          en: First",
        12,
        13,
        "'：' after 'zh' is a full-width colon (U+FF1A FULLWIDTH COLON): YAML needs the ordinary "
        "colon and a space ('zh: ...')",
    ),
    (
        "full-width colon in braces",
        "title: {zh: 甲, en: Alpha}",
        "title: {zh：甲, en: Alpha}",
        6,
        15,
        "'：' after 'zh' is a full-width colon",
    ),
    (
        "full-width space as indentation",
        '    accent: "#336699"',
        '\u3000\u3000accent: "#336699"',
        7,
        1,
        "a full-width space (U+3000 IDEOGRAPHIC SPACE) in the indentation",
    ),
    (
        "full-width quote",
        "tagline" if False else '    accent: "#336699"',
        '    tagline: “Real: action”\n    accent: "#336699"',
        7,
        14,
        "'“' is a full-width character (U+201C LEFT DOUBLE QUOTATION MARK): to quote a text",
    ),
]


# The same messages as Chinese staff read them (words each must contain).
LOOK_ALIKES_ZH = {
    "full-width colon after a key": "'zh' 后面的 '：' 是全角冒号",
    "full-width colon in braces": "'zh' 后面的 '：' 是全角冒号",
    "full-width space as indentation": "缩进里有全角空格",
    "full-width quote": "'“' 是全角字符",
}


@pytest.fixture
def staff_in_chinese() -> Iterator[None]:
    """Staff messages in Chinese for one test."""
    before = staff_language()
    set_staff_language("zh")
    yield
    set_staff_language(before)


@pytest.mark.parametrize(
    ("name", "old", "new", "line", "column", "words"), LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES]
)
def test_full_width_look_alikes_are_found_where_they_were_typed(
    make_hall: Callable[..., Path],
    name: str,
    old: str,
    new: str,
    line: int,
    column: int,
    words: str,
) -> None:
    assert old in MINIMAL_HALL
    result = load_hall(make_hall(MINIMAL_HALL.replace(old, new, 1)))
    assert result.hall is None
    located = [(f.line, f.column) for f in result.findings if words in f.message]
    assert located == [(line, column)], [str(f) for f in result.findings]


@pytest.mark.usefixtures("staff_in_chinese")
@pytest.mark.parametrize(
    ("name", "old", "new", "line", "column"),
    [c[:5] for c in LOOK_ALIKES],
    ids=[c[0] for c in LOOK_ALIKES],
)
def test_full_width_look_alikes_are_explained_in_chinese(
    make_hall: Callable[..., Path], name: str, old: str, new: str, line: int, column: int
) -> None:
    result = load_hall(make_hall(MINIMAL_HALL.replace(old, new, 1)))
    words = LOOK_ALIKES_ZH[name]
    located = [(f.line, f.column) for f in result.findings if words in f.message]
    assert located == [(line, column)], [str(f) for f in result.findings]


@pytest.mark.usefixtures("staff_in_chinese")
@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("5万", "'5万' 是数字加单位；数字单独写（value: 5），单位写在 unit: 里"),
        ("50,000", "YAML 把 '50,000' 当作文字；数字请不加分隔符：50000"),
    ],
)
def test_numbers_with_units_are_explained_in_chinese(
    make_hall: Callable[..., Path], written: str, words: str
) -> None:
    result = load_hall(make_hall(MINIMAL_HALL.replace("value: 10353", f"value: {written}")))
    [finding] = result.findings
    assert (finding.line, words in finding.message) == (27, True), finding.message


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("5万", "'5万' is a number with its unit; write the number alone (value: 5) and the unit "
         "in unit: (unit: {zh: 万, en: ...})"),
        ("50,000", "'50,000' is text to YAML; write the number without separators: 50000"),
        ("'1 000'", "'1 000' is text to YAML; write the number without separators: 1000"),
    ],
)  # fmt: skip
def test_numbers_written_with_units_or_separators_say_how_to_write_them(
    make_hall: Callable[..., Path], written: str, words: str
) -> None:
    result = load_hall(make_hall(MINIMAL_HALL.replace("value: 10353", f"value: {written}")))
    assert [f.message for f in result.findings] == [f"expected a number, got text; {words}"]


def test_an_empty_translation_is_an_error(make_hall: Callable[..., Path]) -> None:
    result = load_hall(
        make_hall(MINIMAL_HALL.replace("{zh: 第一, en: First}", "{zh: '', en: First}"))
    )
    assert result.hall is None
    assert [str(f) for f in result.findings] == [
        "hall.yaml:11:24: sections[0].stories[0].headline.zh: is empty: write the zh text, or "
        "leave the line out to show the text of another language"
    ]


def test_a_missing_picture_is_never_matched_with_another_folders(
    make_hall: Callable[..., Path],
) -> None:
    """images/culture/cover.jpg deleted: images/business/cover.jpg is another section's."""
    folder = make_hall(
        MINIMAL_HALL.replace("cover: images/cover.png", "cover: images/culture/cover.png")
    )
    write_png(folder / "images" / "business" / "cover.png")
    write_png(folder / "images" / "culture" / "speech-2023.png")
    [message] = [f.message for f in load_hall(folder).findings]
    assert message == "image file 'images/culture/cover.png' not found"
    write_png(folder / "images" / "culture" / "cover-2023.png")  # close, in the same folder
    [message] = [f.message for f in load_hall(folder).findings]
    assert message.endswith("(did you mean 'images/culture/cover-2023.png'?)")
