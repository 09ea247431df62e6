"""The public record: one JSON object per article, built from a processed Doc.

This module owns the schema. Scripts and the evaluation harness read it, so
fields are only ever added; a breaking change bumps SCHEMA_VERSION.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Optional

SCHEMA_VERSION = 1

RECORD_FIELDS = ("id", "published", "schema_version", "quotes", "events", "numbers")


def _items(values) -> list[dict[str, Any]]:
    return [asdict(value) for value in sorted(values or (), key=lambda item: (item.start, item.end))]


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
