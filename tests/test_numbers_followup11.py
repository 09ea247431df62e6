"""Follow-ups found by scoring the hand-annotated news samples."""


def test_a_season_or_quarter_after_a_figure_is_when_not_what_it_counts(extract):
    numbers = extract("Gate receipts have grown from 2,100 last season to nearly 5,400.")["numbers"]
    assert [n["counted"]["text"] if n["counted"] else None for n in numbers] == ["Gate receipts", "Gate receipts"]
    (quarterly,) = extract("Deliveries were 18,000 last quarter.")["numbers"]
    assert quarterly["counted"]["text"] == "Deliveries"


def test_a_season_that_is_part_of_what_is_counted_stays(extract):
    (sold,) = extract("The club sold 6,500 season tickets.")["numbers"]
    assert sold["counted"]["text"] == "season tickets"


def test_a_bare_figure_compared_with_a_count_counts_the_same(extract):
    numbers = extract("The depot handled 8,200 parcels last week compared with more than 11,000 at the hub.")["numbers"]
    assert [n["counted"]["text"] for n in numbers] == ["parcels", "parcels"]


def test_a_date_after_a_base_figure_dates_the_base_only(extract):
    recent, base = extract("Wardens issued 640 fines, against 410 in 2023.")["numbers"]
    assert recent["period"] is None and base["period"]["start"] == "2023-01-01"
    assert base["counted"]["text"] == "fines"


def test_a_dollar_of_another_country_split_into_tokens_keeps_its_country(extract):
    for text, code in (("the bank raised c $ 750 million .", "CAD"), ("the tower sold for hk $ 4.1 billion .", "HKD"),
                       ("exports fell to nz $ 3 billion .", "NZD")):
        (money,) = extract(text)["numbers"]
        assert money["unit"] == code, text
