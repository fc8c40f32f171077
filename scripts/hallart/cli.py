"""Command line: regenerate every picture of a hall."""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml
from PIL import Image

from .canvas import OUT_SIZE, Scene
from .finish import encode, grain, vignette
from .hall import Job, collect_jobs, safe_relative
from .motifs import MOODS, MOTIFS, choose_motifs, tokens
from .palette import make_palette


def render(job: Job, motif: str) -> Image.Image:
    """Paint one picture at 2x and return it finished at output size."""
    rng = random.Random(f"kiosk-hall-image:{job.path}")
    mood = MOODS.get(motif) or rng.choice(("dusk", "dusk", "dawn"))
    words = frozenset(tokens(Path(job.path).stem) + tokens(job.key))
    scene = Scene(rng, make_palette(job.accent, mood), job.cover, words)
    MOTIFS[motif](scene)
    image = scene.img.resize(OUT_SIZE, Image.Resampling.LANCZOS)
    image = vignette(image, 0.42 if job.cover else 0.36)
    return grain(image, rng, 3)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--hall", type=Path, default=Path("data/jining-hitech-2023"), help="hall folder"
    )
    parser.add_argument("--force", action="store_true", help="regenerate images that already exist")
    args = parser.parse_args(argv)
    hall = yaml.safe_load((args.hall / "hall.yaml").read_text(encoding="utf-8")) or {}
    made = skipped = 0
    jobs = collect_jobs(hall)
    motifs = choose_motifs(jobs)
    for job in jobs:
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
