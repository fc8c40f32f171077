"""The hall-image generator (scripts/hallart): every picture of the bundled hall has a curated motif
and a file, output is deterministic, and no place is drawn with another place's landmark."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hallart import landmarks
from hallart.canvas import Scene, WrongPlace
from hallart.cli import encode, paint, render
from hallart.hall import Job, collect_jobs
from hallart.motifs import MOTIFS, choose_motifs
from hallart.palette import make_palette
from hallart.plan import PLANS
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
HALL = ROOT / "kiosk" / "halls" / "jining-hitech-2023"
TINY = (150, 100)


def bundled_jobs() -> tuple[str, list[Job]]:
    hall = yaml.safe_load((HALL / "hall.yaml").read_text(encoding="utf-8"))
    return str(hall["id"]), collect_jobs(hall)


def job_for(path: str) -> tuple[Job, str]:
    hall_id, jobs = bundled_jobs()
    chosen = choose_motifs(jobs, hall_id)
    job = next(j for j in jobs if j.path == path)
    return job, chosen[path]


def test_every_picture_of_the_bundled_hall_has_a_curated_motif_and_a_file() -> None:
    hall_id, jobs = bundled_jobs()
    plan = PLANS[hall_id]
    assert len(jobs) == 24
    for job in jobs:
        assert job.path in plan, f"{job.path} would fall back to keyword matching"
        assert plan[job.path] in MOTIFS, plan[job.path]
        image = HALL / job.path
        assert image.is_file(), job.path
        with Image.open(image) as im:
            assert im.format == "JPEG" and im.size == (1920, 1280), job.path
        assert image.stat().st_size <= 300_000, job.path
    assert set(plan) == {j.path for j in jobs}, "the plan names pictures the hall does not use"


def test_no_two_stories_of_a_section_share_a_motif() -> None:
    hall_id, jobs = bundled_jobs()
    chosen = choose_motifs(jobs, hall_id)
    for section in {j.section for j in jobs}:
        motifs = [chosen[j.path] for j in jobs if j.section == section]
        assert len(motifs) == len(set(motifs)), (section, motifs)


@pytest.mark.parametrize("motif", sorted(MOTIFS))
def test_every_motif_paints_at_small_size(motif: str) -> None:
    job = Job(f"images/test/{motif}.jpg", "test", "#2F6B4E", motif, False)
    image = render(job, motif, TINY)
    assert image.size == TINY
    assert len(image.getcolors(maxcolors=1 << 20) or []) > 50, "the picture is (nearly) blank"


def test_rendering_is_deterministic_in_one_process() -> None:
    job, motif = job_for("images/city/haichuan-bridge.jpg")
    assert encode(render(job, motif, TINY)) == encode(render(job, motif, TINY))


def test_rendering_is_deterministic_across_processes() -> None:
    """Same bytes from two interpreters with different hash seeds (no set or dict order leaks in)."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from hallart.cli import encode, render; from hallart.hall import Job;"
        "job = Job('images/projects/shanghai-qingdao.jpg', 'projects', '#A33A2E', 'shanghai-qingdao', False);"
        "sys.stdout.buffer.write(encode(render(job, 'two-cities', (150, 100))))"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code, str(ROOT / "scripts")],
            capture_output=True,
            check=True,
            env=env,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert Image.open(io.BytesIO(outputs[0])).size == (150, 100)


def drawn_landmarks(path: str) -> list[tuple[str, str]]:
    job, motif = job_for(path)
    scene, _rng = paint(job, motif, TINY)
    return scene.landmarks


def test_only_the_shanghai_qingdao_picture_draws_landmarks() -> None:
    _hall_id, jobs = bundled_jobs()
    for job in jobs:
        if job.path != "images/projects/shanghai-qingdao.jpg":
            assert drawn_landmarks(job.path) == [], job.path


def test_shanghai_and_qingdao_each_get_their_own_landmarks() -> None:
    drawn = drawn_landmarks("images/projects/shanghai-qingdao.jpg")
    by_place: dict[str, set[str]] = {}
    for place, name in drawn:
        by_place.setdefault(place, set()).add(name)
    assert "oriental_pearl_tower" in by_place["shanghai"]
    assert {"zhanqiao_pier", "red_roof_old_town"} <= by_place["qingdao"]
    assert set(by_place) == {"shanghai", "qingdao"}


def test_the_urban_development_cover_shows_no_tv_tower() -> None:
    for path in ("images/city/cover.jpg", "images/city/haichuan-bridge.jpg"):
        assert ("shanghai", "oriental_pearl_tower") not in drawn_landmarks(path)


def test_a_landmark_refuses_to_be_drawn_in_another_place() -> None:
    import random

    scene = Scene(random.Random(1), make_palette("#A33A2E", "dusk"), False, size=(300, 200))
    with scene.place("qingdao"), pytest.raises(WrongPlace):
        landmarks.oriental_pearl_tower(scene, scene.pen, 100, 150, 100)
    with pytest.raises(WrongPlace):
        landmarks.zhanqiao_pier(scene, scene.pen, 10, 100, 150, 1.0)
    with scene.place("shanghai"):
        landmarks.oriental_pearl_tower(scene, scene.pen, 100, 150, 100)
    assert scene.landmarks == [("shanghai", "oriental_pearl_tower")]


def test_the_command_line_writes_one_picture_and_then_skips_it(tmp_path: Path) -> None:
    (tmp_path / "hall.yaml").write_text((HALL / "hall.yaml").read_text(encoding="utf-8"))
    script = ROOT / "scripts" / "make_hall_images.py"
    args = [sys.executable, str(script), "--hall", str(tmp_path), "--only", "images/business/e-*"]
    first = subprocess.run(args, capture_output=True, text=True, check=True)
    assert "1 generated, 0 already present" in first.stdout
    made = tmp_path / "images" / "business" / "e-licence.jpg"
    assert made.read_bytes() == (HALL / "images" / "business" / "e-licence.jpg").read_bytes()
    second = subprocess.run(args, capture_output=True, text=True, check=True)
    assert "0 generated, 1 already present" in second.stdout
