"""Numeric claims: game scores, ratios, frequencies, decimal commas and more news patterns (own sentences)."""

from __future__ import annotations

import pytest


def figures(extract, text):
    return [(n["text"], n["value"], n["unit"]) for n in extract(text)["numbers"]]


def spans(extract, text):
    return [(n["text"], n["value"], n["value_max"]) for n in extract(text)["numbers"]]


@pytest.mark.parametrize(
    "text",
    [
        "Rovers won 2-1 at the weekend.",
        "The hosts suffered a 4-0 defeat in the rain.",
        "The Rams beat the Bears 27-20 on Monday night.",
        "Their 3-2 home win lifted them to fourth.",
        "The derby ended 1-1.",
        "She won 7-5, 4-6, 6-3 in the final.",
        "United lost 0-2 at home.",
    ],
)
def test_a_game_score_is_no_claim(extract, text):
    assert figures(extract, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Between 15-25 people waited outside.", [("Between 15-25", 15, 25)]),
        ("The party won 4-6 more seats than forecast.", [("4-6", 4, 6)]),
        ("The clinic treated 30-40 patients a day.", [("30-40", 30, 40)]),
    ],
)
def test_a_range_after_a_verb_of_winning_stays_a_range(extract, text, expected):
    assert spans(extract, text) == expected


def test_a_tally_of_votes_is_no_game_score(extract):
    assert [n["value"] for n in extract("The committee voted 9-3 to approve the plan.")["numbers"]] == [9, 3]
