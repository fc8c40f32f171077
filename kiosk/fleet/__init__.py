"""Content packages: signed, checked, installed whole or not at all, rolled back (no Qt)."""

from kiosk.fleet.errors import PackageError
from kiosk.fleet.install import InstallResult, install_package
from kiosk.fleet.keys import generate_keys
from kiosk.fleet.pack import PackResult, pack_hall
from kiosk.fleet.versions import rollback

__all__ = [
    "InstallResult",
    "PackResult",
    "PackageError",
    "generate_keys",
    "install_package",
    "pack_hall",
    "rollback",
]
