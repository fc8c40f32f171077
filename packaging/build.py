"""Build the self-contained kiosk bundle in dist/kiosk/ (the one build command).

    .venv/bin/python packaging/build.py            Linux: dist/kiosk/ (+ linux/install.sh)
    .venv\\Scripts\\python packaging\\build.py      Windows: dist\\kiosk\\, then kiosk.iss

Needs the dev extra (PyInstaller). KIOSK_TRIM=0 keeps every Qt module (to compare sizes).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLATFORM = "windows" if sys.platform == "win32" else "linux"


# What installers and staff read.
GUIDES = ("deploy.md", "content-guide.md", "hall-format.md", "fleet.md", "accessibility.md")


def size_mb(folder: Path) -> float:
    """Total size of the files under folder, in MB (symbolic links not followed)."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def add_deployment_files(bundle: Path) -> None:
    """Put this platform's install scripts and the guides (deployment, content) in the bundle."""
    shutil.copytree(ROOT / "packaging" / PLATFORM, bundle / PLATFORM, dirs_exist_ok=True)
    (bundle / "docs").mkdir(exist_ok=True)
    for guide in GUIDES:
        shutil.copy2(ROOT / "docs" / guide, bundle / "docs" / guide)
    guide = ROOT / "docs" / f"deploy-{PLATFORM}.md"  # the Windows guide
    if guide.is_file():
        shutil.copy2(guide, bundle / "docs" / guide.name)


def archive(bundle: Path, version: str) -> Path:
    """dist/kiosk-<version>-linux.tar.gz: one file to carry to the kiosk PC."""
    out = bundle.parent / f"kiosk-{version}-{PLATFORM}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="kiosk")
    return out


def main(argv: list[str] | None = None) -> int:
    """Run PyInstaller on packaging/kiosk.spec, add the install files, check the bundle starts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--archive", action="store_true", help="also pack a .tar.gz (Linux)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(args.dist), "--workpath", str(args.work),
        str(ROOT / "packaging" / "kiosk.spec"),
    ]  # fmt: skip
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        print("build: PyInstaller failed (see above)", file=sys.stderr)
        return 1
    bundle = args.dist / "kiosk"
    add_deployment_files(bundle)
    exe = bundle / ("kiosk.exe" if PLATFORM == "windows" else "kiosk")
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True)
    if version.returncode != 0:
        print(f"build: {exe} --version failed:\n{version.stderr}", file=sys.stderr)
        return 1
    print(version.stdout.strip())
    if args.archive and PLATFORM == "linux":
        print(f"build: {archive(bundle, version.stdout.split()[1])}")
    seconds = time.monotonic() - started
    print(f"build: {bundle} ({size_mb(bundle):.0f} MB) in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
