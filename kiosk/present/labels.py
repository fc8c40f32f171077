"""Texts in the visitor's language: hall texts, date labels and the UI's own words.

The UI's words and the date formats are written here in English and translated in the
`visitor` catalogs (kiosk/locale/<lang>/LC_MESSAGES/visitor.po): a hall language works once
its catalog exists.
"""

from __future__ import annotations

import re

from kiosk.content.dates import PartialDate
from kiosk.i18n import SOURCE_LANGUAGE, visitor, visitor_plural

Text = dict[str, str]


def N_(message: str) -> str:
    """Mark a visitor message (translated where it is shown)."""
    return message


def NP_(context: str, message: str) -> str:
    """Mark a visitor message with its context (translated where it is shown)."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a visitor message that follows a count."""
    return singular, plural


# The UI's own words, by the name QML reads them under (Content.strings.home, ...).
UI: dict[str, str] = {
    "home": N_("Home"),
    "back": N_("Back"),
    "timeline": N_("Timeline"),
    "timelineHint": N_("The year’s events by month"),
    "stats": N_("In Figures"),
    "statsHint": N_("The year told in numbers"),
    "explore": N_("Touch to explore"),
    "all": N_("All"),
    "events": N_("Events"),
    "figures": N_("Figures"),
    "source": N_("Source"),
    "openSection": N_("Open section"),
    "jumpToMonth": N_("Go to month"),
    "resetIn": N_("Returning to the start in"),
    "stay": N_("Keep exploring"),
    "seconds": N_("s"),
    "unavailable": N_("Temporarily unavailable"),
    "unavailableHint": N_("Our staff are on it. Please come back soon."),
    "chooseHall": N_("Choose a hall"),
    "halls": N_("Halls"),
    "previous": N_("Previous"),
    "next": N_("Next"),
    "swipeHint": N_("Swipe to change section"),
    "photo": N_("Photo"),
    "close": N_("Close"),
    "credits": N_("Text"),
    # TRANSLATORS: where figures come from: {source} is the title of the source
    "sourceLine": N_("Source: {source}"),
    "previousStory": N_("Previous story"),
    "readStory": N_("Touch to read the story"),
    "nextStory": N_("Next story"),
    "about": N_("About this exhibition"),
    "featured": N_("The year at a glance"),
    "moreFigures": N_("Every figure, by section"),
    # TRANSLATORS: under a QR code that opens the story's (event's, hall's) original page
    "scanToRead": N_("Scan to read the original"),
    # TRANSLATORS: the button that opens the display and speech options (无障碍)
    "accessibility": N_("Accessibility"),
    "accessibilityHint": N_("Make the kiosk easier to read and use"),
    "largeText": N_("Larger text"),
    "highContrast": N_("High contrast"),
    "reducedMotion": N_("Less motion"),
    "speech": N_("Read aloud"),
    # TRANSLATORS: spoken when the audio mode is turned on
    "speechOn": N_("Read aloud is on. Use the arrow keys to move, and Enter to choose."),
    "done": N_("Done"),
    # TRANSLATORS: a screen reader says it after a chosen filter or option
    "selected": N_("selected"),
    # TRANSLATORS: said of a picture that opens full screen when pressed
    "fullScreen": N_("Opens full screen"),
    # TRANSLATORS: a story's film (宣传片): the button on its poster
    "playFilm": N_("Play the film"),
    "pauseFilm": N_("Pause the film"),
    # TRANSLATORS: the film's sound button while the sound is on
    "muteFilm": N_("Turn the sound off"),
    "unmuteFilm": N_("Turn the sound on"),
    "filmFullScreen": N_("Show the film full screen"),
    "filmLeaveFullScreen": N_("Leave full screen"),
    # TRANSLATORS: the film's progress bar (drag it to go to another moment)
    "filmPosition": N_("Position in the film"),
}
# The timeline's own words (Content.strings.legendDay, ...): its legend and its year lane.
TIMELINE: dict[str, tuple[str, str]] = {
    # TRANSLATORS: the timeline legend: a dot marks an event of one day
    "legendDay": ("timeline legend", NP_("timeline legend", "One day")),
    # TRANSLATORS: the timeline legend: a band marks an event known to its month (or part of it)
    "legendMonth": ("timeline legend", NP_("timeline legend", "Within the month")),
    # TRANSLATORS: the timeline legend: a bar marks an event over several days
    "legendRange": ("timeline legend", NP_("timeline legend", "Several days")),
    # TRANSLATORS: the lane of events that lasted the whole year
    "legendYear": ("timeline", NP_("timeline", "Throughout the year")),
    # TRANSLATORS: the timeline legend: the lane's mark, an event that lasted the whole year
    "legendAllYear": ("timeline legend", NP_("timeline legend", "All year")),
}
# Words after a count: '5 stories', '5 篇报道'.
COUNTS: dict[str, tuple[str, str]] = {
    "story": NN_("story", "stories"),
    "figure": NN_("figure", "figures"),
    "event": NN_("event", "events"),
}
# TRANSLATORS: the name of the catalog's own language, written in it (English, 中文, 日本語)
LANGUAGE_NAME = NP_("this language's name", "English")
MONTHS = [
    NP_("month", "January"), NP_("month", "February"), NP_("month", "March"),
    NP_("month", "April"), NP_("month", "May"), NP_("month", "June"),
    NP_("month", "July"), NP_("month", "August"), NP_("month", "September"),
    NP_("month", "October"), NP_("month", "November"), NP_("month", "December"),
]  # fmt: skip
SHORT_MONTHS = [
    NP_("month, short", "Jan"), NP_("month, short", "Feb"), NP_("month, short", "Mar"),
    NP_("month, short", "Apr"), NP_("month, short", "May"), NP_("month, short", "Jun"),
    NP_("month, short", "Jul"), NP_("month, short", "Aug"), NP_("month, short", "Sep"),
    NP_("month, short", "Oct"), NP_("month, short", "Nov"), NP_("month, short", "Dec"),
]  # fmt: skip
# Date formats. {month} is the month's number, {month_name} its name (MONTHS).
# TRANSLATORS: a day: {day}, {month}, {month_name}, {year}
DAY = NP_("date", "{day} {month_name} {year}")
# TRANSLATORS: a month: {month}, {month_name}, {year}
MONTH = NP_("date", "{month_name} {year}")
# TRANSLATORS: a year: {year}
YEAR = NP_("date", "{year}")
# TRANSLATORS: days of one month: {day}, {end_day}, {month}, {month_name}, {year}
DAYS_IN_MONTH = NP_("date range", "{day}–{end_day} {month_name} {year}")
# TRANSLATORS: a span within one year: {start}, {end} whole; {start_short}, {end_short} without
# the year (write the year once)
WITHIN_YEAR = NP_("date range within a year", "{start_short} – {end}")
# TRANSLATORS: a span across years: {start} and {end} whole
ACROSS_YEARS = NP_("date range across years", "{start} – {end}")
# TRANSLATORS: a day without its year, in a span within one year: {day}, {month}, {month_name}
DAY_NO_YEAR = NP_("date", "{day} {month_name}")
# TRANSLATORS: a month without its year, in a span within one year: {month}, {month_name}
MONTH_NO_YEAR = NP_("date", "{month_name}")
# TRANSLATORS: the first third (days 1-10) of a month: {month}, {month_name}, {year}
EARLY = NP_("date", "Early {month_name} {year}")
# TRANSLATORS: the middle third (days 11-20) of a month: {month}, {month_name}, {year}
MID = NP_("date", "Mid-{month_name} {year}")
# TRANSLATORS: the last third (day 21 to the end) of a month: {month}, {month_name}, {year}
LATE = NP_("date", "Late {month_name} {year}")
# TRANSLATORS: the first third of a month, without its year (the timeline shows it): {month},
# {month_name}
EARLY_NO_YEAR = NP_("date", "Early {month_name}")
# TRANSLATORS: the middle third of a month, without its year (the timeline shows it): {month},
# {month_name}
MID_NO_YEAR = NP_("date", "Mid-{month_name}")
# TRANSLATORS: the last third of a month, without its year (the timeline shows it): {month},
# {month_name}
LATE_NO_YEAR = NP_("date", "Late {month_name}")
# TRANSLATORS: days of one month without the year (the timeline shows it): {day}, {end_day},
# {month}, {month_name}
DAYS_IN_MONTH_NO_YEAR = NP_("date range", "{day}–{end_day} {month_name}")
# TRANSLATORS: a span within one year, without the year (the timeline shows it): {start_short},
# {end_short}
WITHIN_YEAR_NO_YEAR = NP_("date range within a year", "{start_short} – {end_short}")
WITHIN = {"early": (EARLY, EARLY_NO_YEAR), "mid": (MID, MID_NO_YEAR), "late": (LATE, LATE_NO_YEAR)}
# TRANSLATORS: a figure's date: "As of {date}"
AS_OF = NP_("figure", "As of {date}")
# TRANSLATORS: the period a figure counts, e.g. "in 2023" or "in June 2023": {date}
PERIOD = NP_("figure", "in {date}")
# TRANSLATORS: a place in a ranking, e.g. "No. 1" (Chinese: 第{number}名): {number}
RANK = NP_("figure rank", "No. {number}")


