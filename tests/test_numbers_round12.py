"""Numeric claims on news text, round 12 (own sentences): ages after a verb, approximate decades,
spans of time in several units, rough scale phrases, rates, results lines and ranges of shares."""

from __future__ import annotations

import pytest


def figures(extract, text):
    return [(n["text"], n["value"], n["unit"]) for n in extract(text)["numbers"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A person's age told after the verb, "at 43", "He was 43 when", "at the age of 43", is no claim,
        # as "aged 43" and "Name, 43," are none.
        ("Ingrid Solberg became finance minister at 41 after the vote.", []),
        ("He quit the fire brigade at 57 and opened a bakery.", []),
        ("The poet, who began writing at 14, has died.", []),
        ("She was 38 when she crossed the channel.", []),
        ("Rafe Dunmore took charge of the mill at the age of 29.", []),
        # ... but a level or a price "at" a figure stays, and so do counts after a person's verb
        ("Shares in the brewer closed at 41 on Thursday.", [("41", 41, None)]),
        ("The gauge stood at 57 in May.", [("57", 57, None)]),
        ("She sold the flat at 41 per cent below its asking price.", [("41 per cent", 41, "%")]),
        ("He was 38 points behind the leader.", [("38", 38, None)]),
        ("The mean age of 61 years hides a wide spread.", [("61 years", 61, "year")]),
    ],
)
def test_a_persons_age_after_the_verb_is_no_claim(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A rough decade of degrees or of age, like "the 1990s", is no figure.
        "Forecasters expect highs in the mid-30s along the coast on Sunday.",
        "The new coach, in his late 50s, joined from a rival club.",
        "Night temperatures will fall into the low 20s.",
    ],
)
def test_an_approximate_decade_is_no_figure(extract, text):
    assert figures(extract, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A span of time in several units is one figure, stated in its smallest unit as written (round 13: as the
        # annotated sets value it; it was the first unit with a fraction).
        ("The debate ran for 3 hours 15 minutes.", [("3 hours 15 minutes", 195, "min")]),
        ("Her lap took 2 min 30 sec in the rain.", [("2 min 30 sec", 150, "s")]),
        ("The crossing takes 1 hr 45 min on a calm day.", [("1 hr 45 min", 105, "min")]),
        ("He was sentenced to four years and six months.", [("four years and six months", 54, "month")]),
        ("She finished in 1 hour, 30 minutes and 36 seconds.", [("1 hour, 30 minutes and 36 seconds", 5436, "s")]),
        # (not a larger amount of the smaller unit: two figures)
        ("The crew worked 3 days, 40 hours of it outdoors.", [("3 days", 3, "day"), ("40 hours", 40, "h")]),
    ],
)
def test_a_span_of_time_in_several_units_is_one_figure(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 'several'/'a few' before a scale read as the scale phrase does, rough: "several dozen" as "dozens" (12),
        # "several hundred thousand" as "hundreds of thousands" (100,000).
        ("Several dozen swimmers braved the cold.", [("Several dozen", 12, None, "approximately")]),
        ("A few dozen stalls lined the square.", [("A few dozen", 12, None, "approximately")]),
        ("Several hundred thousand commuters were stranded.",
         [("Several hundred thousand", 100000, None, "approximately")]),
        ("A few hundred million euros were wasted.",
         [("A few hundred million euros", 100000000, "EUR", "approximately")]),
        ("Several hundred nurses joined the walkout.", [("Several hundred", 100, None, "approximately")]),
    ],
)
def test_a_rough_scale_phrase_takes_its_scale(extract, text, expected):
    found = [(n["text"], n["value"], n["unit"], n["qualifier"]) for n in extract(text)["numbers"]]
    assert found == expected


@pytest.mark.parametrize(
    "text, counted",
    [
        # The base of a rate is no claim of its own; what the rate counts carries it.
        ("The district logged 38 burglaries per 10,000 homes last year.", "burglaries per 10,000 homes"),
        ("There are 2.4 dentists for every 1,000 residents.", "dentists for every 1,000 residents"),
    ],
)
def test_a_rate_counts_its_noun_per_the_base(extract, text, counted):
    (claim,) = extract(text)["numbers"]
    assert claim["counted"]["text"] == counted


