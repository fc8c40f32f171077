"""Generated halls for tests: any size (benchmarks.make_hall), or a timeline of many kinds."""

from __future__ import annotations

import calendar
import random
import shutil
from pathlib import Path
from typing import Any

import yaml

from benchmarks.make_hall import make_generated_hall


def mixed_events(
    years: tuple[int, ...] = (2022, 2023, 2024),
    per_year: int = 14,
    sections: int = 3,
    seed: int = 3,
) -> list[dict[str, Any]]:
    """Events of every kind over several years: days (some on the same day), months (some
    narrowed with `within`), spans of days and whole years, as hall.yaml holds them."""
    rng = random.Random(seed)
    events: list[dict[str, Any]] = []

    def add(**fields: Any) -> None:
        k = len(events) + 1
        events.append(
            {
                "id": f"event-{k}",
                **fields,
                "headline": {"zh": f"事件{k}", "en": f"Event {k}"},
                "section": f"section-{k % sections + 1}",
            }
        )

    for year in years:
        add(date=str(year))
        for _ in range(per_year):
            month = rng.randrange(1, 13)
            day = rng.randrange(1, calendar.monthrange(year, month)[1] + 1)
            kind = rng.choice(["day", "day", "day", "month", "within", "range"])
            if kind == "day":
                add(date=f"{year}-{month:02d}-{day:02d}")
            elif kind == "month":
                add(date=f"{year}-{month:02d}")
            elif kind == "within":
                add(date=f"{year}-{month:02d}", within=rng.choice(["early", "mid", "late"]))
            else:
                end = min(day + rng.randrange(1, 6), calendar.monthrange(year, month)[1])
                add(
                    date=f"{year}-{month:02d}-{max(1, end - 5):02d}",
                    end=f"{year}-{month:02d}-{end:02d}",
                )
        add(date=f"{year}-06-16")  # two events of one day
        add(date=f"{year}-06-16")
    return events


def make_timeline_hall(folder: Path, years: tuple[int, ...] = (2022, 2023, 2024)) -> Path:
    """A valid hall whose timeline spans years, with events of every kind (mixed_events)."""
    make_generated_hall(folder, sections=3, events=0)
    hall = yaml.safe_load((folder / "hall.yaml").read_text(encoding="utf-8"))
    hall["events"] = mixed_events(years)
    text = yaml.safe_dump(hall, allow_unicode=True, sort_keys=False)
    (folder / "hall.yaml").write_text(text, encoding="utf-8")
    return folder


__all__ = [
    "make_generated_hall", "make_linked_hall", "make_long_headline_hall", "make_timeline_hall",
    "mixed_events",
]  # fmt: skip


LONG_HEADLINE = "A headline that goes on and on, " * 12 + "and only then ends"


def make_long_headline_hall(folder: Path) -> tuple[Path, int]:
    """A small hall whose second story's English headline cannot fit: the folder, its line."""
    folder = make_generated_hall(folder, sections=1, stories=2, events=1, stats=1)
    data = yaml.safe_load((folder / "hall.yaml").read_text(encoding="utf-8"))
    data["sections"][0]["stories"][1]["headline"]["en"] = LONG_HEADLINE
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    (folder / "hall.yaml").write_text(text, encoding="utf-8")
    return folder, next(i for i, t in enumerate(text.splitlines(), 1) if LONG_HEADLINE in t)


LINK = "https://www.example.com/jining-hitech-2023/"  # a reserved domain: no real page
LINKED_STORY = "komatsu-greatwall"
LINKED_EVENT = "five-ones-mechanism"


def make_linked_hall(folder: Path) -> Path:
    """The bundled hall with a link on the hall, its first story and its first event."""
    from kiosk.paths import DEFAULT_HALL

    shutil.copytree(DEFAULT_HALL, folder)
    path = folder / "hall.yaml"
    text = path.read_text(encoding="utf-8")
    for anchor, line in (
        ("\nid: jining-hitech-2023\n", f"link: {LINK}"),
        (f"\n      - id: {LINKED_STORY}\n", f"        link: {LINK}{LINKED_STORY}.html"),
        (f"\n  - id: {LINKED_EVENT}\n", f"    link: {LINK}{LINKED_EVENT}.html"),
    ):
        assert text.count(anchor) == 1, anchor
        text = text.replace(anchor, f"{anchor}{line}\n")
    path.write_text(text, encoding="utf-8")
    return folder
