"""The renderer: software on a Linux machine without a GPU, hardware with one, as set."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.ui.renderer import choose, has_gpu


@pytest.mark.parametrize(
    ("setting", "env", "gpu", "expected"),
    [
        ("auto", {}, False, "software"),
        ("auto", {}, True, "hardware"),
        ("auto", {"QT_QUICK_BACKEND": "software"}, True, None),  # the environment decides
        ("auto", {"QSG_RHI_BACKEND": "opengl"}, False, None),
        ("auto", {"QT_QUICK_BACKEND": ""}, False, "software"),  # empty: not set
        ("software", {}, True, "software"),
        ("hardware", {}, False, "hardware"),
        ("software", {"QSG_RHI_BACKEND": "opengl"}, False, "software"),  # the setting wins
    ],
)
def test_choice(setting: str, env: dict[str, str], gpu: bool, expected: str | None) -> None:
    assert choose(setting, env, gpu) == expected


def test_a_render_node_is_a_gpu(tmp_path: Path) -> None:
    assert not has_gpu(tmp_path, "linux")
    (tmp_path / "card0").touch()  # a display controller alone draws nothing
    assert not has_gpu(tmp_path, "linux")
    (tmp_path / "renderD128").touch()
    assert has_gpu(tmp_path, "linux")


def test_no_dri_folder_is_no_gpu(tmp_path: Path) -> None:
    assert not has_gpu(tmp_path / "missing", "linux")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_keep_the_hardware_renderer(tmp_path: Path, platform: str) -> None:
    assert has_gpu(tmp_path / "missing", platform)


def test_the_setting_defaults_to_auto_and_refuses_others() -> None:
    assert Settings().renderer == "auto"
    with pytest.raises(ValueError, match="renderer"):
        Settings(renderer="vulkan")  # type: ignore[arg-type]
