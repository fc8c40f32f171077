"""Kiosk figures: cold start, navigation, timeline frames, memory, content load, images.

    .venv/bin/python benchmarks/run.py [--quick] [--out FILE]

Prints one JSON object: the machine, every figure, and each target with pass or fail.
Qt runs offscreen with the software renderer at 1920x1080, as in the tests; on a kiosk with a
GPU the frame figures are better. See docs/performance.md for what each figure means.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import gc
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QPointF, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication, QPointingDevice  # noqa: E402
from PySide6.QtQuick import QQuickItem, QQuickWindow  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from benchmarks.make_hall import make_generated_hall  # noqa: E402
from kiosk.config import Settings  # noqa: E402
from kiosk.content import LoadResult, load_hall  # noqa: E402
from kiosk.paths import DEFAULT_HALL  # noqa: E402
from kiosk.ui.app import Session, start  # noqa: E402

SIZE = (1920, 1080)
WAIT_S = 10.0
TARGETS = {  # figure: (limit, unit, what)
    "first_frame_s": (0.7, "s", "process start to the first Home frame, bundled hall"),
    "navigation_p95_ms": (50.0, "ms", "touch to the first frame of the next view, p95"),
    "timeline_frame_p95_ms": (16.7, "ms", "frame time while flicking 1,000 events, p95"),
    "rss_mb": (200.0, "MB", "resident memory with the bundled hall (highest seen)"),
    "rss_growth_mb": (10.0, "MB", "resident memory growth over the navigations"),
    "content_load_ms": (300.0, "ms", "1,000-event hall loaded and validated, median"),
}
NOTES = {
    "first_frame": (
        "A fresh Python process per run (offscreen, software renderer, 1920x1080, track=False): "
        "from just before the spawn to the window's first frameSwapped, stamped in the child with "
        "the system-wide monotonic clock; phases are cumulative from the spawn. Median of the runs."
    ),
    "navigation": (
        "A fresh process, bundled hall. A finger presses, then the clock starts and the finger "
        "lifts (a tap fires on release); it stops at the first frameSwapped after the navigator's "
        "'changed' signal. Each tap waits for the previous view to finish animating and loading "
        "(no frame for 0.12 s, at most 1.5 s); memory.rapid_latency: taps as soon as the previous "
        "view's first frame is out. to_frame_start = lift to the start of that frame (Python "
        "slots, QML building the view); frame = its polish, sync and render."
    ),
    "timeline": (
        "A fresh process, generated hall of 1,000 events. Work = from the window's UpdateRequest "
        "event (frame start: polish, sync, render) to frameSwapped, for every frame from the "
        "first flick's press to the end of the last flick; the target is checked on work p95. "
        "Interval = time between consecutive frameSwapped while the flick moves; the software "
        "loop drives animations from a 16 ms timer, so intervals sit near 16-17 ms even when each "
        "frame is cheap (there is no vsync offscreen). Open = nav.openTimeline() to first frame. "
        "The hall's pictures are prepared into a fresh cache first, as `kiosk prepare` does on a "
        "deployed kiosk, so the figures are of flicking, not of making derivatives."
    ),
    "memory": (
        "VmRSS from /proc/self/status. After start: a fresh process, 3 s after its first frame "
        "(pictures loaded). Growth: in the navigation process over the rapid navigations, after one "
        "warm-up cycle through every view and a garbage collection (Python and QML) at both ends. "
        "Every photo: the peak while the navigator shows each section and each of its photos in "
        "the viewer (after the navigations). The RSS target is checked on the highest of the three."
    ),
    "content": "kiosk.content.load_hall on a generated hall (YAML, schema and checks); median.",
}

FIRST_FRAME_CHILD = """
import time
T0 = time.monotonic()
import json, os, sys
from PySide6.QtCore import QTimer
from kiosk.content import load_hall
from kiosk.paths import DEFAULT_HALL
from kiosk.ui.app import start
stamps = {"imported": time.monotonic()}
hall = load_hall(DEFAULT_HALL)
stamps["hall_loaded"] = time.monotonic()
session = start([hall], size=(1920, 1080), track=False)
stamps["window_created"] = time.monotonic()
settle_ms = int(sys.argv[1])

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

