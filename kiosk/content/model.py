"""The hall content model: Hall, Section, Story, Event, Stat, Picture, Video, Text."""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StringConstraints,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from kiosk.content.dates import HINT, PartialDate
from kiosk.i18n import VISITOR, _, has_catalog, visitor_languages

DEFAULT_LANGUAGES = ("zh", "en")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
DATE_PATTERN = r"^\d{4}(-(0?[1-9]|1[0-2])(-(0?[1-9]|[12]\d|3[01]))?)?$"  # the calendar: validate
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
MAX_NUMBER = 10**15  # a statistic's value is shown exactly below this
MAX_LINK = 200  # characters: a QR code of version 10 or less, scannable at the kiosk's size


def _languages(info: ValidationInfo) -> tuple[str, ...]:
    """The hall's languages from the validation context, default first."""
    context = info.context or {}
    return tuple(context.get("languages") or DEFAULT_LANGUAGES)


def languages_of(data: Any) -> list[str]:
    """The languages raw hall data names (the defaults when it names none or is malformed)."""
    value = data.get("languages") if isinstance(data, dict) else None
    if (
        isinstance(value, list)
        and value
        and all(isinstance(v, str) and LANG_RE.match(v) for v in value)
    ):
        return value
    return list(DEFAULT_LANGUAGES)  # a malformed list has its own error; texts read as zh/en


def _wrong_type(
    expected: str, value: object, at: str | None = None, *, wants_text: bool = False
) -> PydanticCustomError:
    """An error for a value of the wrong type (the loader adds quoting hints).

    `at` names a key inside the value (a language of a Text) where the problem is;
    `wants_text` says a text was expected (the loader then explains how YAML read a number).
    """
    context: dict[str, Any] = {
        "expected": expected,
        "got": value_kind(value),
        "wants_text": wants_text,
    }
    if at is not None:
        context["at"] = at
    return PydanticCustomError("kiosk_type", _("expected {expected}, got {got}"), context)


