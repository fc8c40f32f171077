"""Ed25519 key pairs for signing packages (the cryptography library; OpenSSH public keys)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.files import NotAFile, TooLarge, atomic_write, read_limited
from kiosk.fleet.errors import PackageError
from kiosk.i18n import _

MAX_KEY_BYTES = 16 * 1024
PUBLIC_SUFFIX = ".pub"
COMMENT = "kiosk-content"


def public_path(prefix: Path) -> Path:
    """PREFIX.pub beside the secret key PREFIX."""
    return prefix.with_name(prefix.name + PUBLIC_SUFFIX)


def generate_keys(prefix: Path) -> tuple[Path, Path]:
    """Write a new key pair: PREFIX (secret, 0600, PKCS#8 PEM) and PREFIX.pub (OpenSSH line).

    Refuses to overwrite either file: a lost secret key cannot sign for the kiosks any more.
    """
    public = public_path(prefix)
    for path in (prefix, public):
        if os.path.lexists(path):
            raise PackageError(path, _("already exists; keys are never overwritten"))
    secret = Ed25519PrivateKey.generate()
    pem = secret.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    line = secret.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    atomic_write(prefix, pem, mode=0o600)
    atomic_write(public, line + f" {COMMENT}\n".encode(), mode=0o644)
    return prefix, public


def load_secret(prefix: Path) -> Ed25519PrivateKey:
    """The secret key in file PREFIX, or PackageError saying why not."""
    data = _read(prefix)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise PackageError(
            prefix, _("not a secret key from 'kiosk keygen' ({error})").format(error=exc)
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackageError(prefix, _("not an Ed25519 secret key"))
    return key


def load_public(path: Path) -> Ed25519PublicKey:
    """The public key in an OpenSSH line file (PREFIX.pub), or PackageError saying why not."""
    data = _read(path)
    try:
        key = serialization.load_ssh_public_key(data.strip())
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise PackageError(
            path, _("not a public key from 'kiosk keygen' ({error})").format(error=exc)
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise PackageError(path, _("not an Ed25519 public key"))
    return key


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The Ed25519 signature of data."""
    return key.sign(data)


def signer(keys: Sequence[Path], data: bytes, signature: bytes) -> Path | None:
    """The trusted key file whose key made this signature of data, or None."""
    for path in keys:
        try:
            load_public(path).verify(signature, data)
        except InvalidSignature:
            continue
        return path
    return None


def _read(path: Path) -> bytes:
    try:
        return read_limited(path, MAX_KEY_BYTES)
    except (NotAFile, TooLarge) as exc:
        raise PackageError(path, str(exc)) from None
    except OSError as exc:
        raise PackageError(path, exc.strerror or str(exc)) from None
