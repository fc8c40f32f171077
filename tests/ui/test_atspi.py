"""A screen reader's view: the real kiosk under Xvfb, its accessibility tree read over AT-SPI.

On every view in both languages: every control is named, pressing it through the accessibility
interface does what a tap does, no control of a hidden page is in the tree, and the view's
texts (titles, stories, figures) are there to be read. Needs Xvfb, dbus, at-spi2-core and
Debian's python3-pyatspi (installed by .ci/run); skipped where they are missing, unless CI is set.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from kiosk.content import LoadResult
from kiosk.present.labels import headline, tr, ui_strings
from kiosk.ui.views import build

WALK = Path(__file__).parent / "a11y" / "walk.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CONTROLS = {"push button", "check box", "toggle button", "radio button", "link"}
TEXTS = {"label", "static", "heading", "paragraph", "text"}


def _missing() -> str:
    """What this machine lacks to run the test ('' when nothing)."""
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return tool
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core"
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return "" if found.returncode == 0 else "python3-pyatspi"


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(_missing()) and not os.environ.get("CI"), reason=f"needs {_missing() or 'nothing'}"
    ),
]


def walk(nodes: dict[str, Any]) -> list[dict[str, Any]]:
    """Every object of a tree, in order."""
    found = [nodes]
    for child in nodes["children"]:
        found += walk(child)
    return found


def on_screen(extents: list[int], size: tuple[int, int] = (1920, 1080)) -> bool:
    """Whether an object's box lies within the window (not scrolled away)."""
    if len(extents) != 4:
        return False
    x, y, w, h = extents
    return x < size[0] and y < size[1] and x + w > 0 and y + h > 0


def visit_steps(hall: LoadResult, lang: str) -> list[str]:
    """What a screen reader user presses on a visit: a section, a story, the timeline, an event,
    the figures, About, and Home after each (the names are the controls' own)."""
    assert hall.hall is not None
    words = ui_strings(lang)
    section = hall.hall.sections[0]
    story = headline(tr(section.stories[0].headline, lang))
    views = build([hall], language=lang)
    views.nav.openTimeline()
    first = min(views.timeline.all_rows(), key=lambda row: row.x)
    event = f"{first.date} {first.short}"
    return [
        tr(section.title, lang), story, words["back"], words["home"],
        words["timeline"], event, words["close"], words["home"],
        words["stats"], words["home"], words["about"], words["home"],
    ]  # fmt: skip


def run_visit(tmp_path: Path, steps_by_lang: list[list[str]], switch: str) -> list[dict[str, Any]]:
    """The kiosk on Xvfb with an AT-SPI bus, visited through it: one record per view."""
    config = tmp_path / "kiosk.yaml"
    config.write_text(
        f"usage_db: {tmp_path / 'usage.db'}\nstate_dir: {tmp_path / 'state'}\n"
        f"image_cache: {tmp_path / 'cache'}\nidle_timeout: 3600\n",
        encoding="utf-8",
    )
    steps = [*steps_by_lang[0], switch, *steps_by_lang[1]]
    script = textwrap.dedent(
        f"""
        {BUS_LAUNCHER} --launch-immediately >/dev/null 2>&1 &
        "{sys.executable}" -m kiosk run --windowed --size 1920x1080 --config "{config}" \\
            > "{tmp_path / "kiosk.log"}" 2>&1 &
        KIOSK=$!
        "{SYSTEM_PYTHON}" "{WALK}" kiosk --visit "$@"
        STATUS=$?
        kill $KIOSK
        exit $STATUS
        """
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_QUICK_BACKEND": "software",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
    }
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert xvfb.stdout is not None
        env["DISPLAY"] = ":" + xvfb.stdout.readline().decode().strip()
        done = subprocess.run(
            ["dbus-run-session", "--", "bash", "-c", script, "visit", *steps],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        if xvfb.stdout is not None:
            xvfb.stdout.close()
    log = (tmp_path / "kiosk.log").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0, done.stderr[-2000:] + log[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_every_view_can_be_read_and_pressed_through_the_accessibility_interface(
    qtbot: object, bundled: LoadResult, tmp_path: Path
) -> None:
    zh, en = visit_steps(bundled, "zh"), visit_steps(bundled, "en")
    views = run_visit(tmp_path, [zh, en], switch="English")  # the language button: the next one
    assert len(views) == len(zh) + len(en) + 2, [v["step"] for v in views]
    problems = []
    for view in views:
        where = view["step"] or "(start)"
        if not (view["pressed"] and view["changed"]):
            problems.append(f"{where}: pressing it through AT-SPI did nothing")
        objects = walk(view["tree"])[2:]  # below the application and its window
        for obj in objects:
            if obj["role"] in CONTROLS:
                if not obj["name"].strip():
                    problems.append(f"{where}: an unnamed {obj['role']} at {obj['extents']}")
                if "visible" not in obj["states"] and on_screen(obj["extents"]):
                    # Scrolled out of view is fine (Qt says "offscreen"); within the window but
                    # not shown means a hidden page's control a screen reader would still find.
                    problems.append(f"{where}: {obj['name']!r} is in the tree but hidden")
                if not obj["actions"]:
                    problems.append(f"{where}: {obj['name']!r} cannot be pressed")
        if not any(o["role"] in TEXTS and o["name"].strip() for o in objects):
            problems.append(f"{where}: no text to read")
    assert not problems, "\n".join(problems)
