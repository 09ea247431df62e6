"""The public record: one JSON object per article, built from a processed Doc.

This module owns the schema. Scripts and the evaluation harness read it, so
fields are only ever added; a breaking change bumps SCHEMA_VERSION.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Optional

from .records import RECORD_TYPES

SCHEMA_VERSION = 1

_FIELDS = {cls: tuple(field.name for field in fields(cls)) for cls in RECORD_TYPES.values()}


def as_json(value: Any) -> Any:
    """A record dataclass as plain JSON values (dataclasses.asdict deep-copies every
    leaf, which costs a few percent of a whole run)."""
    names = _FIELDS.get(type(value))
    if names is None:
        return value
    return {name: as_json(getattr(value, name)) for name in names}


def _items(values) -> list[dict[str, Any]]:
    return [as_json(value) for value in sorted(values or (), key=lambda item: (item.start, item.end))]


def doc_to_record(doc, id: Optional[str] = None) -> dict[str, Any]:
    """The JSON-ready record of one processed article."""
    return {
        "id": id,
        "published": doc._.published,
        "schema_version": SCHEMA_VERSION,
        "quotes": _items(doc._.quotes),
        "events": _items(doc._.events),
        "numbers": _items(doc._.numbers),
    }
