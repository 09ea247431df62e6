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
