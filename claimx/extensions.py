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


FAILURES_KEY = "claimx_failures"
TEXT_KEY = "claimx_text"


def doc_text(doc: Doc) -> str:
    """The document's text, built once: `Doc.text` joins every token anew on each access,
    and every claimx component needs it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text



def note_failure(doc: Doc, component: str, error: Exception) -> None:
    """A component that fails on one text leaves its list empty and says so.

    The article keeps what the other components found; the batch reports the
    note as a warning for that article (one line, no traceback).
    """
    doc.user_data.setdefault(FAILURES_KEY, []).append(
        f"{component} failed ({type(error).__name__}: {error}); its items are left out"
    )
