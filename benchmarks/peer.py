"""The kiosk against Chromium, measured from outside: each program full screen on its own Xvfb.

Prints one JSON object: first paint, visually complete and summed PSS of each program (the
kiosk, Chromium showing an equivalent Home page this script writes, and an empty PySide6 Qt
Quick window as the floor), their ratios, medians over alternating runs; a tap on a Home tile
to the section visually complete; the CPU of Home at rest and of the attract loop.

Setup (Debian; the benchmark checks it and says what is missing):
    apt-get install -y xvfb xdotool chromium
    make .venv/.installed
Run:
    .venv/bin/python benchmarks/peer.py              # 3 alternating runs each, ~6 minutes
    .venv/bin/python benchmarks/peer.py --runs 1 --taps 6 --attract-seconds 10   # quicker
    # beside an earlier commit, in the same runs (its compiled catalogs copied in):
    git archive COMMIT | tar -x -C /tmp/before && cp -r kiosk/locale /tmp/before/kiosk/
    .venv/bin/python benchmarks/peer.py --before /tmp/before

How the screen is read: `Xvfb -fbdir DIR` keeps its framebuffer in DIR/Xvfb_screen0 (an XWD
file); the script maps it and samples every 4th pixel of every 4th row each POLL_S, with no X
round trip. A grab that differs from the one before is kept with its time. First paint: the
first grab that differs from the empty screen. Visually complete: the first grab after which
the screen stays within TOLERANCE of the final one (at most 0.5 % of the sampled pixels differ by
more than 16 levels in a channel). PSS: `Pss` of /proc/PID/smaps_rollup summed over the program's
processes (the one started and its descendants; not Xvfb), PSS_AT_S after launch. CPU: utime +
stime of the same processes from /proc/PID/stat (and Xvfb's, reported apart), over a span in
which this script only sleeps.
"""

from __future__ import annotations

import argparse
import json
import mmap
import os
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HALL = ROOT / "kiosk" / "halls" / "jining-hitech-2023"
FONTS = ROOT / "kiosk" / "fonts"
SIZE = (1920, 1080)
SIZE_ARG = f"{SIZE[0]}x{SIZE[1]}"
POLL_S = 0.003
STEP = 4  # sample every STEP-th pixel of every STEP-th row
TOLERANCE = 0.005  # fraction of sampled pixels that may differ from the final screen
LEVELS = 16  # a channel differing by more than this counts as a differing pixel
PSS_AT_S = 6.0
REST_S = 10.0  # Home at rest: CPU over this span, from PSS_AT_S on
TICK = os.sysconf("SC_CLK_TCK")
SETUP = (
    "apt-get install -y xvfb xdotool chromium libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
    "libxcb-image0 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
)

# The floor: an empty PySide6 Qt Quick window, full screen, in the kiosk's background colour.
FLOOR = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
app = QGuiApplication(sys.argv)
engine = QQmlApplicationEngine()
engine.loadData(b'import QtQuick\\nimport QtQuick.Window\\n'
                b'Window { color: "#0f1c2e"; visibility: Window.FullScreen; visible: true }')
