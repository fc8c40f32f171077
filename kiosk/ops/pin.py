"""The staff PIN: its rules, its salted hash, and a lockout that makes guessing it hopeless."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import itertools
import json
import logging
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.files import atomic_write, read_limited
from kiosk.i18n import _

log = logging.getLogger(__name__)

MIN_DIGITS = 6
MAX_DIGITS = 12
FREE_TRIES = 3  # wrong PINs in a row before the first lockout (typing slips)
FIRST_LOCK_S = 60.0  # then each wrong PIN locks the pad for twice as long as the one before
MAX_LOCK_S = 30 * 60.0  # ... up to this: a visitor cannot lock staff out for long
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
# The PINs people choose most (beyond runs and repeats, which are refused anyway).
COMMON = frozenset(
    {
        "121212", "112233", "123123", "111222", "123321", "159753", "147258", "258369",
        "789456", "741852", "963852", "131313", "202020", "101010", "696969", "666888",
        "168168", "888999", "520520", "521521", "520131", "5201314", "1314520", "147852",
        "123654", "102030", "110110", "119119", "123000", "100000", "200000", "999000",
        "19491001", "12345678", "87654321", "11223344", "1234567890",
    }
)  # fmt: skip


def pin_problem(pin: str) -> str | None:
    """Why a new staff PIN is refused, or None when it is good enough."""
    if not pin.isascii() or not pin.isdigit():
        return _("a PIN is made of digits only (the staff panel has a number pad)")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return _("a PIN has {low} to {high} digits (this one has {n})").format(
            low=MIN_DIGITS, high=MAX_DIGITS, n=len(pin)
        )
    if len(set(pin)) == 1:
        return _("a PIN of one digit repeated is among the first anyone tries")
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        return _("a run of digits (like 123456 or 654321) is among the first anyone tries")
    if pin in COMMON or _repeats(pin):
        return _("this PIN is one of the most common ones; choose digits nobody would guess")
    return None


def _repeats(pin: str) -> bool:
    """Whether the PIN is a short block said again and again (121212, 123123)."""
    return any(
        len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size)
        for size in range(1, len(pin) // 2 + 1)
    )


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


@dataclass(frozen=True)
class Verdict:
    """What one PIN entry came to."""

    opened: bool
    locked_s: float = 0.0  # when refused: how long the pad is now locked (0: try again now)
    short: bool = False  # opened with a PIN shorter than MIN_DIGITS (to be replaced)


class Lockout:
    """Wrong PINs in a row and the lockout they earn, kept in a file across restarts.

    After FREE_TRIES wrong PINs, each further one locks the pad: 1 minute, then 2, 4, 8, ...
    up to 30. Only the right PIN (or `kiosk unlock`) clears the count. The file is written
    atomically; one that cannot be read counts as a pad that has just been locked.
    """

    def __init__(self, path: Path | None, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self.failures, self.locked_until = self._load()

    def _load(self) -> tuple[int, float]:
        if self.path is None:
            return 0, 0.0
        try:
            state = json.loads(read_limited(self.path, 4096))
            failures, until = int(state["failures"]), float(state["locked_until"])
            if failures < 0 or not math.isfinite(until):
                raise ValueError("out of range")
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("staff PIN: cannot read %s (%s); the pad counts as locked", self.path, exc)
            return FREE_TRIES, self._clock() + FIRST_LOCK_S
        return failures, until

    def remaining(self) -> float:
        """Seconds the pad stays locked (0 when it is open to a try)."""
        # Never more than the longest lockout: a clock set back cannot lock staff out.
        return max(0.0, min(self.locked_until - self._clock(), MAX_LOCK_S))

    def check(self, pin: str, stored: str | None) -> Verdict:
        """Try a PIN (only when not locked): the verdict, logged and remembered."""
        if self.remaining() > 0:
            return Verdict(False, self.remaining())
        if check_pin(pin, stored):
            if self.failures:
                log.info("staff PIN: right after %d wrong tries", self.failures)
            self.clear()
            short = len(pin) < MIN_DIGITS
            if short:
                log.warning(
                    "staff PIN: the PIN has only %d digits; set a new one of %d to %d digits "
                    "with `kiosk set-pin`",
                    len(pin),
                    MIN_DIGITS,
                    MAX_DIGITS,
                )
            return Verdict(True, short=short)
        self.failures += 1
        locked = 0.0
        if self.failures > FREE_TRIES:
            locked = min(FIRST_LOCK_S * 2 ** (self.failures - FREE_TRIES - 1), MAX_LOCK_S)
            self.locked_until = self._clock() + locked
            log.warning(
                "staff PIN: wrong PIN (%d in a row); the pad is locked for %.0f minutes",
                self.failures,
                locked / 60,
            )
        else:
            log.warning("staff PIN: wrong PIN (%d in a row)", self.failures)
        self._save()
        return Verdict(False, locked)

    def clear(self) -> None:
        """Forget every wrong try (the right PIN, or `kiosk unlock`)."""
        self.failures, self.locked_until = 0, 0.0
        if self.path is not None:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()  # unlink, so that root clearing it leaves no root-owned file

    def _save(self) -> None:
        if self.path is None:
            return
        state = {"failures": self.failures, "locked_until": self.locked_until}
        try:
            atomic_write(self.path, json.dumps(state).encode(), mode=0o600)
        except OSError as exc:
            log.warning("staff PIN: cannot keep the lockout in %s (%s)", self.path, exc)
