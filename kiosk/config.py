"""Deployment settings (kiosk.yaml): halls, languages, idle, attract, screen, staff PIN, logs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field

from kiosk.content.findings import Finding, Severity
from kiosk.content.loader import validate
from kiosk.content.yamlsource import MAX_BYTES, load
from kiosk.files import atomic_write, read_limited
from kiosk.i18n import _
from kiosk.ops.pin import check_pin, hash_pin
from kiosk.paths import DEFAULT_HALL

__all__ = [
    "LOCKOUT_FILE",
    "Accessibility",
    "Attract",
    "Fleet",
    "Settings",
    "check_pin",
    "hash_pin",
    "kiosk_id",
    "load_settings",
    "state_dir",
    "write_pin",
]


class Attract(BaseModel):
    """The attract loop shown when nobody is at the kiosk."""

    model_config = ConfigDict(extra="forbid")

    seconds_per_image: float = Field(8.0, gt=1, le=120, description="How long each image is shown")
    countdown: int = Field(
        10, ge=0, le=60, description="Seconds of warning before resetting from a detail view"
    )


KEY_ACTIONS = (
    "next",
    "previous",
    "activate",
    "back",
    "home",
    "help",
    "speech",
    "louder",
    "quieter",
)
DEFAULT_KEYS: dict[str, list[str]] = {
    "next": ["Tab", "Right", "Down"],
    "previous": ["Backtab", "Left", "Up"],
    "activate": ["Return", "Enter", "Space", "Select"],
    "back": ["Backspace", "F2"],
    "home": ["Home", "F3"],
    "help": ["F1", "Help"],
    "speech": ["F4"],
    "louder": ["Plus", "VolumeUp", "F6"],
    "quieter": ["Minus", "VolumeDown", "F5"],
}


class Accessibility(BaseModel):
    """How the kiosk stands in the hall, and the keys a keypad or keyboard drives it with."""

    model_config = ConfigDict(extra="forbid")

    screen_diagonal_in: float = Field(
        55, ge=10, le=120, description="The screen's diagonal in inches (its physical size)"
    )
    bottom_edge_m: float | None = Field(
        None,
        ge=0,
        le=2.5,
        description="Height of the screen's lower edge above the floor, in metres (default: "
        "0.75 for a landscape screen, 0.45 for a portrait totem)",
    )
    speech_volume: int = Field(
        70, ge=0, le=100, description="The loudest the speech may be, in percent"
    )
    speech_to: Path | None = Field(
        None,
        description="Write what the audio mode speaks to WAV files in this folder instead of "
        "the speakers (to check a setup); relative to this file",
    )
    keys: dict[Literal[KEY_ACTIONS], list[str]] = Field(  # type: ignore[valid-type]
        default_factory=lambda: {k: list(v) for k, v in DEFAULT_KEYS.items()},
        description="Qt key names for each action (a museum keypad's keys: arrows, Enter, "
        "F1-F12, ...); the keys that leave a kiosk (Esc, Alt+F4, ...) stay blocked",
    )


class Fleet(BaseModel):
    """Packages that arrive by themselves (docs/fleet.md), and the state the kiosk reports."""

    model_config = ConfigDict(extra="forbid")

    inbox: Path | None = Field(
        None,
        description="A folder the kiosk watches for packages (Syncthing, rsync), e.g. "
        "/var/lib/kiosk/inbox; each complete one is installed into content_dir",
    )
    usb_mounts: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="Glob patterns of folders on USB sticks watched the same way, e.g. "
        "/media/*/*/kiosk-packages",
    )
    usb_needs_pin: bool = Field(
        False,
        description="A package from a USB stick waits until the staff approve it in the staff "
        "panel (behind the PIN)",
    )
    poll_s: float = Field(5.0, ge=1, le=600, description="Seconds between looks at the inbox")
    prometheus_file: Path | None = Field(
        None,
        description="Write the kiosk's state every minute to this file for node_exporter's "
        "textfile collector, e.g. /var/lib/prometheus/node-exporter/kiosk.prom",
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
    video_volume_max: float = Field(
        0.5,
        ge=0,
        le=1,
        description="How loud a story's film plays (0 silent to 1 full): films start with their "
        "sound on at this volume; the visitor's sound button mutes them",
    )
    accessibility: Accessibility = Field(
        Accessibility(),
        description="Where the screen stands (its controls within reach), the speech volume and "
        "the keys of a keypad (docs/accessibility.md)",
    )
    cursor: bool = Field(False, description="Show the mouse cursor")
    renderer: Literal["auto", "software", "hardware"] = Field(
        "auto",
        description="How Qt Quick draws: software (the CPU, cheapest without a GPU), hardware "
        "(OpenGL, Direct3D ...), or auto: software on Linux when there is no GPU (no "
        "/dev/dri/renderD*), else hardware",
    )
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
        None,
        description="Prepared images, and the checked halls kept between starts (halls/) "
        "(default: the platform's cache folder)",
    )
    content_dir: Path | None = Field(
        None,
        description="Where `kiosk install` unpacks content packages: versions/ and the "
        "`current` link (name DIR/current in halls). Default: none; install then needs --into",
    )
    trusted_keys: list[Path] = Field(
        default_factory=list,
        description="Public keys (PREFIX.pub from `kiosk keygen`) whose signed packages "
        "`kiosk install` accepts. Relative paths are relative to this file.",
    )
    allow_unsigned_packages: bool = Field(
        False,
        description="Install packages without a trusted signature (a single test kiosk only)",
    )
    state_dir: Path | None = Field(
        None,
        description="Where the kiosk keeps its state between runs, e.g. the staff PIN lockout "
        "(default: the platform's state folder)",
    )
    staff_language: Literal["zh", "en"] | None = Field(
        None,
        description="The language of staff messages: the staff panel, validate and every "
        "command (default: the locale's, else English)",
    )
    kiosk_id: str | None = Field(
        None,
        min_length=1,
        max_length=100,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        description="This kiosk's name in usage reports and its state (default: the host name)",
    )
    fleet: Fleet = Field(
        Fleet(),
        description="The package inbox, USB sticks and the Prometheus state file (docs/fleet.md)",
    )
    retention_days: int = Field(400, ge=1, le=3650, description="Days of usage rows kept")
    reload_settle_s: float = Field(
        2.0,
        ge=0.1,
        le=60,
        description="Seconds a hall folder must stay unchanged before a change is read "
        "(it is then read twice, this far apart, and shown only if both reads agree)",
    )


LOCKOUT_FILE = "staff-lockout.json"


def kiosk_id(settings: Settings) -> str:
    """This kiosk's name: the settings' kiosk_id, else the host name."""
    import socket

    return settings.kiosk_id or socket.gethostname() or "kiosk"


def state_dir(settings: Settings) -> Path:
    """Where the kiosk keeps state between runs (the staff PIN lockout, ...)."""
    return settings.state_dir or platformdirs.user_state_path("kiosk", appauthor=False)


def load_settings(path: Path | None) -> tuple[Settings, list[Finding]]:
    """Settings from a kiosk.yaml (defaults for None); problems as located findings."""
    if path is None:
        return Settings(), []
    if not path.exists():
        return Settings(), [
            Finding(Severity.ERROR, str(path), None, None, "", _("no such settings file"))
        ]
    doc = load(path, path.name)
    if doc.findings:
        return Settings(), doc.findings
    if doc.data is None:
        return Settings(), []
    settings, findings = validate(doc, Settings)
    if settings is None:
        return Settings(), findings
    base = path.parent
    halls = [_absolute(base, hall) for hall in settings.halls]
    paths = {
        key: None if value is None else _absolute(base, value)
        for key, value in (
            ("log_dir", settings.log_dir),
            ("usage_db", settings.usage_db),
            ("image_cache", settings.image_cache),
            ("state_dir", settings.state_dir),
            ("content_dir", settings.content_dir),
        )
    }
    keys = [_absolute(base, key) for key in settings.trusted_keys]
    fleet = settings.fleet.model_copy(
        update={
            key: _absolute(base, value)
            for key, value in (
                ("inbox", settings.fleet.inbox),
                ("prometheus_file", settings.fleet.prometheus_file),
            )
            if value is not None
        }
    )
    paths["fleet"] = fleet  # type: ignore[assignment]
    speech_to = settings.accessibility.speech_to
    if speech_to is not None and not speech_to.is_absolute():
        access = settings.accessibility.model_copy(update={"speech_to": path.parent / speech_to})
        paths["accessibility"] = access  # type: ignore[assignment]
    return settings.model_copy(update={"halls": halls, "trusted_keys": keys, **paths}), []


def _absolute(base: Path, path: Path) -> Path:
    """path made absolute against base, links NOT followed: a hall at DIR/current stays so.

    (resolve() would pin the kiosk to the version folder the link named at start.)
    """
    return Path(os.path.normpath(os.path.abspath(base / path)))


def write_pin(path: Path, pin: str) -> None:
    """Store a PIN's hash in the settings file, keeping the rest of the file as it is.

    Written atomically, readable by its owner only (0600); where the file belongs to a group
    named 'kiosk' (install.sh makes it so), that group keeps reading it (0640).
    """
    line = f'staff_pin_hash: "{hash_pin(pin)}"\n'
    lines = (
        read_limited(path, MAX_BYTES).decode("utf-8").splitlines(keepends=True)
        if path.exists()
        else []
    )
    kept = [entry for entry in lines if not entry.startswith("staff_pin_hash:")]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    group = _kiosk_group(path)
    atomic_write(
        path,
        ("".join(kept) + line).encode("utf-8"),
        mode=0o600 if group is None else 0o640,
        group=group,
    )


def _kiosk_group(path: Path) -> int | None:
    """The group id of path when it is the group 'kiosk' (the kiosk user reads the file)."""
    try:
        import grp

        gid = path.stat().st_gid
        return gid if grp.getgrgid(gid).gr_name == "kiosk" else None
    except (ImportError, OSError, KeyError):
        return None
