"""Numeric claims on news text, round 11 (own sentences): text split into tokens, …"""

from __future__ import annotations

import pytest


def figures(extract, text):
    return [(n["text"], n["value"], n["unit"]) for n in extract(text)["numbers"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Text split into tokens keeps a space each side of a decimal point or thousands comma:
        # the parts are one figure, not two.
        ("exports climbed 7 . 4 % to $ 3 . 9 billion in the period .",
         [("7 . 4 %", 7.4, "%"), ("$ 3 . 9 billion", 3900000000, "USD")]),
        ("a crowd of about 45 , 000 fans watched the game .", [("about 45 , 000", 45000, None)]),
        ("He ran 10.5 miles, then 3 more.", [("10.5 miles", 10.5, "mi"), ("3", 3, None)]),
    ],
)
def test_a_tokenized_point_or_comma_joins_one_figure(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lower-cased, tokenized date: "nov . 9", "on may 21 ," name days, no figures.
        ("the notes mature on nov . 9 , 2031 and pay 4 % a year .", [("4 %", 4, "%")]),
        ("stocks fell 2 % on may 21 , traders said .", [("2 %", 2, "%")]),
        ("the fund grew 8 % in the week ended sept . 14 .", [("8 %", 8, "%")]),
        ("on 4 june that year the club paid 2 million pounds .", [("2 million pounds", 2000000, "GBP")]),
        ("About 60 march on the town hall.", [("About 60", 60, None)]),
    ],
)
def test_a_tokenized_lower_case_date_is_no_figure(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A passive or less common verb of a game's result is still followed by a score.
        ("Rovers were beaten 3-1 at home by 9,500 visiting fans' favourites.", [("9,500", 9500, None)]),
        ("The visitors were thumped 6-0 on Saturday.", []),
        ("The holders overcame Porto 2-1 after extra time.", []),
        ("The firm has beaten estimates by 4-6%.", [("4-6%", 4, "%")]),
    ],
)
def test_a_passive_game_result_is_a_score(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The term of a bond names it, also written with spaces around the hyphen.
        ("dealers bought $ 200 million of 10 - year notes .", [("$ 200 million", 200000000, "USD")]),
        ("She signed a 5-year contract worth $2m.", [("5-year", 5, "year"), ("$2m", 2000000, "USD")]),
    ],
)
def test_a_spaced_bond_tenor_is_no_duration(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A person's age: "now 83" set off after a name, a birthday dated after 'turned'.
        ("The singer, now 79, plans a farewell tour.", []),
        ("My neighbour, who turned 101 in April, still gardens.", []),
        ("The old pier turned 150 on Sunday.", [("150", 150, None)]),
        ("Exports, now 64% of output, kept rising.", [("64%", 64, "%")]),
    ],
)
def test_a_persons_age_after_now_or_a_birthday_is_no_claim(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A price per dozen: 'a dozen' after a sum is its rate, neither a second figure nor cents.
        ("Farm eggs fetched 58 cents a dozen last spring.", [("58 cents a dozen", 58, "cent")]),
        ("Bagels now sell for $9 a dozen.", [("$9 a dozen", 9, "USD")]),
        ("The fare is ten dollars forty.", [("ten dollars forty", 10.4, "USD")]),
    ],
)
def test_a_price_per_dozen_is_one_sum(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "by A to B" after a change verb, with nothing counted after B: the change, then the level reached.
        ("Club membership slipped by 3,000 to 41,000.", [("3,000", 3000, None), ("41,000", 41000, None)]),
        ("Visitor numbers climbed by 12,000 to 70,000 last summer.", [("12,000", 12000, None), ("70,000", 70000, None)]),
        ("The council may trim its payroll by 300 to 500 posts.", [("300 to 500", 300, None)]),
        ("Bills could rise by 4 to 6 per cent.", [("4 to 6 per cent", 4, "%")]),
    ],
)
def test_a_change_then_the_level_after_by(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A fraction in text split into tokens: "1 / 4", "99 3 / 8"; a spaced pair like "24 / 7" is none.
        ("the notes traded at 98 5 / 8 , down 1 / 4 .", [("98 5 / 8", 98.625, None), ("1 / 4", 0.25, None)]),
        ("the hotline runs 24 / 7 this winter .", []),
        ("the codes read 5 / 6 / 3 / 8 on the form .", []),
    ],
)
def test_a_tokenized_fraction(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A page's furniture: a gallery caption's "Image 2 of 9", a reading time.
        ("Photo 2 of 9", []),
        ("Image 5 of 14: Crowds on the bridge.", []),
        ("By Sam Reed · 4 min read", []),
        # A label, then a count opening the clause after a comma, is a count.
        ("In stage 2, 350 patients will get the drug.", [("350", 350, None)]),
        ("By week 6, 18 of the 30 trees had died.", [("18", 18, None), ("30", 30, None)]),
        ("Chapters 4, 6 and 9 were rewritten.", []),
    ],
)
def test_page_furniture_and_a_count_after_a_label(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Clock times, ranks and an even split in text split into tokens.
        ("the market opened at 9 : 45 a . m . and fell 3 % .", [("3 %", 3, "%")]),
        ("talks resumed at 4 p . m . on friday .", []),
        ("the no . 3 bank lost 2 million customers .", [("2 million", 2000000, None)]),
        ("the 50 - 50 venture employs 700 people .", [("700", 700, None)]),
    ],
)
def test_tokenized_clock_rank_and_even_split(extract, text, expected):
    assert figures(extract, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A count after a person's name, outside it, is no model number.
        ("Ohio handed Kasich 66 delegates on Tuesday.", [("66", 66, None)]),
        # Idioms: no figure.
        ("Who pays for it is the $64,000 question.", []),
        ("Complaints arrived by the dozen after the 40 new rules took effect.", [("40", 40, None)]),
    ],
)
def test_a_count_after_a_persons_name_and_idioms(extract, text, expected):
    assert figures(extract, text) == expected


def test_a_bracketed_source_number_with_a_full_stop_is_no_figure(extract):
    assert figures(extract, "The lead is 7 points. [212.] Turnout was high.") == [("7", 7, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "one last", "one final": an idiom, no count.
        ("The band will play one last gig before 5,000 fans.", [("5,000", 5000, None)]),
        ("Rescuers made one final attempt.", []),
        ("Just one ferry sailed.", [("one", 1, None)]),
    ],
)
def test_one_last_is_an_idiom(extract, text, expected):
    assert figures(extract, text) == expected