def tr(text: Text | None, lang: str) -> str:
    """The text in lang (content normalisation guarantees every hall language is present)."""
    if not text:
        return ""
    return text.get(lang) or next(iter(text.values()))


def count_unit(count: int, key: str, lang: str) -> str:
    """The word after a count: '篇报道', 'story' or 'stories'."""
    singular, plural = COUNTS[key]
    return visitor_plural(lang, singular, plural, count)


def title_lines(title: str) -> list[str]:
    """A title split where its author put spaces (so QML can break lines there)."""
    return [part for part in title.split(" ") if part] or [title]


def title_breaks(title: str) -> list[str]:
    """The only places a title written without spaces between words may break: its author's
    spaces ('回望2023 济宁高新区…' breaks after 2023, never inside 高质量); [] for other titles."""
    parts = title_lines(title)
    return parts if len(parts) > 1 and _is_cjk(title) else []


def ui_strings(lang: str) -> dict[str, str]:
    """The UI's own words in lang."""
    words = {key: visitor(lang, message) for key, message in UI.items()}
    words.update({key: visitor(lang, msg, context) for key, (context, msg) in TIMELINE.items()})
    return words


def language_name(lang: str) -> str:
    """A language's name in itself: 中文, English, 日本語."""
    return (
        "English"
        if lang == SOURCE_LANGUAGE
        else visitor(lang, LANGUAGE_NAME, "this language's name")
    )


