"""Hall content: load, validate and normalise (pure Python, never imports Qt)."""

from kiosk.content.dates import PartialDate
from kiosk.content.findings import ContentError, Finding, Severity
from kiosk.content.loader import LoadResult, load_hall
from kiosk.content.model import Event, Hall, Picture, Section, Stat, Story, Video

__all__ = [
    "ContentError",
    "Event",
    "Finding",
    "Hall",
    "LoadResult",
    "PartialDate",
    "Picture",
    "Section",
    "Severity",
    "Stat",
    "Story",
    "Video",
    "load_hall",
]
