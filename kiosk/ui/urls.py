"""The kiosk never loads anything from the network: every URL QML asks for is checked here.

Twice over: LocalOnly sees the URLs QML items ask for (images, components), and the engine's
network access manager (NoNetwork) refuses every request that is not a local file in the
allowed folders, whatever made it (rich text, XMLHttpRequest, a font, a future component).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtQml import QQmlAbstractUrlInterceptor, QQmlNetworkAccessManagerFactory

log = logging.getLogger(__name__)
BLOCKED = QUrl()  # an empty URL: nothing is loaded, and Qt does not complain
REFUSED = QUrl("kiosk-refused:")  # a scheme no handler knows: an error reply, no connection
_INTERNAL_SCHEMES = {"qrc", "image", ""}


class LocalOnly(QQmlAbstractUrlInterceptor):
    """Lets through the app's own resources and files inside the allowed folders; refuses the rest."""

    def __init__(self, folders: Iterable[Path]) -> None:
        super().__init__()
        self._folders = [Path(f).resolve() for f in folders]
        self._seen: dict[str, bool] = {}  # every navigation asks again for the same few URLs
        self.refused: list[str] = []  # every refusal, in order (each is logged once)

    def allow(self, folder: Path) -> None:
        """Also allow files below folder (a hall added by a reload, the image cache)."""
        self._folders.append(Path(folder).resolve())
        self._seen.clear()

    def allowed(self, url: QUrl) -> bool:
        """Whether url may be loaded (remembered per URL)."""
        key = url.toString()
        if key not in self._seen:
            self._seen[key] = self._allowed(url)
        return self._seen[key]

    def _allowed(self, url: QUrl) -> bool:
        scheme = url.scheme()
        if scheme in _INTERNAL_SCHEMES:
            return True
        if scheme != "file" or url.host():
            return False
        path = Path(url.toLocalFile()).resolve()
        return any(path.is_relative_to(folder) for folder in self._folders)

    def refuse(self, url: QUrl, how: str) -> None:
        """Note a refused URL; the log hears of each URL once."""
        text = url.toString()
        if text not in self.refused:
            log.warning("refused to load %s (%s)", text, how)
        self.refused.append(text)

    def intercept(self, url: QUrl | str, kind: QQmlAbstractUrlInterceptor.DataType) -> QUrl:
        """The url itself when allowed, else a URL that loads nothing."""
        url = QUrl(url)
        if self.allowed(url):
            return url
        self.refuse(url, "not a file of the kiosk or its halls")
        return BLOCKED


class NoNetwork(QNetworkAccessManager):
    """A network access manager that lets through only local files LocalOnly allows."""

    def __init__(self, rules: LocalOnly, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rules = rules

    def createRequest(
        self,
        op: QNetworkAccessManager.Operation,
        request: QNetworkRequest,
        outgoingData: QIODevice | None = None,
    ) -> QNetworkReply:
        """The reply for an allowed local file; for anything else an error, and no connection."""
        url = request.url()
        if url.isLocalFile() and self._rules.allowed(url):
            return super().createRequest(op, request, outgoingData)
        self._rules.refuse(url, "the kiosk opens no network connection")
        return super().createRequest(op, QNetworkRequest(REFUSED), None)


class NoNetworkFactory(QQmlNetworkAccessManagerFactory):
    """Gives the QML engine (each of its threads) a NoNetwork manager."""

    def __init__(self, rules: LocalOnly) -> None:
        super().__init__()
        self._rules = rules

    def create(self, parent: QObject) -> QNetworkAccessManager:
        """A new manager for one of the engine's threads."""
        return NoNetwork(self._rules, parent)
