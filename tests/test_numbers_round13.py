"""Numeric claims on news text, round 13 (own sentences): pence and cents, durations a statistic covers,
figures elided after a verb of expecting, ages, qualifiers and what a figure is set 'at'."""

from __future__ import annotations

import pytest


def figures(extract, text):
    return [(n["text"], n["value"], n["unit"]) for n in extract(text)["numbers"]]


def claim(extract, text, figure):
    found = [n for n in extract(text)["numbers"] if n["text"] == figure]
    assert len(found) == 1, extract(text)["numbers"]
    return found[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Pence and cents are valued as written (samples/scored/README.md, as Recognizers-Text and quantulum3)
        ("A loaf at the Penrith bakery now costs 185p, up from 160p.", [("185p", 185, "pence"), ("160p", 160, "pence")]),
        ("The toll rose by 35 cents this spring.", [("35 cents", 35, "cent")]),
        # a glued 'c' after a price's few digits is cents
        ("A bag of crisps sells for 89c in Galway petrol stations.", [("89c", 89, "cent")]),
        ("Each bus fare costs 70 euro cents in the old town.", [("70 euro cents", 70, "euro cent")]),
        # cents after cents bound a range, no sum of dollars and cents
        ("Between 30 and 35 cents of each fare goes to fuel.", [("Between 30 and 35 cents", 30, "cent")]),
        ("The fare was 6 dollars 40 cents.", [("6 dollars 40 cents", 6.4, "USD")]),
        # a glued letter after a label or a citation's year is no sum
        ("The trend is plotted in Fig. 6c and listed in Table 3p.", []),
        ("Similar ice loss was reported by Varga et al., 2019c.", []),
    ],
)
def test_pence_and_cents_are_valued_as_written(extract, text, expected):
    assert [(t, pytest.approx(v), u) for t, v, u in figures(extract, text)] == expected


@pytest.mark.parametrize(
    "text, figure, period",
    [
        # "the three months to August" is a duration (a figure) and the period of the statistic beside it
        ("Wages grew 5.1% in the three months to August, the jobs agency said.", "5.1%", ("2026-06-01", "2026-08-31")),
        ("Wages grew 5.1% in the three months to August, the jobs agency said.", "three months", ("2026-06-01", "2026-08-31")),
        ("Turnover at Pellow Mills reached £12m in the six months to June.", "£12m", ("2026-01-01", "2026-06-30")),
    ],
)
def test_the_months_to_a_date_are_a_duration_and_date_the_figure(nlp_extract_dated, text, figure, period):
    found = claim(nlp_extract_dated, text, figure)
    assert (found["period"]["start"], found["period"]["end"]) == period


@pytest.fixture
def nlp_extract_dated(extract):
    return lambda text: extract(text, "2026-11-20")


def counted(extract, text, figure):
    found = claim(extract, text, figure)
    return found["counted"]["text"] if found["counted"] else None


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        # The figure left out as the object of a verb of expecting: its subject expects, it is not counted, and the
        # level set against the count before it counts what that count does.
        ("The mill cut 2,300 jobs in June, more than the 1,800 unions had feared or analysts had expected.", "1,800", "jobs"),
        ("Retailers hired 51,000 staff, fewer than the 64,000 forecasters had predicted.", "64,000", "staff"),
        ("Exports rose to 6.2% in May, above the 5.5% traders had forecast.", "5.5%", None),
        # ... a noun the figure does count stays
        ("The 40 economists expected a cut in rates.", "40", "economists"),
        ("Orders fell to 310, fewer than the 400 the firm had expected.", "400", "Orders"),
    ],
)
def test_a_figure_elided_before_a_verb_of_expecting_does_not_count_its_subject(extract, text, figure, expected):
    assert counted(extract, text, figure) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An age bound on a share of a group ("1 in 3 of them are under 25") names the group's age, no claim.
        ("Roughly 1 in 4 of them are under 30, the census shows.", [("Roughly 1 in 4", 0.25, None)]),
        ("Two in five of the pupils were over 16.", [("Two in five", 0.4, None)]),
        # ... a bound with a unit, or on a thing, stays
        ("Most of the bridges were over 100 years old.", [("over 100 years old", 100, "year")]),
    ],
)
def test_an_age_bound_on_a_share_of_a_group_is_no_claim(extract, text, expected):
    assert [(t, pytest.approx(v), u) for t, v, u in figures(extract, text)] == expected


