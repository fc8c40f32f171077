"""The Python objects the views bind to, made and wired together (no window, no QML)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject

from kiosk.content import LoadResult
from kiosk.ui.content import Content, Resolver, file_resolver
from kiosk.ui.home import HomeModels
from kiosk.ui.navigator import Navigator
from kiosk.ui.section import SectionModels
from kiosk.ui.stats import StatsModels
from kiosk.ui.timeline import TimelineModels


@dataclass(frozen=True)
class Views:
    """Navigation, content, and the models of each view."""

    nav: Navigator
    content: Content
    home: HomeModels
    section: SectionModels
    timeline: TimelineModels
    stats: StatsModels

    def objects(self) -> tuple[QObject, ...]:
        """Each of them (to hand to QML)."""
        return (self.nav, self.content, self.home, self.section, self.timeline, self.stats)


def build(
    halls: Sequence[LoadResult],
    *,
    language: str | None = None,
    languages: Sequence[str] | None = None,
    attract_seconds: float = 8.0,
    resolver: Resolver = file_resolver,
    parent: QObject | None = None,
) -> Views:
    """The objects for these halls; each view's models follow the content and the navigator."""
    nav = Navigator(parent=parent)
    content = Content(
        halls,
        nav,
        language=language,
        languages=languages,
        attract_seconds=attract_seconds,
        resolver=resolver,
        parent=parent,
    )
    return Views(
        nav,
        content,
        HomeModels(content, parent=parent),
        SectionModels(content, nav, parent=parent),
        TimelineModels(content, nav, parent=parent),
        StatsModels(content, parent=parent),
    )
