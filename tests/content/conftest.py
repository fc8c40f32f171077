"""Every content test runs twice: YAML read by libyaml (with PyYAML's fallback), and by PyYAML."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.content import libyaml


@pytest.fixture(autouse=True, scope="module", params=["libyaml", "pyyaml"])
def yaml_reader(request: pytest.FixtureRequest) -> Iterator[str]:
    """Which parser reads hall files in this run of the test."""
    if request.param == "libyaml" and not libyaml.AVAILABLE:
        pytest.skip("PyYAML was built without libyaml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(libyaml, "AVAILABLE", request.param == "libyaml")
        yield request.param
