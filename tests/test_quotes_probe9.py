"""Probe round 9: interview answers, plural 'they', participles after statement nouns, split quotes
(own wording throughout)."""

from __future__ import annotations


def quotes_of(extract, text):
    return [(q["text"], q["direct"], q["speaker"]) for q in extract(text)["quotes"]]


def test_participle_after_a_statement_noun_does_not_steal_the_speaker(extract):
    # `read out` describes the remarks; the minister said what follows the colon
    text = 'The minister said in remarks read out at the hearing: "The law will stand as written."'
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [("The law will stand as written.", "The minister")]


def test_participle_after_a_statement_noun_is_not_a_reported_clause(extract):
    text = 'Ambassador Ilse Maran said in a letter sent to the board: "We expect an answer by May."'
    quotes = extract(text)["quotes"]
    assert all(q["text"] != "sent to the board" for q in quotes)
    assert [q["speaker"] for q in quotes] == ["Ilse Maran"]


def test_a_subjectless_verb_after_a_plain_noun_is_still_a_clause(extract):
    # `left` after `budgets` is the clause's own verb (its subject misparsed), not a describing participle
    text = "Dorran tried to show how he thinks reductions in school budgets left teachers without books."
    quotes = extract(text)["quotes"]
    assert quotes and quotes[0]["text"].endswith("left teachers without books")


def test_they_after_a_bare_plural_of_people_is_that_plural(extract):
    text = (
        "Farmers blocked the main road into the capital on Tuesday. "
        "They warned that the protest would go on until the fuel tax was dropped."
    )
    quotes = extract(text)["quotes"]
    assert [(q["speaker"], q["speaker_mention"]["text"]) for q in quotes] == [("Farmers", "They")]


def test_they_in_a_quote_attribution_after_residents(extract):
    text = 'Residents of the estate packed the hall on Monday night. "We have waited ten years for this," they said.'
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Residents"]


def test_they_after_a_plural_of_things_or_a_named_person_stays_they(extract):
    text = (
        "Hundreds of tractors lined the verge near the depot. "
        "They said the depot would stay closed all week."
    )
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["They"]
    text = (
        "Protesters gathered outside the court. Mayor Ana Quell spoke to them briefly. "
        "They said they would come back on Friday."
    )
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["They"]


def test_host_verb_tagged_as_a_plural_noun_keeps_the_parenthetical_report(extract):
    # `floods` read as a noun: the clause around `he noted` is still what he noted
    text = "Heavy rain floods the valley every spring, he noted, and the town is cut off for days."
    quotes = extract(text)["quotes"]
    assert len(quotes) == 1 and quotes[0]["cue"] == "noted"
    assert quotes[0]["text"].startswith("Heavy rain floods the valley")


def test_lower_case_continuation_after_the_attribution_is_a_second_part(extract):
    text = 'Bakery owner Lena Vogt was blunt. "We lost half our trade," she said, "because the road was shut for a month."'
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("We lost half our trade", "Lena Vogt"),
        ("because the road was shut for a month.", "Lena Vogt"),
    ]
    assert all("she said" not in q["text"] for q in quotes)


def test_interview_answers_after_q_and_a_labels_are_the_interviewees(extract):
    text = (
        "Health Minister Priya Ramsden has spent a year trying to fix the hospitals. In an interview with "
        "the Courier, the minister spoke about waiting lists and pay.\n\n"
        "Q: Why are waiting lists still growing?\n\n"
        "A: We inherited a system that was at breaking point, and training staff takes time.\n\n"
        "Q: Will nurses get the rise they asked for?\n\n"
        "A: I want them to be paid fairly.\n\n"
        "Talks with the unions continue next week."
    )
    quotes = extract(text)["quotes"]
    answers = [(q["text"], q["speaker"]) for q in quotes]
    assert answers == [
        ("We inherited a system that was at breaking point, and training staff takes time.", "Priya Ramsden"),
        ("I want them to be paid fairly.", "Priya Ramsden"),
    ]


def test_interview_answers_after_question_paragraphs(extract):
    text = (
        "Coach Marta Lindqvist took over the club in the summer. We spoke to her after training.\n\n"
        "What has changed since you arrived?\n\n"
        "The players believe in themselves again and work harder than any group I have coached.\n\n"
        "Can the team win the league?\n\n"
        "Why not? We have the squad to do it, but we must stay fit."
    )
    speakers = [q["speaker"] for q in extract(text)["quotes"]]
    assert speakers == ["Marta Lindqvist", "Marta Lindqvist"]


