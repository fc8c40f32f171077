"""Walk the kiosk's accessibility tree over AT-SPI and print it as JSON (run by Debian's python3).

    python3 walk.py APP_NAME                 print the tree of the application named APP_NAME
    python3 walk.py APP_NAME --press NAME    press (do action 0 of) the object with that name
    python3 walk.py APP_NAME --visit A B ..  print the tree, press A, wait for the screen to
                                             change, print the tree, press B, ...: one JSON
                                             line per view, with whether the press changed it

Each object: role, name, states (showing, visible, focusable, checked, ...), its actions and
its screen extents. The test (tests/ui/test_atspi.py) reads it; this file imports only pyatspi.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi


def find_app(name: str, timeout: float = 20.0) -> object:
    """The application with this name on the accessibility bus (waiting for it to register)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application named {name!r} on the accessibility bus")


def node(obj: object, depth: int = 0) -> dict:
    """One object and its children."""
    states = obj.getState()
    names = [pyatspi.stateToString(s) for s in states.getStates()]
    try:
        action = obj.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        actions = []
    try:
        box = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        extents = [box.x, box.y, box.width, box.height]
    except NotImplementedError:
        extents = []
    children = [obj.getChildAtIndex(i) for i in range(obj.childCount)] if depth < 60 else []
    return {
        "role": obj.getRoleName(),
        "name": obj.name or "",
        "description": obj.description or "",
        "states": names,
        "actions": actions,
        "extents": extents,
        "children": [node(c, depth + 1) for c in children if c is not None],
    }


CONTROLS = {"push button", "check box", "toggle button", "radio button", "link"}


def press(app: object, name: str) -> bool:
    """Do the first action of the first showing control with this name."""
    stack = [app]
    while stack:
        obj = stack.pop()
        if obj is None:
            continue
        if (
            obj.name == name
            and obj.getRoleName() in CONTROLS
            and obj.getState().contains(pyatspi.STATE_SHOWING)
        ):
            action = obj.queryAction()
            return bool(action.doAction(0))
        stack.extend(obj.getChildAtIndex(i) for i in reversed(range(obj.childCount)))
    return False


def names(tree: dict) -> list[str]:
    """The names of every showing object (what a screen reader would find)."""
    found = [tree["name"]] if "showing" in tree["states"] else []
    for child in tree["children"]:
        found += names(child)
    return found


def visit(app: object, steps: list[str], timeout: float = 8.0) -> None:
    """Press each name in turn; after each, wait for the tree to change, and print it."""
    tree = node(app)
    print(
        json.dumps(
            {"step": "", "pressed": True, "changed": True, "tree": tree}, ensure_ascii=False
        ),
        flush=True,
    )
    for name in steps:
        before = names(tree)
        pressed = press(app, name)
        changed = False
        end = time.monotonic() + timeout
        while pressed and time.monotonic() < end:
            time.sleep(0.3)
            tree = node(app)
            if names(tree) != before:
                time.sleep(0.6)  # let the page finish building (pictures, lists)
                tree = node(app)
                changed = True
                break
        print(
            json.dumps(
                {"step": name, "pressed": pressed, "changed": changed, "tree": tree},
                ensure_ascii=False,
            ),
            flush=True,
        )


if __name__ == "__main__":
    target = find_app(sys.argv[1])
    if len(sys.argv) > 2 and sys.argv[2] == "--visit":
        visit(target, sys.argv[3:])
    elif len(sys.argv) > 3 and sys.argv[2] == "--press":
        print(json.dumps({"pressed": press(target, sys.argv[3])}))
    else:
        print(json.dumps(node(target), ensure_ascii=False))
