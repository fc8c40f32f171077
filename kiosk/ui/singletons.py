"""The kiosk's objects as QML singletons of the Kiosk module, one set per QML engine.

A class decorated with @QmlSingleton gets its instance from a `create(engine)` static method:
`engine_singleton` adds one that hands out the object `provide` registered for that engine.
So QML names them by type (`Content.hall`, `Navigator.openSection(id)`), qmllint knows every
property from the generated .qmltypes, and each engine (a test runs many) sees its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtQml import QJSEngine
from shiboken6 import Shiboken

T = TypeVar("T", bound=type[QObject])
_PROVIDED: dict[tuple[int, type[QObject]], QObject] = {}


def _key(engine: QObject) -> int:
    return int(Shiboken.getCppPointer(engine)[0])


def provide(engine: QObject, obj: QObject) -> None:
    """Make obj the instance QML gets for its class in this engine (before QML loads)."""
    _PROVIDED[(_key(engine), type(obj))] = obj
    for base in type(obj).__mro__[1:]:  # a test's subclass stands in for its base, too
        if isinstance(base, type) and issubclass(base, QObject) and base is not QObject:
            _PROVIDED.setdefault((_key(engine), base), obj)


def release(engine: QObject) -> None:
    """Forget what was provided for an engine (when it is deleted)."""
    key = _key(engine)
    for entry in [k for k in _PROVIDED if k[0] == key]:
        del _PROVIDED[entry]


def engine_singleton(cls: T) -> T:
    """Give cls the create(engine) that QML calls for a singleton (apply under @QmlSingleton)."""

    def create(engine: QObject) -> QObject:
        obj = _PROVIDED.get((_key(engine), cls))
        if obj is None:
            raise RuntimeError(f"no {cls.__name__} was provided for this QML engine")
        QJSEngine.setObjectOwnership(obj, QJSEngine.ObjectOwnership.CppOwnership)
        return obj

    create_method: Callable[[Any], QObject] = staticmethod(create)
    cls.create = create_method  # type: ignore[attr-defined]
    return cls
