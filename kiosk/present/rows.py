"""Rows for the UI's list models: hall content flattened into one language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kiosk.content.model import Event, Hall, Picture, Section, Stat, Story
from kiosk.present.labels import count_unit, date_label, month_label, tr
from kiosk.present.numbers import stat_parts
from kiosk.present.timeline import CARD_WIDTH, Layout

Row = dict[str, Any]
# Maps a picture file (relative to the hall) and a display role ('full', 'tile', ...) to a URL.
Resolver = Callable[[str, str], str]


def picture_row(picture: Picture | None, lang: str, resolve: Resolver, role: str) -> Row:
    """A picture's URL, caption and credit."""
    if picture is None:
        return {"source": "", "caption": "", "credit": ""}
    return {
        "source": resolve(picture.file, role),
        "full": resolve(picture.file, "full"),
        "caption": tr(picture.caption, lang),
        "credit": tr(picture.credit, lang),
    }


def section_rows(hall: Hall, lang: str, resolve: Resolver) -> list[Row]:
    """One row per section, for Home's tiles."""
    return [
        {
            "sectionId": s.id,
            "index": i,
            "title": tr(s.title, lang),
            "tagline": tr(s.tagline, lang),
            "accent": s.accent,
            "cover": picture_row(s.cover, lang, resolve, "tile")["source"],
            "storyCount": len(s.stories),
            "storyUnit": count_unit(len(s.stories), "story", "stories", lang),
            "statCount": sum(1 for stat in hall.stats if stat.section == s.id),
            "eventCount": sum(1 for e in hall.events if e.section == s.id),
        }
        for i, s in enumerate(hall.sections)
    ]


def story_rows(section: Section, lang: str, resolve: Resolver) -> list[Row]:
    """One row per story of a section; each image knows its place among the section's photos."""
    rows, photo = [], 0
    for i, story in enumerate(section.stories):
        row = _story_row(story, i, lang, resolve)
        for image in row["images"]:
            image["photoIndex"] = photo
            photo += 1
        rows.append(row)
    return rows


def _story_row(story: Story, index: int, lang: str, resolve: Resolver) -> Row:
    return {
        "storyId": story.id,
        "index": index,
        "headline": tr(story.headline, lang),
        "date": date_label(story.date, story.end, lang),
        "paragraphs": [tr(p, lang) for p in story.body],
        "images": [picture_row(p, lang, resolve, "story") for p in story.images],
        "statIds": list(story.stats),
        "eventIds": list(story.events),
    }


def stat_rows(hall: Hall, stats: Sequence[Stat], lang: str) -> list[Row]:
    """One row per statistic card."""
    rows = []
    for stat in stats:
        section = hall.section(stat.section)
        parts = stat_parts(stat, lang)
        rows.append(
            {
                "statId": stat.id,
                "label": tr(stat.label, lang),
                "prefix": parts.prefix,
                "number": parts.number,
                "suffix": parts.suffix,
                "asOf": date_label(stat.as_of, None, lang),
                "asOfLabel": as_of_label(stat, lang),
                "source": tr(stat.source, lang),
                "accent": section.accent if section else hall.theme.accent,
                "sectionId": stat.section,
                "sectionTitle": tr(section.title, lang) if section else "",
            }
        )
    return rows


def as_of_label(stat: Stat, lang: str) -> str:
    """'截至2023年12月' / 'As of December 2023', or '' without a date."""
    if stat.as_of is None:
        return ""
    when = date_label(stat.as_of, None, lang)
    return f"截至{when}" if lang == "zh" else f"As of {when}"


def event_picture(hall: Hall, event: Event) -> Picture | None:
    """The event's own picture, else that of the story telling it, else its section's cover."""
    if event.image is not None:
        return event.image
    for section in hall.sections:
        for story in section.stories:
            if event.id in story.events and story.images:
                return story.images[0]
    own = hall.section(event.section)
    return own.cover if own else None


def event_label(event: Event, lang: str) -> str:
    """The event's date as shown: its own date text, else the date (range) in lang."""
    return tr(event.date_text, lang) if event.date_text else date_label(event.date, event.end, lang)


def event_rows(hall: Hall, events: Sequence[Event], lang: str, resolve: Resolver) -> list[Row]:
    """One row per event (without timeline geometry)."""
    rows = []
    for event in events:
        section = hall.section(event.section)
        rows.append(
            {
                "eventId": event.id,
                "headline": tr(event.headline, lang),
                "text": tr(event.text, lang),
                "date": event_label(event, lang),
                "precision": event.date.precision,
                "isRange": event.end is not None or event.date.day is None,
                "accent": section.accent if section else hall.theme.accent,
                "sectionId": event.section,
                "sectionTitle": tr(section.title, lang) if section else "",
                "image": picture_row(event_picture(hall, event), lang, resolve, "marker")["source"],
            }
        )
    return rows


def timeline_rows(hall: Hall, layout: Layout, lang: str, resolve: Resolver) -> list[Row]:
    """Event rows with their place on the timeline."""
    rows = event_rows(hall, [p.event for p in layout.events], lang, resolve)
    for row, placed in zip(rows, layout.events, strict=True):
        row.update(
            {"x": placed.x, "endX": placed.end_x, "lane": placed.lane, "spanTrack": placed.track}
        )
    return rows


def timeline_window(rows: Sequence[Row], left: float, right: float) -> list[Row]:
    """The timeline rows whose card, pole or span reaches into [left, right] (layout units)."""
    return [
        row for row in rows if row["x"] <= right and max(row["endX"], row["x"] + CARD_WIDTH) >= left
    ]


def month_rows(layout: Layout, lang: str) -> list[Row]:
    """Month marks of the timeline axis."""
    return [
        {
            "x": m.x,
            "label": month_label(m.month, lang),
            "year": m.year,
            "month": m.month,
            "yearLabel": (f"{m.year}年" if lang == "zh" else str(m.year))
            if m.month == 1 or i == 0
            else "",
        }
        for i, m in enumerate(layout.months)
    ]
