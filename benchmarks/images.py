"""Image pipeline figures: naive Pillow against the pipeline, prepared-image load time, peak RSS.

    .venv/bin/python benchmarks/images.py [--quick]

Generates photo-like 24-megapixel JPEGs (about 7 MB each) in a temporary folder and prints
one JSON object. Naive: Image.open, full decode, then for each size a LANCZOS resize into its
box and a JPEG save. Pipeline: kiosk.media (content hash, JPEG draft(), reduce(), the same
LANCZOS resample and JPEG settings, atomic write into a fresh cache) in this process, and on
the worker pool on every core: warm (workers already started, as in the app) and cold
(prepare_hall as `kiosk prepare` runs it, worker start-up included). Timings are the best of
three runs (--quick: one run, four photos); CPU-time ratios are barely moved by other load.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import PIL
from PIL import Image, ImageChops

from kiosk.media import ALL_SIZES, Cache, ImagePool, Size, derive, prepare_hall
from kiosk.media.derivatives import JPEG_OPTIONS
from kiosk.media.sizes import fit

PHOTO = (6000, 4000)
FEW = 4  # photos for the naive all-sizes figure (slow)


def _octaves(size: tuple[int, int], layers: tuple[tuple[int, int], ...]) -> Image.Image:
    """Grey noise summed over several feature sizes: (divisor of the size, strength)."""
    out = Image.new("L", size, 128)
    for divisor, sigma in layers:
        small = (max(2, size[0] // divisor), max(2, size[1] // divisor))
        noise = Image.effect_noise(small, sigma)
        if small != size:
            noise = noise.resize(size, Image.Resampling.BICUBIC)
        out = ImageChops.add(out, noise, offset=-128)
    return out


def photo_like(size: tuple[int, int] = PHOTO) -> Image.Image:
    """Detail at every scale in luma and smooth colour, like a photo (about 2 bits a pixel)."""
    luma = _octaves(size, ((300, 60), (40, 30), (6, 14), (1, 5)))
    chroma = [_octaves(size, ((300, 30), (40, 10))) for _ in range(2)]
    return Image.merge("YCbCr", (luma, *chroma)).convert("RGB")


def make_photos(folder: Path, count: int) -> list[Path]:
    """Distinct photo-like JPEGs (shifted copies of one generated picture)."""
    master = photo_like()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"photo-{i}.jpg"
        ImageChops.offset(master, 97 * i, 53 * i).save(path, quality=90)
        paths.append(path)
    return paths


def naive(sources: Sequence[Path], sizes: Sequence[Size] = (Size.FULL,)) -> None:
    """What a first attempt does: decode everything once, then resize to each size."""
    for source in sources:
        with Image.open(source) as im:
            rgb = im.convert("RGB")
        for size in sizes:
            small = rgb.resize(fit(rgb.size, size.edge()), Image.Resampling.LANCZOS)
            small.save(io.BytesIO(), "JPEG", **JPEG_OPTIONS)


def pipeline(sources: Sequence[Path], cache: Cache) -> None:
    """The full-screen derivative of each source, in this process."""
    for source in sources:
        derive(source, Size.FULL, cache)


def timed(work: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def best_of(repeats: int, work: Callable[[int], object]) -> float:
    """The fastest of several runs (other processes on the machine only ever slow one down)."""
    return min(timed(functools.partial(work, i)) for i in range(repeats))


def cpu_seconds(work: Callable[[], object]) -> float:
    """CPU seconds one call uses in this process: barely moved by other processes' load."""
    start = time.process_time()
    work()
    return time.process_time() - start


def load_ms(path: Path, repeat: int) -> dict[str, float]:
    """Median milliseconds to load a derivative fully: with Pillow, and with Qt's QImage."""

    def pillow() -> None:
        with Image.open(path) as im:
            im.load()

    times = {"pillow": [timed(pillow) for _ in range(repeat)]}
    try:
        from PySide6.QtGui import QImage
    except ImportError:
        pass
    else:
        times["qt_qimage"] = [timed(lambda: QImage(str(path)).isNull()) for _ in range(repeat)]
    return {name: round(statistics.median(t) * 1000, 1) for name, t in times.items()}


def proc_field(path: str, name: str) -> str | None:
    """A 'name: value' field of a Linux /proc file, if there is one."""
    try:
        for line in Path(path).read_text().splitlines():
            key, _, value = line.partition(":")
            if key.strip() == name:
                return value.strip()
    except OSError:
        pass
    return None


def cpu_model() -> str:
    """The CPU model from /proc/cpuinfo, or the platform's guess."""
    return proc_field("/proc/cpuinfo", "model name") or platform.processor() or "unknown"


def warm_pool_seconds(hall: Path, files: list[str], cache: Cache, sizes: list[Size]) -> float:
    """Seconds for a pool whose workers have already started to prepare the files."""
    workers = os.cpu_count() or 1
    with ImagePool(cache, workers=workers) as pool:
        for future in [pool.submit(hall, "start-a-worker") for _ in range(workers)]:
            future.result()
        start = time.perf_counter()
        outcomes = [f.result() for f in [pool.submit(hall, file, sizes) for file in files]]
        seconds = time.perf_counter() - start
    assert all(o.problem is None for o in outcomes), outcomes
    return seconds


