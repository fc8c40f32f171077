"""Builds compile the message catalogs (kiosk/locale/*/LC_MESSAGES/*.po -> .mo) first.

Everything else about the package is in pyproject.toml. The .mo files are written beside the
.po files, so an editable install finds them as a wheel does; they are never committed.
"""

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithCatalogs(build_py):
    """build_py that compiles the catalogs before it copies the package."""

    def run(self) -> None:
        """Compile, then build as usual."""
        runpy.run_path(str(HERE / "scripts" / "catalogs.py"))["compile_all"]()
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogs})
