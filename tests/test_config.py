"""Deployment settings: defaults, file:line errors, the staff PIN."""

from __future__ import annotations

import io
import os
import stat
import sys
import time
from pathlib import Path

import pytest

from kiosk.cli import Env, ExitStatus, main
from kiosk.config import Settings, check_pin, hash_pin, load_settings
from kiosk.paths import DEFAULT_HALL

ROOT = Path(__file__).resolve().parents[1]


def test_defaults_need_no_file() -> None:
    settings, findings = load_settings(None)
    assert findings == []
    assert settings.halls == [DEFAULT_HALL]
    assert settings.idle_timeout == 90
    assert settings.attract.countdown == 10


def test_example_settings_file_is_valid_and_resolves_relative_halls() -> None:
    settings, findings = load_settings(ROOT / "packaging" / "kiosk.yaml")
    assert findings == []
    assert settings.halls == [DEFAULT_HALL.resolve()]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("idle_timeout: soon\n", "kiosk.yaml:1:15: idle_timeout: expected a number, got text"),
        (
            "idle_timeout: 1\n",
            "kiosk.yaml:1:15: idle_timeout: is too small: at least 5",
        ),
        (
            "idel_timeout: 30\n",
            "kiosk.yaml:1:1: idel_timeout: unknown key 'idel_timeout' (did you mean 'idle_timeout'?)",
        ),
        (
            "attract:\n  countdwn: 3\n",
            "kiosk.yaml:2:3: attract.countdwn: unknown key 'countdwn' (did you mean 'countdown'?)",
        ),
        (
            "orientation: sideways\n",
            "kiosk.yaml:1:14: orientation: must be one of: 'auto', 'landscape', 'portrait'",
        ),
        (
            "halls: [\n",
            "kiosk.yaml:2:1: the file ends inside a {...} or [...]: close it with } or ]",
        ),
    ],
)
def test_bad_settings_are_located(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text(text, encoding="utf-8")
    _, findings = load_settings(path)
    assert message in [str(f) for f in findings]


def test_pin_hash_is_salted_and_checked() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second and "2468" not in first
    assert check_pin("2468", first) and check_pin("2468", second)
    assert not check_pin("2469", first)
    assert not check_pin("2468", None)
    assert not check_pin("2468", "md5$x$y")


def _set_pin(path: Path, pin: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    out, err = io.StringIO(), io.StringIO()
    code = main(["set-pin", "--config", str(path), "--pin-stdin"], Env(out, err))
    return code, out.getvalue(), err.getvalue()


def test_set_pin_command_keeps_the_rest_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text("idle_timeout: 60\nstaff_pin_hash: old\n", encoding="utf-8")
    path.chmod(0o644)
    assert _set_pin(path, "730519", monkeypatch)[0] == ExitStatus.OK
    settings, findings = load_settings(path)
    assert findings == []
    assert settings.idle_timeout == 60
    assert check_pin("730519", settings.staff_pin_hash)
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the hash is nobody else's business
    assert [p.name for p in tmp_path.iterdir()] == ["kiosk.yaml"]  # written atomically


@pytest.mark.parametrize(
    ("pin", "words"),
    [
        ("12", "a PIN has 6 to 12 digits (this one has 2)"),
        ("2468", "a PIN has 6 to 12 digits (this one has 4)"),
        ("1234567890123", "a PIN has 6 to 12 digits (this one has 13)"),
        ("12a456", "a PIN is made of digits only"),
        ("０１２３４５", "a PIN is made of digits only"),
        ("000000", "a PIN of one digit repeated"),
        ("777777777", "a PIN of one digit repeated"),
        ("123456", "a run of digits"),
        ("654321", "a run of digits"),
        ("890123", "a run of digits"),
        ("121212", "one of the most common ones"),
        ("520131", "one of the most common ones"),
        ("147258", "one of the most common ones"),
        ("456456456", "one of the most common ones"),
    ],
)
def test_set_pin_refuses_pins_easily_guessed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin: str, words: str
) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_text("idle_timeout: 60\n", encoding="utf-8")
    code, _, err = _set_pin(path, pin, monkeypatch)
    assert code == ExitStatus.USAGE
    assert words in err and "nothing was changed" in err
    assert path.read_text(encoding="utf-8") == "idle_timeout: 60\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX groups")
def test_set_pin_keeps_the_kiosk_group_reading_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import grp

    monkeypatch.setattr(grp, "getgrgid", lambda gid: grp.struct_group(("kiosk", "x", gid, [])))
    path = tmp_path / "kiosk.yaml"
    path.write_text("idle_timeout: 60\n", encoding="utf-8")
    gid = path.stat().st_gid
    assert _set_pin(path, "730519", monkeypatch)[0] == ExitStatus.OK
    assert (stat.S_IMODE(path.stat().st_mode), path.stat().st_gid) == (0o640, gid)


def test_settings_model_documents_every_key() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description or name in {"attract", "orientation"}, name


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev/zero")
@pytest.mark.parametrize(("make", "words"), [("fifo", "a named pipe (FIFO)"), ("zero", "a device")])
def test_a_settings_file_that_is_not_a_file_is_refused_at_once(
    tmp_path: Path, make: str, words: str
) -> None:
    path = tmp_path / "kiosk.yaml"
    if make == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    started = time.monotonic()
    settings, findings = load_settings(path)
    assert time.monotonic() - started < 1.0
    assert [str(f) for f in findings] == [
        f"kiosk.yaml: is {words}, not a regular file; save the content as a file"
    ]
    assert settings == Settings()


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need a privilege on Windows")
def test_a_hall_behind_a_link_is_not_followed(tmp_path: Path) -> None:
    """DIR/current stays DIR/current: the kiosk follows every switch of the link."""
    (tmp_path / "content" / "versions" / "v1").mkdir(parents=True)
    (tmp_path / "content" / "current").symlink_to(Path("versions") / "v1")
    config = tmp_path / "etc" / "kiosk.yaml"
    config.parent.mkdir()
    config.write_text("halls: [../content/current]\ncontent_dir: ../content\n")
    settings, findings = load_settings(config)
    assert findings == []
    assert settings.halls == [tmp_path / "content" / "current"]
    assert settings.content_dir == tmp_path / "content"