def value_kind(value: object) -> str:
    """A plain-words name for a YAML value's type."""
    if value is None:
        return _("nothing (an empty value)")
    if isinstance(value, bool):
        return _("a yes/no value")
    if isinstance(value, int | float):
        return _("a number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("a mapping")
    return type(value).__name__


def _text(value: Any, info: ValidationInfo) -> dict[str, str]:
    """A visitor-facing text: a string or {lang: string}; every hall language filled."""
    languages = _languages(info)
    if isinstance(value, str):
        if not value.strip():
            raise PydanticCustomError("kiosk_empty", _("is empty: write the text, or leave it out"))
        return dict.fromkeys(languages, value)
    if not isinstance(value, dict):
        raise _wrong_type(
            _("text (or one per language: {zh: ..., en: ...})"), value, wants_text=True
        )
    result: dict[str, str] = {}
    for lang, text in value.items():
        if lang not in languages:
            raise PydanticCustomError(
                "kiosk_language",
                _("'{lang}' is not one of the hall's languages ({languages})"),
                {"lang": lang, "languages": ", ".join(languages), "at": lang},
            )
        if not isinstance(text, str):
            raise _wrong_type(
                _("text for '{lang}'").format(lang=lang), text, at=lang, wants_text=True
            )
        if not text.strip():
            raise PydanticCustomError(
                "kiosk_empty",
                _(
                    "is empty: write the {lang} text, or leave the line out to show the text "
                    "of another language"
                ),
                {"lang": lang, "at": lang},
            )
        result[lang] = text
    if not result:
        raise PydanticCustomError("kiosk_empty", _("is empty: write the text, or leave it out"))
    fallback = result.get(languages[0]) or next(iter(result.values()))
    return {lang: result.get(lang, fallback) for lang in languages}


def _slug(value: Any) -> str:
    """An id: lowercase letters, digits and '-'."""
    if not isinstance(value, str):
        raise _wrong_type(_("an id (text)"), value, wants_text=True)
    if not SLUG_RE.match(value):
        raise PydanticCustomError(
            "kiosk_slug",
            _(
                "'{value}' is not a valid id (use lowercase letters, digits and '-', "
                "e.g. 'city-park')"
            ),
            {"value": value},
        )
    return value


def _colour(value: Any) -> str:
    """A colour written as #RRGGBB."""
    if not isinstance(value, str) or not COLOUR_RE.match(value):
        raise PydanticCustomError(
            "kiosk_colour",
            _("'{value}' is not a colour (use \"#RRGGBB\", in quotes)"),
            {"value": str(value)},
        )
    return value.upper()


def _date(value: Any) -> PartialDate:
    """A partial date from YAML text or a bare year."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _wrong_type(_("a date ({hint})").format(hint=_(HINT)), value)
    try:
        return PartialDate.parse(str(value))
    except ValueError as exc:
        raise PydanticCustomError("kiosk_date", str(exc)) from None


WITHIN = ("early", "mid", "late")


def _within(value: Any) -> str:
    """Where in its month an approximate date falls: early, mid or late."""
    if not isinstance(value, str):
        raise _wrong_type(_("one of early, mid, late"), value)
    if value not in WITHIN:
        raise PydanticCustomError(
            "kiosk_within",
            _("'{value}' is not where in a month (use early, mid or late)"),
            {"value": value},
        )
    return value


def _number(value: Any) -> int | float:
    """A number, never a yes/no value or text, and not too large to show exactly."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _wrong_type(_("a number"), value)
    if not -MAX_NUMBER < value < MAX_NUMBER:  # also inf (a decimal of 309 digits or more)
        raise PydanticCustomError(
            "kiosk_number", _("is too large a number (at most 15 digits before the point)")
        )
    return value


def _link(value: Any) -> str:
    """An https address for a QR code: no credentials, no spaces, short enough to scan."""
    if not isinstance(value, str):
        raise _wrong_type(_("an https address (text)"), value, wants_text=True)
    if len(value) > MAX_LINK:
        raise PydanticCustomError(
            "kiosk_link",
            _(
                "is {length} characters long: a QR code holds at most {limit} and stays "
                "scannable; use a shorter address"
            ),
            {"length": len(value), "limit": MAX_LINK},
        )
    if any(c.isspace() or not c.isprintable() for c in value):
        raise PydanticCustomError(
            "kiosk_link", _("has a space or an invisible character: copy the address again")
        )
    parts = urlsplit(value)
    if parts.scheme != "https":
        raise PydanticCustomError(
            "kiosk_link",
            _("'{value}' is not an https address (write it as https://...)"),
            {"value": value},
        )
    if "@" in parts.netloc:
        raise PydanticCustomError(
            "kiosk_link",
            _("has a user name or password in it (the part before '@'): leave them out"),
        )
    try:
        parts.port  # noqa: B018 (raises on a bad port)
        host = parts.hostname or ""
        host.encode("idna")
    except (ValueError, UnicodeError):
        host = ""
    if "." not in host.strip("."):
        raise PydanticCustomError(
            "kiosk_link",
            _("'{value}' has no host name (such as www.example.cn)"),
            {"value": value},
        )
    return value


def _picture(value: Any) -> Any:
    """Accept a bare path as shorthand for {file: path}."""
    return {"file": value} if isinstance(value, str) else value


def _lang(value: Any) -> str:
    """A language code such as zh or en."""
    if not isinstance(value, str) or not LANG_RE.match(value):
        message = _("'{value}' is not a language code (e.g. zh, en)")
        if isinstance(value, str) and "，" in value:
            message = _(
                "'{value}' is not a language code: '，' is a full-width comma; write the "
                "languages with ASCII commas: [zh, en]"
            )
        raise PydanticCustomError("kiosk_lang", message, {"value": str(value)})
    if not has_catalog(VISITOR, value):
        raise PydanticCustomError(
            "kiosk_lang",
            _(
                "'{value}' has no catalog of the kiosk's own words (Home, Back, dates ...), so "
                "visitors could not be shown it; languages with one: {known}"
            ),
            {"value": value, "known": ", ".join(visitor_languages())},
        )
    return value


_Written = Annotated[str, StringConstraints(pattern=r"\S")]  # not empty, not only spaces
Text = Annotated[
    dict[str, str],
    PlainValidator(
        _text,
        json_schema_input_type=_Written
        | Annotated[
            dict[Annotated[str, StringConstraints(pattern=LANG_RE.pattern)], _Written],
            Field(min_length=1),
        ],
    ),
]
Slug = Annotated[
    str,
    PlainValidator(
        _slug, json_schema_input_type=Annotated[str, StringConstraints(pattern=SLUG_RE.pattern)]
    ),
]
Colour = Annotated[
    str,
    PlainValidator(
        _colour, json_schema_input_type=Annotated[str, StringConstraints(pattern=COLOUR_RE.pattern)]
    ),
]
Language = Annotated[
    str,
    PlainValidator(
        _lang, json_schema_input_type=Annotated[str, StringConstraints(pattern=LANG_RE.pattern)]
    ),
]
Within = Annotated[
    Literal["early", "mid", "late"],
    PlainValidator(_within, json_schema_input_type=Literal["early", "mid", "late"]),
]
Number = Annotated[
    float | int,
    PlainValidator(
        _number,
        json_schema_input_type=Annotated[float, Field(gt=-MAX_NUMBER, lt=MAX_NUMBER)],
    ),
]
Link = Annotated[
    str,
    PlainValidator(
        _link,
        json_schema_input_type=Annotated[
            str, StringConstraints(pattern=r"^https://[^\s@/]+\.[^\s@/]+", max_length=MAX_LINK)
        ],
    ),
]
Date = Annotated[
    PartialDate,
    PlainValidator(
        _date,
        json_schema_input_type=Annotated[str, StringConstraints(pattern=DATE_PATTERN)]
        | Annotated[int, Field(ge=1000, le=9999)],
    ),
    PlainSerializer(lambda d: d.iso(), return_type=str),
]


class _Model(BaseModel):
    """Strict, frozen, unknown keys refused."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Picture(_Model):
    """An image file in the hall folder, with an optional caption, credit and description."""

    TEXTS: ClassVar[tuple[str, ...]] = ("caption", "credit", "alt")

    file: str = Field(description="Path relative to the hall folder, e.g. images/park.jpg")
    caption: Text | None = None
    credit: Text | None = None
    alt: Text | None = Field(
        None,
        description="What the picture shows, for visitors who cannot see it (a screen reader "
        "and the audio mode say it); without it they hear the caption",
    )


PictureRef = Annotated[Picture, BeforeValidator(_picture, json_schema_input_type=str | Picture)]


def _subtitles(value: Any, info: ValidationInfo) -> dict[str, str]:
    """A subtitle file per language: {zh: films/a.zh.vtt, en: films/a.en.srt}."""
    languages = _languages(info)
    if not isinstance(value, dict):
        raise _wrong_type(_("one subtitle file per language ({zh: ..., en: ...})"), value)
    for lang, file in value.items():
        if lang not in languages:
            raise PydanticCustomError(
                "kiosk_language",
                _("'{lang}' is not one of the hall's languages ({languages})"),
                {"lang": lang, "languages": ", ".join(languages), "at": lang},
            )
        if not isinstance(file, str) or not file.strip():
            raise _wrong_type(
                _("a subtitle file for '{lang}'").format(lang=lang), file, at=lang, wants_text=True
            )
    return dict(value)


Subtitles = Annotated[
    dict[str, str],
    PlainValidator(
        _subtitles,
        json_schema_input_type=dict[
            Annotated[str, StringConstraints(pattern=LANG_RE.pattern)],
            Annotated[str, StringConstraints(pattern=r"\.(vtt|srt|VTT|SRT)$")],
        ],
    ),
]


class Video(_Model):
    """A video file in the hall folder (H.264 in MP4), with its poster, subtitles and texts."""

    TEXTS: ClassVar[tuple[str, ...]] = ("caption", "credit")

    file: str = Field(description="Path relative to the hall folder, e.g. films/park.mp4")
    poster: str | None = Field(
        None,
        description="A picture shown before it plays (kiosk prepare makes one from the film "
        "when none is given)",
    )
    subtitles: Subtitles = Field(
        {}, description="A WebVTT (.vtt) or SRT (.srt) file per language, shown by default"
    )
    caption: Text | None = None
    credit: Text | None = None


class Theme(_Model):
    """The hall's colours."""

    background: Colour = "#0F1B2D"
    surface: Colour = "#172A45"
    text: Colour = "#F5F1E8"
    muted: Colour = "#A9B4C2"
    accent: Colour = "#C9A227"


class Story(_Model):
    """One story of a section: headline, date, paragraphs and pictures."""

    TEXTS: ClassVar[tuple[str, ...]] = ("headline", "lead")
    TEXT_LISTS: ClassVar[tuple[str, ...]] = ("body",)

    id: Slug
    headline: Text
    lead: Text | None = Field(
        None,
        description="What happened and why it matters, shown on the story's card "
        "(about 60-100 Chinese characters or 40-60 English words)",
    )
    date: Date | None = None
    end: Date | None = Field(None, description="Last day, for stories that span days")
    body: list[Text] = Field(min_length=1)
    images: list[PictureRef] = []
    videos: list[Video] = Field([], description="Films shown after the story's pictures")
    stats: list[Slug] = Field([], description="Ids of statistic cards this story shows")
    events: list[Slug] = Field([], description="Ids of timeline events this story tells")
    link: Link | None = Field(
        None,
        description="An https address shown as a QR code to take home, e.g. the original article",
    )


class Section(_Model):
    """A section of the hall, shown as a tile on Home."""

    TEXTS: ClassVar[tuple[str, ...]] = ("title", "tagline")

    id: Slug
    title: Text
    tagline: Text | None = None
    accent: Colour
    cover: PictureRef | None = None
    stories: list[Story] = []


class Event(_Model):
    """A happening on the timeline."""

    TEXTS: ClassVar[tuple[str, ...]] = ("date_text", "headline", "short", "text")

    id: Slug
    date: Date
    end: Date | None = None
    within: Within | None = Field(
        None,
        description="Where in its month a month-only date falls: early (days 1-10), "
        "mid (11-20) or late (21 to the end), e.g. date: 2023-12 with within: late",
    )
    date_text: Text | None = Field(None, description="How to show the date, e.g. 2023年4月份")
    headline: Text
    short: Text | None = Field(
        None,
        description="The headline shortened for the timeline's card (about 12-16 Chinese "
        "characters or 4-7 English words); the event's page shows the whole headline",
    )
    text: Text | None = None
    section: Slug
    image: PictureRef | None = None
    link: Link | None = Field(
        None,
        description="An https address shown as a QR code to take home, e.g. the original article",
    )

    @field_validator("within")
    @classmethod
    def _within_a_month(cls, within: str | None, info: ValidationInfo) -> str | None:
        """'within' narrows a month-only date that has no end."""
        date = info.data.get("date")
        if within is None or not isinstance(date, PartialDate):
            return within
        if date.precision != "month":
            raise PydanticCustomError(
                "kiosk_within",
                _("'within' says where in a month: give the date as a month (YYYY-MM)"),
            )
        if info.data.get("end") is not None:
            raise PydanticCustomError(
                "kiosk_within", _("give 'within' (where in the month) or 'end', not both")
            )
        return within


class Stat(_Model):
    """A statistic card: a number with its unit and qualifier."""

    TEXTS: ClassVar[tuple[str, ...]] = ("label", "unit", "qualifier", "context", "source")

    id: Slug
    label: Text
    kind: Literal["number", "rank"] = Field(
        "number", description="'rank': the value is a place (1 reads 第一名 / No. 1)"
    )
    value: Number
    unit: Text | None = None
    qualifier: Text | None = Field(
        None, description="e.g. {zh: 余, en: '+'} or {zh: 以上, en: '+'}"
    )
    decimals: int | None = Field(None, ge=0, le=6, description="Digits after the point")
    as_of: Date | None = Field(None, description="The day (or month) the figure stood at")
    period: Date | None = Field(
        None, description="The year or month the figure counts, e.g. 2023 (reads 'in 2023')"
    )
    context: Text | None = Field(
        None, description="One line saying why the figure matters (shown when featured)"
    )
    section: Slug
    source: Text | None = None

    @field_validator("value")
    @classmethod
    def _rank_is_a_place(cls, value: float, info: ValidationInfo) -> float:
        """A rank is a whole number from 1."""
        if info.data.get("kind") == "rank" and (not isinstance(value, int) or value < 1):
            raise PydanticCustomError(
                "kiosk_rank", _("a rank is a whole number from 1 (1 is first place)")
            )
        return value

    @field_validator("period")
    @classmethod
    def _one_date(cls, period: PartialDate | None, info: ValidationInfo) -> PartialDate | None:
        """A figure stands at a day (as_of) or counts a period, not both."""
        if period is not None and info.data.get("as_of") is not None:
            raise PydanticCustomError(
                "kiosk_both",
                _("give 'as_of' (the day the figure stood at) or 'period', not both"),
            )
        return period

    @property
    def shown_decimals(self) -> int:
        """Digits after the point to show: as given, else as the value has them."""
        if self.decimals is not None:
            return self.decimals
        if isinstance(self.value, float) and not self.value.is_integer():
            return len(repr(self.value).split(".")[1])
        return 0


class Hall(_Model):
    """A hall: its title, languages, colours, sections, events and statistics."""

    model_config = ConfigDict(
        title="kiosk hall",
        json_schema_extra={"description": "A kiosk hall folder's hall.yaml"},
    )

    TEXTS: ClassVar[tuple[str, ...]] = ("title", "subtitle", "intro", "closing", "credits")

    id: Slug
    title: Text
    subtitle: Text | None = None
    languages: list[Language] = Field(list(DEFAULT_LANGUAGES), min_length=1)
    theme: Theme = Theme()
    intro: Text | None = None
    closing: Text | None = None
    credits: Text | None = None
    sections: list[Section] = Field(min_length=1)
    events: list[Event] = []
    stats: list[Stat] = []
    featured: list[Slug] = Field(
        [], description="Ids of the headline figures (6-8), in the order the figures page opens on"
    )
    attract_video: str | None = Field(
        None,
        description="A film the attract loop plays, without sound, after each round of its "
        "pictures, e.g. films/hall.mp4 (H.264 in MP4)",
    )
    link: Link | None = Field(
        None,
        description="An https address shown as a QR code on the About page, e.g. the organiser's",
    )

    @property
    def default_language(self) -> str:
        """The first language, used where a translation is missing."""
        return self.languages[0]

    def section(self, section_id: str) -> Section | None:
        """The section with this id, if any."""
        return next((s for s in self.sections if s.id == section_id), None)

    def event(self, event_id: str) -> Event | None:
        """The event with this id, if any."""
        return next((e for e in self.events if e.id == event_id), None)

    def stat(self, stat_id: str) -> Stat | None:
        """The statistic with this id, if any."""
        return next((s for s in self.stats if s.id == stat_id), None)

    def videos(self) -> list[Video]:
        """Every video the hall names, in order, without repeats."""
        found: dict[str, Video] = {}
        for section in self.sections:
            for story in section.stories:
                for video in story.videos:
                    found.setdefault(video.file, video)
        return list(found.values())

    def pictures(self) -> list[Picture]:
        """Every picture the hall names, in order, without repeats."""
        found: dict[str, Picture] = {}
        for section in self.sections:
            if section.cover:
                found.setdefault(section.cover.file, section.cover)
            for story in section.stories:
                for picture in story.images:
                    found.setdefault(picture.file, picture)
                for video in story.videos:
                    if video.poster:
                        found.setdefault(video.poster, Picture(file=video.poster))
        for event in self.events:
            if event.image:
                found.setdefault(event.image.file, event.image)
        return list(found.values())