@pytest.mark.parametrize(
    "text, figure, qualifier",
    [
        # A qualifier whose preposition the parse hangs on the figure's scale or unit is still the qualifier.
        ("The new toll will raise at most $3 billion a year.", "at most $3 billion", "at most"),
        ("Half of the tickets were under 40 euros.", "under 40 euros", "under"),
        ("The loan is worth about 2 million pounds.", "about 2 million pounds", "about"),
    ],
)
def test_a_qualifier_before_a_scaled_figure_is_kept(extract, text, figure, qualifier):
    assert claim(extract, text, figure)["qualifier"] == qualifier


@pytest.mark.parametrize(
    "text, figure, qualifier",
    [
        # After a change verb, 'above' or 'below' is the level the change crossed, no bound of the figure ...
        ("The pound slid below $1.20 on Friday.", "$1.20", None),
        ("Mortgage rates climbed above 6% in March.", "6%", None),
        # ... while after 'be' or 'stay' it bounds it, and 'rose over 5%' is 'more than'
        ("Turnout was above 70% in most wards.", "above 70%", "above"),
        ("Inflation stayed below 2% all year.", "below 2%", "below"),
        ("Shares rose over 5% on Monday.", "over 5%", "over"),
        # 'over' before a span of time is when a thing was done, unless a verb or preposition of duration bounds it
        ("The stadium was rebuilt over four years.", "four years", None),
        ("Patients lost 12% of their weight over 40 weeks.", "40 weeks", None),
        ("The repairs took over 10 years.", "over 10 years", "over"),
        ("He was jailed for over six years.", "over six years", "over"),
        ("It is the first such strike in over 30 years.", "over 30 years", "over"),
    ],
)
def test_crossing_a_level_and_over_a_span_of_time_are_no_qualifiers(extract, text, figure, qualifier):
    assert claim(extract, text, figure)["qualifier"] == qualifier


def test_a_compass_point_after_in_is_where_a_measure_holds(extract):
    assert counted(extract, "Temperatures rose above 40C in the south.", "40C") == "Temperatures"


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        # What a verb set a figure 'at' is what the figure counts or measures.
        ("Insurers estimated the losses at $2.6 billion.", "$2.6 billion", "losses"),
        ("The club was valued at 300m euros last spring.", "300m euros", "club"),
        ("Officials put the cost of the repairs at £14m.", "£14m", "cost of the repairs"),
        ("The coastguard put the death toll at 27.", "27", "death toll"),
    ],
)
def test_what_a_verb_sets_at_a_figure_is_counted(extract, text, figure, expected):
    assert counted(extract, text, figure) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An age opening a clause about a person is no claim ...
        ("At 16 he joined the navy.", []),
        ("At 52, Maria Lopes became the oldest rower to cross the strait.", []),
        ("She kept training, and at 41 she won the national title.", []),
        # ... a level or a measure opening a clause about a thing stays
        ("At 60, the index was at its lowest in a year.", [("60", None)]),
        ("At 4.2%, growth was the fastest since 2021.", [("4.2%", "%")]),
    ],
)
def test_an_age_opening_a_clause_about_a_person_is_no_claim(extract, text, expected):
    assert [(n["text"], n["unit"]) for n in extract(text)["numbers"]] == expected


def test_the_figure_set_at_counts_what_the_count_before_it_counts(extract):
    text = "About 8,000 runners took part, say the organisers, though police put the figure at 6,500."
    assert counted(extract, text, "6,500") == "runners"


