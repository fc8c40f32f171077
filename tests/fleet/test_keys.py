"""kiosk keygen: an Ed25519 key pair, the secret one private, never overwritten."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.cli import ExitStatus
from kiosk.fleet import PackageError
from kiosk.fleet.keys import load_public, load_secret, sign, signer
from tests.fleet.packages import run


def test_keygen_writes_a_private_secret_key_and_a_one_line_public_key(tmp_path: Path) -> None:
    code, out, err = run("keygen", "--out", str(tmp_path / "staff"))
    assert (code, err) == (ExitStatus.OK, "")
    secret, public = tmp_path / "staff", tmp_path / "staff.pub"
    assert str(secret) in out and str(public) in out
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    line = public.read_text()
    assert line.startswith("ssh-ed25519 ") and line.count("\n") == 1
    data = b"a manifest"
    assert signer([public], data, sign(load_secret(secret), data)) == public
    assert signer([public], data + b"!", sign(load_secret(secret), data)) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["staff", "staff.pub"]


@pytest.mark.parametrize("existing", ["staff", "staff.pub"])
def test_keygen_never_overwrites_a_key(tmp_path: Path, existing: str) -> None:
    (tmp_path / existing).write_text("an old key\n")
    code, out, err = run("keygen", "--out", str(tmp_path / "staff"))
    assert code == ExitStatus.USAGE and out == ""
    assert (
        err == f"kiosk: error: {tmp_path / existing}: already exists; keys are never overwritten\n"
    )
    assert (tmp_path / existing).read_text() == "an old key\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [existing]


@pytest.mark.parametrize(
    "content", [b"", b"ssh-ed25519 not-base64", b"\xff\xfe" * 10, b"x" * 20_000]
)
def test_a_broken_key_file_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "staff.pub"
    path.write_bytes(content)
    with pytest.raises(PackageError) as caught:
        load_public(path)
    assert caught.value.path == path
    with pytest.raises(PackageError):
        load_secret(path)


def test_another_kind_of_public_key_is_refused(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    path = tmp_path / "other.pub"
    path.write_bytes(
        key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    )
    with pytest.raises(PackageError, match="not an Ed25519 public key"):
        load_public(path)