def date_label(
    date: PartialDate | None,
    end: PartialDate | None,
    lang: str,
    *,
    within: str | None = None,
    with_year: bool = True,
) -> str:
    """'2023年5月12日' / '12 May 2023', ranges joined sensibly, partial dates kept partial.

    `within` (early, mid, late) narrows a month: '2023年12月下旬' / 'Late December 2023'.
    Without the year ('9月4日至5日' / '4–5 September') where the timeline shows it; a span
    across years keeps its years.
    """
    if date is None:
        return ""
    if end is None or end == date:
        if within and date.month is not None and date.day is None:
            return _format(lang, "date", WITHIN[within][0 if with_year else 1], date)
        return _single(date, lang, with_year=with_year)
    if (date.year, date.month) == (end.year, end.month) and date.day and end.day:
        pattern = DAYS_IN_MONTH if with_year else DAYS_IN_MONTH_NO_YEAR
        return _format(lang, "date range", pattern, date, end_day=end.day)
    whole = {"start": _single(date, lang), "end": _single(end, lang)}
    if date.year == end.year:
        short = {
            "start_short": _single(date, lang, with_year=False),
            "end_short": _single(end, lang, with_year=False),
        }
        pattern = WITHIN_YEAR if with_year else WITHIN_YEAR_NO_YEAR
        return _format(lang, "date range within a year", pattern, date, **whole, **short)
    return _format(lang, "date range across years", ACROSS_YEARS, date, **whole)


def _single(date: PartialDate, lang: str, *, with_year: bool = True) -> str:
    if date.month is None:
        return _format(lang, "date", YEAR, date)
    if date.day is None:
        return _format(lang, "date", MONTH if with_year else MONTH_NO_YEAR, date)
    return _format(lang, "date", DAY if with_year else DAY_NO_YEAR, date)


