"""Every view renders at 1920x1080 and 1080x1920: not blank and close to its reference.

Whether any text is cut off is tests/ui/test_layout.py's question (it reads the inspect facts).

Reference images (a quarter of full size) live in tests/ui/reference/. After an intended visual
change, regenerate them with:  KIOSK_UPDATE_SNAPSHOTS=1 make test PYTEST_ARGS=tests/ui/test_snapshots.py
and look at every changed PNG before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kiosk.config import Settings
from kiosk.content import LoadResult
from kiosk.ui import snapshot

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("KIOSK_UPDATE_SNAPSHOTS") == "1"
TOLERANCE = 6.0  # mean absolute difference per channel (0-255) at quarter size
SIZES = [(1920, 1080), (1080, 1920)]
VIEWS = [
    ("home", "zh"),
    ("home", "en"),
    ("section:livelihood", "zh"),
    ("section:projects", "en"),
    ("story:komatsu-greatwall", "en"),
    ("story:smart-elderly-care", "zh"),
    ("story:xingfu-river-park", "zh"),  # a story with a film: its poster and controls
    ("story:xingfu-river-park", "en"),
    ("about", "zh"),
    ("timeline", "zh"),
    ("stats", "en"),
    ("event:qingdao-investment-trip", "en"),
    ("photo:city:0", "zh"),
    ("attract", "zh"),
]


def _small(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32).scaled(
        image.width() // 4, image.height() // 4,
        Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation,
    )  # fmt: skip


def _difference(a: QImage, b: QImage) -> float:
    assert a.size() == b.size()
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            total += sum(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16))
    return total / (a.width() * a.height() * 3)


def _is_blank(image: QImage) -> bool:
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    return len(colours) < 50


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize(
    ("view", "lang"), VIEWS, ids=[f"{v.replace(':', '-')}-{lang}" for v, lang in VIEWS]
)
def test_view_renders(
    qtbot: object,
    bundled: LoadResult,
    image_cache: Path,
    tmp_path: Path,
    view: str,
    lang: str,
    size: tuple[int, int],
) -> None:
    name = f"{view.replace(':', '-')}_{lang}_{size[0]}x{size[1]}.png"
    out = snapshot.render(
        [bundled],
        view,
        size,
        lang,
        tmp_path / name,
        settings=Settings(image_cache=image_cache),
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == size
    assert not _is_blank(image), "the view rendered blank"
    small = _small(image)
    reference = REFERENCE / name
    if UPDATE or not reference.exists():
        if not UPDATE:
            pytest.fail(
                f"no reference image {reference}; run with KIOSK_UPDATE_SNAPSHOTS=1 and look at it"
            )
        REFERENCE.mkdir(exist_ok=True)
        small.save(str(reference))
        return
    difference = _difference(
        small, QImage(str(reference)).convertToFormat(QImage.Format.Format_RGB32)
    )
    assert difference <= TOLERANCE, f"{name} differs from its reference by {difference:.1f}"