def test_questions_without_an_interview_introduction_give_no_answers(extract):
    text = (
        "The council met on Tuesday to discuss the bridge.\n\n"
        "What happens next?\n\n"
        "Nobody knows yet, because the engineers have not reported.\n\n"
        "Who pays?\n\n"
        "The county and the state will split the bill."
    )
    assert extract(text)["quotes"] == []


def test_surname_tagged_as_a_verb_opening_a_sentence_is_the_pronouns_antecedent(extract):
    # `Okonjo` at the start of a sentence is read as a verb; it still names the senator "she" is
    text = (
        '"It keeps the lights on," said Sen. Harriet Okonjo. Rep. Gail Westover said in a statement that '
        "the bill was a surrender.\n\n"
        'Okonjo brushed off the threat. The House, she said, has "every reason" to move quickly.'
    )
    quotes = extract(text)["quotes"]
    assert quotes[-1]["speaker"] == "Harriet Okonjo"


def test_live_blog_time_stamp_is_not_part_of_the_report(extract):
    text = "Live: the storm\n\n10:05 \u2014 Around 20,000 homes are without power, according to Western Grid."
    quotes = extract(text)["quotes"]
    assert [q["text"] for q in quotes] == ["Around 20,000 homes are without power"]


def test_time_stamp_before_a_spaced_hyphen_is_not_part_of_the_speaker(extract):
    text = "Budget day\n\n14:40 GMT - Labour's finance spokesman, Dev Kapoor, said the plan would not add up."
    (quote,) = extract(text)["quotes"]
    assert quote["speaker"] == "Dev Kapoor"
    assert quote["speaker_role"] == "Labour's finance spokesman"


def test_doctor_and_professor_prefixes_without_a_full_stop_are_not_part_of_the_name(extract):
    text = (
        '"It is not proof," said Dr Ayesha Kamara, who led the work.\n\n'
        '"Such studies can mislead," said Prof Ben Holloway.'
    )
    assert [q["speaker"] for q in extract(text)["quotes"]] == ["Ayesha Kamara", "Ben Holloway"]


def test_place_inside_an_aside_between_name_and_cue_is_not_the_speaker(extract):
    text = (
        '"If the appeal had failed, I would still be inside," Mr. Halloran, now 78 and retired in Leeds, '
        'England, said by telephone on Monday.'
    )
    (quote,) = extract(text)["quotes"]
    assert quote["speaker_mention"]["text"] == "Mr. Halloran"


def test_passive_verb_with_to_say_before_a_quote_gives_its_subject(extract):
    text = 'The hearing was so calm that Mr. Pardoe was moved to say, "I cannot believe how polite it has been."'
    (quote,) = extract(text)["quotes"]
    assert quote["speaker_mention"]["text"] == "Mr. Pardoe"


def test_second_speakers_report_joined_by_and_is_not_part_of_the_first(extract):
    text = "Three in four tenants said they were worried about rents, and more than half said the mayor would handle it best."
    reports = {q["speaker"]: q["text"] for q in extract(text)["quotes"]}
    assert reports["Three in four tenants"] == "they were worried about rents"
    assert reports["more than half"] == "the mayor would handle it best"
    # (not a cue inside quote marks: a quoted phrase with its own `she said` stays in the one report)
    text = 'The coach said pundits were wrong to keep harping on "she said one thing, she did another."'
    (quote,) = extract(text)["quotes"]
    assert quote["text"].endswith("she did another.\"")


def test_leading_connective_of_a_fronted_report_is_the_writers(extract):
    text = "The vote was close. Still, most residents back the bypass, the survey found.\n\nIn fact, the bridge was never safe, engineers said."
    assert [q["text"] for q in extract(text)["quotes"]] == ["most residents back the bypass", "the bridge was never safe"]


def test_surname_tagged_as_an_adverb_after_the_subjects_first_name_is_kept(extract):
    text = (
        "Asked whether he would quit, Osei said no.\n\n"
        'Committee chair Dawn Pelly said his answers were "not good enough".'
    )
    quotes = extract(text)["quotes"]
    assert quotes[-1]["speaker"] == "Dawn Pelly"


def test_the_age_and_an_occupation_name_the_person_just_written_about(extract):
    text = (
        "Ellie Brandvold says she is ready to defend her title after a knee injury.\n\n"
        'The 24-year-old sprinter told reporters in Oslo: "The knee feels strong again."'
    )
    quotes = extract(text)["quotes"]
    assert quotes[-1]["speaker"] == "Ellie Brandvold"
    assert quotes[-1]["speaker_mention"]["text"] == "The 24-year-old sprinter"


