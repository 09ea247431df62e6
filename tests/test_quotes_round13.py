"""Round 13: offices and spokespeople named after the person they speak for, bodies by their subject, places that are no one."""


def quotes_of(extract, text):
    return extract(text)["quotes"]


def test_a_possessive_pronoun_office_is_the_office_of_the_person(extract):
    text = "Senator Marla Quentin voted against the bill on Tuesday. Her office said she would issue a longer statement on Friday."
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Marla Quentin's office"
    assert quote["speaker_mention"]["text"] == "Her office"


def test_his_office_in_a_direct_quote(extract):
    text = 'Governor Abel Traske signed the order late on Monday. "It was the right call," his office said in a statement.'
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Abel Traske's office"


def test_a_title_owner_names_the_office_holder(extract):
    text = "Sen. Dora Pelletier has not commented on the merger. The senator's office said she was reviewing the terms."
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Dora Pelletier's office"


def test_a_possessive_spokesperson_is_named_like_one_with_a_surname(extract):
    text = "Councillor Ewan Strachby missed the vote. His spokeswoman said he was recovering from surgery."
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Ewan Strachby's spokeswoman"
    assert quote["speaker_role"] == "spokeswoman"


def test_a_spokesperson_for_a_named_person_speaks_for_that_person(extract):
    text = 'Mayor Tobias Wren was in Lisbon. "He will be back on Monday," said a spokesperson for the mayor.'
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Tobias Wren's spokesperson"
    assert quote["speaker_mention"]["text"] == "a spokesperson for the mayor"
    text = "Mayor Tobias Wren was in Lisbon. A spokesperson for Wren said the trip had been planned for months."
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Tobias Wren's spokesperson"


def test_the_office_of_a_named_person(extract):
    text = "Sen. Dora Pelletier has not commented on the merger. The office of Sen. Pelletier said she was reviewing the terms."
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Dora Pelletier's office"


def test_an_office_is_no_later_she(extract):
    text = ("Sen. Dora Pelletier has not commented on the merger. Pelletier's office said the terms were under review. "
            '"I have questions," she said.')
    quotes = quotes_of(extract, text)
    assert quotes[-1]["speaker"] == "Dora Pelletier"


def test_a_place_after_officials_is_not_the_speaker(extract):
    (quote,) = quotes_of(extract, "Officials in Carrowmore said the coast road would reopen.")
    assert quote["speaker"] == "Officials"


def test_the_party_is_the_one_the_sentence_is_about(extract):
    text = "The Green Party won two seats in the county, beating the Liberal Party in both. The party said it would push for a new bus depot."
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Green Party"]
    text = "The Unity Party accused the Reform Party of lying about the budget. The party said the figures were invented."
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Unity Party"]


def test_the_party_named_last_as_a_subject_still_wins(extract):
    text = "The Green Party lost ground. The Liberal Party took three seats. The party said voters wanted change."
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Liberal Party"]


def test_the_group_is_the_campaign_not_the_school_named_after_it(extract):
    text = ('Oakridge Promise, formed after the attack at Oakridge Elementary School, held a vigil on Sunday. '
            '"We will not forget," the group said.')
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Oakridge Promise"]
    text = ("The Tidewater Coalition has campaigned against the Lindqvist Institute's plan. "
            "The group said the plan would harm the estuary.")
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Tidewater Coalition"]


def test_it_after_the_group_is_the_named_group(extract):
    text = ("The Sandmere Promise was set up by parents after the shooting at Sandmere Elementary School. "
            "The group lobbies for tighter gun laws. It said the new bill did not go far enough.")
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Sandmere Promise"]


def test_a_coalition_that_spoke_is_still_the_group(extract):
    text = ("The Fenwick Coalition, which includes the Fenwick Grammar School, said on Monday that it would sue. "
            "The group said the council had broken the law.")
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Fenwick Coalition", "Fenwick Coalition"]


def test_groups_of_an_owner_are_not_the_last_association(extract):
    text = ("The Kestrel Housing Association backed the plan. "
            "Renters' groups said the plan would not help them.")
    quotes = quotes_of(extract, text)
    assert [q["speaker"] for q in quotes] == ["Renters' groups"]


def test_a_town_written_as_a_place_is_no_he(extract):
    text = 'Calum Reid owns a farm outside Pelworth. Pelworth has lost two schools. "The village is dying," he said.'
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Calum Reid"]


def test_a_town_written_in_a_phrase_of_place_is_no_she(extract):
    text = "Greta Voss runs the bakery. Trade in Linsmoor has slumped. Linsmoor lost its bank last year. She said the town needed help."
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Greta Voss"]


