"""SpanSet: overlap tests against spans already taken."""

from __future__ import annotations

import pytest

from claimx.spans import SpanSet


@pytest.mark.parametrize("spans, query, overlaps", [
    ([], (0, 5), False),
    ([(10, 20)], (0, 10), False),
    ([(10, 20)], (20, 25), False),
    ([(10, 20)], (19, 25), True),
    ([(10, 20)], (12, 14), True),
    ([(10, 20)], (5, 30), True),
    ([(10, 20), (30, 40)], (20, 30), False),
    ([(30, 40), (10, 20)], (25, 31), True),
    ([(10, 20), (15, 35)], (34, 36), True),
])
def test_overlaps(spans, query, overlaps):
    found = SpanSet(spans)
    assert found.overlaps(*query) is overlaps
    assert found.free(*query) is not overlaps


def test_add_merges_what_it_overlaps_or_touches():
    spans = SpanSet()
    for start, end in [(50, 60), (10, 20), (30, 40), (18, 32), (60, 65)]:
        spans.add(start, end)
    assert list(zip(spans.starts, spans.ends)) == [(10, 40), (50, 65)]
