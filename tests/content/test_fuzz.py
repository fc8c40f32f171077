"""Arbitrary YAML gives a hall or findings, never another exception."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import load_hall
from kiosk.content.yamlsource import parse
from tests.conftest import MINIMAL_HALL, write_png

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(
        [
            "2023",
            "2023-04",
            "2023-05-12",
            "2023-13-01",
            "NO",
            "3.10",
            "#336699",
            "alpha",
            "images/cover.png",
            "../x",
            "/etc/passwd",
            "http://x",
        ]
    ),
)
keys = st.sampled_from(
    [
        "id",
        "title",
        "sections",
        "stories",
        "events",
        "stats",
        "date",
        "end",
        "body",
        "value",
        "section",
        "headline",
        "accent",
        "cover",
        "zh",
        "en",
        "images",
        "file",
        "label",
        "languages",
    ]
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=5)
    ),
    max_leaves=30,
)


def _check(folder: Path, text: str) -> None:
    (folder / "hall.yaml").write_text(text, encoding="utf-8")
    result = load_hall(folder)
    assert result.hall is not None or result.findings
    for finding in result.findings:
        assert str(finding).startswith("hall.yaml")
        str(finding).encode("utf-8")  # no lone surrogate: it can be printed


@settings(
    max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(documents)
def test_arbitrary_documents(tmp_path: Path, data: object) -> None:
    _check(tmp_path, yaml.safe_dump(data, allow_unicode=True))


@settings(
    max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(st.integers(0, len(MINIMAL_HALL) - 1), st.integers(0, 40), st.text(max_size=8))
def test_mangled_hall(tmp_path: Path, start: int, length: int, insert: str) -> None:
    _check(tmp_path, MINIMAL_HALL[:start] + insert + MINIMAL_HALL[start + length :])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_parses_or_reports(text: str) -> None:
    doc = parse(text, "hall.yaml")
    assert all(f.file == "hall.yaml" and f.line for f in doc.findings)


ODD = [  # tags, numbers and dates Python cannot hold, glob characters, odd keys and escapes
    *("!!bool ", "!!int ", "!!float ", "!!timestamp ", "!!binary ", "!!set ", "!!omap "),
    *("!x ", "! ", "abc", "0", "1.5", ".inf", "0x1F", "9" * 400, "1" * 5000, "0000", "0000-05"),
    *("**", "a**b", "[ab]", "a?b", "*", "images/", "a/" * 200, "x" * 300, "..", "/", "\\"),
    *("[", "]", "{", "}", "? ", ": ", "- ", ", ", "\n", "\n  ", "'", '"', "#", " # c", "~", "yes"),
    *('"\\0"', '"\\t"', '"\\ud800"', '"\\udc80"', "? [a, b]\n: ", "? {a: b}\n: ", "&a ", "*a"),
    *("images/cover.png", "中文", "zh: ", "en: ", "file: ", "id: ", "date: ", "value: "),
]
VALUES = [m.end() for m in re.finditer(r": (?=\S)", MINIMAL_HALL)]  # where a value starts
KEYS = [m.start(1) for m in re.finditer(r"^ *(?:- )?(\w+):", MINIMAL_HALL, re.MULTILINE)]


def _odd_hall(start: int, odd: str, *, key: bool) -> str:
    end = MINIMAL_HALL.index(":" if key else "\n", start)
    return MINIMAL_HALL[:start] + odd + MINIMAL_HALL[end:]


@settings(
    max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    st.sampled_from([(start, False) for start in VALUES] + [(start, True) for start in KEYS]),
    st.lists(st.sampled_from(ODD), min_size=1, max_size=3).map("".join),
)
def test_odd_values_and_keys(tmp_path: Path, slot: tuple[int, bool], odd: str) -> None:
    start, key = slot
    write_png(tmp_path / "images" / "cover.png", (4, 4))
    _check(tmp_path, _odd_hall(start, odd, key=key))
