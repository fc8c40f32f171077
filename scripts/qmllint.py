"""Lint the Kiosk QML module against the Python types it uses: `make qmllint`.

Writes kiosk/ui/qml/Kiosk/kiosk.qmltypes (the Python types' description, which qmllint and the
QML language server read; made here, never committed) with pyside6-metaobjectdump and
pyside6-qmltyperegistrar, then runs pyside6-qmllint on every QML file. Exit status 1 on any
warning, so that `make test` fails on one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "kiosk" / "ui"
QML = UI / "qml"
MODULE = QML / "Kiosk"
QMLTYPES = MODULE / "kiosk.qmltypes"
BIN = Path(sys.executable).parent
FOREIGN = ("core", "gui", "qml", "quick")  # Qt modules whose types the Python types use


def tool(name: str) -> str:
    """A PySide6 tool beside this interpreter (in the virtualenv), else on PATH."""
    beside = BIN / name
    return str(beside) if beside.exists() else name


def qml_sources() -> list[Path]:
    """The Python modules that register QML types."""
    return sorted(p for p in UI.glob("*.py") if "QML_IMPORT_NAME" in p.read_text(encoding="utf-8"))


def mark_constants(dump: Path) -> None:
    """Add what pyside6-metaobjectdump leaves out (it reads the source): constant properties.

    The running classes' meta-objects say which properties are constant; qmllint then knows
    a binding to one never needs to update.
    """
    import importlib

    sys.path.insert(0, str(ROOT))
    data = json.loads(dump.read_text(encoding="utf-8"))
    for entry in data:
        module = importlib.import_module(
            Path(entry["inputFile"])
            .resolve()
            .relative_to(ROOT)
            .with_suffix("")
            .as_posix()
            .replace("/", ".")
        )
        for cls_info in entry["classes"]:
            cls = getattr(module, cls_info["className"], None)
            meta = getattr(cls, "staticMetaObject", None)
            if meta is None:
                continue
            constant = {
                meta.property(i).name()
                for i in range(meta.propertyOffset(), meta.propertyCount())
                if meta.property(i).isConstant()
            }
            for prop in cls_info.get("properties", []):
                if prop["name"] in constant:
                    prop["constant"] = True
    dump.write_text(json.dumps(data), encoding="utf-8")


def write_qmltypes(out: Path = QMLTYPES) -> Path:
    """Describe the Python types of the Kiosk module for QML tooling."""
    metatypes = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = [str(next(metatypes.glob(f"qt6{name}_*metatypes.json"))) for name in FOREIGN]
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "kiosk_metatypes.json"
        subprocess.run(
            [tool("pyside6-metaobjectdump"), "--quiet", "-o", str(dump), *map(str, qml_sources())],
            check=True,
        )
        mark_constants(dump)
        done = subprocess.run(
            [
                tool("pyside6-qmltyperegistrar"), f"--generate-qmltypes={out}",
                "-o", str(Path(tmp) / "registrations.cpp"), "--import-name=Kiosk",
                "--major-version=1", "--minor-version=0", f"--foreign-types={','.join(foreign)}",
                str(dump),
            ],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    noise = [line for line in done.stderr.splitlines() if "is used as enum type" not in line]
    if noise:
        print("\n".join(noise), file=sys.stderr)
    return out


def lint(files: list[Path]) -> int:
    """Run qmllint on files; the number of warnings it printed."""
    done = subprocess.run(
        [tool("pyside6-qmllint"), "-I", str(QML), *map(str, files)],
        capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    output = (done.stdout + done.stderr).strip()
    if output:
        print(output)
    return sum(line.startswith(("Warning:", "Error:")) for line in output.splitlines()) or (
        1 if done.returncode else 0
    )


def main(argv: list[str] | None = None) -> int:
    """Write the types, lint the QML; 1 when qmllint warns."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="QML files (default: all)")
    args = parser.parse_args(argv)
    write_qmltypes()
    files = args.files or sorted(MODULE.glob("*.qml"))
    warnings = lint(files)
    print(f"qmllint: {warnings} warning{'s' if warnings != 1 else ''} in {len(files)} files")
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
