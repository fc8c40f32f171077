"""Deriving: upright, 8-bit RGB (alpha kept where real), first frame, fitted, decoded small."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from kiosk.media import ALL_SIZES, Cache, ImageError, Kind, Size, derive, derive_all
from kiosk.media.derivatives import render
from kiosk.media.sizes import fit
from tests.media.inputs import BLUE, GREEN, RED, photo
from tests.media.memory import peak_rss_mb


def shown(path: Path) -> Image.Image:
    """A derivative as the UI will load it."""
    with Image.open(path) as im:
        im.load()
        return im


def near(pixel: object, colour: tuple[int, ...], tolerance: int = 40) -> bool:
    assert isinstance(pixel, tuple)
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def test_sizes_fit_their_boxes_and_never_upscale() -> None:
    assert Size.FULL.edge() == 1920
    assert Size.FULL.edge((1080, 1920)) == 1920
    assert Size.FULL.edge((3840, 2160)) == 3840
    assert [Size.TILE.edge(), Size.THUMB.edge(), Size.MARKER.edge()] == [960, 480, 320]
    assert fit((6000, 4000), 1920) == (1920, 1280)
    assert fit((4000, 6000), 480) == (320, 480)
    assert fit((100, 50), 1920) == (100, 50)
    assert fit((10000, 1), 320) == (320, 1)


def test_every_size_of_a_photo(tmp_path: Path, cache: Cache) -> None:
    source = photo(tmp_path / "p.jpg", (3000, 2000))
    paths = derive_all(source, ALL_SIZES, cache)
    sizes = {size: shown(path).size for size, path in paths.items()}
    assert sizes == {
        Size.FULL: (1920, 1280),
        Size.TILE: (960, 640),
        Size.THUMB: (480, 320),
        Size.MARKER: (320, 213),
    }
    for path in paths.values():
        with Image.open(path) as im:
            assert (im.format, im.mode, path.suffix) == ("JPEG", "RGB", ".jpg")
            assert "progressive" not in im.info  # loads in half the time
            assert "exif" not in im.info


def test_exif_rotated_jpeg_comes_out_upright(inputs: Path, cache: Cache) -> None:
    im = shown(derive(inputs / "images" / "rotated.jpg", Size.FULL, cache))
    assert im.size == (60, 120)
    assert near(im.getpixel((30, 10)), RED)
    assert near(im.getpixel((30, 110)), BLUE)


def test_sixteen_bit_grey_is_scaled_not_clipped(inputs: Path, cache: Cache) -> None:
    im = shown(derive(inputs / "images" / "grey16.png", Size.FULL, cache))
    assert im.mode == "RGB"
    for x in (0, 64, 128, 200, 255):
        assert near(im.getpixel((x, 8)), (x, x, x), tolerance=6)


def test_cmyk_jpeg_becomes_rgb(inputs: Path, cache: Cache) -> None:
    im = shown(derive(inputs / "images" / "cmyk.jpg", Size.FULL, cache))
    assert im.mode == "RGB"
    assert near(im.getpixel((32, 24)), RED)


def test_animated_gif_gives_its_first_frame(inputs: Path, cache: Cache) -> None:
    im = shown(derive(inputs / "images" / "animated.gif", Size.FULL, cache))
    assert (im.mode, im.size) == ("RGB", (40, 30))
    assert near(im.getpixel((20, 15)), RED)


def test_png_named_jpg_works(inputs: Path, cache: Cache) -> None:
    im = shown(derive(inputs / "images" / "png.jpg", Size.THUMB, cache))
    assert near(im.getpixel((0, 0)), GREEN)


def test_real_alpha_is_kept_as_png(inputs: Path, cache: Cache) -> None:
    path = derive(inputs / "images" / "rgba.png", Size.TILE, cache)
    im = shown(path)
    assert (path.suffix, im.format, im.mode) == (".png", "PNG", "RGBA")
    assert near(im.getpixel((5, 5)), (*RED, 128), tolerance=2)


def test_opaque_alpha_is_dropped(tmp_path: Path, cache: Cache) -> None:
    Image.new("RGBA", (64, 48), (*RED, 255)).save(tmp_path / "opaque.png")
    path = derive(tmp_path / "opaque.png", Size.TILE, cache)
    assert (path.suffix, shown(path).mode) == (".jpg", "RGB")


@pytest.mark.parametrize("mode", ["1", "L", "LA", "P", "I", "RGBX"])
def test_other_modes_become_8_bit_rgb(tmp_path: Path, cache: Cache, mode: str) -> None:
    suffix = ".tif" if mode in ("I", "RGBX") else ".png"
    Image.new("RGB", (20, 10), (90, 90, 90)).convert(mode).save(tmp_path / f"m{suffix}")
    im = shown(derive(tmp_path / f"m{suffix}", Size.MARKER, cache))
    assert im.mode == "RGB"
    if mode != "1":  # one-bit is dithered
        assert near(im.getpixel((10, 5)), (90, 90, 90), tolerance=15)  # P: web palette


def test_palette_with_transparency_keeps_alpha(tmp_path: Path, cache: Cache) -> None:
    im = Image.new("P", (20, 10), 0)
    im.putpalette([255, 0, 0, 0, 0, 255])
    im.paste(1, (0, 0, 10, 10))
    im.save(tmp_path / "p.png", transparency=1)
    assert shown(derive(tmp_path / "p.png", Size.MARKER, cache)).mode == "RGBA"


def test_one_pixel(inputs: Path, cache: Cache) -> None:
    paths = derive_all(inputs / "images" / "pixel.png", ALL_SIZES, cache)
    assert {shown(path).size for path in paths.values()} == {(1, 1)}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("truncated.jpg", Kind.TRUNCATED),
        ("text.jpg", Kind.NOT_IMAGE),
        ("empty.jpg", Kind.EMPTY),
        ("bomb.png", Kind.TOO_LARGE),
        ("huge.jpg", Kind.TOO_LARGE),
    ],
)
def test_bad_sources_raise_in_plain_words(
    inputs: Path, cache: Cache, name: str, kind: Kind
) -> None:
    with pytest.raises(ImageError) as caught:
        derive(inputs / "images" / name, Size.FULL, cache)
    assert caught.value.problem.kind is kind
    assert not list(cache.base.rglob("*.*"))


def test_a_missing_source_raises_in_plain_words(tmp_path: Path, cache: Cache) -> None:
    with pytest.raises(ImageError, match="file not found"):
        derive(tmp_path / "gone.jpg", Size.FULL, cache)


def test_derive_is_idempotent(tmp_path: Path, cache: Cache) -> None:
    source = photo(tmp_path / "p.jpg")
    first = derive(source, Size.THUMB, cache)
    stamp = first.stat().st_mtime_ns
    assert derive(source, Size.THUMB, cache) == first
    assert first.stat().st_mtime_ns == stamp


def test_jpeg_is_decoded_at_reduced_scale(tmp_path: Path) -> None:
    source = photo(tmp_path / "p.jpg", (4000, 3000))
    made = render(source, [480, 1920])
    assert {edge: im.size for edge, im in made.items()} == {1920: (1920, 1440), 480: (480, 360)}
    with Image.open(source) as im:
        im.draft(None, fit(im.size, 1920))
        assert im.size == (2000, 1500)  # what render decoded: a quarter of the pixels


def test_a_96_megapixel_jpeg_derives_in_little_memory(inputs: Path, tmp_path: Path) -> None:
    huge = inputs / "images" / "huge.jpg"
    peak = peak_rss_mb(
        f"""
        from pathlib import Path
        from kiosk.media import ALL_SIZES, Cache, derive_all
        derive_all(Path({str(huge)!r}), ALL_SIZES, Cache(Path({str(tmp_path / "c")!r})),
                   max_pixels=100_000_000)
        """
    )
    assert peak < 150, f"peak {peak:.0f} MB: 288 MB means a full-size decode"
