"""The Doc attributes claimx reads and writes (`doc._.quotes` …)."""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES = {
    "published": None,  # ISO date string (YYYY-MM-DD) the article was published, or None
    "header_end": 0,  # char offset where the article body starts (after a metadata header)
    "quotes": None,  # list[records.Quote]
    "events": None,  # list[records.TimeExpression]
    "numbers": None,  # list[records.NumericClaim]
}


def register_extensions() -> None:
    """Idempotent: every component factory calls it."""
    from .records import register_msgpack

    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    register_msgpack()
