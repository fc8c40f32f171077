"""The rows of the UI's list models, one frozen dataclass per model: its fields are the roles.

Hall content flattened into one language. QML sees each field under its camelCase name
(section_id as sectionId); kiosk/ui/qml/README.md lists them (a test keeps it true).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.content.dates import PartialDate
from kiosk.content.model import Event, Hall, Picture, Section, Stat, Story, Video
from kiosk.i18n import visitor
from kiosk.present.labels import (
    TIMELINE,
    as_of_label,
    count_unit,
    date_label,
    first_sentences,
    headline,
    month_label,
    period_label,
    tr,
    year_label,
)
from kiosk.present.numbers import stat_parts
from kiosk.present.qr import link_host
from kiosk.present.timeline import CARD_WIDTH, Layout

# Maps a picture file (relative to the hall) and a display role ('full', 'tile', ...) to a URL.
Resolver = Callable[[str, str], str]


def role_name(field: str) -> str:
    """The QML role of a field: section_id -> sectionId."""
    head, *rest = field.split("_")
    return head + "".join(part.title() for part in rest)


def to_qml(value: Any) -> Any:
    """A row (or a value inside one) as QML reads it: dataclasses as maps with role names."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            role_name(f.name): to_qml(getattr(value, f.name)) for f in dataclasses.fields(value)
        }
    if isinstance(value, tuple | list):
        return [to_qml(item) for item in value]
    return value


@dataclass(frozen=True)
class PictureRow:
    """A picture inside a row: its URL for the row's use, the full-screen URL, caption, credit."""

    source: str = ""
    full: str = ""
    caption: str = ""
    credit: str = ""
    photo_index: int = -1  # its place among the section's photos (story pictures only)
    alt: str = ""  # what it shows, for screen readers: its alt text, else its caption


@dataclass(frozen=True)
class VideoRow:
    """A story's film: its file URL, poster URL, subtitles in the visitor's language, texts."""

    source: str = ""  # '' when the file is missing or unsafe: the poster shows, no play button
    poster: str = ""
    subtitles: str = ""
    caption: str = ""
    credit: str = ""
    label: str = ""  # what a screen reader says of it: its caption, else the story's headline


@dataclass(frozen=True)
class SectionRow:
    """A section, for Home's tiles and the section page."""

    section_id: str
    index: int
    title: str
    tagline: str
    accent: str
    cover: str  # the tile-sized derivative (Home)
    cover_full: str  # the screen-sized one (the section's hero band)
    story_count: int
    story_unit: str
    stat_count: int
    stat_unit: str
    event_count: int
    event_unit: str


@dataclass(frozen=True)
class StoryRow:
    """A story of the open section."""

    story_id: str
    index: int
    headline: str
    date: str
    lead: str  # its own lead, else its first sentences
    lead_is_own: bool  # False: the lead repeats the body's start (the story view omits it)
    paragraphs: tuple[str, ...]
    images: tuple[PictureRow, ...]
    stat_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    link: str = ""  # an https address shown as a QR code ('' when none)
    link_host: str = ""  # its host, shown under the code
    videos: tuple[VideoRow, ...] = ()


@dataclass(frozen=True)
class StatRow:
    """A statistic card."""

    stat_id: str
    label: str
    prefix: str
    number: str
    suffix: str
    as_of: str
    date_note: str  # 'As of December 2023' or 'in 2023'
    context: str
    is_rank: bool
    source: str
    accent: str
    section_id: str
    section_title: str
    spoken: str = ""  # the figure as one sentence, for screen readers and the audio mode


@dataclass(frozen=True)
class StatGroupRow:
    """A section's figures on the figures page, under its title."""

    section_id: str
    title: str
    accent: str
    stats: tuple[StatRow, ...]


