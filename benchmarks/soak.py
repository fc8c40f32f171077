"""Soak: random visitors' fingers on a running kiosk; crashes, Qt warnings and memory over time.

    .venv/bin/python benchmarks/soak.py [--seconds 600 | --count 1000] [--seed 1] [--hall DIR]

Taps at random points and on random visible tiles and buttons, swipes, flicks, pinches, idle
resets (the idle watcher given a tiny timeout) and language switches, in a seeded random order.
Prints one JSON object and exits non-zero on any exception, Qt warning or invalid final page.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QMessageLogContext, QPoint, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QPointingDevice  # noqa: E402
from PySide6.QtQuick import QQuickItem  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from benchmarks.run import SIZE, centre, find, on_screen, rss_mb, visual_items, wait_until  # noqa: E402
from kiosk.config import Attract, Settings  # noqa: E402
from kiosk.content import load_hall  # noqa: E402
from kiosk.ops.logs import ABSENT_DEVICE_NOTES  # noqa: E402
from kiosk.paths import DEFAULT_HALL  # noqa: E402
from kiosk.ui.app import Session, start  # noqa: E402

KEEP = 5  # samples of each kind of problem kept in the report
CONTAINERS = {"stage", "content", "page", "overlay", "attract"}
PAGE_VIEWS = {
    "home": "homeView",
    "section": "sectionView",
    "story": "storyView",
    "about": "aboutView",
    "timeline": "timelineView",
    "stats": "statsView",
    "halls": "hallChooser",
}
OVERLAY_VIEWS = {"event": "eventDetail", "photo": "photoViewer"}
WEIGHTS = {
    "tap_point": 3,
    "tap_item": 8,
    "swipe": 2,
    "flick": 2,
    "pinch": 1,
    "idle_reset": 1,
    "language": 1,
}
WARNING_TYPES = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}


class Problems:
    """Exceptions and Qt warnings seen while the soak runs (the first few of each kept)."""

    def __init__(self) -> None:
        self.crashes = 0
        self.crash_samples: list[str] = []
        self.warnings = 0
        self.warning_samples: list[str] = []
        self.idle_resets = 0
        self.missed = 0
        self.missed_samples: list[dict[str, Any]] = []

    def crash(self, where: str, error: BaseException) -> None:
        """Count an exception."""
        self.crashes += 1
        if len(self.crash_samples) < KEEP:
            text = "".join(traceback.format_exception(error))
            self.crash_samples.append(f"{where}: {text[-1500:]}")

    def missed_reset(self, where: dict[str, Any]) -> None:
        """An idle timeout that did not reset the kiosk."""
        self.missed += 1
        if len(self.missed_samples) < KEEP:
            self.missed_samples.append(where)

    def message(self, kind: QtMsgType, text: str) -> None:
        """Count a Qt message of warning level or worse."""
        if kind in WARNING_TYPES and not text.startswith(ABSENT_DEVICE_NOTES):
            self.warnings += 1
            if len(self.warning_samples) < KEEP:
                self.warning_samples.append(text)


@contextmanager
def watching(problems: Problems) -> Iterator[None]:
    """Route Qt messages and uncaught exceptions (from slots) to problems while inside."""
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        problems.crash("uncaught", error.with_traceback(tb))
        previous_hook(kind, error, tb)

    def handler(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        problems.message(kind, text)
        if previous_handler is not None:
            previous_handler(kind, context, text)

    previous_handler = qInstallMessageHandler(handler)
    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


class Visitor:
    """Random gestures on one kiosk window, from one seed."""

    def __init__(
        self, session: Session, device: QPointingDevice, seed: int, problems: Problems
    ) -> None:
        self.session = session
        self.problems = problems
        self.window = session.window
        self.device = device
        self.rng = random.Random(seed)

    def act(self) -> str:
        """One random action; its name."""
        name = self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        action: Callable[[], None] = getattr(self, name)
        action()
        QTest.qWait(self.rng.choice((0, 10, 40, 120)))  # a visitor's pause between gestures
        return name

    def point(self) -> QPoint:
        """A random point in the window."""
        return QPoint(
            self.rng.randrange(self.window.width()), self.rng.randrange(self.window.height())
        )

    def tap(self, at: QPoint) -> None:
        """A finger tap."""
        QTest.touchEvent(self.window, self.device).press(0, at, self.window).commit()
        QTest.qWait(self.rng.choice((0, 20, 60)))  # how long the finger rests
        QTest.touchEvent(self.window, self.device).release(0, at, self.window).commit()

    def drag(self, start: QPoint, end: QPoint, steps: int, pause_ms: int) -> None:
        """A finger moving from start to end in steps."""
        QTest.touchEvent(self.window, self.device).press(0, start, self.window).commit()
        for i in range(1, steps + 1):
            QTest.qWait(pause_ms)
            at = QPoint(
                start.x() + (end.x() - start.x()) * i // steps,
                start.y() + (end.y() - start.y()) * i // steps,
            )
            QTest.touchEvent(self.window, self.device).move(0, at, self.window).commit()
        QTest.touchEvent(self.window, self.device).release(0, end, self.window).commit()

    def tap_point(self) -> None:
        """A tap anywhere."""
        self.tap(self.point())

    def targets(self) -> list[QQuickItem]:
        """Named, visible, on-screen items: tiles, buttons, cards, chips ..."""
        return [
            item
            for item in visual_items(self.window.contentItem())
            if item.objectName()
            and item.objectName() not in CONTAINERS
            and item.width() > 0
            and on_screen(self.window, item)
        ]

    def tap_item(self) -> None:
        """A tap on a random named item."""
        targets = self.targets()
        if targets:
            self.tap(centre(self.rng.choice(targets)))

    def swipe(self) -> None:
        """An unhurried swipe between two random points."""
        self.drag(self.point(), self.point(), self.rng.randrange(6, 14), 12)

    def flick(self) -> None:
        """A quick horizontal or vertical flick."""
        start = self.point()
        reach = self.rng.choice((-1, 1)) * self.rng.randrange(300, 1000)
        if self.rng.random() < 0.7:
            end = QPoint(max(0, min(self.window.width() - 1, start.x() + reach)), start.y())
        else:
            end = QPoint(start.x(), max(0, min(self.window.height() - 1, start.y() + reach)))
        self.drag(start, end, self.rng.randrange(3, 7), 8)

    def pinch(self) -> None:
        """Two fingers moving apart or together around a random centre."""
        middle, steps = self.point(), 8
        spreads = [self.rng.randrange(40, 200), self.rng.randrange(40, 400)]
        self.rng.shuffle(spreads)

        def fingers(spread: int) -> tuple[QPoint, QPoint]:
            return middle - QPoint(spread, 0), middle + QPoint(spread, 0)

        a, b = fingers(spreads[0])
        QTest.touchEvent(self.window, self.device).press(0, a, self.window).press(
            1, b, self.window
        ).commit()
        for i in range(1, steps + 1):
            QTest.qWait(8)
            a, b = fingers(spreads[0] + (spreads[1] - spreads[0]) * i // steps)
            QTest.touchEvent(self.window, self.device).move(0, a, self.window).move(
                1, b, self.window
            ).commit()
        QTest.touchEvent(self.window, self.device).release(0, a, self.window).release(
            1, b, self.window
        ).commit()

    def idle_reset(self) -> None:
        """Nobody touches: a tiny idle timeout must bring the countdown or the attract loop."""
        idle, nav = self.session.idle, self.session.nav
        if idle.holding:  # a film plays: a visitor is watching, and the kiosk must not reset
            idle.set_timeout(0.01)
            wait_until(lambda: False, 0.3)
            if nav.describe()["attract"]:
                self.problems.missed_reset({**nav.describe(), "film": "reset while playing"})
            idle.set_timeout(3600)
            return
        self.problems.idle_resets += 1
        idle.set_timeout(0.01)
        if not wait_until(lambda: nav.describe()["attract"] or idle.property("countdown") > 0, 1):
            self.problems.missed_reset(nav.describe())
        elif self.rng.random() < 0.5 and not wait_until(
            lambda: bool(nav.describe()["attract"]), 2.5
        ):  # sat out the countdown (one second in the soak's settings)
            self.problems.missed_reset({**nav.describe(), "countdown": True})
        idle.set_timeout(3600)

    def language(self) -> None:
        """The language button, or the content's switch when no button is on screen."""
        button = find(self.window, "languageButton")
        if button is not None:
            self.tap(centre(button))
        else:
            self.session.content.toggleLanguage()


