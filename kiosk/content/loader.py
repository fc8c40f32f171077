"""Load a hall folder: YAML -> validated Hall, with every finding at file:line:col."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from kiosk.content import checks, model, videos
from kiosk.content.findings import ContentError, Finding, Loc, Severity, blocking, errors
from kiosk.content.yamlsource import MAX_BYTES, Document, load
from kiosk.content.yamltree import Origin
from kiosk.i18n import _

HALL_FILE = "hall.yaml"
M = TypeVar("M", bound=BaseModel)


@dataclass
class LoadResult:
    """A hall (when it is usable) and everything found on the way."""

    folder: Path
    hall: model.Hall | None = None
    findings: list[Finding] = field(default_factory=list)
    version: str = ""  # the first hex digits of hall.yaml's sha256
    pictures: dict[str, Finding] = field(default_factory=dict)  # file -> where it is named
    videos: dict[str, Finding] = field(default_factory=dict)  # video file -> where it is named
    loaded_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())

    @property
    def ok(self) -> bool:
        """True when the hall loaded without any error (warnings allowed)."""
        return self.hall is not None and not errors(self.findings)

    @property
    def usable(self) -> bool:
        """True when the hall can be shown (broken pictures become placeholders)."""
        return self.hall is not None

    def require(self) -> model.Hall:
        """The hall, or ContentError with every finding."""
        if self.hall is None or not self.ok:
            raise ContentError(errors(self.findings) or self.findings)
        return self.hall


def hall_file(folder: Path) -> Path:
    """The hall.yaml of a hall folder (or the file itself if given)."""
    return folder if folder.is_file() else folder / HALL_FILE


def load_hall(path: Path | str, *, max_bytes: int = MAX_BYTES) -> LoadResult:
    """Load and validate a hall folder (or its hall.yaml); never raises for bad content."""
    path = Path(path)
    file = hall_file(path)
    folder = file.parent
    result = LoadResult(folder)
    if not file.exists():
        result.findings.append(
            Finding(
                Severity.ERROR,
                str(file),
                None,
                None,
                "",
                _("no such file; a hall folder needs a hall.yaml"),
            )
        )
        return result
    outside = _leaves_folder(file, folder)
    if outside:
        result.findings.append(Finding(Severity.ERROR, file.name, None, None, "", outside))
        return result
    doc = load(file, file.name, max_bytes)
    result.version = doc.digest[:10]
    result.findings += doc.findings
    if doc.data is None and not doc.findings:
        result.findings.append(doc.finding((), _("the file is empty")))
    if doc.data is None:
        return result
    if not isinstance(doc.data, dict):
        result.findings.append(
            doc.finding((), _("expected a mapping of hall fields (id:, title:, sections: ...)"))
        )
        return result
    context = {"languages": model.languages_of(doc.data)}
    hall, model_findings = validate(doc, model.Hall, context)
    result.findings += model_findings
    result.findings += checks.check(doc, folder)
    result.findings += videos.check_videos(doc, folder)
    result.pictures = checks.picture_places(doc)
    result.videos = videos.video_places(doc)
    result.findings.sort(key=lambda f: (f.line or 0, f.column or 0))
    if hall is not None and not blocking(result.findings):
        result.hall = hall  # usable; non-blocking errors (pictures) still fail `ok`
    return result


def _leaves_folder(file: Path, folder: Path) -> str | None:
    """Why the hall file (a symlink) is refused for leading out of its folder, or None."""
    try:
        target = file.resolve()
        inside = target.is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return _("cannot be resolved (a symlink loop?)")
    if inside:
        return None
    return _(
        "is a link to '{target}', outside the hall folder; put the file itself in the hall folder"
    ).format(target=target)


def validate(
    doc: Document, cls: type[M], context: dict[str, Any] | None = None
) -> tuple[M | None, list[Finding]]:
    """Validate parsed data against a model; convert pydantic errors to located findings."""
    try:
        return cls.model_validate(doc.data, context=context), []
    except ValidationError as exc:
        return None, [_finding(doc, error, cls) for error in exc.errors(include_url=False)]


def _finding(doc: Document, error: ErrorDetails, root: type[BaseModel]) -> Finding:
    """One pydantic error as a located, plain-words finding."""
    loc: Loc = tuple(p for p in error["loc"] if isinstance(p, int) or not p.startswith("function-"))
    kind = error["type"]
    value = error.get("input")
    at = (error.get("ctx") or {}).get("at")
    if at is not None and isinstance(value, dict):  # the problem is inside a Text mapping
        loc, value = (*loc, at), value.get(at)
        if kind == "kiosk_language":
            return doc.finding(loc, error["msg"], key=True)
    if kind == "missing":
        return doc.finding(loc, _("is required but missing"))
    if kind == "extra_forbidden":
        return doc.finding(loc, _unknown_key(loc, root), key=True)
    origin = doc.origins.get(loc)
    if kind == "kiosk_colour" and value is None and origin is not None and origin.comment_after:
        return doc.finding(
            loc,
            _(
                "is empty: YAML reads a # as the start of a comment; "
                'write the colour in quotes: "#RRGGBB"'
            ),
        )
    if kind == "kiosk_type":
        wants_text = bool((error.get("ctx") or {}).get("wants_text"))
        return doc.finding(loc, _joined(error["msg"], _hint(value, origin, wants_text=wants_text)))
    if kind in ("too_short", "list_type") and isinstance(value, list | type(None)):
        return doc.finding(loc, _("needs at least one entry"))
    if kind.endswith("_type") or kind.endswith("_parsing"):
        got = (
            _("the number {value}").format(value=value)
            if isinstance(value, float) and kind.startswith("int")
            else model.value_kind(value)
        )
        message = _("expected {expected}, got {got}").format(expected=_expected(kind), got=got)
        return doc.finding(loc, _joined(message, _hint(value, origin, wants_text=False)))
    bounds = _bounds(kind, error.get("ctx") or {})
    if bounds:
        return doc.finding(loc, bounds)
    return doc.finding(loc, error["msg"][0].lower() + error["msg"][1:])


def _bounds(kind: str, ctx: dict[str, Any]) -> str:
    """A number out of its range, or a word not among the allowed ones, in plain words."""
    ctx = {k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in ctx.items()}
    if kind == "less_than_equal":
        return _("is too large: at most {limit}").format(limit=ctx.get("le"))
    if kind == "less_than":
        return _("is too large: less than {limit}").format(limit=ctx.get("lt"))
    if kind == "greater_than_equal":
        return _("is too small: at least {limit}").format(limit=ctx.get("ge"))
    if kind == "greater_than":
        return _("is too small: more than {limit}").format(limit=ctx.get("gt"))
    if kind == "literal_error":
        allowed = str(ctx.get("expected", "")).replace(" or ", ", ")
        return _("must be one of: {allowed}").format(allowed=allowed)
    return ""


def _joined(message: str, hint: str) -> str:
    """A message and the hint that explains it (none: the message alone)."""
    return _("{message}; {hint}").format(message=message, hint=hint) if hint else message


def _expected(kind: str) -> str:
    return {
        "int_type": _("a whole number"),
        "int_parsing": _("a whole number"),
        "list_type": _("a list"),
        "model_type": _("a mapping"),
        "dict_type": _("a mapping"),
        "string_type": _("text"),
        "model_attributes_type": _("a mapping"),
        "float_type": _("a number"),
        "float_parsing": _("a number"),
        "bool_type": _("true or false"),
        "bool_parsing": _("true or false"),
        "path_type": _("a folder or file path"),
    }.get(kind, kind.replace("_", " "))


def _hint(value: Any, origin: Origin | None, *, wants_text: bool) -> str:
    """Explain how YAML read a scalar, and how to write what was meant ('' when nothing helps)."""
    if origin is None or origin.raw is None:
        return ""
    raw = origin.raw
    if isinstance(value, str):
        return _number_hint(value, quoted=origin.quoted)
    if not isinstance(value, bool | int | float):
        return ""
    if isinstance(value, bool):
        read = _("the yes/no value {value}").format(value=str(value).lower())
    else:
        read = _("the number {value}").format(value=value)
    if not wants_text:
        if isinstance(value, bool):
            return _("YAML reads {raw} as {read}").format(raw=raw, read=read)
        return ""
    return _("YAML read {raw} as {read}. If you mean the text, put it in quotes: '{raw}'").format(
        raw=raw, read=read
    )


_WITH_UNIT = re.compile(r"^\s*[-+]?(?:\d[\d.]*|\.\d+)\s*([^\d\s.,]+)\s*$")
_NOT_A_NUMBER = re.compile(r"^[-+]?\.(nan|inf)$", re.IGNORECASE)
_GROUPED = re.compile(r"^\s*[-+]?\d{1,3}([,，\s]\d{3})+(\.\d+)?\s*$")


def _number_hint(text: str, *, quoted: bool) -> str:
    """How to write a number that YAML read as text: '5万', '50,000', '"10"', '0x1F'."""
    if _NOT_A_NUMBER.match(text.strip()):
        return _(
            "'{text}' is how YAML writes 'not a number' or infinity, which no visitor can read: "
            "write the figure itself (e.g. 10353 or 5.57)"
        ).format(text=text.strip())
    if _GROUPED.match(text):
        plain = re.sub(r"[,，\s]", "", text)
        return _("'{text}' is text to YAML; write the number without separators: {plain}").format(
            text=text, plain=plain
        )
    unit = _WITH_UNIT.match(text)
    if unit:
        number = text.strip()[: -len(unit[1])].strip()
        return _(
            "'{text}' is a number with its unit; write the number alone (value: {number}) and "
            "the unit in unit: (unit: {{zh: {unit}, en: ...}})"
        ).format(text=text, number=number, unit=unit[1])
    if not _numeric(text):
        return ""
    if quoted:
        return _(
            "'{text}' is in quotes, which makes it text: write the number without quotes"
        ).format(text=text)
    return _("'{text}' is not a plain decimal number: write it as one (e.g. 10353 or 5.57)").format(
        text=text
    )


def _numeric(text: str) -> bool:
    """Whether text looks like a number in some notation (10, 5.57, 1e4, 0x1F, 1_000)."""
    for parse in (float, lambda t: int(t, 0)):
        try:
            parse(text.replace("_", ""))
        except ValueError:
            continue
        return True
    return False


def _unknown_key(loc: Loc, root: type[BaseModel]) -> str:
    """'unknown key' with a did-you-mean from the fields allowed there."""
    key = str(loc[-1])
    parent = checks.model_at(loc[:-1], root)
    if parent is None:
        return _("unknown key '{key}'").format(key=key)
    allowed = list(parent.model_fields)
    close = checks.closest(key, allowed)
    if close:
        return _("unknown key '{key}' (did you mean '{close}'?)").format(key=key, close=close)
    return _("unknown key '{key}' (allowed: {allowed})").format(key=key, allowed=", ".join(allowed))
