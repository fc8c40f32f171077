"""Packages whose names load on first use (kiosk.lazy): every name resolves, none is a module."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types

import pytest


@pytest.mark.parametrize("package", ["kiosk.media", "kiosk.fleet"])
def test_every_exported_name_comes_from_its_module(package: str) -> None:
    module = importlib.import_module(package)
    names = [name for names in module._MODULES.values() for name in names]
    assert sorted(module.__all__) == sorted(names)
    for sub in module._MODULES:  # a submodule named like a function would shadow it
        importlib.import_module(f"{package}.{sub}")
    for name in module.__all__:
        value = getattr(module, name)
        assert not isinstance(value, types.ModuleType), name
        if isinstance(value, (type, types.FunctionType)):
            assert value.__module__.startswith(package), name
    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        module.nothing  # noqa: B018


def test_reading_the_shown_version_does_not_load_the_signing_code() -> None:
    """A start reads which version it shows; cryptography loads only where a package is checked."""
    code = (
        "import sys, kiosk.fleet.versions, kiosk.ui.inbox, kiosk.ui.staff, kiosk.ui.reload; "
        "print(sorted(m for m in sys.modules if m.startswith(('cryptography', 'kiosk.fleet.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stdout.strip()
    assert "cryptography" not in loaded, loaded
    assert "kiosk.fleet.keys" not in loaded and "kiosk.fleet.install" not in loaded, loaded
