"""A public kiosk loads nothing from the network and lets nothing escape the hall folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from kiosk.ui.app import Session
from kiosk.ui.urls import LocalOnly
from tests.ui.conftest import _items


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://example.com/a.jpg", False),
        ("https://example.com/a.jpg", False),
        ("ftp://example.com/a.jpg", False),
        ("data:image/png;base64,AAAA", False),
        ("file://server/share/a.jpg", False),
        ("file:///etc/passwd", False),
        ("file:///halls/one/images/a.jpg", True),
        ("file:///halls/one/../two/a.jpg", False),
        ("qrc:/qt-project.org/imports/QtQuick/x.qml", True),
        ("image://kiosk/full/abc", True),
    ],
)
def test_only_local_files_in_allowed_folders(url: str, allowed: bool) -> None:
    interceptor = LocalOnly([Path("/halls/one")])
    assert interceptor.allowed(QUrl(url)) is allowed


def test_an_http_image_in_the_running_kiosk_is_refused(qtbot: object, kiosk: Session) -> None:
    assert kiosk.urls is not None
    qtbot.waitUntil(lambda: not kiosk.images.busy(), timeout=10_000)  # type: ignore[attr-defined]
    pictures = [
        i
        for i in _items(kiosk.window.contentItem())
        if i.metaObject().className().startswith("Picture")
    ]
    assert pictures
    pictures[0].setProperty("source", "http://example.com/tracker.jpg")
    qtbot.waitUntil(lambda: "http://example.com/tracker.jpg" in kiosk.urls.refused, timeout=3000)  # type: ignore[attr-defined, union-attr]
    assert not pictures[0].property("ready")
