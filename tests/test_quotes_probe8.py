"""Probe round 8: speaker resolution and spans on ordinary news copy (own wording throughout)."""

from __future__ import annotations


def quotes_of(extract, text):
    return [(q["text"], q["direct"], q["speaker"]) for q in extract(text)["quotes"]]


def test_she_is_not_the_short_form_of_a_company(extract):
    # `Brightwell` alone after `Brightwell Mills` is the firm, even when the tagger calls it a person
    text = (
        "Brightwell Mills said on Monday it would shut its oldest plant.\n\n"
        "Finance director Olga Brandt told investors that Brightwell had expanded too fast. "
        "She said the firm would sell two warehouses."
    )
    speakers = {q["text"]: q["speaker"] for q in extract(text)["quotes"]}
    assert speakers["the firm would sell two warehouses"] == "Olga Brandt"


def test_a_person_whose_name_is_in_a_silent_body_stays_a_person(extract):
    # `Kessler` after `the Kessler Foundation` (which said nothing) is still the man
    text = (
        "Guests at the Kessler Foundation gala were kept waiting for an hour.\n\n"
        "Kessler arrived late and thanked the donors, then added that he would give away the house."
    )
    speakers = [q["speaker"] for q in extract(text)["quotes"]]
    assert speakers and "Kessler" in speakers[-1]


def test_relative_pronoun_after_a_description_in_apposition_is_the_named_person(extract):
    # the only speech verb is in the relative clause; "who" is the description, and so the named person
    text = 'Rep. Dolores Akande, a Republican from Ohio who wrote the measure, called the tax "a promise we finally kept."'
    quotes = extract(text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Dolores Akande"]


def test_one_of_some_people_is_a_person_a_later_she_can_be(extract):
    text = (
        "Inspector Maeve Doyle said the van was found burnt out near the quarry. "
        "One of the drivers, who asked not to be named, told the Echo that the gang wore masks. "
        '"I thought they were going to kill me," she said.'
    )
    quotes = {q["text"]: (q["speaker"], q["speaker_mention"]["text"]) for q in extract(text)["quotes"]}
    assert quotes["the gang wore masks"] == ("One of the drivers", "One of the drivers")
    assert quotes["I thought they were going to kill me"][0] == "One of the drivers"


def test_according_to_keeps_a_coordinated_subject_the_parse_hung_on_the_source(extract):
    text = "Rents climbed again. According to analysts at the Lindqvist Institute, wages and savings have not kept pace."
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("wages and savings have not kept pace", "analysts at the Lindqvist Institute")
    ]


def test_a_new_role_for_the_last_sentences_subject_names_that_person(extract):
    text = (
        "Teodor Lindahl, who had missed three matches with a knee injury, scored in the 80th minute. "
        '"My legs were gone by the end," the Swedish winger said.'
    )
    quotes = extract(text)["quotes"]
    assert [(q["speaker"], q["speaker_mention"]["text"]) for q in quotes] == [("Teodor Lindahl", "the Swedish winger")]


def test_a_role_written_before_for_someone_unnamed_is_not_the_subject(extract):
    text = "Ingrid Sole met the mayor on Friday. The mayor said afterwards that the talks had gone well."
    quotes = extract(text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["The mayor"]


def test_a_role_someone_else_holds_is_not_the_subject(extract):
    text = (
        "Coach Bram Oduya praised the defence. Lena Marsh scored twice before half-time. "
        '"We were sharp," the coach said.'
    )
    quotes = extract(text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Bram Oduya"]


def test_a_voiced_concern_or_warning_reports_its_clause(extract):
    text = "Priscilla Obuya, the port's director, voiced concern that the new tariffs would empty the docks."
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [("the new tariffs would empty the docks", "Priscilla Obuya")]
    text = "The weather service issued a warning that the lake could freeze by Sunday."
    assert [q["text"] for q in extract(text)["quotes"]] == ["the lake could freeze by Sunday"]


def test_someone_elses_claim_or_a_thing_raising_a_prospect_is_no_report(extract):
    assert extract("The striker brushed aside suggestions that he would leave in January.")["quotes"] == []
    assert extract("The verdict raises the prospect that the owners will sue.")["quotes"] == []


def test_a_naming_participle_after_a_denial_keeps_its_quoted_words(extract):
    text = 'The ministry rejected the figures, calling them "pure invention."'
    assert [(q["text"], q["speaker"]) for q in extract(text)["quotes"]] == [("pure invention.", "The ministry")]
    text = 'Halvorsen denied the story on Friday and called it "a smear from start to finish."'
    assert [(q["text"], q["speaker"]) for q in extract(text)["quotes"]] == [("a smear from start to finish.", "Halvorsen")]


def test_so_called_and_passive_naming_are_no_partial_quotes(extract):
    assert extract('The club is already claiming a win in the so-called "derby of the north."')["quotes"] == []


def test_people_named_by_a_plural_own_the_words_they_call_something(extract):
    text = 'Neighbours called the new car park "a scar on the valley."'
    assert [(q["text"], q["speaker"]) for q in extract(text)["quotes"]] == [("a scar on the valley.", "Neighbours")]


def test_a_report_said_to_have_been_made_is_the_subjects(extract):
    text = "The club's owner is understood to have told players that wages would be paid late."
    assert [(q["text"], q["speaker"]) for q in extract(text)["quotes"]] == [("wages would be paid late", "The club's owner")]
    assert extract("The owner is expected to tell players that wages will be paid late.")["quotes"] == []


def test_he_after_a_sentence_opened_by_a_role_is_that_role_holder(extract):
    text = (
        "Chancellor Mira Solberg and her interior minister, Anton Reiss, argued in public on Friday.\n\n"
        '"I will not change course," the chancellor said.\n\n'
        "The interior minister declined to reply in kind. "
        '"Someone has to keep the police paid," he said.'
    )
    speakers = {q["text"]: q["speaker"] for q in extract(text)["quotes"]}
    assert speakers["Someone has to keep the police paid"] == "Anton Reiss"
