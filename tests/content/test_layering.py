"""kiosk.content and kiosk.media stay pure Python: no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kiosk

PURE = ["content", "media", "ops", "present"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", PURE)
def test_no_qt_in_pure_packages(package: str) -> None:
    folder = Path(kiosk.__file__).parent / package
    files = sorted(folder.rglob("*.py"))
    if package == "content":
        assert files
    for path in files:
        qt = {
            n
            for n in _imports(path)
            if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
        }
        assert not qt, f"{path} imports {qt}"
