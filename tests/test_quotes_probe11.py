"""Probe round 11: asides inside the speaker's phrase, "it" after a body's statement, role words
before names (own wording throughout)."""

from __future__ import annotations


def attributions(extract, text):
    return [(q["speaker_mention"]["text"] if q["speaker_mention"] else None, q["speaker"], q["cue"])
            for q in extract(text)["quotes"]]


def speakers_of(extract, text):
    return [(q["speaker"], q["speaker_role"]) for q in extract(text)["quotes"]]


def test_a_relative_clause_in_the_speakers_aside_does_not_take_the_quote(extract):
    text = "\u201cNobody warned us,\u201d one shopkeeper, who asked not to be identified, told reporters."
    assert attributions(extract, text) == [("one shopkeeper", "one shopkeeper", "told")]


def test_it_after_a_bodys_statement_is_the_body_not_what_it_spoke_of(extract):
    text = ("The housing trust said on Friday that repairs would start next month. "
            "\u201cTenants deserve better,\u201d it added.")
    quotes = extract(text)["quotes"]
    assert quotes[-1]["speaker_mention"]["text"] == "it"
    assert quotes[-1]["speaker"] == "The housing trust"


def test_a_noun_before_a_title_says_which_chief(extract):
    text = "\u201cThe quay will be rebuilt,\u201d ferry chief Owen Marlow said."
    assert speakers_of(extract, text) == [("Owen Marlow", "ferry chief")]


def test_an_adjective_opening_the_sentence_belongs_to_the_role(extract):
    text = "Structural engineer Hugo Penn said the viaduct was sound."
    assert speakers_of(extract, text) == [("Hugo Penn", "Structural engineer")]


def test_a_father_with_a_count_of_children_is_described_not_named(extract):
    text = "\u201cThe crossing is a death trap,\u201d said Father of four Callum Rhys."
    assert speakers_of(extract, text) == [("Callum Rhys", "Father of four")]


def test_a_hyphenated_count_description_keeps_the_first_name(extract):
    text = "Father-of-two Callum Rhys said the crossing was a death trap."
    assert speakers_of(extract, text) == [("Callum Rhys", "Father-of-two")]


def test_the_senator_is_the_one_written_with_the_short_title(extract):
    text = "Sen. Marta Quill spoke for an hour. The senator said the vote should wait until March."
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Marta Quill"]


def test_the_congressman_is_the_representative_named_before(extract):
    text = "Rep. Dale Ockham held a town hall in Dayton. The congressman said the plant would stay open."
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Dale Ockham"]


def test_the_minister_is_the_secretary_named_before(extract):
    text = "Education Secretary Priya Wend toured the school. The minister said more teachers were coming."
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Priya Wend"]


def test_the_doctor_is_the_one_written_with_dr(extract):
    text = "Dr Colm Aherne said the ward was full. The doctor said staff had not slept."
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Colm Aherne", "Colm Aherne"]


def test_it_after_a_resolved_body_is_that_body(extract):
    text = ("Brightwave Energy said it would fight the fine. The company said in a statement that the ruling was wrong. "
            "It added that customers would not pay more.")
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Brightwave Energy"] * 3


def test_he_after_the_defendant_is_the_defendant(extract):
    text = "The defendant, 41, told the jury he had panicked. \u201cI just ran,\u201d he said."
    quotes = extract(text)["quotes"]
    assert quotes[-1]["speaker_mention"]["text"] == "he"
    assert quotes[-1]["speaker"] == "The defendant"


def test_a_body_written_in_the_possessive_is_named_without_it(extract):
    text = ("The report drew on data from Halden University's labs. "
            "The university said the figures were preliminary.")
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Halden University"]


def test_a_relative_clause_with_its_own_object_does_not_introduce_the_quote(extract):
    text = ("Campaigner Rosa Lind answered the council, mocking an official who promised faster buses: "
            "\u201cWe have heard that every winter.\u201d")
    assert attributions(extract, text) == [("Campaigner Rosa Lind", "Rosa Lind", "answered")]


def test_a_verb_before_the_colon_introduces_the_quote_after_an_aside(extract):
    text = "The dispute flared on Monday after Quarrie, asked about the fares, said: \u201cSome routes cannot survive.\u201d"
    assert attributions(extract, text) == [("Quarrie", "Quarrie", "said")]


def test_a_that_clause_after_said_later_is_reported(extract):
    text = "His agent said later that the striker had never asked to leave."
    assert reports_of(extract, text) == [("the striker had never asked to leave", False, "His agent")]


def test_a_contrasting_clause_that_names_the_claim_is_not_part_of_the_report(extract):
    text = "The water board said the leak was minor, while the fishing club called it a disaster."
    assert [q["text"] for q in extract(text)["quotes"]][:1] == ["the leak was minor"]


def reports_of(extract, text):
    return [(q["text"], q["direct"], q["speaker"]) for q in extract(text)["quotes"]]


def test_the_owner_of_a_statement_is_its_speaker(extract):
    text = "The trust\u2019s statement read: \u201cWe are reviewing every case.\u201d"
    quotes = extract(text)["quotes"]
    assert [(q["speaker_mention"]["text"], q["speaker"]) for q in quotes] == [("The trust\u2019s statement", "The trust")]


def test_the_people_written_to_are_not_who_says_it(extract):
    text = "The club captain emailed members saying: \u201cThe season is not over.\u201d"
    assert attributions(extract, text) == [("The club captain", "The club captain", "saying")]


def test_sir_and_a_first_name_keeps_the_role_given_with_the_full_name(extract):
    text = ("Sir Ewan Tollett, the former harbour master, spoke at the inquiry. "
            "Sir Ewan said the warnings had been ignored.")
    assert speakers_of(extract, text) == [("Ewan Tollett", "the former harbour master")]


def test_a_baroness_is_named_without_her_title(extract):
    text = "Baroness Orla Penrose said the bill would not pass the Lords."
    assert [s for s, _ in speakers_of(extract, text)] == ["Orla Penrose"]


def test_a_spokesperson_of_a_person_named_before_is_named_in_full(extract):
    text = "Leo Mandel faced questions on Monday. Mandel\u2019s spokesperson said the report had not been read."
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Leo Mandel\u2019s spokesperson"]
