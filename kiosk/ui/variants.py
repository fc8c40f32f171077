"""Type names for properties QML reads as JavaScript objects and arrays.

Named as Qt names them, so that pyside6-metaobjectdump (which reads the source, not the
running code) writes the right types into the .qmltypes that qmllint checks against.
"""

from __future__ import annotations

from typing import cast

QVariantMap = cast(type, "QVariantMap")  # a dict[str, Any]: a JS object in QML
QVariantList = cast(type, "QVariantList")  # a list: a JS array in QML