def test_a_town_before_residents_is_no_he(extract):
    text = "Omar Dace was a miner for 30 years. Ferncastle residents remember the strike. Ferncastle was never the same, he said."
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Omar Dace"]


def test_a_surname_written_after_to_is_still_a_person(extract):
    text = "The council sent the plans to Kowalczyk in May. Kowalczyk told the paper he had not read them. He said the plans were rushed."
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Kowalczyk", "Kowalczyk"]


def test_the_spokesman_named_in_that_office_keeps_his_name(extract):
    text = ('"We will appeal," Pruett spokesman Dev Anand said on Monday. Rep. Lou Pruett has denied the claims. '
            "The congressman's spokesman also said the panel had no case.")
    quotes = quotes_of(extract, text)
    assert quotes[-1]["speaker"] == "Dev Anand"


def test_an_office_of_a_description_with_more_words_is_named_as_written(extract):
    text = ("Gov. Ada Quill and Gov. Roy Pane met in Ohio. "
            "The office of the governor in Utah said it had raised $2 million.")
    quotes = quotes_of(extract, text)
    assert quotes[-1]["speaker"] == "The office of the governor in Utah"


def test_his_team_is_named_after_him(extract):
    text = "Coach Ivo Brandt left the stadium early. His team said he was unwell."
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Ivo Brandt's team"]


QUOTED_AS_SAYING = [
    "Minister Ana Lisboa said her team could not accept caps. \u00abOur mills employ 80,000 people. Nobody could agree to that,\u00bb Lisboa was quoted as saying by the state broadcaster.",
    "Minister Ana Lisboa said her team could not accept caps. \u201cOur mills employ 80,000 people. Nobody could agree to that,\u201d Lisboa was quoted as saying.",
    "Minister Ana Lisboa said her team could not accept caps. \"Our mills employ 80,000 people. Nobody could agree to that,\" Lisboa was quoted by the state broadcaster as saying.",
]


def test_the_one_quoted_as_saying_after_the_quote_speaks(extract):
    for text in QUOTED_AS_SAYING:
        direct = [q for q in quotes_of(extract, text) if q["direct"]]
        assert [(q["speaker"], q["cue"]) for q in direct] == [("Ana Lisboa", "saying")], text


def test_the_one_quoted_as_saying_before_the_quote_speaks(extract):
    text = 'Her deputy spoke first. Minister Ana Lisboa was quoted as saying: "Nobody could agree to that."'
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Ana Lisboa"


def test_a_family_name_written_first_is_the_full_name_later(extract):
    text = ("Vietnamese Minister of Transport Pham Van Long said the line would open in May. "
            "Pham said the cost had doubled.")
    quotes = quotes_of(extract, text)
    assert [q["speaker"] for q in quotes] == ["Pham Van Long", "Pham Van Long"]
    text = 'Hungarian banker Szabo Gergely spoke first. "The forint is stable," Szabo said.'
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Szabo Gergely"]


def test_a_first_word_two_people_share_names_no_one(extract):
    text = ("Pham Van Long and Pham Thi Mai led the talks. "
            "Pham said the cost had doubled.")
    assert [q["speaker"] for q in quotes_of(extract, text)] == ["Pham"]


def test_a_body_with_an_owner_inside_its_name_is_one_name(extract):
    cases = {
        "The Legislative Analyst's Office said the plan would cost $2 billion.": "Legislative Analyst's Office",
        "The Legislative Analyst\u2019s Office said the plan would cost $2 billion.": "Legislative Analyst\u2019s Office",
        "The Kestrel Supporters' Trust said the sale was a betrayal.": "Kestrel Supporters' Trust",
        "The Pike County Sheriff's Department said the road was closed.": "Pike County Sheriff's Department",
        "The Marlow County District Attorney's Office said charges would follow.": "Marlow County District Attorney's Office",
    }
    for text, name in cases.items():
        (quote,) = quotes_of(extract, text)
        assert quote["speaker"] == name, text
        assert quote["speaker_role"] is None, text


def test_the_short_form_of_a_body_named_before_is_that_body(extract):
    text = ("The Dunmore County Sheriff\u2019s Office said two deputies were hurt. "
            "Later, the sheriff\u2019s office said both had been released.")
    quotes = quotes_of(extract, text)
    assert [q["speaker"] for q in quotes] == ["Dunmore County Sheriff\u2019s Office"] * 2


def test_the_sheriffs_office_is_the_sheriffs_when_no_body_was_named(extract):
    text = "Sheriff Dale Orme said the road was closed. The sheriff's office said later it had reopened."
    quotes = quotes_of(extract, text)
    assert quotes[-1]["speaker"] == "Dale Orme's office"


