"""`kiosk validate --layout`: a headline too long for its place is a finding at its own line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk.cli import Env, ExitStatus, main
from tests.hallgen import make_long_headline_hall


@pytest.mark.slow
def test_a_text_that_cannot_fit_is_reported_where_it_is_written(
    qtbot: object, tmp_path: Path
) -> None:
    folder, line = make_long_headline_hall(tmp_path / "hall")
    out, err = io.StringIO(), io.StringIO()
    code = main(["validate", "--layout", "--lang", "en", str(folder)], Env(stdout=out, stderr=err))
    found = [f for f in out.getvalue().splitlines() if "'A headline that goes on" in f]
    assert code == ExitStatus.OK, err.getvalue()  # warnings only: the hall still works
    assert found, out.getvalue()
    assert all(f.startswith(f"hall.yaml:{line}:") and "warning:" in f for f in found), found
    assert any("is cut off" in f and "in en)" in f for f in found), found
    strict = main(["validate", "--layout", "--strict", str(folder)], Env(stdout=io.StringIO()))
    assert strict == ExitStatus.INVALID_CONTENT