@dataclass(frozen=True)
class EventRow:
    """An event (the section page's list, the event detail)."""

    event_id: str
    headline: str
    text: str
    date: str
    precision: str
    is_range: bool
    accent: str
    section_id: str
    section_title: str
    image: str  # small: the marker on timeline cards and section lists
    picture: str  # for the event's detail: story-sized, screen-sized on scaled screens
    picture_full: str
    picture_credit: str = ""  # shown on the picture (示意图 / Illustration); '' when none
    link: str = ""  # an https address shown as a QR code ('' when none)
    link_host: str = ""


@dataclass(frozen=True)
class TimelineRow(EventRow):
    """An event with its place on the timeline, in layout units.

    Its `date` is as its card shows it: without the year, which stands on the axis.
    """

    x: float = 0.0  # where its mark starts (a day: the day's middle), its card's left edge
    end_x: float = 0.0  # where its band or bar ends (equal to x for a day)
    lane: int = 0  # the row of cards above the axis, 0 nearest
    span_track: int = -1  # a band's or bar's row under the axis (-1: a day)
    short: str = ""  # the headline on the card: the event's short headline, else its headline
    kind: str = "day"  # day (a point), month (a band), range (a bar)
    stack: int = 0  # a day's dot among those of the same day, 0 on the axis, up the pole


@dataclass(frozen=True)
class ListEventRow(EventRow):
    """An event in the timeline's list (what larger text shows instead of the axis)."""

    group: str = ""  # the heading it stands under: its month ('2023年5月', 'May 2023') or year


@dataclass(frozen=True)
class LaneRow:
    """An event of a year's "Throughout the year" lane (inside YearRow.events)."""

    event_id: str
    short: str
    accent: str
    section_title: str


@dataclass(frozen=True)
class YearRow:
    """A year on the timeline axis: its stretch and its "Throughout the year" lane."""

    year: int
    label: str  # '2023年' / '2023'
    x: float  # where the year's first month on the axis starts (layout units)
    end_x: float  # where its last month ends
    events: tuple[LaneRow, ...]  # the events that lasted the whole year


@dataclass(frozen=True)
class MonthRow:
    """A month mark of the timeline axis."""

    x: float
    label: str
    year: int
    month: int
    year_label: str  # on January and the first month only


@dataclass(frozen=True)
class PhotoRow:
    """A photo of the open section, for the photo viewer."""

    source: str
    full: str
    caption: str
    credit: str
    story: int  # the index of the story it belongs to
    alt: str = ""  # what it shows, for screen readers: its alt text, else its caption


@dataclass(frozen=True)
class HallRow:
    """A hall, for the hall chooser."""

    hall_index: int
    title: str
    subtitle: str
    accent: str
    background: str
    cover: str
    section_count: int


def picture_row(
    picture: Picture | None, lang: str, resolve: Resolver, role: str, photo_index: int = -1
) -> PictureRow:
    """A picture's URL, caption and credit."""
    if picture is None:
        return PictureRow()
    caption = tr(picture.caption, lang)
    return PictureRow(
        resolve(picture.file, role),
        resolve(picture.file, "full"),
        caption,
        credit_shown(caption, tr(picture.credit, lang)),
        photo_index,
        tr(picture.alt, lang) or caption,
    )


def credit_shown(caption: str, credit: str) -> str:
    """The credit, unless the caption already begins with it ('示意图：…' credited 示意图)."""
    return "" if credit and caption.startswith(credit) else credit


def section_row(hall: Hall, index: int, lang: str, resolve: Resolver) -> SectionRow:
    """One section's row, for Home's tiles."""
    s = hall.sections[index]
    stats = sum(1 for stat in hall.stats if stat.section == s.id)
    events = sum(1 for e in hall.events if e.section == s.id)
    return SectionRow(
        s.id,
        index,
        tr(s.title, lang),
        tr(s.tagline, lang),
        s.accent,
        *_sources(picture_row(s.cover, lang, resolve, "tile")),
        len(s.stories),
        count_unit(len(s.stories), "story", lang),
        stats,
        count_unit(stats, "figure", lang),
        events,
        count_unit(events, "event", lang),
    )


