"""The Python API: `extract` for one text, `extract_batch` for a stream of them."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Optional, Union

from .errors import ClaimxError, UsageError
from .published import read_header

DateLike = Union[str, dt.date, None]
Item = Union[str, Mapping[str, Any]]


def normalize_published(published: DateLike) -> Optional[str]:
    """An ISO date string from a date, datetime or 'YYYY-MM-DD' string."""
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date().isoformat()
    if isinstance(published, dt.date):
        return published.isoformat()
    try:
        return dt.date.fromisoformat(str(published).strip()[:10]).isoformat()
    except ValueError:
        raise UsageError(f"publication date {published!r} is not a YYYY-MM-DD date") from None


def make_doc(nlp, text: str, published: DateLike = None):
    """A tokenized Doc carrying its publication date, ready for the claimx pipeline.

    Without an explicit date, the article's own header is read; a header's
    span is remembered so extractors skip its metadata.
    """
    header = read_header(text)
    doc = nlp.make_doc(text)
    doc._.published = normalize_published(published) or header.published
    doc._.header_end = header.end
    return doc


def _as_item(item: Item, index: int) -> tuple[Optional[str], str, DateLike]:
    if isinstance(item, str):
        return None, item, None
    return item.get("id", str(index)), item.get("text") or "", item.get("published")


def extract_batch(
    items: Iterable[Item],
    *,
    model: Optional[str] = None,
    batch_size: Optional[int] = None,
    nlp=None,
    on_error: Optional[Callable[[Optional[str], str], None]] = None,
) -> Iterator[dict[str, Any]]:
    """Stream one record per item, in order.

    Items are texts or mappings with `text` and optional `id` and `published`.
    The pipeline is loaded once and texts go through `nlp.pipe` in batches.
    An article the pipeline fails on is reported to `on_error(id, message)` and
    skipped, so one bad text never stops a batch; without `on_error` it raises.
    """
    from .output import doc_to_record
    from .pipeline import PIPE_ERROR_KEY, load_pipeline
    from .settings import BATCH_SIZE

    nlp = nlp or load_pipeline(model)
    pending: deque = deque()  # (id, doc) handed to nlp.pipe and not yet yielded

    def docs():
        for index, item in enumerate(items):
            id, text, published = _as_item(item, index)
            doc = make_doc(nlp, text, published)
            pending.append((id, doc))
            yield doc

    def report_dropped(until):
        # nlp.pipe drops a doc a component failed on; its error was kept on the doc.
        while pending and pending[0][1] is not until:
            id, dropped = pending.popleft()
            message = dropped.user_data.get(PIPE_ERROR_KEY, "processing failed")
            if on_error is None:
                raise ClaimxError(f"{id or 'text'}: {message}")
            on_error(id, message)

    for doc in nlp.pipe(docs(), batch_size=batch_size or BATCH_SIZE):
        report_dropped(doc)
        id, _ = pending.popleft()
        yield doc_to_record(doc, id)
    report_dropped(None)


def extract(text: str, published: DateLike = None, *, id: Optional[str] = None, model: Optional[str] = None) -> dict:
    """Quotes, dated events and numeric claims of one article, as the JSON record."""
    return next(extract_batch([{"id": id, "text": text, "published": published}], model=model))
