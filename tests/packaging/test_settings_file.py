"""The installed settings files name every setting, with its default, and are valid."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from kiosk.config import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "packaging" / "kiosk.yaml", ROOT / "packaging" / "linux" / "kiosk.yaml"]


def _keys(model: type[BaseModel], indent: str = "") -> list[tuple[str, str]]:
    """Every setting as (indentation, key), nested models' keys indented under theirs."""
    found = []
    for name, field in model.model_fields.items():
        found.append((indent, name))
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            found += _keys(annotation, indent + "  ")
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_setting_is_in_the_file_set_or_commented_with_its_default(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for indent, key in _keys(Settings):
        pattern = rf"^(# )?{indent}{key}:"
        assert re.search(pattern, text, re.MULTILINE), f"{path.name} does not mention {key}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_file_is_valid_and_its_commented_keys_are_too(path: Path, tmp_path: Path) -> None:
    """Uncommenting any setting gives valid settings (the examples are right)."""
    _, findings = load_settings(path)
    assert [str(f) for f in findings] == []
    text = path.read_text(encoding="utf-8")
    keys = "|".join(key for _, key in _keys(Settings))
    uncommented = re.sub(rf"^# ((?:{keys}): )", r"\1", text, flags=re.MULTILINE)
    uncommented = uncommented.replace('staff_pin_hash: "scrypt$..."', "")
    copy = tmp_path / "kiosk.yaml"
    copy.write_text(uncommented, encoding="utf-8")
    settings, findings = load_settings(copy)
    assert [str(f) for f in findings] == []
    assert settings.languages == ["zh", "en"]


def test_linux_staff_read_chinese() -> None:
    settings, _ = load_settings(FILES[1])
    assert settings.staff_language == "zh"
