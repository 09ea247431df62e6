"""Follow-ups found by scoring the second set of hand-annotated news samples."""


def test_one_in_four_after_which_is_a_proportion(extract):
    numbers = extract("The airline flew 9.2 million passengers, of which one in four flew business class.")["numbers"]
    assert [(n["text"], n["value"]) for n in numbers] == [("9.2 million", 9200000), ("one in four", 0.25)]


def test_crowns_of_a_named_country_are_its_currency(extract):
    (money,) = extract("The operator will invest 4.1 billion Norwegian crowns in the pipeline.")["numbers"]
    assert (money["value"], money["unit"]) == (4.1e9, "NOK")


def test_the_first_set_of_a_result_its_noun_follows_is_a_score(extract):
    numbers = extract("Okafor hit 14 aces in a 7-5, 6-4 win that took 98 minutes.")["numbers"]
    assert [n["text"] for n in numbers] == ["14", "98 minutes"]
