"""A public kiosk loads nothing from the network and lets nothing escape the hall folder."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl
from PySide6.QtNetwork import QNetworkReply, QNetworkRequest
from PySide6.QtQml import QQmlExpression, qmlContext

from kiosk.content import Severity, load_hall
from kiosk.ui.app import Session
from kiosk.ui.urls import LocalOnly, NoNetwork
from tests.conftest import write_png
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
    image = next(i for i in _items(pictures[0]) if i.inherits("QQuickImage"))
    # After the first frame (Theme.started) pictures load asynchronously: a refused one is then
    # an error status, not the warning a synchronous load prints.
    qtbot.waitUntil(lambda: image.property("asynchronous") is True, timeout=10_000)  # type: ignore[attr-defined]
    pictures[0].setProperty("source", "http://example.com/tracker.jpg")
    qtbot.waitUntil(lambda: "http://example.com/tracker.jpg" in kiosk.urls.refused, timeout=3000)  # type: ignore[attr-defined, union-attr]
    assert not pictures[0].property("ready")


HOSTILE = (
    '<img src="http://127.0.0.1:{port}/x.png"><b>bold</b> <a href="http://127.0.0.1:{port}/">a</a>'
)
LOCAL_FILE = '<img src="file:///usr/share/pixmaps/debian-logo.png"><font color="red">red</font>'


def _hostile_hall(folder: Path, port: int) -> Path:
    """A hall whose every kind of text carries markup that would load from the listener."""
    tags = HOSTILE.format(port=port)
    text = "'" + tags.replace("'", "''") + "'"
    local = "'" + LOCAL_FILE + "'"
    hall = f"""\
id: hostile
title: {{zh: {text}, en: {text}}}
subtitle: {local}
languages: [zh, en]
intro: {text}
sections:
  - id: alpha
    title: {text}
    tagline: {text}
    accent: "#336699"
    cover: images/cover.png
    stories:
      - id: first
        headline: {text}
        date: 2023-05-12
        body:
          - {text}
          - 'A<B and <5% stay as written'
        images:
          - {{file: images/cover.png, caption: {text}, credit: {local}}}
        stats: [people]
        events: [opening]
events:
  - id: opening
    date: 2023-05-12
    headline: {text}
    text: {text}
    section: alpha
stats:
  - id: people
    label: {text}
    value: 10353
    unit: {text}
    section: alpha
    source: {text}
"""
    write_png(folder / "images" / "cover.png", (800, 600))
    (folder / "hall.yaml").write_text(hall, encoding="utf-8")
    return folder


VIEWS = [
    "home",
    "about",
    "section:alpha",
    "story:first",
    "story:first/photo:0",
    "section:alpha/photo:0",
    "timeline",
    "timeline/event:opening",
    "stats",
]


def _texts(session: Session) -> list[QObject]:
    return [
        i
        for i in _items(session.window.contentItem())
        if i.inherits("QQuickText") and i.isVisible()
    ]


def _format(text: QObject) -> int:
    """A Text item's textFormat (PySide6 cannot convert the enum through property())."""
    value, failed = QQmlExpression(qmlContext(text), text, "textFormat + 0").evaluate()
    assert not failed
    return int(value)


def test_markup_in_every_text_shows_as_written_and_opens_no_connection(
    qtbot: object, launch: Callable[..., Session], tmp_path: Path
) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    port = listener.getsockname()[1]
    try:
        hall = load_hall(_hostile_hall(tmp_path / "hostile", port))
        assert hall.usable
        session = launch([hall], size=(1920, 1080))
        seen: set[str] = set()
        for view in VIEWS:
            session.nav.restore(view)
            for lang in ("zh", "en"):
                session.content.setLanguage(lang)
                qtbot.wait(50)  # type: ignore[attr-defined]
                texts = _texts(session)
                assert texts, view
                for text in texts:
                    assert _format(text) == 0, (
                        view,
                        text.property("text"),
                    )  # PlainText
                seen |= {str(t.property("text")) for t in texts}
        session.nav.set_attract(True)
        qtbot.wait(200)  # type: ignore[attr-defined]
        with pytest.raises(BlockingIOError):  # nothing ever knocked
            listener.accept()
    finally:
        listener.close()
    assert any(HOSTILE.format(port=port) in t for t in seen)  # the tags, as text
    assert any("A<B and <5% stay as written" in t for t in seen)


def test_the_engine_opens_no_connection_whatever_asks(qtbot: object, tmp_path: Path) -> None:
    """The network access manager QML gets refuses every request but allowed local files."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    port = listener.getsockname()[1]
    allowed = tmp_path / "hall"
    write_png(allowed / "a.png")
    rules = LocalOnly([allowed])
    manager = NoNetwork(rules)
    try:
        replies = {}
        for url in (
            f"http://127.0.0.1:{port}/x.png",
            f"https://127.0.0.1:{port}/x.png",
            f"ftp://127.0.0.1:{port}/x.png",
            "file:///etc/hostname",
            QUrl.fromLocalFile(str(allowed / "a.png")).toString(),
        ):
            reply = manager.get(QNetworkRequest(QUrl(url)))
            replies[url] = reply
            qtbot.waitUntil(reply.isFinished, timeout=5000)  # type: ignore[attr-defined]
        with pytest.raises(BlockingIOError):
            listener.accept()
    finally:
        listener.close()
    ok = {
        url for url, reply in replies.items() if reply.error() == QNetworkReply.NetworkError.NoError
    }
    assert ok == {QUrl.fromLocalFile(str(allowed / "a.png")).toString()}
    assert len(rules.refused) == 4


def test_validate_warns_where_a_text_looks_like_markup(tmp_path: Path) -> None:
    result = load_hall(_hostile_hall(tmp_path / "hostile", 9))
    markup = [f for f in result.findings if "looks like HTML markup" in f.message]
    assert {f.path for f in markup} >= {
        "title.zh", "title.en", "subtitle", "sections[0].title", "sections[0].tagline",
        "sections[0].stories[0].headline", "sections[0].stories[0].body[0]",
        "sections[0].stories[0].images[0].caption", "events[0].headline", "events[0].text",
        "stats[0].label", "stats[0].source",
    }  # fmt: skip
    assert all(f.severity is Severity.WARNING and f.line for f in markup)
    assert not any(f.path == "sections[0].stories[0].body[1]" for f in markup)  # A<B, <5%
    assert "hall.yaml:2:" in str(next(f for f in markup if f.path == "title.zh"))