def _sources(picture: PictureRow) -> tuple[str, str]:
    """A picture's URL for its role and its screen-sized URL."""
    return picture.source, picture.full


def section_pictures(section: Section) -> set[str]:
    """The picture files a section's row shows."""
    return {section.cover.file} if section.cover else set()


def photo_offsets(section: Section) -> list[int]:
    """For each story, the index of its first picture among the section's photos."""
    offsets, total = [], 0
    for story in section.stories:
        offsets.append(total)
        total += len(story.images)
    return offsets


def story_row(story: Story, index: int, first_photo: int, lang: str, resolve: Resolver) -> StoryRow:
    """A story's row; its pictures know their place among the section's photos."""
    return StoryRow(
        story.id,
        index,
        headline(tr(story.headline, lang)),
        date_label(story.date, story.end, lang),
        tr(story.lead, lang) if story.lead else first_sentences(tr(story.body[0], lang)),
        story.lead is not None,
        tuple(tr(p, lang) for p in story.body),
        tuple(
            picture_row(p, lang, resolve, "story", first_photo + i)
            for i, p in enumerate(story.images)
        ),
        tuple(story.stats),
        tuple(story.events),
        story.link or "",
        link_host(story.link) if story.link else "",
        tuple(video_row(v, tr(story.headline, lang), lang, resolve) for v in story.videos),
    )


def video_row(video: Video, headline: str, lang: str, resolve: Resolver) -> VideoRow:
    """A film's row: the subtitles in the visitor's language (else none)."""
    caption = tr(video.caption, lang)
    subtitles = video.subtitles.get(lang)
    return VideoRow(
        resolve(video.file, "file"),
        resolve(video.poster, "story") if video.poster else resolve(video.file, "poster"),
        resolve(subtitles, "file") if subtitles else "",
        caption,
        credit_shown(caption, tr(video.credit, lang)),
        caption or headline,
    )


def story_pictures(story: Story) -> set[str]:
    """The picture files a story's row shows (its films' posters too)."""
    return {p.file for p in story.images} | {v.poster for v in story.videos if v.poster}


def photo_rows(section: Section, lang: str, resolve: Resolver) -> list[PhotoRow]:
    """Every picture of a section's stories, in order, for the photo viewer."""
    return [
        PhotoRow(
            resolve(p.file, "story"), resolve(p.file, "full"), tr(p.caption, lang),
            credit_shown(tr(p.caption, lang), tr(p.credit, lang)), i,
            tr(p.alt, lang) or tr(p.caption, lang),
        )
        for i, story in enumerate(section.stories)
        for p in story.images
    ]  # fmt: skip


def stat_rows(hall: Hall, stats: Sequence[Stat], lang: str) -> list[StatRow]:
    """One row per statistic card."""
    return [stat_row(hall, stat, lang) for stat in stats]


def spoken_stat(label: str, figure: str, note: str, lang: str) -> str:
    """A figure as one sentence: '10,353 people: new urban jobs, in 2023' (zh: 新增城镇就业：10353人，2023年)."""
    if lang == "zh":
        return f"{label}：{figure}" + (f"，{note}" if note else "")
    return f"{figure}: {label}" + (f", {note}" if note else "")


def stat_row(hall: Hall, stat: Stat, lang: str) -> StatRow:
    """A statistic card's row."""
    section = hall.section(stat.section)
    parts = stat_parts(stat, lang)
    note = as_of_label(stat.as_of, lang) or period_label(stat.period, lang)
    figure = _joined(parts.prefix, parts.number, parts.suffix)
    return StatRow(
        stat.id,
        tr(stat.label, lang),
        parts.prefix,
        parts.number,
        parts.suffix,
        date_label(stat.as_of, None, lang),
        note,
        tr(stat.context, lang),
        stat.kind == "rank",
        tr(stat.source, lang),
        section.accent if section else hall.theme.accent,
        stat.section,
        tr(section.title, lang) if section else "",
        spoken_stat(tr(stat.label, lang), figure, note, lang),
    )