def test_pro_tempore_belongs_to_the_title(extract):
    (quote,) = quotes_of(extract, "Senate President pro Tempore Ilse Marquand said the session would run late.")
    assert (quote["speaker"], quote["speaker_role"]) == ("Ilse Marquand", "Senate President pro Tempore")
    (quote,) = quotes_of(extract, "House Speaker pro tem Jonah Wexley said the vote was delayed.")
    assert (quote["speaker"], quote["speaker_role"]) == ("Jonah Wexley", "House Speaker pro tem")


def test_what_was_done_to_a_person_is_no_part_of_the_role(extract):
    text = 'Kelby Rovers sacked manager Dario Fenn on Sunday after a run of defeats. "It was time," Fenn said later.'
    (quote,) = quotes_of(extract, text)
    assert (quote["speaker"], quote["speaker_role"]) == ("Dario Fenn", "manager")


def test_the_subject_of_a_relative_clause_without_that_is_the_speaker(extract):
    text = 'The depot cut the night buses, a decision local traders described as "a slap in the face".'
    (quote,) = quotes_of(extract, text)
    assert quote["speaker_mention"]["text"] == "local traders"


def test_a_count_before_a_plural_stays_in_the_phrase(extract):
    (quote,) = quotes_of(extract, "The plan stalled, a dozen officials said on Monday.")
    assert quote["speaker_mention"]["text"] == "a dozen officials"


def test_a_speaker_set_off_inside_a_report_the_parse_made_the_verb(extract):
    text = "Demand for the ferry, a harbour board spokeswoman, Lena Birk, said on Friday, had outstripped the timetable."
    (quote,) = quotes_of(extract, text)
    assert quote["text"].startswith("Demand for the ferry") and quote["text"].endswith("had outstripped the timetable")
    assert quote["speaker"] == "Lena Birk"


def test_an_inverted_speaker_inside_a_report(extract):
    (quote,) = quotes_of(extract, "The walkout, said union leader Ada Frey, would last a week.")
    assert quote["text"] == "The walkout, said union leader Ada Frey, would last a week"
    assert quote["speaker"] == "Ada Frey"
    text = "Rather than raise fares again, said Paul Renner, the authority's finance chief, the board wants a state grant."
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Paul Renner"
    assert quote["text"].endswith("the board wants a state grant")


def test_a_named_person_with_a_role_before_said_still_speaks(extract):
    (quote,) = quotes_of(extract, "Ruiz, a nurse at the clinic, said, in a long interview, that queues had doubled.")
    assert quote["speaker"] == "Ruiz"


def test_a_dash_attribution_with_a_role_in_lower_case_names_the_person(extract):
    (quote,) = quotes_of(extract, '"This is the end of an era" - Fleet captain Ivan Soler')
    assert (quote["speaker"], quote["speaker_mention"]["text"]) == ("Ivan Soler", "Fleet captain Ivan Soler")
    (quote,) = quotes_of(extract, '"We sail at dawn." \u2014Ivan Soler, a captain in Leith')
    assert (quote["speaker"], quote["speaker_role"]) == ("Ivan Soler", "a captain in Leith")


def test_a_fronted_phrase_before_an_inverted_said_stays_in_the_report(extract):
    text = "To fix the roads, said Nora Platt, the council needs more money."
    (quote,) = quotes_of(extract, text)
    assert quote["text"] == "To fix the roads, said Nora Platt, the council needs more money"
    text = "Rather than seeing bus fares rise again, said Nora Platt, head of transport, Calder wants a new levy."
    (quote,) = quotes_of(extract, text)
    assert quote["speaker"] == "Nora Platt"
    assert quote["text"].startswith("Rather than") and quote["text"].endswith("Calder wants a new levy")


def test_a_time_clause_before_an_inverted_said_is_not_reported(extract):
    (quote,) = quotes_of(extract, "When the storm hit, said Nora Platt, the roads flooded.")
    assert quote["text"] == "the roads flooded"


def test_as_someone_put_it_reports_the_clause(extract):
    (quote,) = quotes_of(extract, "As Costa put it, the club is broke and broken.")
    assert (quote["text"], quote["speaker"], quote["cue"]) == ("the club is broke and broken", "Costa", "put")


def test_a_percent_sign_ends_a_report_after_according_to(extract):
    (quote,) = quotes_of(extract, "According to the central bank, inflation fell to 2.1%.")
    assert quote["text"] == "inflation fell to 2.1%"
