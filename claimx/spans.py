"""Sets of character spans with overlap tests by bisection, not by a scan per lookup
(extractors test thousands of candidate spans against what is already taken)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Optional


class SpanSet:
    """Half-open [start, end) spans, kept merged and sorted."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.ends, start)  # the first span ending after `start`
        return i < len(self.starts) and self.starts[i] < end

    def free(self, start: int, end: int) -> bool:
        return not self.overlaps(start, end)

    def add(self, start: int, end: int) -> None:
        """Add a span, merging it with every span it overlaps or touches."""
        first = bisect_left(self.ends, start)  # spans ending before `start` stay apart
        last = bisect_right(self.starts, end)  # spans starting after `end` stay apart
        if first < last:
            start = min(start, self.starts[first])
            end = max(end, self.ends[last - 1])
        self.starts[first:last] = [start]
        self.ends[first:last] = [end]


class SentenceIndex:
    """The sentence of each token, by lookup. Token.sent scans its sentence on every call, which
    costs quadratic time over the quotes of one long sentence (JSON, a list); built once, on demand."""

    def __init__(self, doc):
        self.doc = doc
        self._sentences: Optional[list] = None
        self._sentence_of: list[int] = []

    def sentence(self, index: int):
        """The sentence (Span) of token `index`."""
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
            self._sentence_of = [0] * len(self.doc)
            for number, sent in enumerate(self._sentences):
                self._sentence_of[sent.start:sent.end] = [number] * (sent.end - sent.start)
        return self._sentences[self._sentence_of[index]]

    def start(self, index: int) -> int:
        """First token of the sentence of token `index`."""
        return self.sentence(index).start
