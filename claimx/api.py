"""The Python API: `extract` for one text, `extract_batch` for a stream of them."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Optional, Union

from .errors import ClaimxError, UsageError
from .published import Header, read_header

DateLike = Union[str, dt.date, None]
Item = Union[str, Mapping[str, Any]]


def normalize_published(published: DateLike) -> Optional[str]:
    """An ISO date string from a date, datetime, 'YYYY-MM-DD' or ISO timestamp string."""
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date().isoformat()
    if isinstance(published, dt.date):
        return published.isoformat()
    text = str(published).strip()
    try:
        if len(text) > 10 and text[10] in "T ":
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise UsageError(f"publication date {published!r} is not a YYYY-MM-DD date")


def make_doc(nlp, text: str, published: DateLike = None, *, header: Optional[Header] = None):
    """A tokenized Doc carrying its publication date, ready for the claimx pipeline.

    Without an explicit date, the article's own header is read; a header's
    span is remembered so extractors skip its metadata. (A chunk of a long
    article passes the whole article's header instead of reading its own.)
    """
    header = header or read_header(text)
    doc = nlp.make_doc(text)
    doc._.published = normalize_published(published) or header.published
    doc._.header_end = header.end
    return doc


def _as_job(item: Item, index: int):
    from .engine import Job

    if isinstance(item, str):
        return Job(None, item, None)
    if not isinstance(item, Mapping):
        raise TypeError(f"extract_batch takes texts or mappings with a 'text', not {type(item).__name__}")
    id = item.get("id", str(index))
    text = item.get("text")
    if text is not None and not isinstance(text, str):
        raise UsageError(f"'text' must be a string, not {type(text).__name__}")
    return Job(id, text or "", normalize_published(item.get("published")))


def extract_batch(
    items: Iterable[Item],
    *,
    model: Optional[str] = None,
    nlp=None,
    n_process: int = 1,
    batch_size: Optional[int] = None,
    time_limit: Optional[float] = None,
    on_error: Optional[Callable[[Optional[str], str], None]] = None,
    on_warning: Optional[Callable[[Optional[str], str], None]] = None,
) -> Iterator[dict[str, Any]]:
    """Stream one record per item, in order.

    Items are texts or mappings with `text` (None counts as empty) and optional
    `id` (default: the item's index, as a string) and `published` (a date, or
    an ISO date string; default: the article's header). The pipeline is loaded
    once per process (or pass `nlp=claimx.load_pipeline()`); `n_process` > 1 runs
    worker processes. An article that fails (a bad `published` or `text`, or
    over `time_limit` seconds) is reported to `on_error(id, message)` and
    skipped, so one bad item never stops a batch; without `on_error` it raises
    ClaimxError (UsageError for a bad date or text). A component that fails on
    an article leaves its items out and is reported to `on_warning(id, message)`
    (default: the "claimx" logger). Raises ClaimxError if the model cannot be
    loaded, TypeError for an item that is neither a text nor a mapping.
    """
    from .engine import Failure, process
    from .settings import BATCH_SIZE

    def jobs():
        for index, item in enumerate(items):
            try:
                yield _as_job(item, index)
            except UsageError as error:  # a bad date or text fails its article, not the batch
                if on_error is None:
                    raise
                on_error(item.get("id", str(index)), str(error))

    for result in process(
        jobs(), nlp=nlp, model=model, n_jobs=n_process, batch_size=batch_size or BATCH_SIZE, seconds=time_limit
    ):
        if isinstance(result, Failure):
            if on_error is None:
                raise ClaimxError(f"{result.id or 'text'}: {result.message}")
            on_error(result.id, result.message)
            continue
        for message in result.warnings:
            if on_warning is None:
                logging.getLogger("claimx").warning("%s: %s", result.record["id"] or "text", message)
            else:
                on_warning(result.record["id"], message)
        yield result.record


def extract(text: str, published: DateLike = None, *, id: Optional[str] = None, model: Optional[str] = None) -> dict:
    """Quotes, dated events and numeric claims of one article, as the JSON record.

    `published` (a date, or an ISO date string) anchors relative dates; without
    it the article's header is read, else they stay unresolved. The model
    (`model`, else $CLAIMX_MODEL, else the default) loads on the first call and
    is reused. Raises TypeError if `text` is not a str, UsageError (a
    ClaimxError) for a `published` that is not a date, and ClaimxError if the
    model cannot be loaded or the article cannot be processed.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes the article as a str, not {type(text).__name__}")
    return next(extract_batch([{"id": id, "text": text, "published": published}], model=model))