def shown_item(session: Session, loader: str) -> str:
    """The objectName of what a Loader of Main.qml (page, overlay, attract) shows, or ''."""
    holder = find(session.window, loader)
    item = holder.property("item") if holder is not None else None
    return item.objectName() if isinstance(item, QQuickItem) and item.isVisible() else ""


def valid_page(session: Session) -> bool:
    """Whether the window shows what the navigator says it does."""
    place = session.nav.describe()
    if place["attract"]:
        return shown_item(session, "attract") == "attractView"
    if shown_item(session, "page") != PAGE_VIEWS.get(place["page"]):
        return False
    return shown_item(session, "overlay") == OVERLAY_VIEWS.get(place["overlay"], "")


def soak_settings() -> Settings:
    """No idle resets unless the soak asks for one; a one-second countdown when it does."""
    return Settings(idle_timeout=3600, attract=Attract(countdown=1))


def constant_refs() -> dict[str, int]:
    """Reference counts of None, True and False: a C extension that returns them without a
    reference drains them, and the interpreter aborts when one reaches zero (Python < 3.12)."""
    gc.collect()
    return {
        "None": sys.getrefcount(None),
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
    }


def drive(
    session: Session, problems: Problems, seed: int, count: int | None, seconds: float | None
) -> dict[str, Any]:
    """Random actions until count or seconds run out; what was done and RSS over time."""
    visitor = Visitor(session, QTest.createTouchDevice(), seed, problems)
    done: Counter[str] = Counter()
    begun = last_sample = time.perf_counter()
    samples = [(0.0, 0, round(rss_mb(), 1))]
    refs = constant_refs()
    while (count is None or done.total() < count) and (
        seconds is None or time.perf_counter() - begun < seconds
    ):
        try:
            done[visitor.act()] += 1
        except Exception as error:
            problems.crash("driver", error)
            done["failed"] += 1
        now = time.perf_counter()
        if now - last_sample >= 5:
            samples.append((round(now - begun, 1), done.total(), round(rss_mb(), 1)))
            last_sample = now
    wait_until(lambda: valid_page(session), 2)  # the last action's view has come in
    samples.append((round(time.perf_counter() - begun, 1), done.total(), round(rss_mb(), 1)))
    drift = {name: count - refs[name] for name, count in constant_refs().items()}
    return {"actions": dict(done), "seconds": samples[-1][0], "rss": samples, "ref_drift": drift}


