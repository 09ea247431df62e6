"""Numeric claims: names' numbers before a verb, lettered figure labels, codes and list headings (own sentences)."""

from __future__ import annotations

import pytest


def figures(extract, text):
    return [(n["text"], n["value"], n["unit"]) for n in extract(text)["numbers"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A unit word the parser reads as the verb of a subject before the figure is that verb:
        # the figure is a road's number, no count of turns. What the road "turns" is its
        # anniversary, a count of years the sentence is about.
        ("Highway 17 turns 50 in May.", [("50", 50, None)]),
        ("Interstate 95 turns 60 in June, officials noted.", [("60", 60, None)]),
        ("The old mill wheel made 40 turns before it stopped.", [("40 turns", 40, "turn")]),
    ],
)
def test_a_verb_after_a_names_number_is_no_unit(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The trend is clear in Figures 2K and 2L of the report.", []),
        ("Tables 4B and 4C list the sites we visited.", []),
        ("As panel 6M shows, 14 of the wells ran dry.", [("14", 14, None)]),
    ],
)
def test_a_lettered_label_after_a_designator_is_no_figure(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rents in the 60614 area rose by 8% last year.", [("8%", 8, "%")]),
        ("Only the 30305 zip code saw prices fall.", []),
        ("Crews checked 25000 meters across the city.", [("25000 meters", 25000, "m")]),
    ],
)
def test_a_five_digit_code_before_an_area_word_is_no_count(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("7 Ways to Beat the Heat This Summer", []),
        ("Our guide.\n\n4 things we learned from the budget", []),
        ("The report gave 6 reasons for the delay.", [("6", 6, None)]),
    ],
)
def test_a_numbered_list_heading_is_no_claim(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # How often someone won is a count of occasions, read as a quantity tool reads "won three
        # times": the hyphened "-time" is the unit "times" ("a seven-time winner" = 7 times).
        # "one-time" means former or single and stays no claim.
        ("The seven-time winner was knocked out early.", [("seven-time", 7, "times")]),
        ("A 14-time champion, she retired in May.", [("14-time", 14, "times")]),
        ("He is a one-time ally of the mayor.", []),
    ],
)
def test_a_hyphened_time_counts_occasions(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A thing that turns 75 has an anniversary, a claim; a person's "turned 30 last year" is an
        # age set off, as the age rules treat "who is 70." (no claim).
        ("Highway 9 turns 75 this year.", [("75", 75, None)]),
        ("The pier turned 120 last summer.", [("120", 120, None)]),
        ("My brother turned 30 last year.", []),
        ("She turned 21 this week and moved out.", []),
    ],
)
def test_a_things_anniversary_counts_but_a_persons_age_does_not(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Results included one - time charges of $8m.", [("$8m", 8000000, "USD")]),
        ("Drivers face one-way streets downtown.", []),
        ("They took a one-bedroom flat.", [("one", 1, None)]),
    ],
)
def test_one_hyphened_into_an_idiom_is_no_count(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A side reduced to ten players is a count of players (value 10, counting "man"); a
        # hyphened duration keeps its unit.
        ("Ten-man Rovers hung on for a draw.", [("Ten", 10, None)]),
        ("Staff will trial a four-day week from June.", [("four-day", 4, "day")]),
    ],
)
def test_hyphened_counts_of_players_and_days(extract, text, expected):
    assert figures(extract, text) == expected