sys.exit(app.exec())
"""
# The same window after importing what `kiosk run` imports before its first frame: the floor
# with the kiosk's code loaded (Python, pydantic, the content model, the UI's modules).
FLOOR_IMPORTS = "import kiosk.cli, kiosk.config, kiosk.content.snapshot, kiosk.ui.app\n" + FLOOR
# The floor of a loop that changes something small on each tick: the empty window with a dot
# that blinks every FLOOR_TICK_MS (any change makes the GL renderer draw the whole window).
FLOOR_TICK_MS = 100
TICKING = FLOOR.replace(
    "visible: true }",
    "visible: true; Rectangle { id: dot; width: 96; height: 96; radius: 48; "
    'x: 912; y: 700; color: "#c9a227"; Timer { interval: %d; repeat: true; running: true; '
    "onTriggered: dot.opacity = 1.5 - dot.opacity } } }".replace("%d", str(FLOOR_TICK_MS)),
)


# -- the screen ------------------------------------------------------------------------------


class Screen:
    """An Xvfb server whose framebuffer this process reads directly."""

    def __init__(self, size: tuple[int, int] = SIZE) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="peer-fb-", dir="/dev/shm"))
        read, write = os.pipe()
        w, h = size
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{w}x{h}x24",
             "-fbdir", str(self.dir), "-nolisten", "tcp", "-br", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write)
        with os.fdopen(read) as fp:
            number = fp.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start (is it installed? " + SETUP + ")")
        self.display = f":{number}"
        fb = self.dir / "Xvfb_screen0"
        self._file = fb.open("rb")
        self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        header = struct.unpack(">25I", self._map[:100])
        header_size, ncolors = header[0], header[19]
        self.width, self.height, self.bpl = header[4], header[5], header[12]
        if header[11] != 32:
            raise SystemExit(f"Xvfb framebuffer has {header[11]} bits per pixel, expected 32")
        self.offset = header_size + ncolors * 12
        self._pixels = memoryview(self._map)[self.offset :].cast("I")
        self._row = self.bpl // 4
        self.empty = self.grab()

    def grab(self) -> bytes:
        """A sample of the screen: every STEP-th pixel of every STEP-th row, as 4 bytes each."""
        px, row, w = self._pixels, self._row, self.width
        return b"".join(
            px[y * row : y * row + w : STEP].tobytes() for y in range(0, self.height, STEP)
        )

    def env(self) -> dict[str, str]:
        """The environment of a program shown on this screen."""
        env = dict(os.environ, DISPLAY=self.display)
        for key in ("QT_QPA_PLATFORM", "QT_QUICK_BACKEND", "QSG_RHI_BACKEND", "WAYLAND_DISPLAY"):
            env.pop(key, None)
        return env

    def close(self) -> None:
        """Stop Xvfb and remove its framebuffer."""
        self._pixels.release()
        self._map.close()
        self._file.close()
        self.proc.terminate()
        self.proc.wait(5)
        shutil.rmtree(self.dir, ignore_errors=True)


def differing(a: bytes, b: bytes) -> float:
    """The fraction of sampled pixels that differ by more than LEVELS in some channel."""
    if a == b:
        return 0.0
    try:
        import numpy as np
    except ImportError:
        count = sum(1 for i in range(0, len(a), 4) if a[i : i + 3] != b[i : i + 3] and max(
            abs(a[i + k] - b[i + k]) for k in range(3)) > LEVELS)  # fmt: skip
        return count / (len(a) // 4)
    x = np.frombuffer(a, np.uint8).reshape(-1, 4)[:, :3].astype(np.int16)
    y = np.frombuffer(b, np.uint8).reshape(-1, 4)[:, :3].astype(np.int16)
    return float((np.abs(x - y).max(axis=1) > LEVELS).mean())


@dataclass
class Film:
    """The grabs that changed the screen, with their times (s, from a start)."""

    start: float
    frames: list[tuple[float, bytes]] = field(default_factory=list)

    def roll(self, screen: Screen, until: float, settle: float = 0.0) -> None:
        """Grab until `until` (monotonic), or earlier once the screen stood still for `settle` s."""
        last = self.frames[-1][1] if self.frames else screen.empty
        changed = time.monotonic()
        while (now := time.monotonic()) < until:
            grab = screen.grab()
            if grab != last:
                self.frames.append((now - self.start, grab))
                last, changed = grab, now
            elif settle and now - changed >= settle:
                return
            time.sleep(POLL_S)

    def first_change(self, empty: bytes) -> float | None:
        """When the screen first differed from `empty`."""
        return next((t for t, f in self.frames if f != empty), None)

    def complete(self) -> float | None:
        """The first grab after which every grab stays within TOLERANCE of the last."""
        if not self.frames:
            return None
        final = self.frames[-1][1]
        when = self.frames[-1][0]
        for t, frame in reversed(self.frames):
            if differing(frame, final) > TOLERANCE:
                break
            when = t
        return when


# -- processes -------------------------------------------------------------------------------


def tree(pid: int) -> list[int]:
    """pid and its living descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def pss_mb(pid: int) -> float:
    """Summed PSS of pid's processes, MB."""
    total = 0
    for p in tree(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu_s(pids: list[int]) -> float:
    """utime + stime of these processes (their waited-for children too), seconds."""
    total = 0
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return total / TICK


def load() -> list[float]:
    """The load average (1, 5, 15 minutes)."""
    return [round(x, 2) for x in os.getloadavg()]


@dataclass
class Program:
    """How to start one program on a screen."""

    name: str
    argv: Callable[[Screen], list[str]]
    env: dict[str, str] = field(default_factory=dict)
    cwd: Path | None = None


@dataclass
class Launch:
    """One program started on its own screen, filmed from the moment it was started."""

    program: Program
    screen: Screen = field(default_factory=Screen)
    proc: subprocess.Popen[bytes] | None = None
    film: Film | None = None

    def __enter__(self) -> Launch:
        env = self.screen.env() | self.program.env
        time.sleep(0.3)  # Xvfb settles
        start = time.monotonic()
        self.proc = subprocess.Popen(
            self.program.argv(self.screen), env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True, cwd=self.program.cwd,
        )  # fmt: skip
        self.film = Film(start)
        return self

    def __exit__(self, *_exc: object) -> None:
        assert self.proc is not None
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.screen.close()

    def at(self, seconds: float) -> float:
        """Monotonic time `seconds` after launch."""
        assert self.film is not None
        return self.film.start + seconds

    def cpu(self, seconds: float) -> dict[str, float]:
        """Percent of one core used over the next `seconds` (the program, and Xvfb), sleeping."""
        assert self.proc is not None
        pids = tree(self.proc.pid)
        a, xa, t = cpu_s(pids), cpu_s([self.screen.proc.pid]), time.monotonic()
        time.sleep(seconds)
        pids = tree(self.proc.pid)
        b, xb, dt = cpu_s(pids), cpu_s([self.screen.proc.pid]), time.monotonic() - t
        return {
            "program_pct": round(100 * (b - a) / dt, 1),
            "xvfb_pct": round(100 * (xb - xa) / dt, 1),
        }


def start_figures(run: Launch) -> dict[str, float | None]:
    """Film the first PSS_AT_S seconds: first paint, visually complete, PSS then."""
    assert run.film is not None
    run.film.roll(run.screen, run.at(PSS_AT_S))
    assert run.proc is not None
    return {
        "first_paint_s": _round(run.film.first_change(run.screen.empty)),
        "complete_s": _round(run.film.complete()),
        "pss_mb": round(pss_mb(run.proc.pid), 1),
        "frames": len(run.film.frames),
    }


def _round(x: float | None, digits: int = 3) -> float | None:
    return None if x is None else round(x, digits)


# -- the programs ----------------------------------------------------------------------------


@dataclass
class Bench:
    """Files the programs share: settings, prepared pictures, the peer page, a Chromium profile."""

    dir: Path
    python: str = sys.executable

    @property
    def kiosk_bin(self) -> str:
        return str(Path(self.python).with_name("kiosk"))

    def settings(self, name: str, idle: float = 600) -> Path:
        """A kiosk.yaml that keeps the kiosk's files inside the benchmark's folder."""
        path = self.dir / f"{name}.yaml"
        path.write_text(
            f"halls: [{HALL}]\nidle_timeout: {idle}\nimage_cache: {self.dir / 'images'}\n"
            f"log_dir: {self.dir / 'logs'}\nusage_db: {self.dir / 'usage.db'}\n"
            f"state_dir: {self.dir / 'state'}\n"
        )
        return path

    def kiosk(
        self,
        name: str,
        env: dict[str, str] | None = None,
        idle: float = 600,
        src: Path | None = None,
    ) -> Program:
        """The kiosk, or with src the kiosk of another source tree (an earlier commit)."""
        cfg = self.settings(name, idle)
        env = {"XDG_CACHE_HOME": str(self.dir / "xdg-cache"), **(env or {})}
        if src is None:
            return Program(name, lambda _s: [self.kiosk_bin, "run", "--config", str(cfg)], env)
        env["PYTHONPATH"] = str(src)
        argv = [self.python, "-m", "kiosk", "run", "--config", str(cfg)]
        return Program(name, lambda _s: argv, env, cwd=src)  # -m puts the cwd first on the path

    def floor(self, name: str, env: dict[str, str] | None = None, code: str = FLOOR) -> Program:
        return Program(name, lambda _s: [self.python, "-c", code], dict(env or {}))

    def chromium(self) -> Program:
        page = self.dir / "peer" / "home.html"

        def argv(_screen: Screen) -> list[str]:
            profile = tempfile.mkdtemp(prefix="profile-", dir=self.dir)  # fresh each run
            return [
                "chromium", "--kiosk", "--no-sandbox", "--disable-gpu", "--window-position=0,0",
                f"--window-size={SIZE[0]},{SIZE[1]}", f"--user-data-dir={profile}",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--password-store=basic",
                "--noerrdialogs", "--disable-features=Translate,MediaRouter", page.as_uri(),
            ]  # fmt: skip

        return Program("chromium", argv)

    def inspect(self, view: str) -> dict[str, object]:
        """What `kiosk snapshot --inspect` says the view shows (texts, pictures, controls)."""
        out = self.dir / f"{view.replace(':', '-')}.json"
        png = out.with_suffix(".png")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
        subprocess.run(
            [self.kiosk_bin, "snapshot", str(HALL), "--view", view, "--size", SIZE_ARG,
             "--lang", "zh", "--out", str(png), "--inspect", str(out),
             "--config", str(self.settings("snapshot"))],
            check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        data: dict[str, object] = json.loads(out.read_text())
        return data

    def write_peer(self, home: dict[str, object]) -> None:
        """The peer page: Home's title, tiles (the prepared tile pictures), figures, the font."""
        sys.path.insert(0, str(ROOT))
        from kiosk.media import Cache, Size

        cache = Cache(self.dir / "images")
        peer = self.dir / "peer"
        peer.mkdir(exist_ok=True)
        for name in ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"):
            shutil.copyfile(FONTS / name, peer / name)
        parts = []
        for pic in home["pictures"]:  # type: ignore[union-attr]
            src = cache.get(HALL / pic["file"], Size.TILE, SIZE)
            if src is None:
                raise SystemExit(f"no prepared tile picture for {pic['file']}")
            shutil.copyfile(src, peer / src.name)
            x, y, w, h = pic["rect"]
            parts.append(
                f'<div class="tile" style="left:{x}px;top:{y}px;width:{w}px;height:{h}px;'
                f"background-image:linear-gradient(rgba(0,0,0,0) 40%,rgba(0,0,0,.7)),"
                f'url({src.name})"></div>'
            )
        for c in home["controls"]:  # type: ignore[union-attr]
            if c["owner"] in ("timelineEntry", "statsEntry"):
                x, y, w, h = c["rect"]
                parts.append(
                    f'<div class="entry" style="left:{x}px;top:{y}px;width:{w}px;height:{h}px"></div>'
                )
        for t in home["texts"]:  # type: ignore[union-attr]
            x, y, w, h = t["rect"]
            parts.append(
                f'<div class="t" style="left:{x}px;top:{y}px;width:{w}px;height:{h}px;'
                f'font-size:{t["pixel_size"]}px;color:{t["color"]}">{t["text"]}</div>'
            )
        (peer / "home.html").write_text(
            "<!doctype html><html lang=zh><head><meta charset=utf-8><title>"
            + str(home["texts"][0]["text"])  # type: ignore[index]
            + "</title><style>"
            "@font-face{font-family:K;src:url(NotoSansSC-Regular.otf)}"
            "@font-face{font-family:K;font-weight:bold;src:url(NotoSansSC-Bold.otf)}"
            "html,body{margin:0;width:100%;height:100%;overflow:hidden;background:#0f1c2e;"
            "font-family:K;font-weight:bold}"
            ".tile{position:absolute;border-radius:18px;background-size:cover;background-position:center}"
            ".entry{position:absolute;border-radius:18px;background:#1a2a40}"
            ".t{position:absolute;white-space:nowrap;line-height:1.45}"
            "</style></head><body>" + "".join(parts) + "</body></html>"
        )


# -- the measurements ------------------------------------------------------------------------


def taps(
    run: Launch, home: dict[str, object], section: dict[str, object], count: int
) -> dict[str, object]:
    """Tap a Home tile (xdotool), film to the section visually complete, tap Home, again."""
    tiles = [c for c in home["controls"] if c["owner"].startswith("sectionTile_")]  # type: ignore[union-attr]
    back = next(c for c in section["controls"] if c["owner"] == "homeButton")  # type: ignore[union-attr]
    env = run.screen.env()
    forward, backward = [], []

    def tap(rect: list[int]) -> float | None:
        x, y, w, h = rect
        subprocess.run(
            ["xdotool", "mousemove", str(x + w // 2), str(y + h // 2)], env=env, check=True
        )
        time.sleep(0.3)
        film = Film(time.monotonic())
        subprocess.run(["xdotool", "click", "1"], env=env, check=True)
        film.roll(run.screen, film.start + 5.0, settle=1.0)
        return film.complete() if film.frames else None

    for i in range(count):
        forward.append(tap(tiles[i % len(tiles)]["rect"]))
        backward.append(tap(back["rect"]))
    return {"tile_to_section": spread(forward), "home_button_to_home": spread(backward)}


def spread(values: list[float | None]) -> dict[str, object]:
    """p50 and p95 in ms of the values (None: the screen did not change)."""
    got = sorted(v * 1000 for v in values if v is not None)
    if not got:
        return {"n": 0}
    p95 = got[min(len(got) - 1, round(0.95 * (len(got) - 1)))]
    return {"n": len(got), "missed": len(values) - len(got), "p50_ms": round(statistics.median(got), 1),
            "p95_ms": round(p95, 1), "max_ms": round(got[-1], 1)}  # fmt: skip


def median(runs: list[dict[str, float | None]], key: str) -> float | None:
    got = [r[key] for r in runs if r.get(key) is not None]
    return round(statistics.median(got), 3) if got else None  # type: ignore[type-var]


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def check_setup() -> list[str]:
    """What is missing to run the benchmark."""
    missing = [t for t in ("Xvfb", "xdotool", "chromium") if shutil.which(t) is None]
    return [f"{t} not found: {SETUP}" for t in missing]


def chromium_version() -> str:
    out = subprocess.run(["chromium", "--version"], capture_output=True, text=True)
    return out.stdout.strip()


def alternate(programs: list[Program], runs: int) -> Iterator[tuple[Program, int]]:
    for i in range(runs):
        for p in programs if i % 2 == 0 else programs[::-1]:
            yield p, i


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="alternating start-up runs of each")
    parser.add_argument("--taps", type=int, default=10, help="Home tile taps (and back)")
    parser.add_argument("--attract-seconds", type=float, default=20.0)
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["start", "floor", "taps", "attract"]
    )
    parser.add_argument("--keep", type=Path, help="keep the benchmark's files in this folder")
    parser.add_argument(
        "--before", type=Path, help="an earlier kiosk's source tree (git archive), run alongside"
    )
    args = parser.parse_args(argv)
    missing = check_setup()
    if missing:
        print("\n".join(missing), file=sys.stderr)
        return 2
    work = args.keep or Path(tempfile.mkdtemp(prefix="peer-"))
    work.mkdir(parents=True, exist_ok=True)
    bench = Bench(work)
    subprocess.run(
        [bench.kiosk_bin, "prepare", str(HALL), "--size", SIZE_ARG,
         "--config", str(bench.settings("prepare"))],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    home, section = bench.inspect("home"), bench.inspect("section:projects")
    bench.write_peer(home)
    result: dict[str, object] = {
        "machine": {"nproc": os.cpu_count(), "chromium": chromium_version(), "load_at_start": load(),
                    "python": sys.version.split()[0], "size": SIZE_ARG},
        "notes": {
            "first_paint_s": "launch to the first grab that differs from the empty screen",
            "complete_s": f"launch to the first grab within {TOLERANCE:.1%} of the final screen",
            "pss_mb": f"summed PSS of the program's processes {PSS_AT_S:g} s after launch",
            "cpu": "percent of one core: utime+stime of the program's processes; Xvfb apart",
        },
    }  # fmt: skip
    kiosk = bench.kiosk("kiosk")
    kiosk_sw = bench.kiosk("kiosk_software", {"QT_QUICK_BACKEND": "software"})
    kiosk_gl = bench.kiosk("kiosk_gl", {"QSG_RHI_BACKEND": "opengl"})
    for tree in (ROOT, args.before):  # bytecode, as an installed kiosk has (pip, PyInstaller)
        if tree is not None:  # else, under PYTHONDONTWRITEBYTECODE, ~80 modules compile each start
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "kiosk")],
                           check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    for warm in (kiosk, bench.chromium()):  # the disk caches (QML, fonts, files) warm once
        with Launch(warm) as run:
            start_figures(run)
    if "start" not in args.skip:
        programs = [kiosk, bench.chromium(), kiosk_sw, kiosk_gl]
        if args.before:
            programs += [bench.kiosk("before", src=args.before),
                         bench.kiosk("before_software", {"QT_QUICK_BACKEND": "software"}, src=args.before)]  # fmt: skip
        if "floor" not in args.skip:
            programs += [
                bench.floor("floor"),
                bench.floor("floor_software", {"QT_QUICK_BACKEND": "software"}),
                bench.floor("floor_imports", {"QT_QUICK_BACKEND": "software"}, FLOOR_IMPORTS),
            ]
        runs: dict[str, list[dict[str, float | None]]] = {p.name: [] for p in programs}
        for program, _i in alternate(programs, args.runs):
            with Launch(program) as run:
                figures = start_figures(run)
                if program.name in ("kiosk", "chromium"):
                    figures |= {"rest_cpu": run.cpu(REST_S)}  # type: ignore[dict-item]
                figures["load"] = load()  # type: ignore[assignment]
                runs[program.name].append(figures)
        medians = {
            name: {k: median(rs, k) for k in ("first_paint_s", "complete_s", "pss_mb")}
            for name, rs in runs.items()
        }
        c, k = medians["chromium"], medians["kiosk"]
        result["start"] = {
            "median": medians,
            "ratios_kiosk_to_chromium": {key: ratio(k[key], c[key]) for key in k},
            "runs": runs,
        }
    if "taps" not in args.skip:
        tapped = [("navigation", kiosk)]
        if args.before:
            tapped.append(("navigation_before", bench.kiosk("before", src=args.before)))
        for label, program in tapped:
            with Launch(program) as run:
                run.film.roll(run.screen, run.at(PSS_AT_S))  # type: ignore[union-attr]
                result[label] = taps(run, home, section, args.taps)
    if "attract" not in args.skip:
        idle = 5.0
        attract: dict[str, object] = {}
        for name, env in (("software", {"QT_QUICK_BACKEND": "software"}),
                          ("gl", {"QSG_RHI_BACKEND": "opengl"})):  # fmt: skip
            for src, label in ((None, name), (args.before, f"before_{name}")):
                if label.startswith("before") and src is None:
                    continue
                with Launch(bench.kiosk(f"attract_{label}", env, idle=idle, src=src)) as run:
                    time.sleep(max(0.0, run.at(idle + 6.0) - time.monotonic()))  # in the loop
                    attract[label] = run.cpu(args.attract_seconds) | {"load": load()}
        for name, env in (("software", {"QT_QUICK_BACKEND": "software"}),
                          ("gl", {"QSG_RHI_BACKEND": "opengl"})):  # fmt: skip
            with Launch(bench.floor(f"ticking_{name}", env, TICKING)) as run:
                time.sleep(max(0.0, run.at(4.0) - time.monotonic()))
                attract[f"floor_ticking_{FLOOR_TICK_MS}ms_{name}"] = run.cpu(
                    args.attract_seconds
                ) | {"load": load()}
        result["attract"] = attract
    result["machine"]["load_at_end"] = load()  # type: ignore[index]
    print(json.dumps(result, indent=1, ensure_ascii=False))
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
