"""The message catalogs: extract the messages, update the translations, compile, check.

    python scripts/catalogs.py extract    kiosk/locale/<domain>.pot from the source
    python scripts/catalogs.py update     merge them into every kiosk/locale/<lang>/.../<domain>.po
    python scripts/catalogs.py compile    .po -> .mo (the build does this: setup.py, build.py)
    python scripts/catalogs.py check      exit 1 if a message has no translation or a .po is stale

Translators edit the .po files with any gettext tool (Poedit, Lokalize, Weblate...). Babel
reads and writes them; it is needed to build, not to run the kiosk.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kiosk"
LOCALE = PACKAGE / "locale"
# Which files hold which domain's messages, and the marks that name them.
VISITOR_FILES = ("present/labels.py",)
KEYWORDS = {
    "kiosk": {"_": None, "N_": None, "ngettext": (1, 2), "both": None},
    "visitor": {"N_": None, "NP_": ((1, "c"), 2), "NN_": (1, 2)},
}
HEADER = "Messages of the kiosk ({domain})"
STAMP = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def sources(domain: str) -> list[Path]:
    """The Python files whose marked strings belong to domain."""
    visitor = [PACKAGE / name for name in VISITOR_FILES]
    if domain == "visitor":
        return visitor
    return sorted(
        p for p in PACKAGE.rglob("*.py") if p not in visitor and "__pycache__" not in p.parts
    )


def template(domain: str):  # type: ignore[no-untyped-def]  # babel has no type hints
    """The catalog of every message marked in the source (what extract writes)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract

    found = Catalog(
        project="kiosk",
        domain=domain,
        header_comment=f"# {HEADER.format(domain=domain)}",
        creation_date=STAMP,  # fixed, so that a template only changes with its messages
        revision_date=STAMP,
    )
    for path in sources(domain):
        with path.open("rb") as handle:
            for line, message, comments, context in extract(
                "python", handle, keywords=KEYWORDS[domain], comment_tags=("TRANSLATORS:",)
            ):
                found.add(
                    message,
                    locations=[(path.relative_to(ROOT).as_posix(), line)],
                    auto_comments=comments,
                    context=context,
                )
    return found


def translations(domain: str, locale: Path = LOCALE) -> Iterator[Path]:
    """Every translation of a domain (kiosk/locale/<lang>/LC_MESSAGES/<domain>.po)."""
    return iter(sorted(locale.glob(f"*/LC_MESSAGES/{domain}.po")))


def _shown(path: Path) -> Path:
    """A path as messages show it: relative to the checkout when inside it."""
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def _keys(catalog) -> dict[tuple[str, str | None], object]:  # type: ignore[no-untyped-def]
    """A catalog's messages by (first id, context)."""
    return {(m.id if isinstance(m.id, str) else m.id[0], m.context): m for m in catalog if m.id}


def extract() -> None:
    """Write the templates (.pot)."""
    from babel.messages.pofile import write_po

    for domain in KEYWORDS:
        with (LOCALE / f"{domain}.pot").open("wb") as handle:
            write_po(handle, template(domain), width=100, include_lineno=False)


def update() -> None:
    """Bring every translation up to date with the source: new messages in, old ones out."""
    from babel.messages.pofile import read_po, write_po

    for domain in KEYWORDS:
        source = template(domain)
        for path in translations(domain):
            with path.open("rb") as handle:
                catalog = read_po(handle)
            catalog.update(source, no_fuzzy_matching=True)
            catalog.obsolete.clear()
            with path.open("wb") as handle:
                write_po(handle, catalog, width=100, include_lineno=False)


def compile_all(locale: Path = LOCALE) -> list[Path]:
    """Compile every .po below locale into its .mo; the files written."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for path in sorted(locale.glob("*/LC_MESSAGES/*.po")):
        with path.open("rb") as handle:
            catalog = read_po(handle)
        out = path.with_suffix(".mo")
        temp = out.with_name(f".{out.name}.tmp")
        with temp.open("wb") as handle:
            write_mo(handle, catalog)
        temp.replace(out)
        written.append(out)
    return written


def fields(text: str) -> set[str]:
    """The {placeholders} of a message ({{ and }} are literal braces)."""
    return set(re.findall(r"(?<!\{)\{(\w+)[^{}]*\}", text.replace("{{", "").replace("}}", "")))


def problems(locale: Path = LOCALE) -> list[str]:
    """Stale templates, and untranslated, fuzzy, missing and stale messages in every translation."""
    from babel.messages.pofile import read_po

    found = []
    for domain in KEYWORDS:
        source = template(domain)
        wanted = _keys(source)
        pot = locale / f"{domain}.pot"
        if not pot.is_file():
            found.append(f"{_shown(pot)}: missing (run: python scripts/catalogs.py update)")
        else:
            with pot.open("rb") as handle:
                if _keys(read_po(handle)).keys() != wanted.keys():
                    found.append(f"{_shown(pot)}: stale (run: python scripts/catalogs.py update)")
        for path in translations(domain, locale):
            with path.open("rb") as handle:
                have = _keys(read_po(handle))
            found += _translation_problems(_shown(path), source, wanted.keys(), have)
    return found


def _translation_problems(  # type: ignore[no-untyped-def]
    name: Path, source, wanted: set[tuple[str, str | None]], have: dict
) -> list[str]:
    """What is wrong in one translation of a domain."""
    found = []
    for key in sorted(wanted - have.keys(), key=str):
        found.append(f"{name}: no entry for {key[0]!r} (run: python scripts/catalogs.py update)")
    for key in sorted(have.keys() - wanted, key=str):
        found.append(f"{name}: {key[0]!r} is no longer in the source (run update)")
    for key, message in have.items():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if key in wanted and (not all(strings) or message.fuzzy):
            found.append(f"{name}:{message.lineno}: {key[0]!r} has no translation")
            continue
        # A translation may use the message's placeholders and those its comment offers.
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        offered = source.get(ids[0], message.context) or message
        allowed = set().union(
            *(fields(i) for i in ids), *(fields(c) for c in offered.auto_comments)
        )
        for string in strings:
            unknown = fields(string) - allowed
            if unknown:
                found.append(
                    f"{name}:{message.lineno}: {key[0]!r}: the translation uses "
                    f"{sorted(unknown)}, which the message does not give"
                )
    return found


def main(argv: list[str] | None = None) -> int:
    """Run one of the steps."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("extract", "update", "compile", "check"))
    args = parser.parse_args(argv)
    if args.step == "extract":
        extract()
    elif args.step == "update":
        extract()
        update()
    elif args.step == "compile":
        for path in compile_all():
            print(path.relative_to(ROOT))
    else:
        found = problems()
        print("\n".join(found) or "catalogs: every message has its translation")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
