"""The JSON Schema of hall.yaml, generated from the model."""

from __future__ import annotations

from typing import Any

from kiosk.content.model import Hall


def hall_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that editors use to check hall.yaml."""
    schema = Hall.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
