"""Run the pipeline over a stream of inputs: the plain function behind `claimx extract`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Optional

from .inputs import Article, Input, InputFailure


@dataclass
class BatchStats:
    articles: int = 0
    failures: int = 0
    quotes: int = 0
    events: int = 0
    numbers: int = 0

    def add(self, record: dict[str, Any]) -> None:
        self.articles += 1
        self.quotes += len(record["quotes"])
        self.events += len(record["events"])
        self.numbers += len(record["numbers"])


def run_batch(
    inputs: Iterable[Input],
    nlp,
    *,
    published: Optional[str] = None,
    on_failure: Callable[[InputFailure], None] = lambda failure: None,
    on_warning: Callable[[str, str], None] = lambda id, message: None,
    on_partial: Optional[Callable[[str, str], None]] = None,
    stats: Optional[BatchStats] = None,
    skip_ids: Optional[Mapping[str, int]] = None,
    n_jobs: int = 1,
    time_limit: Optional[float] = None,
) -> Iterator[dict[str, Any]]:
    """Records for the articles among `inputs`, in input order.

    Failures and warnings go to the callbacks as soon as the input is read;
    an extractor that failed on an article (whose record then lacks its items)
    goes to `on_partial` (default: `on_warning`);
    `published` (the --published option) overrides an article's own date;
    `skip_ids` counts the ids an earlier run finished: that many articles with
    each id are left out.
    """
    from .api import extract_batch

    stats = stats if stats is not None else BatchStats()
    skip = Counter(skip_ids or {})

    def fail(item: InputFailure) -> None:
        stats.failures += 1
        on_failure(item)

    def articles() -> Iterator[dict[str, Any]]:
        for item in inputs:
            if isinstance(item, InputFailure):
                fail(item)
                continue
            assert isinstance(item, Article)
            key = str(item.id)
            if skip.get(key):  # done by an earlier run (as often as it was done: ids may repeat)
                skip[key] -= 1
                continue
            for warning in item.warnings:
                on_warning(item.id, warning)
            yield {"id": item.id, "text": item.text, "published": published or item.published}

    for record in extract_batch(
        articles(),
        nlp=nlp,
        n_process=n_jobs,
        time_limit=time_limit,
        on_error=lambda id, message: fail(InputFailure(id, message)),
        on_warning=on_partial or on_warning,
    ):
        stats.add(record)
        yield record
