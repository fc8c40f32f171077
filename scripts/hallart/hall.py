"""Reading a hall's pictures (the jobs) from its hall.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .palette import DEFAULT_ACCENT


@dataclass(frozen=True)
class Job:
    """One picture to generate."""

    path: str
    section: str
    accent: str
    key: str
    cover: bool


def picture_file(picture: object) -> str | None:
    """The path of a Picture (a string, or a mapping with 'file')."""
    if isinstance(picture, str):
        return picture
    if isinstance(picture, dict):
        file = picture.get("file")
        return file if isinstance(file, str) else None
    return None


def safe_relative(path: str) -> bool:
    """True for a relative, forward-slash path that stays inside the hall folder."""
    return (
        bool(path)
        and not path.startswith(("/", "\\"))
        and ".." not in path.split("/")
        and ":" not in path
    )


def collect_jobs(hall: dict[str, Any]) -> list[Job]:
    """Every picture named in the hall: section covers, story images and event images (first use wins)."""
    sections = [s for s in hall.get("sections") or [] if isinstance(s, dict)]
    accents = {str(s.get("id")): str(s.get("accent") or DEFAULT_ACCENT) for s in sections}
    found: list[Job] = []
    for sec in sections:
        sid = str(sec.get("id"))
        found.append(Job(picture_file(sec.get("cover")) or "", sid, accents[sid], "cover", True))
        for story in sec.get("stories") or []:
            for pic in (story.get("images") or []) if isinstance(story, dict) else []:
                found.append(
                    Job(picture_file(pic) or "", sid, accents[sid], str(story.get("id")), False)
                )
    for event in hall.get("events") or []:
        if isinstance(event, dict):
            sid = str(event.get("section"))
            found.append(
                Job(
                    picture_file(event.get("image")) or "",
                    sid,
                    accents.get(sid, DEFAULT_ACCENT),
                    str(event.get("id")),
                    False,
                )
            )
    jobs: dict[str, Job] = {}
    for job in found:
        if job.path and job.path not in jobs:
            jobs[job.path] = job
    return list(jobs.values())