def done():
    print(json.dumps({"stamps": stamps, "rss_mb": rss_mb()}), flush=True)
    os._exit(0)

def first_frame():
    if "first_frame" in stamps:
        return
    stamps["first_frame"] = time.monotonic()
    stamps["python_started"] = T0
    if settle_ms:
        QTimer.singleShot(settle_ms, done)
    else:
        done()

session.window.frameSwapped.connect(first_frame)
session.app.exec()
"""


# -- small helpers -----------------------------------------------------------------------------
def rss_mb() -> float:
    """This process's resident memory in MB (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) by linear interpolation; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def slope(points: list[tuple[int, float]]) -> float:
    """The least-squares slope of y over x (0 for fewer than two points)."""
    if len(points) < 2:
        return 0.0
    xs, ys = [float(x) for x, _ in points], [y for _, y in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def summary(values_ms: list[float]) -> dict[str, float]:
    """Count, p50, p95 and max of a list of milliseconds."""
    return {
        "n": len(values_ms),
        "p50_ms": round(percentile(values_ms, 50), 2),
        "p95_ms": round(percentile(values_ms, 95), 2),
        "max_ms": round(max(values_ms, default=0.0), 2),
    }


def cpu_model() -> str:
    """The CPU model from /proc/cpuinfo, or the platform's guess."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    import PySide6
    from PySide6.QtCore import qVersion

    memory = next(
        (
            int(line.split()[1]) // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        ),
        0,
    )
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu_model(),
        "memory_mb": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside": PySide6.__version__,
        "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
        "quick_backend": os.environ.get("QT_QUICK_BACKEND", ""),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


# -- cold start (subprocess) -------------------------------------------------------------------
def first_frame_run(settle_ms: int = 0) -> dict[str, Any]:
    """One fresh process: seconds from spawn to each phase, and its RSS at the end."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    spawned = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_CHILD, str(settle_ms)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the first-frame child failed: {proc.stderr[-2000:]}")
    report = json.loads(lines[-1])
    phases = {name: round(t - spawned, 3) for name, t in report["stamps"].items()}
    return {"phases_s": phases, "rss_mb": round(report["rss_mb"], 1)}


