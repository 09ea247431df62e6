"""The terminal view's reading of values, and that any record renders."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from claimx.render import format_value, render_record


@pytest.mark.parametrize("value, value_max, unit, shown", [
    (1.5e9, None, "USD", "$1.5 billion"),
    (240e6, None, "EUR", "€240 million"),
    (2 / 3, None, None, "0.667"),
    (376, None, None, "376"),
    (3.2, None, "%", "3.2%"),
    (10, 20, None, "10–20"),
    (1.8e6, None, "t", "1.8 million t"),
    (12345.5, None, None, "12,345.5"),
])
def test_format_value(value, value_max, unit, shown):
    assert format_value({"value": value, "value_max": value_max, "unit": unit, "text": "as written"}) == shown


def test_a_value_we_could_not_read_shows_as_written():
    assert format_value({"value": None, "unit": None, "text": "a handful"}) == "a handful"


def test_markup_in_article_text_is_shown_literally():
    record = {
        "id": "[bold]x[/bold]", "published": None, "schema_version": 1,
        "quotes": [{"text": "[red]not markup[/red]", "start": 0, "end": 1, "direct": True, "speaker": "[b]A[/b]",
                    "speaker_mention": None, "speaker_role": None, "cue": "said"}],
        "events": [], "numbers": [],
    }
    out = io.StringIO()
    render_record(Console(file=out, width=100), record)
    assert "[red]not markup[/red]" in out.getvalue()
    assert "[b]A[/b]" in out.getvalue()


def _quote(speaker, mention, role=None):
    return {"text": "We will rebuild.", "start": 0, "end": 16, "direct": True, "speaker": speaker,
            "speaker_mention": mention and {"text": mention, "start": 20, "end": 20 + len(mention)},
            "speaker_role": role, "cue": "said"}


def _render_quotes(*quotes):
    record = {"id": "a", "published": None, "schema_version": 1, "quotes": list(quotes), "events": [], "numbers": []}
    out = io.StringIO()
    render_record(Console(file=out, width=120), record)
    return out.getvalue()


def test_a_mention_that_spells_out_the_name_is_not_repeated_beside_it():
    shown = _render_quotes(_quote("Lena Ortiz", "Port Authority director Lena Ortiz", "Port Authority director"))
    assert shown.count("Lena Ortiz") == 1
    assert "director" in shown  # the role line


def test_a_pronoun_mention_and_an_unresolved_mention_are_shown():
    shown = _render_quotes(_quote("Lena Ortiz", "She"), _quote(None, "a spokeswoman"))
    assert "(She)" in shown
    assert "(a spokeswoman)" in shown


def _render(record, width=80):
    full = {"id": "a", "published": None, "schema_version": 1, "quotes": [], "events": [], "numbers": []}
    full.update(record)
    out = io.StringIO()
    render_record(Console(file=out, width=width), full)
    return out.getvalue()


def test_every_item_shows_its_offsets():
    shown = _render({
        "quotes": [_quote("Lena Ortiz", None) | {"start": 1234, "end": 1250}],
        "events": [{"text": "Tuesday", "start": 2001, "end": 2008, "type": "DATE", "value": "2025-03-11",
                    "range": {"start": "2025-03-11", "end": "2025-03-11"}, "event": None, "mod": None}],
        "numbers": [{"text": "$2 million", "start": 3005, "end": 3015, "value": 2e6, "value_max": None,
                     "unit": "USD", "qualifier": None, "counted": None, "period": None, "source": None}],
    })
    for offsets in ("1234–1250", "2001–2008", "3005–3015"):
        assert offsets in shown


def test_a_narrow_terminal_folds_long_names_instead_of_cutting_them():
    shown = _render({"quotes": [_quote("Margarethe Oyelaran-Whitcombe", None, "council leader")]}, width=60)
    assert "…" not in shown
    speaker_column = "".join(line.split("│")[1].strip() for line in shown.splitlines() if line.count("│") > 2)
    assert "MargaretheOyelaran-Whitcombe" in speaker_column


def test_a_long_quote_is_cut_at_a_word_break():
    quote = _quote("Lena Ortiz", None)
    quote["text"] = "word " * 200
    shown = _render({"quotes": [quote]}, width=200)
    assert "word …" in shown
    assert "wor …" not in shown and "wo …" not in shown


def test_a_mention_that_is_the_role_is_shown_once():
    shown = _render_quotes(_quote("Jana Mlinar", "the agency's director", "the agency's director"))
    assert shown.count("agency's director") == 1


def test_a_speaker_known_only_by_a_role_shows_it_once():
    spokesperson = "A spokesperson for the Harbour Trust"
    shown = _render_quotes(_quote(spokesperson, spokesperson, spokesperson))
    assert shown.count("Harbour Trust") == 1


@pytest.mark.parametrize("period, shown", [
    ({"start": "2024-01-01", "end": "2024-12-31"}, "2024"),
    ({"start": "2018-01-01", "end": "2022-12-31"}, "2018–2022"),
    ({"start": "2024-02-01", "end": "2024-02-29"}, "2024-02"),
    ({"start": "2025-03-11", "end": "2025-03-11"}, "2025-03-11"),
    ({"start": "2025-03-10", "end": "2025-03-16"}, "2025-03-10 – 2025-03-16"),
    ({"start": "2025-04-01", "end": None}, "2025-04-01 – …"),
])
def test_periods_read_briefly(period, shown):
    from claimx.render import _period

    assert _period(period) == shown


def test_unresolved_dates_come_with_a_hint_to_give_the_date():
    thursday = {"text": "Thursday", "start": 0, "end": 8, "type": "DATE", "value": "XXXX-WXX-4", "range": None,
                "event": None, "mod": None}
    assert "--published" in _render({"events": [thursday]})
    assert "--published" not in _render({"events": [thursday], "published": "2025-11-26"})
    assert "--published" not in _render({"events": [thursday | {"value": "2024", "text": "2024"}]})


def test_the_terminal_view_honours_no_color(monkeypatch):
    from claimx.writers import RecordWriter

    record = {"id": "a", "published": "2025-11-26", "schema_version": 1,
              "quotes": [_quote("Lena Ortiz", "She")], "events": [], "numbers": []}

    def shown() -> str:
        out = io.StringIO()
        RecordWriter(out, "text", single=True, color=True).write(record)
        return out.getvalue()

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[36m" in shown()  # the speaker in cyan
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[36m" not in shown()
