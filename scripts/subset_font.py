"""Subset Debian's Noto Sans CJK SC (Regular, Bold) into the app's bundled "Noto Sans SC" fonts."""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC_DIR = Path("/usr/share/fonts/opentype/noto")
DEFAULT_DATA_DIR = ROOT / "kiosk" / "halls"
DEFAULT_OUT_DIR = ROOT / "kiosk" / "fonts"

SOURCE_FAMILY = "Noto Sans CJK SC"
DEFAULT_FAMILY = "Noto Sans SC"
# style name -> source collection (Debian package fonts-noto-cjk)
WEIGHTS: dict[str, str] = {
    "Regular": "NotoSansCJK-Regular.ttc",
    "Bold": "NotoSansCJK-Bold.ttc",
}

# Unicode blocks kept whole (only code points the font actually maps end up in the subset).
BLOCKS: list[tuple[int, int]] = [
    (0x0020, 0x007E),  # Basic Latin (printable)
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]
# Common symbols outside those blocks (and a few inside, listed for clarity).
SYMBOLS = "°×·‘’“”…—–•←→↑↓◆■●▲▼○□★☆№℃%€™�"

# The Simplified Chinese language system; other CJK `locl` variants (JAN/KOR/ZHT/ZHH) are dropped
# unless --all-languages is given, since they would pull in thousands of non-SC glyph variants.
KEEP_LANGSYS = ("ZHS",)


def block_chars() -> set[int]:
    """Code points of the kept blocks plus the common symbols."""
    chars: set[int] = set()
    for start, end in BLOCKS:
        chars.update(range(start, end + 1))
    chars.update(ord(c) for c in SYMBOLS)
    return chars


def gb2312_chars() -> set[int]:
    """Every character of GB2312, found by decoding each valid two-byte EUC-CN code.

    Rows 0xA1-0xA9 hold symbols, full-width forms, kana, Greek, Cyrillic, pinyin and box drawing;
    rows 0xB0-0xF7 hold the 6763 hanzi.
    """
    chars: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                text = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in text)
    return chars


def data_chars(data_dir: Path) -> tuple[set[int], list[Path]]:
    """Every printable character in the YAML files under data_dir (missing folder: none)."""
    chars: set[int] = set()
    files: list[Path] = []
    if not data_dir.is_dir():
        return chars, files
    for path in sorted([*data_dir.rglob("*.yaml"), *data_dir.rglob("*.yml")]):
        if not path.is_file():
            continue
        files.append(path)
        text = path.read_text(encoding="utf-8", errors="replace")
        chars.update(ord(c) for c in text if unicodedata.category(c) not in ("Cc", "Cs"))
    return chars, files


def catalog_chars(locale_dir: Path) -> set[int]:
    """Every character of every translation in the message catalogs (the UI's own words)."""
    from babel.messages.pofile import read_po

    chars: set[int] = set()
    for path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        with path.open("rb") as handle:
            for message in read_po(handle):
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                chars.update(ord(c) for text in strings for c in text or "" if not c.isspace())
    return chars


def family_of(font: TTFont) -> str | None:
    """The English (Windows) family name of a font: typographic family if present, else ID 1."""
    name = font["name"]
    for name_id in (16, 1):
        record = name.getName(name_id, 3, 1, 0x409)
        if record is not None:
            return str(record.toUnicode())
    debug_name = name.getDebugName(1)
    return None if debug_name is None else str(debug_name)


def find_face(path: Path, family: str) -> int:
    """Index of the face whose family name is `family` in the collection at path."""
    collection = TTCollection(str(path), lazy=True)
    try:
        families = [family_of(font) for font in collection.fonts]
    finally:
        collection.close()
    for index, found in enumerate(families):
        if found == family:
            return index
    raise SystemExit(f"{path}: no face named {family!r} (faces: {', '.join(map(str, families))})")


def layout_scripts(font: TTFont, all_languages: bool) -> list[str]:
    """The `--layout-scripts` value: every script, with only the default and SC language systems."""
    if all_languages:
        return ["*"]
    tags: set[str] = set()
    for table_tag in ("GSUB", "GPOS"):
        if table_tag not in font:
            continue
        script_list = font[table_tag].table.ScriptList
        for record in script_list.ScriptRecord if script_list else []:
            script = record.ScriptTag.strip()
            tags.add(f"{script}.dflt")
            tags.update(f"{script}.{lang}" for lang in KEEP_LANGSYS)
    return sorted(tags)


def rename(font: TTFont, family: str, style: str) -> str:
    """Rename to `family`/`style` in the name and CFF tables; return the PostScript name."""
    name = font["name"]
    old_ps = name.getDebugName(6) or ""
    ps_name = family.replace(" ", "") + "-" + style
    full_name = family if style == "Regular" else f"{family} {style}"
    new_strings: dict[int, str] = {1: family, 2: style, 4: full_name, 6: ps_name}
    if name.getName(16, 3, 1, 0x409) is not None:
        new_strings[16] = family
    if name.getName(17, 3, 1, 0x409) is not None:
        new_strings[17] = style
    for record in list(name.names):
        if record.nameID in new_strings:
            record.string = new_strings[record.nameID]
        elif record.nameID == 3:
            unique = record.toUnicode().replace(old_ps, ps_name)
            record.string = unique if unique.endswith(";kiosk-subset") else unique + ";kiosk-subset"

    if "CFF " in font:
        cff = font["CFF "].cff
        old_cff_name = cff.fontNames[0]
        cff.fontNames = [ps_name]
        top = cff.topDictIndex[0]
        top.FullName = full_name
        top.FamilyName = family
        for fd in getattr(top, "FDArray", None) or []:
            fd_name = getattr(fd, "FontName", None)
            if fd_name and fd_name.startswith(old_cff_name):
                fd.FontName = ps_name + fd_name[len(old_cff_name) :]
    return ps_name


