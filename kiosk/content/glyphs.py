"""Which characters the bundled font draws, from the list scripts/subset_font.py writes beside it."""

from __future__ import annotations

import bisect
import functools
from pathlib import Path

from kiosk.files import read_limited
from kiosk.paths import FONTS

COVERAGE = FONTS / "coverage.txt"  # one range of code points a line, in hex: "4E00-4E01"
MAX_BYTES = 1024 * 1024


class Coverage:
    """A set of code points held as sorted, disjoint ranges."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self._starts = [start for start, _ in ranges]
        self._ends = [end for _, end in ranges]

    def __call__(self, code: int) -> bool:
        """Whether the font draws this code point."""
        i = bisect.bisect_right(self._starts, code) - 1
        return i >= 0 and code <= self._ends[i]

    def __len__(self) -> int:
        return sum(end - start + 1 for start, end in zip(self._starts, self._ends, strict=True))

    @classmethod
    def read(cls, path: Path = COVERAGE) -> Coverage:
        """The coverage written at path; OSError or ValueError when it cannot be read."""
        ranges = []
        for line in read_limited(path, MAX_BYTES).decode("ascii").split():
            start, _, end = line.partition("-")
            ranges.append((int(start, 16), int(end or start, 16)))
        return cls(sorted(ranges))


def to_ranges(codes: set[int]) -> list[tuple[int, int]]:
    """Sorted, disjoint (first, last) ranges covering exactly the given code points."""
    ranges: list[tuple[int, int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges


def format_ranges(codes: set[int]) -> str:
    """The text of a coverage file for these code points."""
    return "".join(
        f"{start:04X}\n" if start == end else f"{start:04X}-{end:04X}\n"
        for start, end in to_ranges(codes)
    )


FONT_FILES = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")


def font_problem() -> str | None:
    """What is wrong with the bundled fonts (missing, not a font), or None when they are whole."""
    for name in FONT_FILES:
        path = FONTS / name
        try:
            with path.open("rb") as handle:
                magic = handle.read(4)
        except OSError as exc:
            return f"the bundled font {path} cannot be read ({exc.strerror or exc})"
        if magic != b"OTTO":
            return f"the bundled font {path} is not an OpenType font (damaged?)"
    if bundled() is None:
        return f"the list of characters the bundled fonts draw, {COVERAGE}, cannot be read"
    return None


@functools.cache
def bundled() -> Coverage | None:
    """The bundled font's coverage, or None when its list is missing or unreadable."""
    try:
        return Coverage.read()
    except (OSError, ValueError, UnicodeDecodeError):
        return None
