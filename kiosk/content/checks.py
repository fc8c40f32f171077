"""Checks across the whole hall: ids, references, date ranges, pictures, translations, punctuation."""

from __future__ import annotations

import difflib
import re
import stat
import types
import typing
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import Any, Union

from pydantic import BaseModel

from kiosk.content import glyphs, model
from kiosk.content.dates import PartialDate
from kiosk.content.findings import Finding, Loc, Severity
from kiosk.content.punctuation import check_punctuation
from kiosk.content.texts import check_text
from kiosk.content.walk import items, pictures, stories, walk
from kiosk.content.yamlsource import Document
from kiosk.files import kind_of
from kiosk.i18n import N_, _

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(//)?|^//")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # written with escapes in quotes: "a\0b", "a\tb"


def closest(word: str, options: Iterable[str], cutoff: float = 0.6) -> str | None:
    """'Did you mean ...?': the option difflib finds closest to word, if any is close enough."""
    return next(iter(difflib.get_close_matches(word, list(options), n=1, cutoff=cutoff)), None)


def model_at(loc: Loc, root: type[BaseModel] = model.Hall) -> type[BaseModel] | None:
    """The model class that describes the mapping at loc (below root), if any.

    Follows the fields' declared types (pydantic's model_fields): lists to their items,
    optional and annotated types to what they wrap.
    """
    annotation: Any = root
    for part in loc:
        bare = _bare(annotation)
        if isinstance(part, int):
            if typing.get_origin(bare) is not list:
                return None
            annotation = typing.get_args(bare)[0]
            continue
        if not (isinstance(bare, type) and issubclass(bare, BaseModel)):
            return None
        field = bare.model_fields.get(part)
        if field is None:
            return None
        annotation = field.annotation
    bare = _bare(annotation)
    return bare if isinstance(bare, type) and issubclass(bare, BaseModel) else None


def _bare(annotation: Any) -> Any:
    """The type inside Optional[...] and Annotated[...]."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def picture_places(doc: Document) -> dict[str, Finding]:
    """Each picture file named in the hall, with where it is first named (an empty finding)."""
    places: dict[str, Finding] = {}
    for file, loc in pictures(doc.data):
        if file not in places:
            places[file] = doc.finding(loc, "")
    return places


def check(doc: Document, root: Path, covered: Callable[[int], bool] | None = None) -> list[Finding]:
    """Every cross-cutting finding for the raw hall data in doc.

    covered tells which characters the font draws (default: the bundled font's list).
    """
    data = doc.data
    findings: list[Finding] = []
    findings += _duplicate_ids(doc)
    findings += _references(doc)
    findings += _date_ranges(doc)
    languages = model.languages_of(data)
    folder = _Folder(root)
    covered = covered or glyphs.bundled()
    for kind, value, loc in walk(data):
        if kind == "text":
            findings += _translations(doc, value, loc, languages)
            findings += _comments_in_text(doc, value, loc)
            findings += check_text(doc, value, loc, covered)
            findings += check_punctuation(doc, value, loc)
        elif kind == "picture":
            file = value.get("file") if isinstance(value, dict) else value
            file_loc = (*loc, "file") if isinstance(value, dict) else loc
            if isinstance(file, str):
                findings += _picture_path(doc, file, file_loc, folder)
            findings += _undescribed(doc, value, loc)
    return findings


def _undescribed(doc: Document, value: Any, loc: Loc) -> list[Finding]:
    """Warn where a story's or an event's picture has neither an alt text nor a caption.

    A section's cover is the backdrop of its tile (the title says what it is), a video's poster
    stands for the film (its play button says so): no warning; nor
    where the picture has other keys (a misspelt 'caption' is an error of its own).
    """
    if loc[-1] in ("cover", "poster") or (
        isinstance(value, dict) and set(value) - {"file", "credit"}
    ):
        return []
    return [
        doc.finding(
            loc,
            _(
                "has neither 'alt' nor 'caption': a visitor who cannot see it hears nothing of "
                "it; write what it shows in 'alt' (or give it a caption)"
            ),
            Severity.WARNING,
        )
    ]


def _duplicate_ids(doc: Document) -> list[Finding]:
    groups: dict[str, list[tuple[Loc, dict[str, Any]]]] = {
        N_("section"): [(("sections", i), s) for i, s in items(doc.data, "sections")],
        N_("story"): list(stories(doc.data)),
        N_("event"): [(("events", i), e) for i, e in items(doc.data, "events")],
        N_("stat"): [(("stats", i), s) for i, s in items(doc.data, "stats")],
    }
    findings = []
    for kind, entries in groups.items():
        seen: dict[str, Loc] = {}
        for loc, item in entries:
            ident = item.get("id")
            if not isinstance(ident, str):
                continue
            if ident in seen:
                line = doc.where((*seen[ident], "id"))[0]
                findings.append(
                    doc.finding(
                        (*loc, "id"),
                        _("duplicate {kind} id '{ident}' (first used on line {line})").format(
                            kind=_(kind), ident=ident, line=line
                        ),
                    )
                )
            else:
                seen[ident] = loc
    return findings


def _ids(data: Any, key: str) -> list[str]:
    return [i["id"] for _, i in items(data, key) if isinstance(i.get("id"), str)]


def _unknown(
    doc: Document,
    loc: Loc,
    value: Any,
    known: list[str],
    kind: str,
    suggestions: dict[tuple[str, str], str | None],
) -> list[Finding]:
    """A finding if value is an id missing from known, with a suggestion."""
    if not isinstance(value, str) or value in known:
        return []
    if (kind, value) not in suggestions:
        suggestions[kind, value] = closest(value, known)
    close = suggestions[kind, value]
    if close:
        message = _("no {kind} has the id '{value}' (did you mean '{close}'?)")
    else:
        message = _("no {kind} has the id '{value}'")
    return [doc.finding(loc, message.format(kind=_(kind), value=value, close=close))]


def _references(doc: Document) -> list[Finding]:
    sections = _ids(doc.data, "sections")
    events = _ids(doc.data, "events")
    stats = _ids(doc.data, "stats")
    suggestions: dict[tuple[str, str], str | None] = {}  # the same wrong id is often repeated
    findings = []
    for key in ("events", "stats"):
        for i, item in items(doc.data, key):
            findings += _unknown(
                doc, (key, i, "section"), item.get("section"), sections, N_("section"), suggestions
            )
    featured = doc.data.get("featured") if isinstance(doc.data, dict) else None
    if isinstance(featured, list):
        for j, ref in enumerate(featured):
            findings += _unknown(doc, ("featured", j), ref, stats, N_("statistic"), suggestions)
    for loc, story in stories(doc.data):
        for key, known, kind in (
            ("stats", stats, N_("statistic")),
            ("events", events, N_("event")),
        ):
            refs = story.get(key)
            if isinstance(refs, list):
                for j, ref in enumerate(refs):
                    findings += _unknown(doc, (*loc, key, j), ref, known, kind, suggestions)
    return findings


def _date_ranges(doc: Document) -> list[Finding]:
    entries = [(loc, story) for loc, story in stories(doc.data)]
    entries += [(("events", i), e) for i, e in items(doc.data, "events")]
    findings = []
    for loc, item in entries:
        if "end" not in item:
            continue
        if "date" not in item:
            findings.append(doc.finding((*loc, "end"), _("an end date needs a start 'date'")))
        start, end = _as_date(item.get("date")), _as_date(item.get("end"))
        if start and end and end.last_day() < start.first_day():
            findings.append(
                doc.finding(
                    (*loc, "end"),
                    _("ends ({end}) before it starts ({start})").format(end=end, start=start),
                )
            )
    return findings


def _as_date(value: Any) -> PartialDate | None:
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    try:
        return PartialDate.parse(str(value))
    except ValueError:
        return None


def _comments_in_text(doc: Document, value: Any, loc: Loc) -> list[Finding]:
    """Warn where '#' cut a plain text short (YAML took the rest for a comment)."""
    locs = [(*loc, k) for k in value] if isinstance(value, dict) else [loc]
    return [
        doc.finding(
            at,
            _(
                "the text ends where '# ...' begins (YAML reads it as a comment); "
                "put the whole text in quotes if the '#' belongs to it"
            ),
            Severity.WARNING,
        )
        for at in locs
        if (origin := doc.origins.get(at)) is not None and origin.comment_after
    ]


def _translations(doc: Document, value: Any, loc: Loc, languages: list[str]) -> list[Finding]:
    if not isinstance(value, dict) or len(languages) < 2:
        return []
    if any(isinstance(text, str) and not text.strip() for text in value.values()):
        return []  # an empty text is an error the model reports
    given = [
        lang
        for lang in languages
        if value.get(lang) is not None
        and not (isinstance(value[lang], str) and not value[lang].strip())
    ]
    if not given:
        return []
    fallback = languages[0] if languages[0] in given else given[0]
    if not all(isinstance(value.get(lang), str) for lang in given):
        return []  # a wrong type is an error reported by the model
    return [
        doc.finding(
            loc,
            _("no '{lang}' translation; showing the '{fallback}' text").format(
                lang=lang, fallback=fallback
            ),
            Severity.WARNING,
        )
        for lang in languages
        if lang not in given
    ]


def _picture_path(doc: Document, file: str, loc: Loc, folder: _Folder) -> list[Finding]:
    """A picture's problem; never blocking: the kiosk shows a placeholder instead."""
    message = folder.problem(file)
    return [doc.finding(loc, message, blocking=False)] if message else []


def picture_problem(file: str, root: Path) -> str | None:
    """Why a picture named in a hall cannot be shown, or None if its file is there and safe."""
    return _Folder(root).problem(file)


class _Folder:
    """A hall folder, for checking its pictures: each listing is made once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._resolved: Path | None = None
        self._names: dict[Path, list[str] | None] = {}

    def problem(self, file: str) -> str | None:
        """Why the picture file cannot be shown, or None if it is there and safe."""
        problem = path_problem(file)
        if problem:
            return problem
        target = self.root / file
        try:
            resolved = target.resolve()
            if self._resolved is None:
                self._resolved = self.root.resolve()
            inside = resolved.is_relative_to(self._resolved)
        except (OSError, RuntimeError):
            return _("'{file}' cannot be resolved (a symlink loop?)").format(file=file)
        if not inside:
            return _("'{file}' leads outside the hall folder (through a symlink)").format(file=file)
        try:
            mode = resolved.stat().st_mode
        except (FileNotFoundError, NotADirectoryError):
            mode = None
        except OSError as exc:  # a name too long for the file system, a folder it may not read
            return _("image file '{file}' cannot be read ({reason})").format(
                file=file, reason=exc.strerror or exc
            )
        if mode is not None:
            if stat.S_ISREG(mode):
                return None
            return _("'{file}' is {what}, not an image file").format(file=file, what=kind_of(mode))
        try:
            suggestion = self._similar_file(target)
        except OSError:
            suggestion = None
        if suggestion:
            return _("image file '{file}' not found (did you mean '{close}'?)").format(
                file=file, close=suggestion
            )
        return _("image file '{file}' not found").format(file=file)

    def _similar_file(self, target: Path) -> str | None:
        """A closely named file in the same folder (never one elsewhere: it may be another
        section's picture, and following the suggestion would show the wrong one)."""
        if target.parent not in self._names:
            self._names[target.parent] = (
                [p.name for p in target.parent.iterdir() if p.is_file()]
                if target.parent.is_dir()
                else None
            )
        names = self._names[target.parent]
        if names is not None:
            close = closest(target.name, names, cutoff=0.75)
            if close:
                return (target.parent / close).relative_to(self.root).as_posix()
        return None


def path_problem(file: str) -> str | None:
    """Why a picture path written in hall.yaml is not allowed, or None."""
    if not file.strip():
        return _("the image path is empty")
    control = _CONTROL.search(file)
    if control:
        return _("the image path contains a control character ({code})").format(
            code=f"#x{ord(control[0]):04x}"
        )
    if _URL.match(file) and not _DRIVE.match(file):
        return _("'{file}' is a URL; images must be files inside the hall folder").format(file=file)
    if file.startswith(("/", "\\")) or _DRIVE.match(file):
        return _(
            "'{file}' is an absolute path; write it relative to the hall folder "
            "(e.g. images/photo.jpg)"
        ).format(file=file)
    if "\\" in file:
        return _("'{file}' uses backslashes; write '/' between folders").format(file=file)
    if ".." in PurePosixPath(file).parts:
        return _("'{file}' contains '..'; images must stay inside the hall folder").format(
            file=file
        )
    return None
