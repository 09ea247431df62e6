"""The pipeline's tokenizer splits double quote marks glued to words (scraped news loses spaces)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("She said,“Look at this.”", ["She", "said", ",", "“", "Look", "at", "this", ".", "”"]),
        ('The mayor said:"We are ready."', ["The", "mayor", "said", ":", '"', "We", "are", "ready", ".", '"']),
        ("“We won,”she said.", ["“", "We", "won", ",", "”", "she", "said", "."]),
        ('"We won,"she said.', ['"', "We", "won", ",", '"', "she", "said", "."]),
        ("Don’t call it “luck”.", ["Do", "n’t", "call", "it", "“", "luck", "”", "."]),
        ("He is 6'2\" tall.", ["He", "is", "6'2", '"', "tall", "."]),
        ('{"key":"value","n":3}', ["{", '"', 'key":"value","n":3', "}"]),
        # scraped markup glued to words is its own token
        ('<p>"Go," she said.</p>', ["<p>", '"', "Go", ",", '"', "she", "said", ".", "</p>"]),
        ('The chief said:&nbsp;"Wait."', ["The", "chief", "said", ":", "&nbsp;", '"', "Wait", ".", '"']),
        ("Ana Ruiz&mdash;a nurse", ["Ana", "Ruiz", "&mdash;", "a", "nurse"]),
        ("x < y and 5<10", ["x", "<", "y", "and", "5<10"]),
        # co- and re- words stay whole (cut, the verb parses as a clause of its own); other hyphens still split
        ("She co-founded it, was re-elected, and sat in a well-known co-op.", ["She", "co-founded", "it", ",", "was", "re-elected", ",", "and", "sat", "in", "a", "well", "-", "known", "co", "-", "op", "."]),
    ],
)
def test_glued_quote_marks_are_tokens(nlp, text, tokens):
    assert [token.text for token in nlp.make_doc(text)] == tokens


def test_quote_after_a_glued_mark_has_its_speaker(extract):
    (quote,) = extract("The coach said,“We played well.”")["quotes"]
    assert (quote["text"], quote["speaker"]) == ("We played well.", "The coach")


def test_an_attribution_glued_to_markup_keeps_its_speaker(extract):
    (quote,) = extract('<p>The harbour master said:&nbsp;"Boats must stay in port."</p>')["quotes"]
    assert (quote["text"], quote["speaker"]) == ("Boats must stay in port.", "The harbour master")
