"""Arbitrary YAML gives a hall or findings, never another exception."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import load_hall
from kiosk.content.yamlsource import parse
from tests.conftest import MINIMAL_HALL

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
