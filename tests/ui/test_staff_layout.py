"""The staff panel's layout check: validate --layout in a child process, its findings shown."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtGui import QPointingDevice

from kiosk.content import LoadResult, load_hall
from kiosk.ui.app import Session
from kiosk.ui.content import Content
from kiosk.ui.layout_job import LayoutCheck, layout_command
from kiosk.ui.staff import Staff
from kiosk.ui.views import build
from tests.hallgen import make_long_headline_hall
from tests.ui.conftest import has_item, item, tap

KNOWN = "hall.yaml:3: warning: title.en: an old finding"
NEW = {
    "severity": "warning", "file": "hall.yaml", "line": 40, "column": 7,
    "path": "sections[0].stories[1].headline.en",
    "message": "'A headline…' is cut off (it does not fit its space) (story:s at 1920x1080 in en)",
}  # fmt: skip


def _python(code: str) -> Callable[[Path, tuple[int, int], str], Sequence[str]]:
    """A stand-in for validate: a Python one-liner."""
    return lambda folder, size, lang: [sys.executable, "-c", code]


def _report(*findings: dict[str, object]) -> str:
    payload = {"hall": "x", "valid": True, "errors": 0, "warnings": 1, "findings": list(findings)}
    return f"import sys; sys.stdout.write({json.dumps(payload)!r})"


@pytest.fixture
def content(qtbot: object, bundled: LoadResult) -> Content:
    return build([bundled]).content


def _run(qtbot, check: LayoutCheck, known: frozenset[str] = frozenset()) -> dict[str, object]:  # type: ignore[no-untyped-def]
    check.start(Path("hall"), "v1", (1920, 1080), set(known))
    assert check.running
    qtbot.waitUntil(lambda: not check.running, timeout=20_000)
    return check.state()


def test_the_command_is_validate_layout_at_the_screen_size() -> None:
    command = layout_command(Path("/halls/a"), (1080, 1920), "zh")
    assert command[-11:] == [
        "validate", "--layout", "--no-images", "--no-videos", "--format", "json",
        "--size", "1080x1920", "--lang", "zh", "/halls/a",
    ]  # fmt: skip


def test_only_what_the_layout_adds_is_listed(qtbot: object) -> None:
    old = {**NEW, "line": 3, "column": None, "path": "title.en", "message": "an old finding"}
    check = LayoutCheck(_python(_report(old, NEW)))
    state = _run(qtbot, check, frozenset({KNOWN}))
    assert state["rows"] == [
        {
            "level": "warning",
            "text": "hall.yaml:40:7: warning: " + NEW["path"] + ": " + NEW["message"],
        }
    ]
    assert "1 problem" in str(state["message"])


def test_no_findings_says_so(qtbot: object) -> None:
    state = _run(qtbot, LayoutCheck(_python(_report())))
    assert state["rows"] == [] and "nothing cut off" in str(state["message"])


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("print('Traceback: no')", "without a report"),
        ("import sys; sys.exit(3)", "status 3"),
        ('print(\'{"findings": [{"severity": "fatal"}]}\')', "without a report"),
        ("import os; os.abort()", "stopped unexpectedly"),
        ("import sys; sys.stdout.write('[' * (5 << 20))", "larger than 4 MB"),
    ],
)
def test_a_broken_check_says_why_and_lists_nothing(qtbot: object, code: str, says: str) -> None:
    state = _run(qtbot, LayoutCheck(_python(code)))
    assert state["rows"] == []
    assert "The layout check failed" in str(state["message"]) and says in str(state["message"])


def test_a_check_that_hangs_is_ended(qtbot: object) -> None:
    check = LayoutCheck(_python("import time; time.sleep(120)"), timeout_s=0.3)
    state = _run(qtbot, check)
    assert "took longer than" in str(state["message"])


def test_a_program_that_cannot_start(qtbot: object) -> None:
    check = LayoutCheck(lambda folder, size, lang: ["/nonexistent/kiosk", "validate"])
    state = _run(qtbot, check)
    assert "The layout check failed" in str(state["message"])


def test_one_check_at_a_time_and_stop_ends_it(qtbot: object) -> None:
    check = LayoutCheck(_python("import time; time.sleep(120)"))
    check.start(Path("hall"), "v1", (1920, 1080), set())
    check.start(Path("hall"), "v1", (1920, 1080), set())  # ignored while one runs
    assert check.running
    check.stop()
    assert not check.running


def test_findings_of_another_version_are_dropped(qtbot: object) -> None:
    check = LayoutCheck(_python(_report(NEW)))
    _run(qtbot, check)
    check.forget("v1")
    assert check.rows
    check.forget("v2")
    assert check.rows == [] and "check again" in check.message


def test_the_panel_checks_only_when_open(qtbot: object, content: Content) -> None:
    check = LayoutCheck(_python(_report(NEW)))
    staff = Staff(content, None, kiosk_mode=False, layout=check)
    staff.checkLayout(1920, 1080)
    assert not check.running  # closed: nothing
    staff.cornerHeld()
    for _ in range(3):
        staff.cornerTapped()
    assert staff.property("open")
    with qtbot.waitSignal(staff.layoutChanged):  # type: ignore[attr-defined]
        staff.checkLayout(1920, 1080)
    assert staff.property("layout")["running"]
    qtbot.waitUntil(lambda: not staff.property("layout")["running"], timeout=20_000)  # type: ignore[attr-defined]
    assert staff.property("layout")["rows"][0]["level"] == "warning"


@pytest.mark.slow
def test_the_panel_shows_a_headline_too_long_for_its_place(
    qtbot: object,
    tmp_path: Path,
    launch: Callable[..., Session],
    touchscreen: QPointingDevice,
) -> None:
    folder, line = make_long_headline_hall(tmp_path / "hall")
    session = launch([load_hall(folder)], size=(1280, 720))
    staff = session.staff
    staff.cornerHeld()
    for _ in range(3):
        staff.cornerTapped()
    qtbot.waitUntil(lambda: has_item(session.window, "staffCheckLayout"))  # type: ignore[attr-defined]
    with qtbot.waitSignal(session.window.frameSwapped):  # type: ignore[attr-defined]
        session.window.update()  # the panel is on screen before the staff can touch it
    tap(session.window, touchscreen, item(session.window, "staffCheckLayout"))
    assert staff.property("layout")["running"]
    qtbot.waitUntil(lambda: not staff.property("layout")["running"], timeout=300_000)  # type: ignore[attr-defined]
    rows = staff.property("layout")["rows"]
    cut = [r["text"] for r in rows if "is cut off" in r["text"]]
    assert cut and all(r.startswith(f"hall.yaml:{line}:") for r in cut), rows
    assert "1280x720" in cut[0]
    message = item(session.window, "staffLayoutMessage")
    assert "1280 × 720" in message.property("text")