def fresh_process_figures(folder: Path, repeats: int) -> dict[str, float]:
    """Pool seconds, cold (prepare_hall, starting its workers) and warm, and peak memory.

    Run in a fresh small process: after fork and exec, a child's ru_maxrss still counts
    its parent's peak, so the workers start from here, before anything large is decoded;
    then one photo is made in this process the pipeline's way, then the naive way.
    """
    hall, caches = folder / "hall", folder / "caches"
    photos = sorted(hall.glob("*.jpg"))
    files = [p.name for p in photos]

    def cold(i: int) -> None:
        assert prepare_hall(hall, files, Cache(caches / f"cold-{i}"), [Size.FULL]).ok

    def warm(sizes: list[Size]) -> float:
        return min(
            warm_pool_seconds(hall, files, Cache(caches / f"warm-{i}-{len(sizes)}"), sizes)
            for i in range(2 * repeats - 1)  # cheap runs: more chances of a quiet moment
        )

    figures = {
        "cold_full_s": best_of(repeats, cold),
        "warm_full_s": warm([Size.FULL]),
        "warm_all_sizes_s": warm(list(ALL_SIZES)),
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "process_baseline_mb": vm_hwm_mb(),
    }
    pipeline(photos[:1], Cache(caches / "memory"))
    figures["process_after_pipeline_mb"] = vm_hwm_mb()
    naive(photos[:1])
    figures["process_after_naive_mb"] = vm_hwm_mb()
    return figures


def vm_hwm_mb() -> float:
    """This process's peak resident memory in MB (VmHWM on Linux, else ru_maxrss)."""
    peak = proc_field("/proc/self/status", "VmHWM")  # e.g. '90112 kB'
    if peak:
        return int(peak.split()[0]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    """Run the benchmark and print its figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="4 photos, each timing run once")
    parser.add_argument("--pool", type=Path, help=argparse.SUPPRESS)  # internal: the pool part
    args = parser.parse_args()
    count, repeats = (4, 1) if args.quick else (12, 3)
    if args.pool:
        print(json.dumps(fresh_process_figures(args.pool, repeats)))
        return

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as temp:
        folder = Path(temp)
        photos = make_photos(folder / "hall", count)
        mean_bytes = statistics.mean(p.stat().st_size for p in photos)

        command = [sys.executable, __file__, "--pool", str(folder)]
        pool = json.loads(  # first: two workers suffer most from other jobs starting
            subprocess.run(
                command + (["--quick"] if args.quick else []),
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        naive_s = best_of(repeats, lambda i: naive(photos))
        naive_all_s = timed(lambda: naive(photos[:FEW], ALL_SIZES))
        serial_s = best_of(repeats, lambda i: pipeline(photos, Cache(folder / f"serial-{i}")))
        naive_cpu = cpu_seconds(lambda: naive(photos))
        serial_cpu = cpu_seconds(lambda: pipeline(photos, Cache(folder / "serial-cpu")))
        full = Cache(folder / "serial-0").get(photos[0], Size.FULL)
        assert full is not None
        loads = load_ms(full, 10 if args.quick else 30)

    def mps(seconds: float, images: int = count) -> float:
        return round(images * PHOTO[0] * PHOTO[1] / 1e6 / seconds, 1)

    figures = {
        "machine": {
            "cpus": os.cpu_count(),
            "cpu": cpu_model(),
            "python": platform.python_version(),
            "pillow": PIL.__version__,
            "load_average_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        },
        "photos": {
            "count": count,
            "size": f"{PHOTO[0]}x{PHOTO[1]}",
            "mean_mb": round(mean_bytes / 1e6, 1),
            "best_of": repeats,
        },
        "full_screen_derivative_mp_per_s": {
            "naive": mps(naive_s),
            "pipeline_one_process": mps(serial_s),
            "pipeline_pool_warm": mps(pool["warm_full_s"]),
            "pipeline_pool_cold": mps(pool["cold_full_s"]),
        },
        "full_screen_ratio_to_naive": {
            "one_process": round(naive_s / serial_s, 2),
            "one_process_cpu_time": round(naive_cpu / serial_cpu, 2),
            "pool_warm": round(naive_s / pool["warm_full_s"], 2),
            "pool_cold": round(naive_s / pool["cold_full_s"], 2),
        },
        "all_four_sizes_mp_per_s": {
            "naive": mps(naive_all_s, FEW),
            "pipeline_pool_warm": mps(pool["warm_all_sizes_s"]),
            "ratio": round(naive_all_s / FEW / (pool["warm_all_sizes_s"] / count), 2),
        },
        "load_prepared_full_ms": loads,
        "peak_rss_mb": {
            "pool_worker": round(pool["worker_peak_mb"]),
            "one_photo_in_a_fresh_process": {
                "before": round(pool["process_baseline_mb"]),
                "pipeline": round(pool["process_after_pipeline_mb"]),
                "then_naive": round(pool["process_after_naive_mb"]),
            },
        },
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
