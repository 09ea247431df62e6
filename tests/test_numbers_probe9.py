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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The motion carried by a 4-to-1 margin.", [("4-to-1", 4)]),
        ("Bookmakers have him at 50-to-1.", [("50-to-1", 50)]),
        ("Odds of 1:3 look generous.", [("1:3", pytest.approx(1 / 3))]),
        ("Screens use a 16:9 format.", [("16:9", pytest.approx(16 / 9))]),
        ("Dilute the bleach at a ratio of 1:20 with water.", [("1:20", 0.05)]),
        ("The odds on a home draw are 7:2.", [("7:2", 3.5)]),
        ("Members backed the deal by a 4 to 1 margin.", [("4 to 1", 4)]),
        ("Renters outnumber owners 2-1 in the borough.", [("2-1", 2)]),
    ],
)
def test_a_ratio_is_one_claim(extract, text, expected):
    assert [(n["text"], n["value"]) for n in extract(text)["numbers"]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The drive takes 20-to-30 minutes.", [("20-to-30 minutes", 20, 30)]),
        ("Parents of 3-to-5-year-olds will pay less.", []),  # ages of a group, as '3- to 5-year-olds'
    ],
)
def test_a_rising_pair_with_hyphened_to_is_a_range(extract, text, expected):
    assert spans(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sails at 6:15 every morning.",
        "Munich won 3:1 on Saturday.",
        "Her pressure read 150/95 on admission.",  # a reading of two figures: no half of it is a claim
    ],
)
def test_clock_times_scores_and_readings_give_no_ratio(extract, text):
    assert figures(extract, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nurses check the ward twice a night.", [("twice a night", 2, "times per night")]),
        ("The pills are taken three times daily.", [("three times daily", 3, "times per day")]),
        ("The council meets 10 times per year.", [("10 times per year", 10, "times per year")]),
        ("Trains stop here once an hour.", [("once an hour", 1, "times per hour")]),
        # a multiple keeps its unit: it compares, it counts no times in a period
        ("Rents are four times as high as in 2000.", [("four times", 4, "times")]),
        # 'once' is no figure unless a period follows
        ("Once the rain stopped, 40 people returned.", [("40", 40, None)]),
    ],
)
def test_a_frequency_counts_times_per_period(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The group borrowed €1,8 billion last year.", [("€1,8 billion", 1.8e9, "EUR")]),
        ("Turnover reached €4,25bn.", [("€4,25bn", 4.25e9, "EUR")]),
        ("The region counts 3,4 million residents.", [("3,4 million", 3.4e6, None)]),
        ("A ticket costs €3,80.", [("€3,80", 3.8, "EUR")]),
        ("Diesel sells at 1,72 euros a litre.", [("1,72 euros", 1.72, "EUR")]),
        # thousands stay thousands, and a bare pair is no figure of either kind
        ("The plant employs 3,400 staff.", [("3,400", 3400, None)]),
        ("Rooms 4,12 and 15 were shut.", []),
    ],
)
def test_a_decimal_comma_reads_only_where_unambiguous(extract, text, expected):
    assert figures(extract, text) == [(t, pytest.approx(v), u) for t, v, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Voters under 35 backed the mayor by 20 points.", [20]),
        ("Men over 60 should be screened, the panel said.", []),
        ("Children under two were not included.", []),
        # a count or a measure after the bound stays
        ("Households over 500 metres from the river were spared.", [500]),
        ("Crowds of over 3,000 marched.", [3000]),
    ],
)
def test_an_age_bound_naming_a_group_of_people_is_no_claim(extract, text, expected):
    assert [n["value"] for n in extract(text)["numbers"]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The chain runs 40 three-star hotels.", [("40", 40, None)]),
        ("The 4-star resort employs 250 staff.", [("250", 250, None)]),
        ("Shoppers got a 3-for-2 offer on books.", []),
        # a count of stars stays
        ("Critics gave the show 5 stars.", [("5", 5, None)]),
    ],
)
def test_a_star_rating_or_an_offer_names_no_figure(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trade took 0.6 of a percentage point off growth.", [("0.6 of a percentage point", 0.6, "percentage points")]),
        ("She missed out by 0.2 of a second.", [("0.2 of a second", 0.2, "s")]),
    ],
)
def test_a_decimal_of_a_unit_takes_the_unit(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The new runway is 1900 m long.", [("1900 m", 1900, "m")]),
        ("Doses of 0 and 1500 ppm were compared.", [("0", 0, "ppm"), ("1500 ppm", 1500, "ppm")]),
        # a span of time or a sum in a year's money keeps the year reading
        ("The city was founded 2000 years ago.", []),
    ],
)
def test_a_four_digit_figure_with_a_unit_of_measure_is_no_year(extract, text, expected):
    assert figures(extract, text) == expected


def test_revolutions_per_minute_are_a_unit(extract):
    assert figures(extract, "The motor turns at 3,600 rpm.") == [("3,600 rpm", 3600, "rpm")]


@pytest.mark.parametrize("text", [
    "The vicar read from Mark 4:3 at the service.",
    "Psalm 23:4 was sung by the choir.",
])
def test_a_chapter_and_verse_after_a_name_is_no_ratio(extract, text):
    assert figures(extract, text) == []


def test_a_colon_pair_after_a_name_is_still_a_ratio_beside_a_ratio_word(extract):
    assert figures(extract, "Then 5:1 odds were offered on the outsider.") == [("5:1", 5, None)]


@pytest.mark.parametrize("text, expected", [
    # a poll's shares written like a score keep both figures
    ("Mayor Ortiz leads her rival 48-41 among likely voters.", [("48", 48, None), ("41", 41, None)]),
    ("The survey has the Greens ahead 39-33.", [("39", 39, None), ("33", 33, None)]),
])
def test_a_poll_pair_is_no_game_score(extract, text, expected):
    assert figures(extract, text) == expected


def test_a_team_that_leads_by_a_score_gives_no_figures(extract):
    assert figures(extract, "Wanderers lead 3-1 at the break.") == []


@pytest.mark.parametrize("text, figure, base", [
    # the date after a base figure ("up from X in 2025") is the base's, not the new figure's
    ("The trust will spend £90m over four years, up from £25m in 2024.", "£90m", "£25m"),
    ("Turnover climbed to €610m from €580m in 2023.", "€610m", "€580m"),
])
def test_a_date_after_a_base_figure_dates_only_the_base(extract, text, figure, base):
    periods = {n["text"]: n["period"] for n in extract(text, "2026-06-01")["numbers"]}
    assert periods[figure] is None
    assert periods[base] is not None


def test_a_year_after_from_is_no_base_figure(extract):
    numbers = extract("The pact aims to cut emissions 60 percent from 2010 levels by 2045.", "2026-06-01")["numbers"]
    periods = {n["text"]: n["period"] for n in numbers}
    assert periods["60 percent"] is not None and periods["60 percent"]["end"] == "2045-12-31"
