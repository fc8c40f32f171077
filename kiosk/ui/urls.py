"""The kiosk never loads anything from the network: every URL QML asks for is checked here."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlAbstractUrlInterceptor

log = logging.getLogger(__name__)
BLOCKED = QUrl()  # an empty URL: nothing is loaded, and Qt does not complain
_INTERNAL_SCHEMES = {"qrc", "image", ""}


class LocalOnly(QQmlAbstractUrlInterceptor):
    """Lets through the app's own resources and files inside the allowed folders; refuses the rest."""

    def __init__(self, folders: Iterable[Path]) -> None:
        super().__init__()
        self._folders = [Path(f).resolve() for f in folders]
        self._seen: dict[str, bool] = {}  # every navigation asks again for the same few URLs
        self.refused: list[str] = []

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

    def intercept(self, url: QUrl | str, kind: QQmlAbstractUrlInterceptor.DataType) -> QUrl:
        """The url itself when allowed, else a URL that loads nothing."""
        url = QUrl(url)
        if self.allowed(url):
            return url
        text = url.toString()
        if text not in self.refused:
            log.warning("refused to load %s", text)
        self.refused.append(text)
        return BLOCKED
