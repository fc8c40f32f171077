"""Render one view of a hall to a PNG, offscreen: previews for staff, pictures for tests."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content import LoadResult
from kiosk.i18n import _

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickWindow

    from kiosk.config import Settings
    from kiosk.ui.app import Session
    from kiosk.ui.content import Content
    from kiosk.ui.timeline import TimelineModels

VIEWS = (
    "home | section:<id> | story:<id> | about | timeline | timeline:<YYYY-MM> | stats | "
    "attract | event:<id> | photo:<section>:<n> | halls"
)
MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")


def place_for(view: str) -> str:
    """The navigator place for a snapshot view name; ValueError if unknown."""
    kind, _sep, arg = view.partition(":")
    if kind in ("home", "timeline", "stats", "halls", "attract", "about") and not arg:
        return "home" if kind == "attract" else kind
    if kind == "timeline" and MONTH_RE.match(arg):
        return "timeline"
    if kind in ("section", "story") and arg:
        return f"{kind}:{arg}"
    if kind == "event" and arg:
        return f"timeline/event:{arg}"
    if kind == "photo" and arg:
        section, _sep, index = arg.partition(":")
        return f"section:{section}/photo:{index or 0}"
    raise ValueError(_("unknown view '{view}' (use {views})").format(view=view, views=VIEWS))


def render(
    halls: Sequence[LoadResult],
    view: str,
    size: tuple[int, int],
    language: str | None,
    out: Path,
    inspect: Callable[[QQuickWindow], object] | None = None,
    settings: Settings | None = None,
    facts: Path | None = None,
    options: Sequence[str] = (),
) -> Path:
    """Render the view at size and save it as PNG; returns the path written.

    `inspect` is called with the window once it is laid out (tests check its items); `facts`
    names a JSON file for what the view shows (kiosk.ui.inspect); `options` are the visitor's
    accessibility choices shown (largeText, highContrast: kiosk.ui.access).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from kiosk.ui.app import start

    place = place_for(view)
    session = start(halls, settings, size=size, snapshot=True, language=language)
    try:
        for option in options:
            if session.access is not None:
                session.access.toggle(option)
        session.nav.restore(place)
        session.nav.set_attract(view == "attract")
        _check_target(session.content, view, language)
        _show_month(session.timeline, view)
        window = session.window
        window.resize(*size)
        window.show()
        for _ in range(5):
            session.app.processEvents()
        image = window.grabWindow()
        if inspect is not None:
            inspect(window)
        if facts is not None:
            _write_facts(facts, window, view, session)
        out.parent.mkdir(parents=True, exist_ok=True)
        if image.isNull() or not image.save(str(out)):
            raise OSError(_("could not write {file}").format(file=out))
        return out
    finally:
        session.close()


def _write_facts(path: Path, window: QQuickWindow, view: str, session: Session) -> None:
    """The view's texts and pictures as JSON (snapshot --inspect)."""
    import json

    from kiosk.files import atomic_write
    from kiosk.ui.inspect import inspect

    found = inspect(window, view, session.content.property("language"), session.images.origin)
    data = json.dumps(found.as_json(), ensure_ascii=False, indent=1)
    atomic_write(path, (data + "\n").encode("utf-8"))


def _show_month(timeline: TimelineModels, view: str) -> None:
    """timeline:YYYY-MM: scroll the axis so that month is in view (or say which months it has)."""
    match = MONTH_RE.match(view.partition(":")[2]) if view.startswith("timeline:") else None
    if match is None:
        return
    year, month = int(match[1]), int(match[2])
    if not timeline.show_month(year, month):
        months = [f"{m.year}-{m.month:02d}" for m in timeline.month_rows()] or ["-"]
        raise ValueError(
            _("the timeline has no month {month} (its months: {first} to {last})").format(
                month=f"{year}-{month:02d}", first=months[0], last=months[-1]
            )
        )


def _check_target(content: Content, view: str, language: str | None) -> None:
    """Refuse views whose section, event or photo does not exist, and unknown languages."""
    hall = content.hall_model
    kind, _sep, arg = view.partition(":")
    if hall is None:
        return
    languages = content.offered()
    if language is not None and language not in languages:
        raise ValueError(
            _("no language '{lang}' in this hall (languages: {languages})").format(
                lang=language, languages=", ".join(languages)
            )
        )
    section_id, _sep, index = arg.partition(":")
    if kind in ("section", "photo") and hall.section(section_id) is None:
        sections = ", ".join(s.id for s in hall.sections)
        raise ValueError(
            _("no section '{section}' (sections: {sections})").format(
                section=section_id, sections=sections
            )
        )
    if kind == "photo":
        section = hall.section(section_id)
        count = sum(len(story.images) for story in section.stories) if section else 0
        if not (index or "0").isdigit() or int(index or 0) >= count:
            raise ValueError(
                _("section '{section}' has {count} photos; use photo:{section}:0 to {last}").format(
                    section=section_id, count=count, last=count - 1
                )
            )
    stories = [story.id for section in hall.sections for story in section.stories]
    if kind == "story" and arg not in stories:
        raise ValueError(
            _("no story '{story}' (stories: {stories})").format(
                story=arg, stories=", ".join(stories)
            )
        )
    if kind == "event" and hall.event(arg) is None:
        raise ValueError(
            _("no event '{event}' (events: {events})").format(
                event=arg, events=", ".join(e.id for e in hall.events)
            )
        )
