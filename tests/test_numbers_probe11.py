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
    ],
)
def test_a_tokenized_lower_case_date_is_no_figure(extract, text, expected):
    assert figures(extract, text) == expected
