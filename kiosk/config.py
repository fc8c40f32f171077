"""Deployment settings (kiosk.yaml): halls, languages, idle, attract, screen, staff PIN, logs."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.content.findings import Finding, Severity
from kiosk.content.loader import validate
from kiosk.content.yamlsource import load
from kiosk.paths import DEFAULT_HALL

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class Attract(BaseModel):
    """The attract loop shown when nobody is at the kiosk."""

    model_config = ConfigDict(extra="forbid")

    seconds_per_image: float = Field(8.0, gt=1, le=120, description="How long each image is shown")
    countdown: int = Field(
        10, ge=0, le=60, description="Seconds of warning before resetting from a detail view"
    )


class Settings(BaseModel):
    """Every deployment setting, each with a default."""

    model_config = ConfigDict(extra="forbid")

    halls: list[Path] = Field(
        default_factory=lambda: [DEFAULT_HALL],
        min_length=1,
        description="Hall folders; several give a hall chooser. Relative paths are relative to this file.",
    )
    languages: list[str] | None = Field(
        None, description="Languages offered (default: each hall's own)"
    )
    default_language: str | None = Field(
        None, description="Language after a reset (default: the hall's first)"
    )
    idle_timeout: float = Field(
        90, ge=5, le=3600, description="Seconds without a touch before the attract loop"
    )
    attract: Attract = Attract()
    cursor: bool = Field(False, description="Show the mouse cursor")
    staff_pin_hash: str | None = Field(
        None, description="Written by `kiosk set-pin`; never the PIN itself"
    )
    screen: int = Field(0, ge=0, description="Which screen to fill (0 is the first)")
    orientation: Literal["auto", "landscape", "portrait"] = "auto"
    log_dir: Path | None = Field(
        None, description="Log folder (default: the platform's log folder)"
    )
    usage_db: Path | None = Field(
        None, description="Usage database (default: in the platform's data folder)"
    )
    image_cache: Path | None = Field(
        None, description="Prepared images (default: the platform's cache folder)"
    )
    retention_days: int = Field(400, ge=1, le=3650, description="Days of usage rows kept")
    reload_settle_s: float = Field(
        2.0,
        ge=0.1,
        le=60,
        description="Seconds a hall folder must stay unchanged before a change is read "
        "(it is then read twice, this far apart, and shown only if both reads agree)",
    )


def load_settings(path: Path | None) -> tuple[Settings, list[Finding]]:
    """Settings from a kiosk.yaml (defaults for None); problems as located findings."""
    if path is None:
        return Settings(), []
    if not path.exists():
        return Settings(), [
            Finding(Severity.ERROR, str(path), None, None, "", "no such settings file")
        ]
    doc = load(path, path.name)
    if doc.findings:
        return Settings(), doc.findings
    if doc.data is None:
        return Settings(), []
    settings, findings = validate(doc, Settings)
    if settings is None:
        return Settings(), findings
    halls = [
        (path.parent / hall).resolve() if not hall.is_absolute() else hall
        for hall in settings.halls
    ]
    paths = {
        key: (path.parent / value).resolve()
        if value is not None and not value.is_absolute()
        else value
        for key, value in (
            ("log_dir", settings.log_dir),
            ("usage_db", settings.usage_db),
            ("image_cache", settings.image_cache),
        )
    }
    return settings.model_copy(update={"halls": halls, **paths}), []


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """A salted scrypt hash of a PIN, as 'scrypt$salt$hash' (hex)."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    """True when pin matches the stored hash (constant-time compare)."""
    if not stored or stored.count("$") != 2:
        return False
    scheme, salt, digest = stored.split("$")
    if scheme != "scrypt":
        return False
    try:
        expected = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), **_SCRYPT).hex()
    except ValueError:
        return False
    return hmac.compare_digest(expected, digest)


def write_pin(path: Path, pin: str) -> None:
    """Store a PIN's hash in kiosk.yaml, keeping the rest of the file as it is."""
    line = f'staff_pin_hash: "{hash_pin(pin)}"\n'
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True) if path.exists() else []
    kept = [entry for entry in lines if not entry.startswith("staff_pin_hash:")]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("".join(kept) + line, encoding="utf-8")
    tmp.replace(path)