def _format(lang: str, context: str, pattern: str, date: PartialDate, **more: object) -> str:
    month = date.month or 1
    return visitor(lang, pattern, context).format(
        day=date.day,
        month=month,
        month_name=visitor(lang, MONTHS[month - 1], "month"),
        year=date.year,
        **more,
    )


def month_label(month: int, lang: str, *, short: bool = True) -> str:
    """'5月'; in English 'Jun' (short) or 'June'."""
    if short:
        return visitor(lang, SHORT_MONTHS[month - 1], "month, short")
    return visitor(lang, MONTHS[month - 1], "month")


def year_label(year: int, lang: str) -> str:
    """'2023年' / '2023'."""
    return visitor(lang, YEAR, "date").format(year=year)


def as_of_label(date: PartialDate | None, lang: str) -> str:
    """'截至2023年12月' / 'As of December 2023', or '' without a date."""
    if date is None:
        return ""
    return visitor(lang, AS_OF, "figure").format(date=date_label(date, None, lang))


def period_label(date: PartialDate | None, lang: str) -> str:
    """'2023年' / 'in 2023': the period a figure counts, or '' without one."""
    if date is None:
        return ""
    return visitor(lang, PERIOD, "figure").format(date=date_label(date, None, lang))


def rank_pattern(lang: str) -> tuple[str, str]:
    """What stands before and after a rank's number: ('No. ', '') / ('第', '名')."""
    before, _, after = visitor(lang, RANK, "figure rank").partition("{number}")
    return before, after


_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=[.;])\s+(?=[A-Z“\"‘(])")
LEAD_CHARACTERS = 100  # Chinese characters, or 60 English words


def first_sentences(paragraph: str, limit: int = LEAD_CHARACTERS) -> str:
    """The first whole sentences of a paragraph within about limit characters (at least one).

    An English word weighs 5/3 of a Chinese character, so 100 means 60 words in English.
    """
    sentences = [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]
    if not sentences:
        return paragraph.strip()
    chosen = [sentences[0]]
    for sentence in sentences[1:]:
        if _weight(" ".join([*chosen, sentence])) > limit:
            break
        chosen.append(sentence)
    return ("" if _is_cjk(sentences[0]) else " ").join(chosen)


def _weight(text: str) -> int:
    """Characters for CJK text, 5/3 per word for spaced text."""
    return len(text) if _is_cjk(text) else len(text.split()) * 5 // 3


def _is_cjk(text: str) -> bool:
    """Mostly CJK characters (no spaces between words)."""
    return sum(1 for c in text if ord(c) >= 0x2E80) > len(text) / 3


WORD_JOINER = "\u2060"  # no line break here (zero width)
NO_BREAK_HYPHEN = "\u2011"  # a hyphen a line never breaks after (the font draws it as '-')
_COMPOUND_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def keep_compounds(text: str) -> str:
    """A title whose hyphenated words stay whole on their line (High-tech, never High- / tech)."""
    return _COMPOUND_HYPHEN.sub(NO_BREAK_HYPHEN, text)


_CLOSING = set("。，、；：？！”’）》」』】…")


def headline(text: str) -> str:
    """A headline that breaks where its author put a space and never leaves one character alone
    on its last line.

    Chinese breaks between any two characters. A two-part headline (围绕主导产业核心产业链
    签约落地2个百亿级大项目) keeps each part whole where it can: its characters are joined, so
    a line breaks at the space, and inside a part only when the part is longer than a line. In
    any case the last character (with any closing punctuation after it) is joined to the one
    before, so a line break falls earlier. English keeps its hyphenated words whole (High-tech).
    """
    if not _is_cjk(text):
        return keep_compounds(text)
    if " " in text.strip():
        text = " ".join(WORD_JOINER.join(part) for part in text.split(" "))
    end = len(text.rstrip())
    while end > 0 and text[end - 1] in _CLOSING:
        end -= 1
    if end < 3 or not (_is_cjk(text[end - 1]) and _is_cjk(text[end - 2])):
        return text
    return text[: end - 1] + WORD_JOINER + text[end - 1 :]
