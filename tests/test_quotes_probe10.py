"""Probe round 10: role words before names, court reports, transcript labels, fronted phrases before a
parenthetical attribution (own wording throughout)."""

from __future__ import annotations


def speakers_of(extract, text):
    return [(q["speaker"], q["speaker_role"]) for q in extract(text)["quotes"]]


def test_a_role_word_before_a_known_first_name_is_the_role(extract):
    text = "Lighthousekeeper Maria Vent said the lamp had failed twice this winter."
    assert speakers_of(extract, text) == [("Maria Vent", "Lighthousekeeper")]


def test_a_role_word_before_where_the_tagger_starts_a_person_is_the_role(extract):
    text = "Sculptor Thandiwe Mokoena said the bronze would be cast by the spring."
    assert speakers_of(extract, text) == [("Thandiwe Mokoena", "Sculptor")]


def test_a_name_that_is_all_names_keeps_its_words(extract):
    text = "Anna Maria Lind said the shop would open again on Monday."
    assert [s for s, _ in speakers_of(extract, text)] == ["Anna Maria Lind"]


def reports_of(extract, text):
    return [(q["text"], q["direct"], q["speaker"]) for q in extract(text)["quotes"]]


def test_what_a_court_heard_is_reported_with_the_court_as_written(extract):
    text = "The court heard that Dunmore had sold the van two days before the fire."
    assert reports_of(extract, text) == [("Dunmore had sold the van two days before the fire", False, "The court")]


def test_what_an_inquest_heard_without_that_is_reported(extract):
    text = "The inquest heard the walker had slipped on wet rocks near the summit."
    assert reports_of(extract, text) == [("the walker had slipped on wet rocks near the summit", False, "The inquest")]


def test_what_jurors_were_told_names_no_speaker(extract):
    text = "Jurors were told that the accused had buried the ledger under a hedge."
    assert reports_of(extract, text) == [("the accused had buried the ledger under a hedge", False, None)]


def test_hearing_without_a_court_or_a_clause_reports_nothing(extract):
    assert reports_of(extract, "The court heard an appeal from the council on Monday.") == []
    assert reports_of(extract, "Neighbours heard that the mill would close.") == []


def test_an_all_capitals_transcript_label_is_the_person_introduced_in_full(extract):
    text = ("Orla Quigg gave evidence to the panel on Monday.\n"
            "CHAIR: Were you told the bridge was closing?\n"
            "QUIGG: Nobody told us anything, not a word.\n"
            "CHAIR: Thank you for coming in today.\n"
            "QUIGG: I hope the panel will listen to us.")
    quotes = extract(text)["quotes"]
    assert [q["speaker"] for q in quotes if q["speaker_mention"]["text"] == "QUIGG"] == ["Orla Quigg", "Orla Quigg"]


def test_a_relative_with_a_count_before_a_name_is_the_role(extract):
    text = "Mother of three Carla Munro said the bus had not come for a week."
    assert speakers_of(extract, text) == [("Carla Munro", "Mother of three")]
    text = "Grandmother of five Ruth Okafor said the park was her lifeline."
    assert speakers_of(extract, text) == [("Ruth Okafor", "Grandmother of five")]


def test_the_relative_of_a_named_person_is_someone_else(extract):
    text = "The mother of Carla Munro said the family was grateful for the help."
    assert [s for s, _ in speakers_of(extract, text)] == ["The mother of Carla Munro"]


def test_a_lower_case_title_right_before_a_full_name_is_part_of_the_mention(extract):
    text = "For the tenants of Mill Lane, councillor Ama Boateng said, the damp is the worst part."
    quotes = extract(text)["quotes"]
    assert [(q["speaker"], q["speaker_mention"]["text"], q["speaker_role"]) for q in quotes] == [("Ama Boateng", "councillor Ama Boateng", "councillor")]


def test_a_fronted_phrase_hung_on_a_parenthetical_stays_with_the_report(extract):
    # the same sentence shape as when the phrase hangs on the main verb: the whole sentence, the named speaker
    text = "To grasp the cuts to the ferry service, council leader Ines Duarte said, islanders must read the whole plan."
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [(text[:-1], "Ines Duarte")]


def test_a_time_clause_before_a_parenthetical_is_not_moved(extract):
    text = "When the storm hit, the harbourmaster said, the boats were already tied up."
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [("the boats were already tied up", "the harbourmaster")]
