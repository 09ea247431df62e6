"""Numeric claims in news sentences of beats the earlier rounds left out (own sentences)."""

from __future__ import annotations

import pytest


def figures(extract, text):
    return [(n["text"], n["value"], n["unit"]) for n in extract(text)["numbers"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Markets now bet on a 75-basis-point increase.", [("75-basis-point", 75, "basis points")]),
        ("They rent a 35-square-metre studio.", [("35-square-metre", 35, "square metre")]),
        ("Gusts hit 90-mile-an-hour speeds.", [("90-mile-an-hour", 90, "mph")]),
        ("Each cell stores 4 kilowatt-hours.", [("4 kilowatt-hours", 4, "kWh")]),
    ],
)
def test_unit_words_hyphened_into_a_modifier(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the span of time a statistic covers is a duration written with a number, a figure as any other
        # (samples/scored/README.md); the dates it runs to still date the statistic (test_numbers_round13)
        ("Retail volumes slipped 0.9% in the three months to October.", [("0.9%", 0.9, "%"), ("three months", 3, "month")]),
        ("Profit was £41m in the six months ended June 30.", [("£41m", 41000000, "GBP"), ("six months", 6, "month")]),
        ("Rents rose 7% over the 12 months to the end of May.", [("7%", 7, "%"), ("12 months", 12, "month")]),
        ("The works will take three months to finish.", [("three months", 3, "month")]),
    ],
)
def test_the_period_a_statistic_covers_is_a_duration(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry can carry up to 900 passengers.", [("up to 900", "up to")]),
        ("The stadium will hold up to 41,000.", [("up to 41,000", "up to")]),
        # the verb's own particle: a total or the level reached, no bound
        ("The fines added up to $3m.", [("$3m", None)]),
    ],
)
def test_up_to_after_a_verb_the_parser_gives_a_particle(extract, text, expected):
    assert [(n["text"], n["qualifier"]) for n in extract(text)["numbers"]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ministers will invest £2.4bn over five years.", [("£2.4bn", None), ("five years", None)]),
        ("The firm plans 600 stores over the next 3 years.", [("600", None), ("3 years", None)]),
        ("Bills have risen 35% over two years.", [("35%", None), ("two years", None)]),
        # a bound on the time itself
        ("She has coached the side for over 12 years.", [("over 12 years", "over")]),
    ],
)
def test_over_a_span_of_time_after_a_figure_is_no_bound(extract, text, expected):
    assert [(n["text"], n["qualifier"]) for n in extract(text)["numbers"]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 10-year Treasury yield climbed to 4.7%.", [("4.7%", 4.7, "%")]),
        ("Lenders pulled their two-year fixed-rate mortgages.", []),
        ("The DMO sold £3bn of 30-year gilts.", [("£3bn", 3000000000, "GBP")]),
        # a term of anything else is a figure
        ("She signed a four-year contract.", [("four-year", 4, "year")]),
    ],
)
def test_the_term_that_names_a_bond_or_mortgage_is_no_figure(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turnout was the lowest in half a century.", [("half a century", 0.5, "century")]),
        ("The cordon was lifted in half an hour.", [("half an hour", 0.5, "h")]),
        ("Branches shut in half a dozen towns.", [("half a dozen", 6, None)]),
        # the idiom itself stays no figure
        ("The board voted to cut the dividend in half.", []),
    ],
)
def test_in_half_a_measure_is_no_idiom(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The brewer reported 2023 profits of £81m.", [("£81m", 81000000, "GBP")]),
        ("Brokers trimmed 2026 earnings forecasts.", []),
        # a count of the noun stays a figure
        ("The port handled 1600 ships.", [("1600", 1600, None)]),
    ],
)
def test_a_year_before_the_figures_it_dates_after_a_verb(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Farmers stored 12 million bushels of maize.", [("12 million bushels", 12000000, "bushel")]),
        ("Bullion holdings rose by 30 troy ounces.", [("30 troy ounces", 30, "troy ounce")]),
        ("The archive now fills 3 exabytes.", [("3 exabytes", 3, "exabyte")]),
        ("Pubs sold 2,500 pints of cider.", [("2,500 pints", 2500, "pint")]),
        ("The terminal can take 400,000 MMBtu a day.", [("400,000 MMBtu a day", 400000, "million British thermal units per day")]),
    ],
)
def test_units_of_commodity_and_data_news(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Girls slept 8.6 hours, compared with 8.9 for boys.", [("8.6 hours", 8.6, "h"), ("8.9", 8.9, "h")]),
        ("Turnout reached 61 per cent, compared with 58 in the capital.", [("61 per cent", 61, "%"), ("58", 58, "%")]),
        # a count set against a measure takes no unit
        ("The tide rose 2.1 metres, compared with 300 homes flooded.", [("2.1 metres", 2.1, "m"), ("300", 300, None)]),
    ],
)
def test_a_bare_figure_compared_with_a_measure_shares_its_unit(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jobless claims fell to 4.1%, down from 4.4 in June.", [("4.1%", 4.1, "%"), ("4.4", 4.4, "%")]),
        ("The base rate was trimmed to 3.75% from 4.", [("3.75%", 3.75, "%"), ("4", 4, "%")]),
        ("Average commutes rose from 34 minutes to 41.", [("34 minutes", 34, "min"), ("41", 41, "min")]),
        # a count after 'from' keeps its own noun
        ("Revenue rose 6% from 120 outlets.", [("6%", 6, "%"), ("120", 120, None)]),
    ],
)
def test_the_level_a_change_started_from_shares_its_unit(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Operating profit slid to £310m from 365m.", [("£310m", 310000000, "GBP"), ("365m", 365000000, "GBP")]),
        ("Sales hit $2.2bn, compared with 1.9bn a year before.", [("$2.2bn", 2200000000, "USD"), ("1.9bn", 1900000000, "USD")]),
        ("The shortfall grew to €4 billion from 3.1 billion.", [("€4 billion", 4000000000, "EUR"), ("3.1 billion", 3100000000, "EUR")]),
        # a count of its own after the sum
        ("Its value hit $9bn, up from 400m users.", [("$9bn", 9000000000, "USD"), ("400m", 400000000, None)]),
    ],
)
def test_a_scaled_sum_set_against_money_is_money(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, figure, counted",
    [
        ("Shipments reached 2.1 million phones, up from 1.8 million.", "1.8 million", "phones"),
        ("The site drew 40,000 visitors, compared with 31,000 last year.", "31,000", "visitors"),
        ("Exports rose 12% in June from 9,000 the previous month.", "9,000", "Exports"),
        # the subject is what a bare level counts when nothing before it does
        ("Arrests rose to 640, up from 510.", "510", "Arrests"),
    ],
)
def test_the_level_compared_with_counts_what_the_figure_before_counts(extract, text, figure, counted):
    found = {n["text"]: (n["counted"] or {}).get("text") for n in extract(text)["numbers"]}
    assert found[figure] == counted


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An M5.9 earthquake shook the island.", [("5.9", 5.9, None)]),
        ("The handset adds a 200MP camera.", [("200MP", 200, "megapixel")]),
        # codes stay codes, and MPs are people
        ("The M5 was shut after the crash.", []),
        ("Some 320 MPs backed the bill.", [("Some 320", 320, None)]),
    ],
)
def test_quake_magnitudes_and_megapixels(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Falcon 9 carried 21 satellites aloft.", [("21", 21, None)]),
        ("Donors lag on SDG 6 and SDG 13 funding.", []),
    ],
)
def test_rocket_and_goal_names_are_labels(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hospital Cuts 450 Posts In £25m Savings Plan", [("450", 450, None), ("£25m", 25000000, "GBP")]),
        ("Officers Detain 9 After Protest", [("9", 9, None)]),
        # a name before its number stays a label
        ("Galaxy S24 Owners Report Faults", []),
    ],
)
def test_headline_counts_after_a_verb(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shelter can take up to about 150 people.", [("up to about 150", "up to about")]),
        ("Flood waters reached up to roughly 2 metres.", [("up to roughly 2 metres", "up to roughly")]),
        # the verb's own 'up to' before a rough figure
        ("Claims added up to around $7m.", [("around $7m", "around")]),
    ],
)
def test_up_to_a_rough_figure_is_one_qualifier(extract, text, expected):
    assert [(n["text"], n["qualifier"]) for n in extract(text)["numbers"]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The metro project got Rs 7,500 cr this year.", [("Rs 7,500 cr", 75000000000, "INR")]),
        ("Revenue grew to ₹640cr.", [("₹640cr", 6400000000, "INR")]),
        # no money, no crore
        ("Each course is worth 4 cr in the scheme.", [("4", 4, None)]),
    ],
)
def test_cr_scales_rupees_as_crore(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Crowds queued outside Studio 54 and Area 51.", []),
        # a tally of names keeps its figures
        ("Final tally: Okafor 52, Lindqvist 47.", [("52", 52, None), ("47", 47, None)]),
    ],
)
def test_numbers_ending_names_of_places_are_no_tally(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Okafor won the 200m in 21.9 seconds.", [("21.9 seconds", 21.9, "s")]),
        ("She broke the men's 400m hurdles record.", []),
        ("He swam a 100m freestyle leg.", [("100m", 100, "m")]),
        # a distance of its own stays
        ("The 150m stretch of track was shut.", [("150m", 150, "m")]),
    ],
)
def test_a_race_named_by_its_distance_states_none(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The probe passed 0.7 astronomical units from Venus.", [("0.7 astronomical units", 0.7, "AU")]),
        ("Its orbit reaches 5.2 AU.", [("5.2 AU", 5.2, "AU")]),
        ("Some 12 AU monitors were sent.", [("Some 12", 12, None)]),
    ],
)
def test_astronomical_units(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bank will print a new £10 note.", []),
        ("Vending machines stopped taking 20p coins.", []),
        # a sum owed or borrowed stays a figure
        ("She faced a £900 bill.", [("£900", 900, "GBP")]),
        ("The firm sold £400m of notes.", [("£400m", 400000000, "GBP")]),
    ],
)
def test_a_note_or_coin_named_by_its_value_states_no_sum(extract, text, expected):
    assert figures(extract, text) == expected
