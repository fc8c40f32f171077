"""Shared fixtures: small halls written to temporary folders."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

MINIMAL_HALL = """\
id: test-hall
title: {zh: 测试展厅, en: Test hall}
languages: [zh, en]
sections:
  - id: alpha
    title: {zh: 甲, en: Alpha}
    accent: "#336699"
    cover: images/cover.png
    stories:
      - id: first
        headline: {zh: 第一, en: First}
        date: 2023-05-12
        body:
          - {zh: 正文, en: Body}
        images:
          - {file: images/cover.png, caption: {zh: 图, en: Picture}}
        stats: [people]
        events: [opening]
events:
  - id: opening
    date: 2023-05
    headline: {zh: 开幕, en: Opening}
    section: alpha
stats:
  - id: people
    label: {zh: 人数, en: People}
    value: 10353
    unit: {zh: 人, en: people}
    section: alpha
"""


def write_png(path: Path, size: tuple[int, int] = (1920, 1080), colour: str = "#336699") -> Path:
    """Write a small real PNG."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path)
    return path


@pytest.fixture
def make_hall(tmp_path: Path) -> Callable[..., Path]:
    """Write a hall folder with the given hall.yaml text (default: a minimal valid hall)."""

    def make(text: str = MINIMAL_HALL, name: str = "hall") -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "hall.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
        write_png(folder / "images" / "cover.png")
        return folder

    return make