@pytest.mark.parametrize(
    "text",
    [
        # A results line with the half-time score in brackets states no quantities.
        "Pendlebury Athletic (1) 2 Caldermoor United (0) 0",
        "Late results: Oakhurst (0) 1, Brackwell Town (1) 1.",
    ],
)
def test_a_results_line_states_no_figures(extract, text):
    assert figures(extract, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two close shares after 'by' bound one change; a change and the rate it reached stay two figures.
        ("Premiums rose by 12% to 15% across the region.", [("12% to 15%", 12, 15, "%")]),
        ("Ticket prices jumped 25% to 30% this season.", [("25% to 30%", 25, 30, "%")]),
        ("The jobless rate fell by 0.2% to 3.9% in June.", [("0.2%", 0.2, None, "%"), ("3.9%", 3.9, None, "%")]),
    ],
)
def test_two_close_shares_after_by_are_one_range(extract, text, expected):
    found = [(n["text"], n["value"], n["value_max"], n["unit"]) for n in extract(text)["numbers"]]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A result between the two sides' names is a score, no figures (a poll's tally stays).
        ("Kestrel Rangers 2-1 Dunmore Athletic", []),
        ("The report said Orvale 4-0 Stanmere was the upset of the day.", []),
        ("The poll had Hartley 46-44 Brennan among likely voters.", [("46", 46, None), ("44", 44, None)]),
    ],
)
def test_a_result_between_two_names_is_a_score(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A model number before the capitalised name of its version is no count; counts of plurals stay.
        ("Regulators cleared the 737 Max to fly again.", []),
        ("Crews inspected the 787 Dreamliner overnight.", []),
        ("The 300 Spartans is a famous story.", [("300", 300, None)]),
        ("About 150 Labour MPs backed the motion.", [("About 150", 150, None)]),
    ],
)
def test_a_model_number_before_its_name_is_no_count(extract, text, expected):
    assert figures(extract, text) == expected


def test_a_tenor_is_not_what_a_yield_change_counts(extract):
    (change, level) = extract("The 10-year gilt yield fell 6 basis points to 4.1%.")["numbers"]
    assert change["counted"]["text"] == "gilt yield" and level["counted"]["text"] == "gilt yield"


@pytest.mark.parametrize(
    "text, expected",
    [
        # An age stated with 'be' in a quote (a curly "I’m" too), or as a bound of a group of people after 'be'.
        ("“I’m 34,” the goalkeeper says. “I still have years left.”", []),
        ('"I\'m 52 and I have never missed a vote," Dalby said.', []),
        ("Only 7% of respondents were over 75.", [("7%", 7, "%")]),
        ("Most of the survivors were under 16.", []),
        # (a measure or a count after 'were over' stays)
        ("Readings were over 30 for a week.", [("over 30", 30, None)]),
        ("The victims were over 300 in number.", [("over 300", 300, None)]),
    ],
)
def test_an_age_stated_with_be_is_no_claim(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "One <noun>, <Name>," brings a person in by name: no count. "half the time" means often.
        ("One neighbour, Tomas Reyl, 71, heard the blast.", []),
        ("Only one bidder, Carrow Holdings, came forward.", [("one", 1, None)]),
        ("One neighbour heard the blast.", [("One", 1, None)]),
        ("The trams run late half the time, riders say.", []),
    ],
)
def test_a_person_introduced_by_one_and_half_the_time(extract, text, expected):
    assert figures(extract, text) == expected


def test_one_named_object_is_still_a_count(extract):
    assert figures(extract, "The couple had one daughter, Mira Vance, who survives them.") == [("one", 1, None)]


@pytest.mark.parametrize(
    "text, counted",
    [
        # A bare figure 'of them', or set against a count, counts what that count does across a span of time between.
        ("Health officials logged 830 measles cases over the past 21 days, 14 of them in infants.", "measles cases"),
        ("The shop reported 22 break-ins in the last six months, compared with seven a year earlier.", "break-ins"),
    ],
)
def test_a_bare_figure_counts_across_a_span_of_time(extract, text, counted):
    last = extract(text)["numbers"][-1]
    assert last["unit"] is None and last["counted"]["text"] == counted


@pytest.mark.parametrize(
    "text, expected",
    [
        # An adverb between 'at' and the age; an age with 'be' and a date after it.
        ("Callum Rhee won his first title at just 19.", []),
        ("She was 66 in 2019 when she retired.", []),
    ],
)
def test_more_ages_of_a_person(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A tally of names, some of several words or with 'the': each figure is one, and counts what the first counts.
        ("The Centre Party is forecast to take 88 of the 250 seats, the Agrarians 61 and the Coastal League 40.",
         [("88", "seats"), ("250", "seats"), ("61", "seats"), ("40", "seats")]),
        ("Okafor received 310 delegates, Brandt 204 and Ilves 95.",
         [("310", "delegates"), ("204", "delegates"), ("95", "delegates")]),
    ],
)
def test_a_tally_of_names_counts_one_noun(extract, text, expected):
    found = [(n["text"], (n["counted"] or {}).get("text")) for n in extract(text)["numbers"]]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A race time with tenths after a colon is no ratio (since round 13 a duration in seconds, as the second blind
        # sentence set annotates it); digits hyphened to a noun after a count name a kind of thing.
        ("Vesna Hale ran 3:58.4 over the mile.", [("3:58.4", 238.4, "s")]),
        ("The guard hit five 3-pointers in the final quarter.", [("five", 5, None)]),
        ("The council will build 40 2-bedroom flats.", [("40", 40, None)]),
        # (a ratio with a ratio word stays)
        ("The paint is mixed at a ratio of 1:10.5 with water.", [("1:10.5", 1 / 10.5, None)]),
    ],
)
def test_a_race_time_and_a_hyphened_kind_are_no_figures(extract, text, expected):
    found = [(n["text"], pytest.approx(n["value"]), n["unit"]) for n in extract(text)["numbers"]]
    assert found == expected
