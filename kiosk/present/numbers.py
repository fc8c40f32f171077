"""Statistic numbers as each language writes them, including the count-up frames."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.model import Stat
from kiosk.present.labels import rank_pattern, tr

# Where a qualifier goes, by language: between number and unit, after the unit, or before all.
_ZH_AFTER_UNIT = {"以上", "以下", "左右"}
_ZH_BEFORE = {"近", "约", "超", "逾"}
_WAN = 10_000
_SYMBOL_UNITS = "%‰°"


@dataclass(frozen=True)
class StatParts:
    """A statistic split for display: small prefix, big number, small suffix."""

    prefix: str
    number: str
    suffix: str


def format_number(value: float, decimals: int, lang: str, *, wan: bool = False) -> str:
    """10353 -> '10,353' (en) or '10353' (zh); 50000 -> '5万' with wan; decimals kept exactly."""
    if wan:
        value = value / _WAN
    text = f"{value:,.{decimals}f}" if lang != "zh" else f"{value:.{decimals}f}"
    return f"{text}万" if wan else text


def uses_wan(stat: Stat, lang: str) -> bool:
    """Chinese writes round ten-thousands as 万 (5万余盆)."""
    return lang == "zh" and stat.value >= _WAN and stat.value % _WAN == 0


def stat_number(stat: Stat, lang: str, fraction: float = 1.0) -> str:
    """The number of a stat, or a count-up frame of it (fraction 0..1); exact at 1."""
    if stat.kind == "rank":  # a place is not counted up to
        return str(int(stat.value))  # digits, large, in every language (第1名, No. 1)
    fraction = min(max(fraction, 0.0), 1.0)
    wan = uses_wan(stat, lang)
    if fraction >= 1.0:
        return format_number(stat.value, stat.shown_decimals, lang, wan=wan)
    decimals = stat.shown_decimals
    return format_number(stat.value * _ease(fraction), decimals, lang, wan=wan)


def _ease(t: float) -> float:
    """Ease-out cubic, so the count slows as it lands."""
    return 1 - (1 - t) ** 3


def stat_parts(stat: Stat, lang: str, fraction: float = 1.0) -> StatParts:
    """Prefix, number and suffix of a stat card in lang."""
    number = stat_number(stat, lang, fraction)
    if stat.kind == "rank":
        before, after = rank_pattern(lang)
        return StatParts(before.strip(), number, after.strip())  # the card spaces its parts
    unit = tr(stat.unit, lang)
    qualifier = tr(stat.qualifier, lang)
    if lang == "zh":
        if qualifier in _ZH_BEFORE:
            return StatParts(qualifier, number, unit)
        if qualifier in _ZH_AFTER_UNIT:
            return StatParts("", number, unit + qualifier)
        return StatParts("", number, qualifier + unit)
    if qualifier and not qualifier[0].isalnum():  # '+', '>' ... attach to the number
        if unit[:1] in _SYMBOL_UNITS:  # 60%+ rather than 60+%
            return StatParts("", number, unit + qualifier)
        return StatParts("", number, qualifier + _spaced(unit))
    prefix = f"{qualifier} " if qualifier else ""
    return StatParts(prefix, number, _spaced(unit))


def _spaced(unit: str) -> str:
    """' km' but '%'."""
    if not unit or unit[0] in _SYMBOL_UNITS:
        return unit
    return f" {unit}"
