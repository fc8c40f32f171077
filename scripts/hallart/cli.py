"""Command line: regenerate every picture of a hall (python scripts/make_hall_images.py --help)."""

from __future__ import annotations

import argparse
import fnmatch
import random
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml
from PIL import Image

from .canvas import OUT_SIZE, SUPERSAMPLE, Scene
from .finish import encode, grain, vignette
from .hall import Job, collect_jobs, safe_relative
from .motifs import MOODS, MOTIFS, choose_motifs, tokens
from .palette import make_palette

BUNDLED_HALL = Path(__file__).resolve().parents[2] / "kiosk" / "halls" / "jining-hitech-2023"


def paint(job: Job, motif: str, size: tuple[int, int] = OUT_SIZE) -> tuple[Scene, random.Random]:
    """Paint one picture's scene at SUPERSAMPLE times `size`; returns the scene and its random source."""
    rng = random.Random(f"kiosk-hall-image:{job.path}")
    mood = MOODS.get(motif) or rng.choice(("dusk", "dusk", "dawn"))
    words = frozenset(tokens(Path(job.path).stem) + tokens(job.key))
    canvas = (size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE)
    scene = Scene(rng, make_palette(job.accent, mood), job.cover, words, canvas)
    MOTIFS[motif](scene)
    return scene, rng


def render(job: Job, motif: str, size: tuple[int, int] = OUT_SIZE) -> Image.Image:
    """Paint one picture and return it finished (downsampled, vignette, grain) at `size`."""
    scene, rng = paint(job, motif, size)
    image = scene.img.resize(size, Image.Resampling.LANCZOS)
    image = vignette(image, 0.42 if job.cover else 0.36)
    return grain(image, rng, 3)


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate the hall's pictures; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hall", type=Path, default=BUNDLED_HALL, help="hall folder")
    parser.add_argument("--force", action="store_true", help="regenerate images that already exist")
    parser.add_argument(
        "--only", metavar="GLOB", help="only pictures whose path matches, e.g. 'images/city/*'"
    )
    args = parser.parse_args(argv)
    hall = yaml.safe_load((args.hall / "hall.yaml").read_text(encoding="utf-8")) or {}
    made = skipped = 0
    jobs = collect_jobs(hall)
    motifs = choose_motifs(jobs, str(hall.get("id") or ""))
    for job in jobs:
        if args.only and not fnmatch.fnmatch(job.path, args.only):
            continue
        target = args.hall / job.path
        if not safe_relative(job.path) or target.suffix.lower() not in (".jpg", ".jpeg"):
            print(f"skip {job.path}: not a relative .jpg path inside the hall", file=sys.stderr)
            continue
        if target.exists() and not args.force:
            skipped += 1
            continue
        data = encode(render(job, motifs[job.path]))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        made += 1
        print(f"{job.path}: {motifs[job.path]}, {len(data) // 1024} KB")
    print(f"{made} generated, {skipped} already present")
    return 0