def subset_options(font: TTFont, all_languages: bool) -> subset.Options:
    """fontTools subsetter options: no hinting, all names kept, SC layout kept."""
    options = subset.Options()
    options.hinting = False  # --no-hinting
    options.desubroutinize = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    # Default feature set (ccmp, locl, kern, vert, vrt2, palt, halt, vpal, vhal, vkrn, ...) plus
    # `pwid`: the SC face maps ‘’“”… to full-width glyphs; pwid gives English text the proportional
    # ones (QML `font.features: {"pwid": 1}`), for 5 extra glyphs.
    options.layout_features = [*options.layout_features, "pwid"]
    options.layout_scripts = layout_scripts(font, all_languages)
    return options


def make_subset(
    src: Path,
    out: Path,
    style: str,
    family: str,
    chars: set[int],
    required: set[int],
    all_languages: bool,
) -> None:
    """Subset the SC face of `src` to `chars`, rename it and write it to `out`."""
    index = find_face(src, SOURCE_FAMILY)
    font = TTFont(str(src), fontNumber=index, recalcBBoxes=False, recalcTimestamp=False)
    cmap = font.getBestCmap()
    missing = sorted(required - set(cmap))
    if missing:
        shown = " ".join(f"U+{cp:04X}({chr(cp)})" for cp in missing[:40])
        more = f" and {len(missing) - 40} more" if len(missing) > 40 else ""
        print(
            f"warning: {len(missing)} character(s) used in the hall YAML are not in "
            f"{SOURCE_FAMILY}: {shown}{more}",
            file=sys.stderr,
        )

    subsetter = subset.Subsetter(options=subset_options(font, all_languages))
    subsetter.populate(unicodes=sorted(chars & set(cmap)))
    subsetter.subset(font)
    ps_name = rename(font, family, style)

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    font.save(str(tmp))
    font.close()
    os.replace(tmp, out)

    check = TTFont(str(out))
    glyphs = check["maxp"].numGlyphs
    mapped = len(check.getBestCmap())
    check.close()
    size = out.stat().st_size
    print(
        f"{out}: {size / 1_048_576:.2f} MiB ({size:,} bytes), {glyphs:,} glyphs, "
        f"{mapped:,} code points; face #{index} of {src.name}; {family!r} {style} ({ps_name})"
    )


def write_coverage(fonts: Iterable[Path], out: Path) -> None:
    """List the code points every one of the fonts maps (kiosk validate checks texts against it)."""
    from kiosk.content.glyphs import format_ranges

    common: set[int] | None = None
    for path in fonts:
        font = TTFont(str(path))
        codes = set(font.getBestCmap())
        font.close()
        common = codes if common is None else common & codes
    out.write_text(format_ranges(common or set()), encoding="ascii")
    print(f"{out}: {len(common or ()):,} code points the kiosk's fonts draw")


def describe(files: Iterable[Path], root: Path) -> str:
    """Comma-separated paths relative to root."""
    names = [str(p.relative_to(root)) if p.is_relative_to(root) else str(p) for p in files]
    return ", ".join(names) if names else "none"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--src-dir",
        type=Path,
        default=DEFAULT_SRC_DIR,
        help="folder with NotoSansCJK-{Regular,Bold}.ttc (default: %(default)s)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=DEFAULT_DATA_DIR,
        help="halls whose *.yaml characters must be covered (default: %(default)s)",
    )
    parser.add_argument(
        "--out-dir", type=Path, default=DEFAULT_OUT_DIR, help="output folder (default: %(default)s)"
    )
    parser.add_argument(
        "--family",
        default=DEFAULT_FAMILY,
        help="family name of the output fonts (default: %(default)s)",
    )
    parser.add_argument(
        "--all-languages",
        action="store_true",
        help="keep the JP/KR/TC/HK `locl` glyph variants too (much larger)",
    )
    parser.add_argument(
        "--coverage-only",
        action="store_true",
        help="only rewrite coverage.txt from the fonts already in the output folder",
    )
    args = parser.parse_args(argv)
    outputs = [args.out_dir / f"{args.family.replace(' ', '')}-{style}.otf" for style in WEIGHTS]
    if args.coverage_only:
        write_coverage(outputs, args.out_dir / "coverage.txt")
        return 0

    if "source" in args.family.lower():
        parser.error("the upstream font reserves the name 'Source' (OFL Reserved Font Name)")

    from_data, files = data_chars(args.data_dir)
    from_catalogs = catalog_chars(ROOT / "kiosk" / "locale")
    chars = block_chars() | gb2312_chars() | from_data | from_catalogs
    print(f"data files: {describe(files, ROOT)} ({len(from_data):,} distinct characters)")
    print(f"requested code points: {len(chars):,}")

    for (style, file_name), out in zip(WEIGHTS.items(), outputs, strict=True):
        src = args.src_dir / file_name
        if not src.is_file():
            raise SystemExit(f"missing {src} (install Debian's fonts-noto-cjk)")
        make_subset(
            src, out, style, args.family, chars, from_data | from_catalogs, args.all_languages
        )
    write_coverage(outputs, args.out_dir / "coverage.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
