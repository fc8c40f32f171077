"""Generate a valid hall of any size, with real images (benchmarks and tests).

.venv/bin/python benchmarks/make_hall.py OUT [--sections 50 --events 1000 --images 200]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml
from PIL import Image, ImageDraw

PALETTE = ["#A33A2E", "#24568C", "#2F6B4E", "#6A4A86", "#8A5A14", "#1F7A8C", "#9C2F5B", "#4E6E2B"]


def _image(path: Path, colour: str, size: tuple[int, int], seed: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        r = rng.randrange(size[1] // 6, size[1] // 2)
        shade = tuple(min(255, c + rng.randrange(20, 80)) for c in image.getpixel((0, 0)))  # type: ignore[union-attr]
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade)
    image.save(path, quality=80)


def make_generated_hall(
    folder: Path,
    *,
    sections: int = 3,
    stories: int = 2,
    events: int = 8,
    stats: int = 6,
    images: int | None = None,
    image_size: tuple[int, int] = (640, 400),
    hall_id: str = "generated-hall",
    seed: int = 7,
    japanese: bool = False,
) -> Path:
    """Write a valid bilingual hall (trilingual with japanese) of the given size; its folder."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    picture_count = 0

    def picture(section: int) -> str:
        nonlocal picture_count
        index = picture_count if images is None else picture_count % max(1, images)
        picture_count += 1
        file = f"images/p{index:04d}.jpg"
        if not (folder / file).exists():
            _image(folder / file, PALETTE[section % len(PALETTE)], image_size, seed + index)
        return file

    section_ids = [f"section-{i + 1}" for i in range(sections)]
    hall: dict[str, object] = {
        "id": hall_id,
        "title": {"zh": f"生成展厅 {hall_id}", "en": f"Generated hall {hall_id}"},
        "subtitle": {"zh": "测试用内容", "en": "Content for tests"},
        "languages": ["zh", "en"],
        "theme": {
            "background": "#1B1F2A",
            "surface": "#262C3B",
            "text": "#F4F1EA",
            "muted": "#A8B0BF",
            "accent": "#3FA7A0",
        },
        "sections": [
            {
                "id": sid,
                "title": {"zh": f"板块{i + 1}", "en": f"Section {i + 1}"},
                "tagline": {"zh": "示例标语", "en": "A sample tagline"},
                "accent": PALETTE[i % len(PALETTE)],
                "cover": picture(i),
                "stories": [
                    {
                        "id": f"{sid}-story-{j + 1}",
                        "headline": {"zh": f"第{j + 1}篇报道", "en": f"Story {j + 1}"},
                        "date": f"2023-{(j % 12) + 1:02d}-{(j % 27) + 1:02d}",
                        "body": [
                            {
                                "zh": "这是一段示例正文。" * 4,
                                "en": "This is a sample paragraph. " * 4,
                            }
                        ],
                        "images": [
                            {
                                "file": picture(i),
                                "caption": {"zh": "示例图片", "en": "Sample picture"},
                            }
                        ],
                    }
                    for j in range(stories)
                ],
            }
            for i, sid in enumerate(section_ids)
        ],
        "events": [
            {
                "id": f"event-{k + 1}",
                "date": f"2023-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                "headline": {"zh": f"事件{k + 1}", "en": f"Event {k + 1}"},
                "text": {"zh": "事件说明。", "en": "What happened."},
                "section": section_ids[k % sections],
            }
            for k in range(events)
        ],
        "stats": [
            {
                "id": f"stat-{k + 1}",
                "label": {"zh": f"指标{k + 1}", "en": f"Figure {k + 1}"},
                "value": rng.randrange(1, 100000),
                "unit": {"zh": "个", "en": "units"},
                "section": section_ids[k % sections],
            }
            for k in range(stats)
        ],
    }
    if japanese:
        hall["languages"] = ["zh", "en", "ja"]
        _add_japanese(hall)
    text = yaml.safe_dump(hall, allow_unicode=True, sort_keys=False)
    (folder / "hall.yaml").write_text(text, encoding="utf-8")
    return folder


def _add_japanese(node: object) -> None:
    """Give every {zh, en} text a Japanese one (marked, so tests can tell it apart)."""
    if isinstance(node, dict):
        if set(node) == {"zh", "en"}:
            node["ja"] = f"日本語：{node['zh']}"
            return
        for value in node.values():
            _add_japanese(value)
    elif isinstance(node, list):
        for value in node:
            _add_japanese(value)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: an output folder and the numbers of things."""
    parser = argparse.ArgumentParser(description="Write a valid generated hall to OUT.")
    parser.add_argument("out", type=Path, help="folder to write (created)")
    parser.add_argument("--sections", type=int, default=3)
    parser.add_argument("--stories", type=int, default=2, help="per section")
    parser.add_argument("--events", type=int, default=8)
    parser.add_argument("--stats", type=int, default=6)
    parser.add_argument("--images", type=int, default=None, help="distinct image files")
    parser.add_argument("--image-size", default="640x400", help="WxH")
    parser.add_argument("--hall-id", default="generated-hall")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--japanese", action="store_true", help="a third language: ja")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Write the hall and print its folder."""
    args = parse_args(argv)
    width, _, height = args.image_size.partition("x")
    folder = make_generated_hall(
        args.out,
        sections=args.sections,
        stories=args.stories,
        events=args.events,
        stats=args.stats,
        images=args.images,
        image_size=(int(width), int(height)),
        hall_id=args.hall_id,
        seed=args.seed,
        japanese=args.japanese,
    )
    print(folder)


if __name__ == "__main__":
    main()
