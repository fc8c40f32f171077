"""Content packages: signed, checked, installed whole or not at all, rolled back (no Qt).

Names are imported from their modules on first use: the kiosk reads which version it shows
(kiosk.fleet.versions) at start without loading the signing and packing code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import exports

if TYPE_CHECKING:
    from kiosk.fleet.errors import PackageError
    from kiosk.fleet.install import InstallResult, install_package
    from kiosk.fleet.keys import generate_keys
    from kiosk.fleet.pack import PackResult, pack_hall
    from kiosk.fleet.versions import rollback

_MODULES = {
    "errors": ["PackageError"],
    "install": ["InstallResult", "install_package"],
    "keys": ["generate_keys"],
    "pack": ["PackResult", "pack_hall"],
    "versions": ["rollback"],
}

__all__ = [
    "InstallResult",
    "PackResult",
    "PackageError",
    "generate_keys",
    "install_package",
    "pack_hall",
    "rollback",
]

__getattr__ = exports(__name__, _MODULES)