def cold_start(runs: int) -> dict[str, Any]:
    """The median of several cold starts, with the phases of the median run."""
    # Bytecode, as an installed kiosk has (pip and PyInstaller compile it): without it, under
    # PYTHONDONTWRITEBYTECODE, every start compiles the kiosk's ~80 modules (~0.1 s).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kiosk")], check=True)
    results = [first_frame_run() for _ in range(runs)]
    results.sort(key=lambda r: r["phases_s"]["first_frame"])
    median = results[len(results) // 2]
    settled = first_frame_run(settle_ms=3000)
    return {
        "first_frame_s": median["phases_s"]["first_frame"],
        "runs_s": [r["phases_s"]["first_frame"] for r in results],
        "median_run_phases_s": median["phases_s"],
        "rss_at_first_frame_mb": median["rss_mb"],
        "rss_after_start_mb": settled["rss_mb"],
    }


# -- driving the window ------------------------------------------------------------------------
def visual_items(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every visible item of the visual tree below root (invisible subtrees skipped)."""
    if not root.isVisible():
        return
    yield root
    for child in root.childItems():
        yield from visual_items(child)


def centre(item: QQuickItem) -> QPoint:
    """The item's centre in window coordinates."""
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def on_screen(window: QQuickWindow, item: QQuickItem) -> bool:
    """Whether the item's centre lies inside the window."""
    point = centre(item)
    return 0 <= point.x() < window.width() and 0 <= point.y() < window.height()


def find(window: QQuickWindow, name: str, *, prefix: bool = False) -> QQuickItem | None:
    """The first visible, on-screen item named name (or starting with it)."""
    for item in visual_items(window.contentItem()):
        found = item.objectName()
        if (found.startswith(name) if prefix else found == name) and on_screen(window, item):
            return item
    return None


def wait_until(condition: Callable[[], bool], timeout_s: float = WAIT_S) -> bool:
    """Run the event loop until condition() holds; False on timeout."""
    deadline = time.perf_counter() + timeout_s
    ticker = QTimer(interval=5)  # wakes the loop so the condition is checked often
    ticker.start()
    try:
        while not condition():
            if time.perf_counter() > deadline:
                return False
            QGuiApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        ticker.stop()


class FrameProbe(QObject):
    """Timestamps of frame starts, frame swaps and navigation changes of one session."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.swaps: list[float] = []
        self.changes: list[float] = []
        self.work_ms: list[float] = []
        self.starts: dict[float, float] = {}  # frame swap: the frame's start
        self._frame_start: float | None = None
        session.window.installEventFilter(self)
        session.window.frameSwapped.connect(self._swapped)
        session.nav.changed.connect(self._changed)

    def close(self) -> None:
        """Stop listening."""
        self.session.window.removeEventFilter(self)
        self.session.window.frameSwapped.disconnect(self._swapped)
        self.session.nav.changed.disconnect(self._changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the start of a frame (the render loop renders on UpdateRequest)."""
        if event.type() == QEvent.Type.UpdateRequest:
            self._frame_start = time.perf_counter()
        return False

    def _swapped(self) -> None:
        now = time.perf_counter()
        self.swaps.append(now)
        if self._frame_start is not None:
            self.work_ms.append((now - self._frame_start) * 1000)
            self.starts[now] = self._frame_start
            self._frame_start = None

    def _changed(self) -> None:
        self.changes.append(time.perf_counter())

    def swap_after(self, moment: float) -> float | None:
        """The first frame swap after moment, if there has been one."""
        index = bisect.bisect_right(self.swaps, moment)
        return self.swaps[index] if index < len(self.swaps) else None

    def quiet_for(self, seconds: float) -> bool:
        """Whether no frame has been swapped for seconds."""
        last = self.swaps[-1] if self.swaps else 0.0
        return time.perf_counter() - last > seconds

    def wait_quiet(self, quiet_s: float = 0.12, limit_s: float = 1.5) -> None:
        """Let animations and picture loads finish: no frame for quiet_s (at most limit_s)."""
        wait_until(lambda: self.quiet_for(quiet_s), limit_s)


def tap_latency_ms(
    probe: FrameProbe, device: QPointingDevice, point: QPoint
) -> tuple[float, float]:
    """Milliseconds from lifting the finger to the first frame after the view changed (swapped),
    and of that to the frame's start (the rest is polish, sync and render)."""
    window = probe.session.window
    changes = len(probe.changes)
    QTest.touchEvent(window, device).press(0, point, window).commit()
    if len(probe.changes) > changes:
        raise RuntimeError(f"a press at {point} changed the view before the release")
    lifted = time.perf_counter()
    QTest.touchEvent(window, device).release(0, point, window).commit()
    if not wait_until(lambda: len(probe.changes) > changes and bool(probe.swap_after(lifted))):
        raise RuntimeError(f"a tap at {point} did not change the view: {describe(probe)}")
    swap = probe.swap_after(probe.changes[changes])
    assert swap is not None
    return (swap - lifted) * 1000, (probe.starts.get(swap, swap) - lifted) * 1000


def describe(probe: FrameProbe) -> dict[str, Any]:
    """Where the kiosk is (for error messages)."""
    return probe.session.nav.describe()


# -- navigation --------------------------------------------------------------------------------
def sections_of(session: Session) -> list[str]:
    """The section ids of the shown hall."""
    hall = session.content.hall_model
    return [s.id for s in hall.sections] if hall else []


TOUR = 9  # taps in one tour of every view (navigation_plan)


def navigation_plan(session: Session, cycle: int) -> list[tuple[str, str, bool]]:
    """One tour of every view: (kind, objectName, by prefix) for each tap, from Home to Home."""
    ids = sections_of(session)
    section = ids[cycle % len(ids)]
    step = "nextSection" if ids.index(section) < len(ids) - 1 else "previousSection"
    return [
        ("home>section", f"sectionTile_{section}", False),
        ("section>section", step, False),
        ("section>home", "homeButton", False),
        ("home>timeline", "timelineEntry", False),
        ("timeline>event", "timelineCard_", True),
        ("event>timeline", "closeEvent", False),
        ("timeline>home", "backButton", False),
        ("home>stats", "statsEntry", False),
        ("stats>home", "backButton", False),
    ]


def navigate(
    probe: FrameProbe, device: QPointingDevice, cycles: int, *, settle: bool
) -> dict[str, list[tuple[float, float]]]:
    """Tap through every view cycles times, from Home to Home; (total, to frame start) per kind."""
    window = probe.session.window
    times: dict[str, list[tuple[float, float]]] = {}
    for cycle in range(cycles):
        for kind, name, prefix in navigation_plan(probe.session, cycle):
            if settle:
                probe.wait_quiet()
            target = find(window, name, prefix=prefix)
            if target is None:
                raise RuntimeError(f"no {name!r} to tap at {describe(probe)}")
            times.setdefault(kind, []).append(tap_latency_ms(probe, device, centre(target)))
    return times


def cycles_for(navigations: int) -> int:
    """Tours of every view that make at least this many navigations."""
    return -(-navigations // TOUR)


def collect_garbage(session: Session) -> None:
    """Python and QML garbage collection, then deferred deletes."""
    gc.collect()
    session.engine.collectGarbage()
    QGuiApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QGuiApplication.processEvents()


def memory_run(probe: FrameProbe, device: QPointingDevice, cycles: int) -> dict[str, Any]:
    """RSS over rapid tours of every view, after one warm-up tour."""
    navigate(probe, device, 1, settle=False)
    collect_garbage(probe.session)
    baseline = rss_mb()
    samples = [(0, round(baseline, 1))]
    latencies: list[float] = []
    step = max(1, cycles // 10)
    done = 0
    while done < cycles:
        batch = min(step, cycles - done)
        latencies += [
            t for v in navigate(probe, device, batch, settle=False).values() for t, _ in v
        ]
        done += batch
        samples.append((done * TOUR, round(rss_mb(), 1)))
    collect_garbage(probe.session)
    end = rss_mb()
    return {
        "navigations": cycles * TOUR,
        "rss_before_mb": round(baseline, 1),
        "rss_after_mb": round(end, 1),
        "rss_growth_mb": round(end - baseline, 1),
        "rss_peak_mb": max(s[1] for s in samples),
        "rss_samples": samples,
        "rss_trend_mb_per_1000": round(slope(samples) * 1000, 2),
        "rapid_latency": summary(latencies),
    }


def visit_everything(probe: FrameProbe) -> float:
    """RSS in MB after every section and every photo has been shown (through the navigator)."""
    nav, photos = probe.session.nav, probe.session.section.photos
    peak = rss_mb()
    for section in sections_of(probe.session):
        nav.openSection(section)
        probe.wait_quiet()
        for index in range(photos.rowCount()):
            nav.openPhoto(index)
            probe.wait_quiet()
            peak = max(peak, rss_mb())
        nav.back()
    nav.home()
    probe.wait_quiet()
    return max(peak, rss_mb())


def launch(halls: list[LoadResult], image_cache: Path | None = None) -> Session:
    """A kiosk window at 1920x1080, shown and exposed, with nothing recorded."""
    settings = Settings(idle_timeout=3600, image_cache=image_cache)
    session = start(halls, settings, size=SIZE, track=False)
    session.window.show()
    QTest.qWaitForWindowExposed(session.window)
    return session


def ui_figures(navigations: int, memory_navigations: int) -> dict[str, Any]:
    """Navigation latency and memory on the bundled hall, in this process."""
    session = launch([load_hall(DEFAULT_HALL)])
    device = QTest.createTouchDevice()
    probe = FrameProbe(session)
    try:
        probe.wait_quiet(limit_s=5)
        start_rss = rss_mb()
        times = navigate(probe, device, cycles_for(navigations), settle=True)
        everything = [t for values in times.values() for t in values]
        totals = [total for total, _ in everything]
        memory = memory_run(probe, device, cycles_for(memory_navigations))
        memory["rss_every_photo_mb"] = round(visit_everything(probe), 1)
    finally:
        probe.close()
        session.close()
    return {
        "navigation": {
            **summary(totals),
            "to_frame_start": summary([start for _, start in everything]),
            "frame": summary([total - start for total, start in everything]),
            "by_kind": {kind: summary([t for t, _ in v]) for kind, v in sorted(times.items())},
        },
        "memory": {"rss_in_process_after_start_mb": round(start_rss, 1), **memory},
    }


# -- timeline ----------------------------------------------------------------------------------
def flick_once(probe: FrameProbe, device: QPointingDevice, leftwards: bool) -> tuple[int, int]:
    """One finger flick across the timeline; the (first, last) swap indexes while it moved."""
    window = probe.session.window
    flick = find(window, "timelineFlick")
    assert flick is not None
    y = centre(flick).y()
    xs = list(range(1500, 499, -50)) if leftwards else list(range(500, 1501, 50))
    QTest.touchEvent(window, device).press(0, QPoint(xs[0], y), window).commit()
    for x in xs[1:]:
        QTest.qWait(16)  # finger pacing: about 3 px/ms, a brisk flick
        QTest.touchEvent(window, device).move(0, QPoint(x, y), window).commit()
    first = len(probe.swaps)
    QTest.touchEvent(window, device).release(0, QPoint(xs[-1], y), window).commit()
    wait_until(lambda: bool(flick.property("moving")), 1.0)
    wait_until(lambda: not flick.property("moving"), WAIT_S)
    return first, len(probe.swaps)


def direction(flick: QQuickItem, leftwards: bool) -> bool:
    """Keep flicking the same way until there is less than two screens left that way."""
    x, width = flick.property("contentX"), flick.property("contentWidth") - flick.width()
    if leftwards and x > width - 2 * flick.width():
        return False
    if not leftwards and x < 2 * flick.width():
        return True
    return leftwards


def timeline_figures(folder: Path, flicks: int) -> dict[str, Any]:
    """Frame times while flicking the timeline of a generated 1,000-event hall."""
    # As deployed (`kiosk prepare`, in its own process): the pictures are in the cache first.
    cache = Path(tempfile.mkdtemp(prefix="kiosk-bench-cache-"))
    subprocess.run(
        [sys.executable, "-m", "kiosk", "prepare", str(folder), "--cache", str(cache)],
        capture_output=True,
        check=True,
        timeout=900,
    )
    session = launch([load_hall(folder)], image_cache=cache)
    device = QTest.createTouchDevice()
    probe = FrameProbe(session)
    try:
        probe.wait_quiet(limit_s=5)
        before = time.perf_counter()
        session.nav.openTimeline()
        wait_until(
            lambda: bool(probe.swap_after(before)) and bool(find(session.window, "timelineFlick"))
        )
        opened = probe.swap_after(before)
        assert opened is not None
        probe.wait_quiet(limit_s=5)
        flick = find(session.window, "timelineFlick")
        assert flick is not None
        work_from = len(probe.work_ms)
        intervals: list[float] = []
        leftwards = True
        for _ in range(flicks):
            leftwards = direction(flick, leftwards)
            first, last = flick_once(probe, device, leftwards)
            swaps = probe.swaps[first:last]
            intervals += [(b - a) * 1000 for a, b in itertools.pairwise(swaps)]
        work = probe.work_ms[work_from:]
        rss = rss_mb()
    finally:
        probe.close()
        session.close()
        shutil.rmtree(cache, ignore_errors=True)
    return {
        "events": 1000,
        "open_ms": round((opened - before) * 1000, 1),
        "flicks": flicks,
        "work": summary(work),
        "interval": {**summary(intervals), "over_33ms": sum(i > 33.4 for i in intervals)},
        "rss_mb": round(rss, 1),
    }


# -- content -----------------------------------------------------------------------------------
def content_figures(folder: Path, repeats: int = 5) -> dict[str, Any]:
    """Median milliseconds to load and validate the hall in folder, and what it holds."""
    times = []
    result = load_hall(folder)
    for _ in range(repeats):
        begun = time.perf_counter()
        result = load_hall(folder)
        times.append((time.perf_counter() - begun) * 1000)
    hall = result.hall
    images = (
        {p.name for p in (folder / "images").glob("*")} if (folder / "images").is_dir() else set()
    )
    return {
        "median_ms": round(statistics.median(times), 1),
        "min_ms": round(min(times), 1),
        "runs": repeats,
        "ok": result.ok,
        "findings": len(result.findings),
        "sections": len(hall.sections) if hall else 0,
        "events": len(hall.events) if hall else 0,
        "images": len(images),
        "yaml_kb": round((folder / "hall.yaml").stat().st_size / 1024, 1),
    }


def big_hall(folder: Path) -> Path:
    """The generated hall the content and timeline figures use: 50 sections, 1,000 events."""
    return make_generated_hall(
        folder, sections=50, stories=3, events=1000, stats=100, images=200, seed=11
    )


# -- images (another benchmark) ----------------------------------------------------------------
def image_figures() -> dict[str, Any]:
    """benchmarks/images.py --quick, run as a subprocess; its JSON."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "images.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if proc.returncode != 0:
        return {"error": proc.stderr[-2000:]}
    return dict(json.loads(proc.stdout))


# -- report ------------------------------------------------------------------------------------
def verdicts(measured: dict[str, float]) -> list[dict[str, Any]]:
    """Each target with its measured figure and pass or fail."""
    rows = []
    for name, (limit, unit, what) in TARGETS.items():
        value = measured.get(name)
        rows.append(
            {
                "figure": name,
                "what": what,
                "measured": value,
                "target": f"< {limit} {unit}",
                "pass": value is not None and value < limit,
            }
        )
    return rows


def in_fresh_process(part: str, *args: str) -> dict[str, Any]:
    """One part of the benchmark in a new process, so each starts from a clean heap."""
    proc = subprocess.run(
        [sys.executable, __file__, "--part", part, *args],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if proc.returncode != 0:
        return {"error": f"exit status {proc.returncode}: {proc.stderr[-3000:]}"}
    return dict(json.loads(proc.stdout))


def run_part(part: str, args: list[str]) -> dict[str, Any]:
    """What in_fresh_process asks for, run here."""
    if part == "ui":
        return ui_figures(int(args[0]), int(args[1]))
    if part == "timeline":
        return timeline_figures(Path(args[0]), int(args[1]))
    raise SystemExit(f"unknown part {part!r}")


def dig(report: dict[str, Any], *keys: str) -> Any:
    """report[k1][k2]..., or None where a part is missing (it failed)."""
    value: Any = report
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def measured_figures(report: dict[str, Any]) -> dict[str, float]:
    """The figure each target is checked on (absent when its part failed)."""
    rss = [
        dig(report, "cold_start", "rss_after_start_mb"),
        dig(report, "memory", "rss_peak_mb"),
        dig(report, "memory", "rss_every_photo_mb"),
    ]
    measured = {
        "first_frame_s": dig(report, "cold_start", "first_frame_s"),
        "navigation_p95_ms": dig(report, "navigation", "p95_ms"),
        "timeline_frame_p95_ms": dig(report, "timeline", "work", "p95_ms"),
        "rss_mb": max(rss) if None not in rss else None,
        "rss_growth_mb": dig(report, "memory", "rss_growth_mb"),
        "content_load_ms": dig(report, "content", "median_ms"),
    }
    return {name: value for name, value in measured.items() if value is not None}


def measure(quick: bool) -> dict[str, Any]:
    """Every figure; each Qt part in its own process."""
    started = time.perf_counter()
    report: dict[str, Any] = {"machine": machine(), "quick": quick}
    report["cold_start"] = cold_start(3 if quick else 5)
    report["images"] = image_figures()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        folder = big_hall(Path(tmp) / "hall")
        report["content"] = content_figures(folder, 3 if quick else 7)
        navigations = ("30", "500") if quick else ("200", "5000")
        ui = in_fresh_process("ui", *navigations)
        report.update(ui if "error" not in ui else {"navigation": ui, "memory": ui})
        report["timeline"] = in_fresh_process("timeline", str(folder), "4" if quick else "12")
    report["targets"] = verdicts(measured_figures(report))
    report["all_pass"] = all(row["pass"] for row in report["targets"])
    report["notes"] = NOTES
    report["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures as JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (under 2 minutes)")
    parser.add_argument("--out", type=Path, help="also write the JSON to this file")
    parser.add_argument("--part", nargs="+", help=argparse.SUPPRESS)  # internal: one Qt part
    args = parser.parse_args(argv)
    if args.part:
        print(json.dumps(run_part(args.part[0], args.part[1:])))
        return 0
    text = json.dumps(measure(args.quick), indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