@pytest.mark.parametrize(
    "text, expected",
    [
        # A time set off by a span of time written with a number ("90 minutes later", "three days after"): the span is
        # a duration, a figure as any other (a year written "a year earlier" has no number); "two weeks ago" is a date
        ("The bank first reported the fault three weeks ago.", []),
        ("The suspect was arrested 40 minutes later at a petrol station.", [("40 minutes", 40, "min")]),
        ("Sales were up 4% on a year earlier.", [("4%", 4, "%")]),
    ],
)
def test_a_span_of_time_setting_off_a_date_is_a_duration(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # list markers after 'and' end a numbered list written in one line
        ("The review asks for: 1. more buses; 2. cheaper fares; and 3. later trains.", []),
        ("Its three aims are: 1. housing, 2. jobs and 3. parks.", [("three", 3, None)]),
        # a bill's or a police log's number is a label
        ("Eleven members voted for Assembly Bill 3307 on Monday.", [("Eleven", 11, None)]),
        ("Witnesses should call 101 quoting log 377 of 9 May.", []),
    ],
)
def test_list_markers_and_labels(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an earthquake's magnitude is a unit, also written before the figure
        ("A 5.8-magnitude earthquake shook the island.", [("5.8-magnitude", 5.8, "magnitude")]),
        ("The tremor, of magnitude 4.7, was felt in the capital.", [("4.7", 4.7, "magnitude")]),
        # a term naming a rate or a metals contract is no figure, as a bond's is
        ("Three-month aluminium fell 0.9% on Tuesday.", [("0.9%", 0.9, "%")]),
        ("Six-month Euribor rose to 2.6%.", [("2.6%", 2.6, "%")]),
    ],
)
def test_magnitudes_and_terms(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, figure, unit",
    [
        # a currency's price in another is in the currency the sentence quotes
        ("The won slid past 1,400 to the dollar on Friday.", "1,400", "KRW"),
        ("The lira weakened to 34.2 per dollar.", "34.2", "TRY"),
        ("The Chilean peso fell to 940 per dollar.", "940", "CLP"),
        # a currency word several countries use is the currency of the country named before it
        ("Colombia's government will spend 800 billion pesos on roads.", "800 billion pesos", "COP"),
        ("Australia pledged 2 billion dollars for the reef.", "2 billion dollars", "AUD"),
        ("Mexico spent 4 billion pesos, while Chile spent 900 billion pesos.", "4 billion pesos", "MXN"),
        ("Mexico spent 4 billion pesos, while Chile spent 900 billion pesos.", "900 billion pesos", "CLP"),
        ("The Canadian miner paid 300 million US dollars.", "300 million US dollars", "USD"),
        ("Tickets cost 500 pesos in Manila.", "500 pesos", "PHP"),
    ],
)
def test_currencies_from_their_country_or_a_quoted_rate(extract, text, figure, unit):
    assert claim(extract, text, figure)["unit"] == unit


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        # the level after 'below the' / 'short of the' counts what the count before it does
        ("Hiring reached 98,000 jobs, well below the 120,000 analysts had expected.", "120,000", "jobs"),
        ("The coalition won 140 seats in the 300-seat assembly, short of the 151 needed to govern.", "151", "seats"),
    ],
)
def test_a_level_set_against_a_count_counts_its_noun(extract, text, figure, expected):
    assert counted(extract, text, figure) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number to call after 'on', and a code with a leading zero, are no figures
        ("Anyone who saw the crash should ring police on 101, quoting incident 0388.", []),
        ("Call the helpline on 111 if symptoms get worse.", []),
        # ... a count after 'on' stays
        ("The council called a vote on 400 new homes.", [("400", 400, None)]),
    ],
)
def test_numbers_to_call_and_codes(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span of time in several units is valued in its smallest unit as written
        ("The flight was delayed by 3 hours 40 minutes.", [("3 hours 40 minutes", 220, "min")]),
        ("She ran it in 2 hours, 1 minute and 9 seconds.", [("2 hours, 1 minute and 9 seconds", 7269, "s")]),
    ],
)
def test_a_span_of_time_in_several_units_is_valued_in_its_smallest(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a year earlier" after a measure is when, no rate "per year"; "a year" alone is one
        ("Output hit 5.2 TWh, up from 4.7 TWh a year earlier.", [("5.2 TWh", 5.2, "TWh"), ("4.7 TWh", 4.7, "TWh")]),
        ("The mine ships 12 million tonnes a year.", [("12 million tonnes a year", 12e6, "t per year")]),
        ("She now trains four times a week, against twice a month before.",
         [("four times a week", 4, "times per week"), ("twice", 2, "times")]),
    ],
)
def test_a_year_earlier_is_no_rate(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, figure, period",
    [
        # the base of a change ("on a year earlier", "from $1.7bn a year earlier") dates no other figure of the clause
        ("The port handled 2.1 million crates in April, up 4% on a year earlier, and used 91% of its berths.",
         "91%", ("2026-04-01", "2026-04-30")),
        ("Revenue rose to $3bn in the second quarter, up from $2.6bn a year earlier, and margins grew to 12%.",
         "12%", ("2026-04-01", "2026-06-30")),
    ],
)
def test_the_base_of_a_change_dates_no_other_figure(nlp_extract_dated, text, figure, period):
    found = claim(nlp_extract_dated, text, figure)
    assert (found["period"]["start"], found["period"]["end"]) == period