def run(
    count: int | None = None,
    seconds: float | None = None,
    seed: int = 0,
    hall: Path | None = None,
) -> dict[str, Any]:
    """Soak a fresh kiosk window (bundled hall by default); the report as plain data."""
    if count is None and seconds is None:
        count = 1000
    problems = Problems()
    report: dict[str, Any] = {"seed": seed, "hall": str(hall or DEFAULT_HALL)}
    with watching(problems):
        session = start([load_hall(hall or DEFAULT_HALL)], soak_settings(), size=SIZE, track=False)
        try:
            session.window.show()
            QTest.qWaitForWindowExposed(session.window)
            report.update(drive(session, problems, seed, count, seconds))
            report["final"] = session.nav.describe()
            report["valid_page"] = valid_page(session)
        finally:
            session.close()
    rss = [sample[2] for sample in report["rss"]]
    report.update(
        {
            "rss_start_mb": rss[0],
            "rss_end_mb": rss[-1],
            "rss_peak_mb": max(rss),
            "crashes": problems.crashes,
            "crash_samples": problems.crash_samples,
            "qt_warnings": problems.warnings,
            "warning_samples": problems.warning_samples,
            "idle_resets": problems.idle_resets,
            "idle_resets_missed": problems.missed,
            "missed_samples": problems.missed_samples,
        }
    )
    report["ok"] = (
        not problems.crashes
        and not problems.warnings
        and not problems.missed
        and report["valid_page"]
    )
    return report


def main(argv: list[str] | None = None) -> int:
    """Run the soak from the command line; 1 when anything went wrong."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    limit = parser.add_mutually_exclusive_group()
    limit.add_argument("--seconds", type=float, help="run this long")
    limit.add_argument("--count", type=int, help="this many actions (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--hall", type=Path, help="hall folder (default: the bundled hall)")
    args = parser.parse_args(argv)
    report = run(count=args.count, seconds=args.seconds, seed=args.seed, hall=args.hall)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