def stat_groups(
    hall: Hall, rows: Sequence[StatRow], lang: str, section_id: str = ""
) -> list[StatGroupRow]:
    """The figures' rows section by section (only one section's with section_id), in hall order."""
    return [
        StatGroupRow(
            section.id,
            tr(section.title, lang),
            section.accent,
            tuple(r for r in rows if r.section_id == section.id),
        )
        for section in hall.sections
        if section_id in ("", section.id) and any(r.section_id == section.id for r in rows)
    ]


def featured_stats(hall: Hall) -> list[Stat]:
    """The headline figures the curators chose, in their order."""
    return [s for s in (hall.stat(i) for i in hall.featured) if s is not None]


def common_source(hall: Hall, lang: str) -> str:
    """The source most figures share (said once on the figures page, not on every card)."""
    sources = [tr(s.source, lang) for s in hall.stats if s.source]
    return max(set(sources), key=sources.count) if sources else ""


@dataclass(frozen=True)
class TeaserRow:
    """A teaser of the attract loop: a headline figure or a story, and the story it opens."""

    kind: str  # "figure" or "story"
    story_id: str
    big: str  # the figure ('10,353 jobs'), or '' for a story
    text: str  # what it counts, or the story's headline
    accent: str


def attract_teasers(hall: Hall, lang: str) -> list[TeaserRow]:
    """The headline figures, each followed by a story, to invite a passer-by in."""
    figures = []
    for stat in featured_stats(hall):
        story = next((t for s in hall.sections for t in s.stories if stat.id in t.stats), None)
        row = stat_row(hall, stat, lang)
        figures.append(
            TeaserRow(
                "figure",
                story.id if story else "",
                _joined(row.prefix, row.number, row.suffix),
                row.label + (f" · {row.date_note}" if row.date_note else ""),
                row.accent,
            )
        )
    stories = [
        TeaserRow("story", t.id, "", tr(t.headline, lang), s.accent)
        for s in hall.sections
        for t in s.stories
        if t.lead is not None
    ]
    mixed: list[TeaserRow] = []
    for i in range(max(len(figures), len(stories))):
        mixed += figures[i : i + 1] + stories[i : i + 1]
    return mixed


def _joined(prefix: str, number: str, suffix: str) -> str:
    """A figure on one line: 'No. 1', '第1名', '10,353 jobs'."""
    space = " " if prefix and prefix[-1].isascii() and prefix[-1] != "¥" else ""
    return f"{prefix}{space}{number}{suffix}".strip()


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


def event_pictures(hall: Hall, event: Event) -> set[str]:
    """The picture files an event's row shows."""
    picture = event_picture(hall, event)
    return {picture.file} if picture else set()


def event_label(event: Event, lang: str, *, with_year: bool = True) -> str:
    """The event's date as shown: its own date text, else the date (range) in lang."""
    if event.date_text:
        return tr(event.date_text, lang)
    return date_label(event.date, event.end, lang, within=event.within, with_year=with_year)


def card_headline(event: Event, lang: str) -> str:
    """The headline a timeline card shows: the short one, else the whole headline."""
    return tr(event.short or event.headline, lang)


def list_event_rows(
    hall: Hall, events: Sequence[Event], lang: str, resolve: Resolver
) -> list[ListEventRow]:
    """The events in date order, each under its month (or year, for a whole year's event)."""
    ordered = sorted(events, key=lambda e: (e.date.first_day(), e.date.month is not None))
    return [
        ListEventRow(**_event_fields(hall, e, lang, resolve), group=event_group(e, lang))
        for e in ordered
    ]


