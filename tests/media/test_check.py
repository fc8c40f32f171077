"""Checking images: each bad input refused in plain words, or accepted; bombs never decoded."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PIL import Image

from kiosk.content import Severity
from kiosk.media import ImageInfo, ImageProblem, Kind, check_hall_images, inspect_image
from kiosk.media.problems import megapixels
from kiosk.media.source import MAX_BYTES
from tests.media.inputs import BAD_INPUTS, photo
from tests.media.memory import peak_rss_mb

REFUSED = [(name, kind, words) for name, (_, kind, words) in BAD_INPUTS.items() if kind]
ACCEPTED = [name for name, (_, kind, _) in BAD_INPUTS.items() if not kind]


@pytest.mark.parametrize(("name", "kind", "words"), REFUSED)
def test_refused_in_plain_words(inputs: Path, name: str, kind: str, words: str) -> None:
    problem = inspect_image(inputs / "images" / name)
    assert isinstance(problem, ImageProblem)
    assert problem.kind == kind
    assert problem.severity is Severity.ERROR
    assert words in problem.message


@pytest.mark.parametrize("name", ACCEPTED)
def test_accepted(inputs: Path, name: str) -> None:
    assert isinstance(inspect_image(inputs / "images" / name), ImageInfo)


def test_info_describes_the_header(inputs: Path) -> None:
    info = inspect_image(inputs / "images" / "rotated.jpg")
    assert isinstance(info, ImageInfo)
    assert (info.format, info.width, info.height, info.orientation) == ("JPEG", 120, 60, 6)
    assert info.upright == (60, 120)


def test_a_raised_cap_accepts_the_96_megapixel_jpeg(inputs: Path) -> None:
    info = inspect_image(inputs / "images" / "huge.jpg", max_pixels=100_000_000)
    assert isinstance(info, ImageInfo)
    assert info.pixels == 96_000_000


def test_a_lower_cap_refuses_smaller_images(tmp_path: Path) -> None:
    problem = inspect_image(photo(tmp_path / "a.jpg", (400, 300)), max_pixels=100_000)
    assert isinstance(problem, ImageProblem)
    assert "0.1 megapixels (400 × 300), over the 0.1-megapixel limit" in problem.message


@pytest.mark.parametrize(
    ("name", "kind", "words"),
    [
        ("truncated.png", "truncated", "truncated PNG"),
        ("truncated.gif", "truncated", "truncated GIF"),
        ("truncated.tif", "truncated", "truncated TIFF"),
    ],
)
def test_truncation_in_other_formats(tmp_path: Path, name: str, kind: str, words: str) -> None:
    data = photo(tmp_path / name).read_bytes()
    (tmp_path / name).write_bytes(data[: len(data) // 2])
    problem = inspect_image(tmp_path / name)
    assert isinstance(problem, ImageProblem)
    assert (problem.kind, words in problem.message) == (kind, True)


def test_a_format_the_kiosk_does_not_show(tmp_path: Path) -> None:
    Image.new("RGB", (16, 16)).save(tmp_path / "icon.ico")
    problem = inspect_image(tmp_path / "icon.ico")
    assert problem == ImageProblem(
        Kind.UNSUPPORTED, "ICO format, which the kiosk does not show: save it as JPEG or PNG"
    )


def test_binary_junk_is_not_an_image(tmp_path: Path) -> None:
    (tmp_path / "junk.jpg").write_bytes(bytes(range(256)) * 4)
    problem = inspect_image(tmp_path / "junk.jpg")
    assert isinstance(problem, ImageProblem)
    assert problem.message == "not an image (the kiosk reads JPEG, PNG, GIF, WebP, TIFF or BMP)"


def test_missing_file(tmp_path: Path) -> None:
    assert inspect_image(tmp_path / "nowhere.jpg") == ImageProblem(Kind.MISSING, "file not found")


@pytest.mark.parametrize(
    ("pixels", "words"),
    [
        (1_200_000_000, "1.2 gigapixels"),
        (900_000_000, "900 megapixels"),
        (96_000_000, "96 megapixels"),
        (2_073_600, "2.1 megapixels"),
    ],
)
def test_megapixels(pixels: int, words: str) -> None:
    assert megapixels(pixels) == words


def test_hall_check_lists_errors_and_warnings(inputs: Path) -> None:
    files = ["images/" + name for name in BAD_INPUTS] + ["images/gone.jpg", "../outside.jpg"]
    found = [
        (file, problem)
        for file, problem in check_hall_images(inputs, files)
        if problem.kind is not Kind.UNDERSIZED  # the inputs are small (checked below)
    ]
    kinds = {(file.removeprefix("images/"), problem.kind) for file, problem in found}
    assert kinds == {
        ("truncated.jpg", Kind.TRUNCATED),
        ("text.jpg", Kind.NOT_IMAGE),
        ("empty.jpg", Kind.EMPTY),
        ("bomb.png", Kind.TOO_LARGE),
        ("huge.jpg", Kind.TOO_LARGE),
        ("png.jpg", Kind.MISNAMED),
        ("animated.gif", Kind.ANIMATED),
        ("gone.jpg", Kind.MISSING),
        ("../outside.jpg", Kind.OUTSIDE),
    }
    warnings = {f: p.message for f, p in found if p.severity is Severity.WARNING}
    assert warnings == {
        "images/png.jpg": "a PNG image named '.jpg'; it works, but some tools will be confused",
        "images/animated.gif": "a GIF of 3 frames; only the first is shown",
    }
    reported = [file for file, _ in found]
    assert reported == sorted(reported, key=files.index)


def test_symlink_out_of_the_hall_is_refused(tmp_path: Path) -> None:
    hall = tmp_path / "hall"
    (hall / "images").mkdir(parents=True)
    secret = photo(tmp_path / "secret.jpg")
    (hall / "images" / "link.jpg").symlink_to(secret)
    [(file, problem)] = check_hall_images(hall, ["images/link.jpg"])
    assert (file, problem.kind) == ("images/link.jpg", Kind.OUTSIDE)


def test_far_larger_than_the_screen_is_a_warning(tmp_path: Path) -> None:
    Image.new("RGB", (8000, 10), "white").save(tmp_path / "wide.png")
    [problem] = [
        p for _, p in check_hall_images(tmp_path, ["wide.png"]) if p.kind is Kind.OVERSIZED
    ]
    assert problem.severity is Severity.WARNING
    assert problem.message == (
        "8000 × 10 pixels (0.1 megapixels), far more than a 1920-pixel screen needs; "
        "it works but is slow to prepare: scale it down to 3840 pixels on the long edge"
    )
    assert [p.kind for _, p in check_hall_images(tmp_path, ["wide.png"], screen=(3840, 2160))] == [
        Kind.UNDERSIZED  # 10 pixels high
    ]


def test_the_bomb_is_refused_without_being_decoded(inputs: Path) -> None:
    bomb = inputs / "images" / "bomb.png"
    peak = peak_rss_mb(
        f"""
        from pathlib import Path
        from kiosk.media import inspect_image, Kind
        assert inspect_image(Path({str(bomb)!r})).kind is Kind.TOO_LARGE
        """
    )
    assert peak < 150, f"peak {peak:.0f} MB: the bomb (900 MB decoded) was decoded"


def test_verifying_a_huge_jpeg_decodes_it_at_one_eighth(inputs: Path) -> None:
    huge = inputs / "images" / "huge.jpg"
    peak = peak_rss_mb(
        f"""
        from pathlib import Path
        from kiosk.media import inspect_image, ImageInfo
        assert isinstance(inspect_image(Path({str(huge)!r}), max_pixels=10**8), ImageInfo)
        """
    )
    assert peak < 150, f"peak {peak:.0f} MB: 288 MB means a full-size decode"


def test_a_phone_mpo_is_a_still_jpeg(tmp_path: Path) -> None:
    first, depth = Image.new("RGB", (1920, 1080), "red"), Image.new("RGB", (32, 24), "grey")
    first.save(tmp_path / "phone.jpg", format="MPO", save_all=True, append_images=[depth])
    info = inspect_image(tmp_path / "phone.jpg")
    assert isinstance(info, ImageInfo)
    assert (info.format, info.frames) == ("JPEG", 1)
    assert check_hall_images(tmp_path, ["phone.jpg"]) == []


def test_a_multi_page_tiff_is_a_warning(tmp_path: Path) -> None:
    pages = [Image.new("RGB", (1920, 1080), colour) for colour in ("red", "blue")]
    pages[0].save(tmp_path / "scan.tif", save_all=True, append_images=pages[1:])
    [(_, problem)] = check_hall_images(tmp_path, ["scan.tif"])
    assert problem.message == "a TIFF of 2 pages; only the first is shown"


@pytest.mark.skipif(os.name != "posix", reason="named pipes and /dev/zero")
@pytest.mark.parametrize(("make", "words"), [("fifo", "a named pipe (FIFO)"), ("zero", "a device")])
def test_a_picture_that_is_not_a_file_is_refused_at_once(
    tmp_path: Path, make: str, words: str
) -> None:
    path = tmp_path / "photo.jpg"
    if make == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    started = time.monotonic()
    problem = inspect_image(path)
    assert time.monotonic() - started < 1.0
    assert isinstance(problem, ImageProblem)
    assert problem.message == f"{words}, not an image file"


def test_a_picture_file_over_the_byte_limit_is_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "huge.jpg"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    problem = inspect_image(path)
    assert isinstance(problem, ImageProblem)
    assert problem.kind is Kind.TOO_LARGE
    assert "over the 268 MB limit for a picture" in problem.message


@pytest.mark.parametrize(
    ("size", "screen", "enlarged"),
    [
        ((1, 1), (1920, 1080), "1920"),
        ((640, 480), (1920, 1080), "3"),
        ((900, 500), (1920, 1080), "2"),
    ],
)
def test_a_picture_far_smaller_than_the_screen_is_a_warning(
    tmp_path: Path, size: tuple[int, int], screen: tuple[int, int], enlarged: str
) -> None:
    Image.new("RGB", size, "white").save(tmp_path / "small.png")
    [(_, problem)] = check_hall_images(tmp_path, ["small.png"], screen=screen)
    assert (problem.kind, problem.severity) == (Kind.UNDERSIZED, Severity.WARNING)
    assert problem.message == (
        f"only {size[0]} × {size[1]} pixels: the kiosk shows every picture up to full screen "
        f"(1920 × 1080, in the attract loop), {enlarged} times enlarged, so it looks blurred; "
        "use one of at least 1920 × 1080 pixels"
    )


def test_a_picture_half_the_screen_is_enough(tmp_path: Path) -> None:
    Image.new("RGB", (960, 540), "white").save(tmp_path / "half.png")
    assert check_hall_images(tmp_path, ["half.png"]) == []
