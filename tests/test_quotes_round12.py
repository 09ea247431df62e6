"""Round 12: reported speech split and joined as news writes it, and speakers named in full."""


def quotes_of(extract, text):
    return extract(text)["quotes"]


def test_a_verb_of_saying_after_a_progressive_report_is_the_speakers(extract):
    (quote,) = quotes_of(extract, "The water board said reservoirs were running low and urged gardeners to save rain.")
    assert quote["text"] == "reservoirs were running low"
    assert quote["speaker"] == "The water board"


def test_a_base_form_cue_after_a_comma_and_a_perfect_report_is_the_speakers(extract):
    (quote,) = quotes_of(extract, "The weather office said valleys had seen 80 mm of snow, and forecast colder nights ahead.")
    assert quote["text"] == "valleys had seen 80 mm of snow"


def test_two_clauses_of_one_subject_stay_one_report(extract):
    (quote,) = quotes_of(extract, "The coastguard said the ferry had lost power and drifted for an hour.")
    assert quote["text"] == "the ferry had lost power and drifted for an hour"


def test_each_that_clause_is_a_report_of_its_own(extract):
    quotes = quotes_of(extract, "Ms Arden said the hospital wing was safe, and that the lifts would be fixed by May.")
    assert [q["text"] for q in quotes] == ["the hospital wing was safe", "the lifts would be fixed by May"]
    assert {q["speaker"] for q in quotes} == {"Arden"}
    assert all(q["cue"] == "said" for q in quotes)


def test_a_list_of_that_clauses_keeps_its_first(extract):
    quotes = quotes_of(extract, "The inspectors found that the boilers leaked, that the alarms failed and that no drill was held.")
    assert [q["text"] for q in quotes] == ["the boilers leaked", "the alarms failed", "no drill was held"]


def test_a_that_clause_joined_without_a_comma_stays_in_the_report(extract):
    (quote,) = quotes_of(extract, "The ranger said two deer had been hit and that the lane would get new signs.")
    assert quote["text"] == "two deer had been hit and that the lane would get new signs"


def test_an_office_of_a_named_body_before_a_name_makes_the_name_the_speaker(extract):
    (quote,) = quotes_of(extract, "Friends of Ashgrove Common chair Nell Farrow, 71, said the meadow must not be sold.")
    assert quote["speaker"] == "Nell Farrow"
    assert quote["speaker_role"] == "Friends of Ashgrove Common chair"


def test_a_group_backing_a_described_person_speaks_for_itself(extract):
    (quote,) = quotes_of(extract, "Supporters of winger Tobi Adeyemi said the ban was harsh.")
    assert quote["speaker"] != "Tobi Adeyemi"