def test_an_age_after_a_surname_read_as_a_plural_is_no_claim(extract):
    text = "The club named Owen Jenkins as coach.\n\nJenkins, 44, left his last post in May."
    assert figures(extract, text) == []


@pytest.mark.parametrize(
    "text, figure, unit",
    [
        ("The valley drew more than 80,000 acre-feet of water.", "more than 80,000 acre-feet", "acre-foot"),
        ("Karachi's port will get Rs 12 billion, Pakistan's finance ministry said.", "Rs 12 billion", "PKR"),
        ("The state will spend Rs 40 crore on the bridge.", "Rs 40 crore", "INR"),
    ],
)
def test_acre_feet_and_rupees_by_country(extract, text, figure, unit):
    assert claim(extract, text, figure)["unit"] == unit


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        # a compound's head is counted, and a span of time 'in' a state counts nothing
        ("She won 12 of her 30 league games.", "30", "league games"),
        ("Wards ran at 96 per cent bed occupancy in January.", "96 per cent", "bed occupancy"),
        ("He left after 20 months in charge.", "20 months", None),
        # the same quantity again with its noun left out counts what the count before it counts
        ("The agency logged 204 new cases of cholera, bringing the total this month to 1,150.", "1,150", "new cases of cholera"),
        ("The plan allows 40,000 foreign trucks a year, rising to 55,000 by 2029.", "55,000", "foreign trucks"),
        ("Thieves took the files of 2.4m patients, including 300,000 whose addresses were exposed.", "300,000", "patients"),
        ("He lost by about 9,000 votes out of more than 600,000 cast.", "more than 600,000", "votes"),
        # ... a whole with a plural noun of its own keeps it
        ("He lost by about 9,000 votes out of 600,000 ballots.", "600,000", "ballots"),
    ],
)
def test_compounds_and_elided_nouns(extract, text, figure, expected):
    assert counted(extract, text, figure) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare first end of a change takes the second end's unit
        ("Fees rose from 8 to 11 percent this year.", [("8", 8, "%"), ("11 percent", 11, "%")]),
        ("The base rate fell from 4.75 to 4.25 per cent.", [("4.75", 4.75, "%"), ("4.25 per cent", 4.25, "%")]),
        # 'points' beside a share or a poll are percentage points ...
        ("Its vote share fell six points to 27%.", [("six points", 6, "percentage points"), ("27%", 27, "%")]),
        ("Labour's lead narrowed to 5 points in the latest poll.", [("5 points", 5, "percentage points")]),
        # ... not a stock index's move, nor a player's points
        ("The Nikkei fell 380 points, or 1.1%.", [("380", 380, None), ("1.1%", 1.1, "%")]),
        ("Ruiz scored 28 points in the final.", [("28", 28, None)]),
    ],
)
def test_shared_share_units_and_poll_points(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a race time with hundredths is a duration in seconds; a clock time stays none
        ("Mbeki won the 1500m final in 3:31.42 on Saturday.", [("3:31.42", 211.42, "s")]),
        ("The ferry leaves at 10:45 on weekdays.", []),
    ],
)
def test_a_race_time_is_a_duration_in_seconds(extract, text, expected):
    assert [(t, pytest.approx(v), u) for t, v, u in figures(extract, text)] == expected


def test_a_crowd_so_many_strong_counts_the_crowd(extract):
    assert counted(extract, "A 15,000-strong crowd filled the square.", "15,000") == "crowd"


def test_a_date_after_another_figures_from_is_not_the_first_figures_period(nlp_extract_dated):
    text = "Support stood at 48 per cent, down 5 points from 2023."
    assert claim(nlp_extract_dated, text, "48 per cent")["period"] is None
