"""A link as a QR code's modules, drawn offline with segno (no Qt, no network)."""

from __future__ import annotations

from urllib.parse import urlsplit

QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks


def qr_modules(link: str) -> list[list[bool]]:
    """The code's dark (True) and light modules, row by row, its quiet zone included.

    Error correction M at least (segno raises it where the version allows): a smudged screen
    or a glare still scans. Raises ValueError for data no QR code holds.
    """
    import segno  # here: about 35 ms of imports that the first frame does not need

    try:
        code = segno.make(link, error="m", micro=False)
    except segno.DataOverflowError as exc:
        raise ValueError(str(exc)) from None
    return [[bool(dark) for dark in row] for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]


def link_host(link: str) -> str:
    """The host a link opens, shown under its code (www.example.cn)."""
    return urlsplit(link).hostname or ""
