"""Follow-ups found by scoring the second set of hand-annotated news samples."""


def quotes_of(extract, text):
    return extract(text)["quotes"]


def test_an_epithet_after_quotes_names_the_person_just_quoted(extract):
    text = ("Premier Lotte Varga conceded defeat in the capital.\n\n"
            "“We listened, and we lost,” she said.\n\n"
            "“Now we rebuild.”\n\n"
            "The incumbent said she would stay on as party leader until the spring.")
    report = quotes_of(extract, text)[-1]
    assert report["text"].startswith("she would stay on")
    assert report["speaker"] == "Lotte Varga"


def test_a_term_someone_is_calling_something_is_no_quote(extract):
    text = 'The row, which local papers have taken to calling the "bin wars", began in March.'
    assert quotes_of(extract, text) == []
    assert quotes_of(extract, 'Walkers call it the "long mile", the warden said.')[0]["direct"] is False


def test_the_force_is_the_police_force_named_before(extract):
    quotes = quotes_of(extract, "Westbury Police said a van had been stolen. The force said it was found burnt out in a lane.")
    assert [q["speaker"] for q in quotes] == ["Westbury Police", "Westbury Police"]


def test_a_name_in_apposition_to_a_relative_is_that_person_not_the_one_named_before(extract):
    text = "Tom Reilly, 70, was hurt in the fall. His son, Mark Reilly, said the family was grateful to the crew."
    (report,) = quotes_of(extract, text)
    assert report["speaker"] == "Mark Reilly"


def test_a_surname_the_tagger_calls_a_body_is_no_organisation(extract):
    text = ("Chief executive Yuki Tanabe said demand was firm. Tanabe said the plant would grow.\n\n"
            "According to the company, the yen cost it ¥2 billion.")
    assert quotes_of(extract, text)[-1]["speaker"] != "Tanabe"


def test_a_body_noun_with_its_own_name_is_not_an_earlier_body(extract):
    text = "Harrow Metals Ltd cut 200 jobs. The Clarion newspaper reported that a sale was near."
    assert quotes_of(extract, text)[-1]["speaker"] != "Harrow Metals Ltd"


def test_a_name_in_a_sentence_about_another_he_is_not_his_antecedent(extract):
    text = ("Senator Ada Moss won two states on Tuesday.\n\n"
            "Gov. Ivo Hale, who won his home state, urged his rivals to quit. Though he did not name Moss, "
            "he made it clear that the field was too crowded.\n\n"
            "He said the party needed one candidate.")
    assert quotes_of(extract, text)[-1]["speaker"] == "Ivo Hale"
