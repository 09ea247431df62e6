"""Any text goes through without an exception, and every offset slices back."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NEWSY = st.sampled_from([
    '"', "\u201c", "\u201d", "\u2018", "\u2019", "«", "»", "„", "``", "''", " said ", " on Monday ",
    " in March 2023", " from May 1 to June 2, 2024", " $1.5 billion", " 3.2%", " more than 10,000 people",
    " two-thirds of ", " she said. ", "\n\n", ", according to the ministry", " last year", " G7 ", ":", "—",
    "Dr. Smith", " He ", " 2012–13 ", " 45-year-old ", " \x00 ", "\u202e", "日本", " – ",
])
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(NEWSY, st.text(max_size=12)), max_size=40).map("".join),
)


def check_spans(text: str, item: dict, path: str) -> None:
    assert 0 <= item["start"] <= item["end"] <= len(text), path
    assert text[item["start"]:item["end"]] == item["text"], path


def check_record(text: str, record: dict) -> None:
    for kind in ("quotes", "events", "numbers"):
        for index, item in enumerate(record[kind]):
            check_spans(text, item, f"{kind}[{index}]")
            for nested in ("speaker_mention", "event", "counted"):
                if item.get(nested):
                    check_spans(text, item[nested], f"{kind}[{index}].{nested}")
    assert json.loads(json.dumps(record)) == record


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_any_text_extracts_with_valid_offsets(extract, text, published):
    check_record(text, extract(text, published))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_no_extractor_fails_on_any_text(nlp, text):
    """The extractors guard against their own failures (so an article keeps the other
    results); this makes sure the guard is never what saves them."""
    from claimx.engine import Done, Job, Processor

    result = Processor(nlp).run([Job("t", text, "2025-11-26")])[0]
    assert isinstance(result, Done)
    assert result.warnings == ()