def event_group(event: Event, lang: str) -> str:
    """The heading an event stands under in a list: its month, else its year."""
    date = event.date
    if date.month is None:  # '2023年 · 全年' / '2023 · Throughout the year'
        throughout = visitor(lang, TIMELINE["legendYear"][1], TIMELINE["legendYear"][0])
        return f"{year_label(date.year, lang)} · {throughout}"
    return date_label(PartialDate(date.year, date.month), None, lang)


def event_row(hall: Hall, event: Event, lang: str, resolve: Resolver) -> EventRow:
    """An event's row (without timeline geometry)."""
    return EventRow(**_event_fields(hall, event, lang, resolve))


def _event_fields(hall: Hall, event: Event, lang: str, resolve: Resolver) -> dict[str, Any]:
    section = hall.section(event.section)
    picture = event_picture(hall, event)
    shown = picture_row(picture, lang, resolve, "story")
    return {
        "event_id": event.id,
        "headline": headline(tr(event.headline, lang)),
        "text": tr(event.text, lang),
        "date": event_label(event, lang),
        "precision": event.date.precision,
        "is_range": event.end is not None or event.date.day is None,
        "accent": section.accent if section else hall.theme.accent,
        "section_id": event.section,
        "section_title": tr(section.title, lang) if section else "",
        "image": resolve(picture.file, "marker") if picture else "",
        "picture": shown.source,
        "picture_full": shown.full,
        "picture_credit": tr(picture.credit, lang) if picture else "",
        "link": event.link or "",
        "link_host": link_host(event.link) if event.link else "",
    }


def timeline_row(
    hall: Hall, layout: Layout, index: int, lang: str, resolve: Resolver
) -> TimelineRow:
    """The row of the layout's index-th event, with its place on the timeline."""
    placed = layout.events[index]
    fields = _event_fields(hall, placed.event, lang, resolve)
    fields["date"] = event_label(placed.event, lang, with_year=False)
    return TimelineRow(
        **fields,
        x=placed.x,
        end_x=placed.end_x,
        lane=placed.lane,
        span_track=placed.track,
        short=headline(card_headline(placed.event, lang)),
        kind=placed.kind,
        stack=placed.stack,
    )


def year_rows(hall: Hall, layout: Layout, lang: str) -> list[YearRow]:
    """The years of the timeline axis, each with its "Throughout the year" lane."""
    rows = []
    for year in layout.years:
        lane = []
        for event in year.events:
            section = hall.section(event.section)
            lane.append(
                LaneRow(
                    event.id,
                    card_headline(event, lang),
                    section.accent if section else hall.theme.accent,
                    tr(section.title, lang) if section else "",
                )
            )
        rows.append(
            YearRow(year.year, year_label(year.year, lang), year.x, year.end_x, tuple(lane))
        )
    return rows


def timeline_window(rows: Sequence[TimelineRow], left: float, right: float) -> list[TimelineRow]:
    """The timeline rows whose card, pole or span reaches into [left, right] (layout units)."""
    return [row for row in rows if row.x <= right and max(row.end_x, row.x + CARD_WIDTH) >= left]


def month_rows(layout: Layout, lang: str) -> list[MonthRow]:
    """Month marks of the timeline axis."""
    return [
        MonthRow(
            m.x,
            month_label(m.month, lang),
            m.year,
            m.month,
            year_label(m.year, lang) if m.month == 1 or i == 0 else "",
        )
        for i, m in enumerate(layout.months)
    ]


def hall_row(index: int, hall: Hall, lang: str, cover: str) -> HallRow:
    """A hall's row for the hall chooser (cover: its first section cover's URL)."""
    return HallRow(
        index,
        tr(hall.title, lang),
        tr(hall.subtitle, lang),
        hall.theme.accent,
        hall.theme.background,
        cover,
        len(hall.sections),
    )


ROW_TYPES = (
    SectionRow, StoryRow, StatRow, EventRow, TimelineRow, MonthRow, YearRow, LaneRow, PhotoRow,
    HallRow,
)  # fmt: skip
