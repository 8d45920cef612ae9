"""Request bodies are checked against the same JSON Schema the OpenAPI document shows, so
the document and the server cannot disagree. A small checker for the subset we write
(type, enum, const, lengths, pattern, bounds, required, properties, additionalProperties,
items); the first problem becomes a 422 naming the field ("address.pincode", "items.3.stock").

Numbers with a fraction arrive as Decimal (see read_json), so money never passes through
float."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

from commerce.errors import InvalidInput

Schema = dict[str, Any]


def _is(value: object, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    raise ValueError(f"schema type {kind!r} is not supported")


@lru_cache(maxsize=256)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _name(path: str) -> str:
    return path or "body"


def check(value: object, schema: Schema, path: str = "") -> None:
    """Raise InvalidInput for the first way value breaks schema."""
    field = _name(path)
    kinds = schema.get("type")
    if kinds is not None:
        allowed = [kinds] if isinstance(kinds, str) else list(kinds)
        if not any(_is(value, kind) for kind in allowed):
            raise InvalidInput(field, f"{field} must be {' or '.join(allowed)}")
    if "const" in schema and value != schema["const"]:
        raise InvalidInput(field, f"{field} must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise InvalidInput(field, f"{field} must be one of {', '.join(map(str, schema['enum']))}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            raise InvalidInput(field, f"{field} is shorter than {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise InvalidInput(field, f"{field} is longer than {schema['maxLength']} characters")
        if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
            raise InvalidInput(field, f"{field} has the wrong format")
    if _is(value, "number"):
        number: Any = value
        if "minimum" in schema and number < schema["minimum"]:
            raise InvalidInput(field, f"{field} must be at least {schema['minimum']}")
        if "maximum" in schema and number > schema["maximum"]:
            raise InvalidInput(field, f"{field} must be at most {schema['maximum']}")
        if "exclusiveMinimum" in schema and number <= schema["exclusiveMinimum"]:
            raise InvalidInput(field, f"{field} must be greater than {schema['exclusiveMinimum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            raise InvalidInput(field, f"{field} needs at least {schema['minItems']} entries")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise InvalidInput(field, f"{field} takes at most {schema['maxItems']} entries")
        if "items" in schema:
            for index, entry in enumerate(value):
                check(entry, schema["items"], f"{path}.{index}" if path else str(index))
    if isinstance(value, dict):
        properties: dict[str, Schema] = schema.get("properties", {})
        for key in schema.get("required", ()):
            if key not in value:
                name = f"{path}.{key}" if path else key
                raise InvalidInput(name, f"{name} is required")
        for key, entry in value.items():
            name = f"{path}.{key}" if path else str(key)
            if key in properties:
                check(entry, properties[key], name)
            elif schema.get("additionalProperties", True) is False:
                raise InvalidInput(name, f"{name} is not a known field")