def test_interview_answers_with_bold_labels_and_a_subject_who_talked_to_us(extract):
    text = (
        "Thandiwe Mokoena, a sculptor, built the new gates of the botanic garden. She talked to us about bronze and patience.\n\n"
        "**Q: Where do your ideas come from?**\n\n"
        "**A:** Mostly from long walks along the river.\n\n"
        "**Q: What is the hardest part?**\n\n"
        "**A:** Waiting for the foundry to call back."
    )
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("Mostly from long walks along the river.", "Thandiwe Mokoena"),
        ("Waiting for the foundry to call back.", "Thandiwe Mokoena"),
    ]


def test_a_word_before_a_known_first_name_and_surname_is_no_part_of_the_name(extract):
    text = "Lockkeeper Gavin Threlfall said the canal had not frozen for thirty years."
    (quote,) = extract(text)["quotes"]
    assert quote["speaker"] == "Gavin Threlfall"
    assert quote["speaker_mention"]["text"] == "Lockkeeper Gavin Threlfall"
    # an unknown first name before a known middle name stays: it has none of the role endings
    text = "Rowan Jonathan Pike said the canal had not frozen for thirty years."
    (quote,) = extract(text)["quotes"]
    assert quote["speaker"] == "Rowan Jonathan Pike"


def test_a_headline_report_ends_with_its_line(extract):
    text = (
        "Warden Says Ferry Will Stop Running In Winter\n"
        "Harbour warden Ola Strand said on Monday the ferry would stop running once the ice sets in.\n\n"
        "The council agreed."
    )
    texts = [q["text"] for q in extract(text)["quotes"]]
    assert texts == ["Ferry Will Stop Running In Winter", "the ferry would stop running once the ice sets in"]


def test_the_speakers_call_on_someone_joined_to_the_report_is_not_part_of_it(extract):
    text = 'The drivers\' union said the closures were "a hammer blow" to staff and called on the firm to think again.'
    (quote,) = extract(text)["quotes"]
    assert quote["text"] == 'the closures were "a hammer blow" to staff'


def test_a_that_clause_after_so_or_such_is_a_result_not_a_report(extract):
    text = "Kerrigan argued that Dalton tells so many tall tales that voters have stopped listening."
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["cue"]) for q in quotes] == [
        ("Dalton tells so many tall tales that voters have stopped listening", "argued"),
    ]


def test_next_sentence_cue_whose_report_ends_in_quoted_words_does_not_take_the_quote(extract):
    text = (
        'Norway branded the plan "a reckless gamble with the fjords." '
        'Sweden insisted that the ministry "halt its drilling at once".'
    )
    speakers = {q["text"]: q["speaker"] for q in extract(text)["quotes"]}
    assert speakers["a reckless gamble with the fjords."] == "Norway"
    # (but a clause that holds the quote itself is that quote's report: `This is "…," reported the Courier`)
    text = 'The new survey puts Ames ahead. This is "much the same lead she has held all year," reported the Courier.'
    quotes = extract(text)["quotes"]
    assert quotes[0]["speaker"] == "Courier" or quotes[0]["speaker_mention"]["text"] == "the Courier"


def test_they_after_a_plural_speaker_skips_the_subject_of_what_was_said(extract):
    text = (
        "Officials said the bridge would reopen in May. They added that the repairs had cost more than planned.\n\n"
        "Police said two men had been arrested. They said the men were known to officers."
    )
    speakers = [q["speaker"] for q in extract(text)["quotes"]]
    assert speakers == ["Officials", "Officials", "Police", "Police"]


def test_an_explainers_question_headings_are_no_interview(extract):
    text = (
        "In an interview with the Courier, Mayor Lena Voss said the tram line would be finished by 2028.\n\n"
        "What happens next?\n\n"
        "The council will vote on the final route in March and work starts in the summer.\n\n"
        "Who pays for it?\n\n"
        "The county and the state will split the bill between them."
    )
    texts = [q["text"] for q in extract(text)["quotes"]]
    assert texts == ["the tram line would be finished by 2028"]


def test_interview_q_and_a_lines_inside_one_paragraph(extract):
    text = (
        "Rosa Albani, a chef, opened her third restaurant last month. We spoke to her in the kitchen.\n\n"
        "Q: Why this city?\nA: Because the fish market here is the best in Europe.\n\n"
        "Q: What is next for you?\nA: Sleep, and then a cookbook."
    )
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("Because the fish market here is the best in Europe.", "Rosa Albani"),
        ("Sleep, and then a cookbook.", "Rosa Albani"),
    ]
