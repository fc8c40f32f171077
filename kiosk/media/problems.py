"""What can be wrong with an image, in plain words for staff."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kiosk.content.findings import Severity
from kiosk.i18n import _


class Kind(enum.StrEnum):
    """A machine-readable name for each kind of image problem."""

    MISSING = "missing"
    OUTSIDE = "outside"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NOT_IMAGE = "not-image"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too-large"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    CACHE = "cache"
    CRASHED = "crashed"
    UNEXPECTED = "unexpected"
    # warnings: the image works
    OVERSIZED = "oversized"
    UNDERSIZED = "undersized"
    MISNAMED = "misnamed"
    ANIMATED = "animated"


@dataclass(frozen=True)
class ImageProblem:
    """Why an image cannot be shown (an error) or deserves attention (a warning)."""

    kind: Kind
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return self.message


class ImageError(Exception):
    """An image that cannot be used; carries the plain-words problem."""

    def __init__(self, problem: ImageProblem) -> None:
        self.problem = problem
        super().__init__(problem.message)


def fail(kind: Kind, message: str) -> ImageError:
    """An ImageError for an error of this kind."""
    return ImageError(ImageProblem(kind, message))


def megapixels(pixels: int) -> str:
    """'1.2 gigapixels', '96 megapixels', '2.1 megapixels'."""
    if pixels >= 999_500_000:
        return _("{count} gigapixels").format(count=f"{pixels / 1e9:.1f}")
    if pixels >= 9_950_000:
        return _("{count} megapixels").format(count=f"{pixels / 1e6:.0f}")
    return _("{count} megapixels").format(count=f"{pixels / 1e6:.1f}")


def dimensions(size: tuple[int, int]) -> str:
    """'6000 × 4000 pixels (24 megapixels)'."""
    width, height = size
    return _("{width} × {height} pixels ({megapixels})").format(
        width=width, height=height, megapixels=megapixels(width * height)
    )
