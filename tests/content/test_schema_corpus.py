"""The editors' JSON Schema and `kiosk validate` agree, except where the guide says they differ.

Each case is one edit of a small hall, with the value an editor's YAML 1.2 server reads from
it (yaml-language-server reads `5e4` as a number and `0xC350` as 50000; PyYAML, which the
kiosk uses, reads YAML 1.1). Both judges see the same edit: `validate` the file, the schema the
value. Where they disagree, the difference must be listed in the content guide.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from kiosk.content import load_hall
from kiosk.content.schema import hall_schema
from tests.conftest import MINIMAL_HALL

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "content-guide.md"


@dataclass(frozen=True)
class Case:
    """One edit: the text replaced in the file, and what it makes of the editor's value."""

    name: str
    old: str
    new: str
    edit: Callable[[dict[str, Any]], None]
    validate_ok: bool
    schema_ok: bool
    guide: str = ""  # the words the guide uses for a difference


def _stat(**values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda hall: hall["stats"][0].update(values)


def _headline(value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda hall: hall["sections"][0]["stories"][0].update(headline=value)


def _story(**values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda hall: hall["sections"][0]["stories"][0].update(values)


def _nothing(hall: dict[str, Any]) -> None:
    """The editor sees the same value as the original (a merge key it resolves)."""


VALUE = "value: 10353"
HEADLINE = "headline: {zh: 第一, en: First}"
CASES = [
    Case("plain number", VALUE, "value: 50000", _stat(value=50000), True, True),
    Case("decimal", VALUE, "value: 5.57", _stat(value=5.57), True, True),
    Case("quoted number", VALUE, "value: '10353'", _stat(value="10353"), False, False),
    Case("number with unit", VALUE, "value: 5万", _stat(value="5万"), False, False),
    Case("thousands separator", VALUE, "value: 50,000", _stat(value="50,000"), False, False),
    Case("30-digit number", VALUE, "value: " + "9" * 30, _stat(value=int("9" * 30)), False, False),
    Case("not a number", VALUE, "value: .nan", _stat(value=math.nan), False, True, ".nan"),
    Case("infinity", VALUE, "value: .inf", _stat(value=math.inf), False, False),
    Case("negative infinity", VALUE, "value: -.inf", _stat(value=-math.inf), False, False),
    Case("yes as a number", VALUE, "value: yes", _stat(value="yes"), False, False),
    Case("rank zero", VALUE, "value: 0\n    kind: rank", _stat(value=0, kind="rank"), False, True,
         "rank"),
    Case("exponent", VALUE, "value: 5e4", _stat(value=50000.0), False, True, "5e4"),
    Case("hexadecimal", VALUE, "value: 0xC350", _stat(value=50000), False, True, "0xC350"),
    Case("decimals 2.0", VALUE, "value: 5.5\n    decimals: 2.0", _stat(value=5.5, decimals=2.0),
         False, True, "decimals: 2.0"),
    Case("decimals 2", VALUE, "value: 5.5\n    decimals: 2", _stat(value=5.5, decimals=2),
         True, True),
    Case("tab after a colon", VALUE, "value:\t10353", _stat(value=10353), False, True, "tab"),
    Case("empty mapping", HEADLINE, "headline: {}", _headline({}), False, False),
    Case("empty text", HEADLINE, "headline: ''", _headline(""), False, False),
    Case("only spaces", HEADLINE, "headline: '   '", _headline("   "), False, False),
    Case("empty translation", HEADLINE, "headline: {zh: '', en: First}",
         _headline({"zh": "", "en": "First"}), False, False),
    Case("one text for all", HEADLINE, "headline: 第一", _headline("第一"), True, True),
    Case("a language the hall lacks", HEADLINE, "headline: {zh: 第一, fr: Premier}",
         _headline({"zh": "第一", "fr": "Premier"}), False, True, "fr"),
    Case("number as headline", HEADLINE, "headline: 2023", _headline(2023), False, False),
    Case("unknown key", "date: 2023-05-12", "dates: 2023-05-12", _story(dates="2023-05-12"),
         False, False),
    Case("month 13", "date: 2023-05-12", "date: 2023-13-01", _story(date="2023-13-01"),
         False, False),
    Case("30 February", "date: 2023-05-12", "date: 2023-02-30", _story(date="2023-02-30"),
         False, True, "2023-02-30"),
    Case("merge key", "  - id: people\n    label: {zh: 人数, en: People}\n",
         "  - <<: {label: {zh: 人数, en: People}}\n    id: people\n", _nothing, False, True, "<<:"),
    Case("missing picture", "cover: images/cover.png", "cover: images/none.png",
         lambda hall: hall["sections"][0].update(cover="images/none.png"), False, True,
         "images/none.png"),
    Case("unknown figure", "stats: [people]", "stats: [peple]", _story(stats=["peple"]),
         False, True, "stats: [peple]"),
]  # fmt: skip


class _DatesAsText(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, as editors' YAML servers see them."""


_DatesAsText.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _schema_accepts(value: dict[str, Any]) -> bool:
    return not list(jsonschema.Draft202012Validator(hall_schema()).iter_errors(value))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_schema_and_validate_judge_each_case_as_listed(
    make_hall: Callable[..., Path], case: Case
) -> None:
    assert case.old in MINIMAL_HALL
    result = load_hall(make_hall(MINIMAL_HALL.replace(case.old, case.new, 1)))
    errors = [str(f) for f in result.findings if f.severity.value == "error"]
    assert (not errors) == case.validate_ok, errors
    value = copy.deepcopy(yaml.load(MINIMAL_HALL, Loader=_DatesAsText))
    case.edit(value)
    assert _schema_accepts(value) == case.schema_ok


def test_every_difference_is_in_the_guide_in_both_languages() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    chinese, _, english = guide.partition("\n# English")
    for case in CASES:
        if case.validate_ok != case.schema_ok:
            assert case.guide, f"{case.name}: a difference needs its words in the guide"
            assert f"`{case.guide}`" in chinese, f"the Chinese guide does not list {case.guide}"
            assert f"`{case.guide}`" in english, f"the English guide does not list {case.guide}"


def test_the_schema_never_accepts_what_validate_rejects_unless_listed() -> None:
    """Differences run one way: the schema is looser (a file it rejects, validate rejects)."""
    assert all(c.schema_ok or not c.validate_ok for c in CASES)
