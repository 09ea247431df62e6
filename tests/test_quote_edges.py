"""Quote edge cases from scraped news: marks glued to words, labels before a colon, cues of the next quote."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-15"  # a Sunday: Monday is 2025-06-09, Tuesday 2025-06-10


def record(extract, text, published=PUBLISHED):
    return extract(text, published)


# A closing mark right after the quote's own closing punctuation closes it, even glued to the next word.


def test_closing_mark_glued_to_the_speaker(extract):
    quotes = record(extract, "“We won,”she said.")["quotes"]
    assert [(q["text"].rstrip(","), q["speaker"]) for q in quotes] == [("We won", "she")]


def test_question_closing_mark_glued_to_the_speaker(extract):
    quotes = record(extract, "“Is it over?”he asked.")["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [("Is it over?", "he")]


def test_quote_stops_at_a_glued_closing_mark(extract):
    quotes = record(extract, "He said:“It is over.”The crowd cheered.")["quotes"]
    assert quotes and all("crowd" not in q["text"] and "”" not in q["text"] for q in quotes)


def test_quote_stops_at_a_glued_straight_closing_mark(extract):
    quotes = record(extract, 'The mayor said:"We are ready."Then she left.')["quotes"]
    assert quotes and all("Then" not in q["text"] for q in quotes)


def test_glued_quote_is_direct(extract):
    quotes = record(extract, "Officials said,“We counted 40 boats.”She replied,“No.”")["quotes"]
    first = quotes[0]
    assert (first["text"], first["direct"], first["speaker"]) == ("We counted 40 boats.", True, "Officials")


def test_cue_introducing_the_next_quote_is_not_this_ones(extract):
    quotes = record(extract, "The captain said, “We lost the ball.” Her coach replied, “Not for long.”")["quotes"]
    assert [(q["speaker"], q["cue"]) for q in quotes] == [("The captain", "said"), ("Her coach", "replied")]


def test_section_label_before_a_colon_is_no_speaker(extract):
    text = "The council met on Monday.\n\nCorrection: An earlier version of this story misstated the date of the vote.\n"
    assert record(extract, text)["quotes"] == []


def test_title_with_a_long_lower_case_preposition_is_a_title(extract):
    assert record(extract, "Voters still remember his 1994 \u201cContract with Ohio.\u201d")["quotes"] == []


def test_finished_quote_before_an_introduced_one_keeps_its_speaker(extract):
    quotes = record(extract, '"The plant will close." Jones said, "Hundreds will lose their jobs."')["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("The plant will close.", "Jones"), ("Hundreds will lose their jobs.", "Jones")]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Jane Doe said profits rose.", "profits rose"),
        ("Officials said on Monday the bridge would reopen.", "the bridge would reopen"),
    ],
)
def test_short_reports_and_the_time_of_saying(extract, text, content):
    assert [q["text"] for q in record(extract, text)["quotes"]] == [content]


def test_short_quote_before_a_sentence_opening_with_its_speaker(extract):
    quotes = record(extract, '"Enough is enough." Jones said the protests would go on.')["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("Enough is enough.", "Jones"), ("the protests would go on", "Jones")]


def test_a_double_quote_closed_with_a_single_mark_ends_at_that_mark(extract):
    text = "Senator Ana Ruiz tweeted: \u201cLet\u2019s go. We can stop this now.\u2019 Ruiz was in the East Room for the announcement."
    assert [q["text"] for q in extract(text)["quotes"]] == ["Let\u2019s go. We can stop this now."]


def test_a_single_quote_nested_in_an_unclosed_double_one_is_not_its_end(extract):
    text = "The mayor said: \u201cHe told me, \u2018Go home.\u2019 Then he left the hall for good."
    assert [q["text"] for q in extract(text)["quotes"]] == ["He told me, \u2018Go home.\u2019 Then he left the hall for good."]


def test_an_introduced_quote_keeps_its_speaker_over_a_cue_of_the_next_sentence(extract):
    text = (
        'Ames confirmed she had been and said, "The industry has a serious problem that we try to ignore." '
        "The star then recalled her first audition."
    )
    assert [(q["text"], q["speaker"]) for q in extract(text)["quotes"] if q["direct"]] == [
        ("The industry has a serious problem that we try to ignore.", "Ames")
    ]


def test_the_name_before_an_aside_and_an_auxiliary_speaks(extract):
    text = 'Tempers rose on Friday after Ms. Lund, asked about the cuts, had said, "Every council trims its budget."'
    assert [q["speaker_mention"]["text"] for q in extract(text)["quotes"]] == ["Ms. Lund"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'Never', she said.", [("Never", "she")]),
        ("The talks resumed.\n\n\u00ab Nous verrons \u00bb, a French envoy said.", [("Nous verrons", "a French envoy")]),
        ("Locals call it the 'ghost road', and few drive it at night.", []),
    ],
)
def test_short_utterances_with_the_comma_outside_the_marks(extract, text, expected):
    assert [(q["text"], q["speaker"]) for q in extract(text)["quotes"]] == expected


def test_a_two_word_sentence_with_its_verb_is_an_utterance_not_a_title(extract):
    quotes = extract('"It\'s March," the coach said with a shrug.')["quotes"]
    assert [(q["text"], q["direct"]) for q in quotes] == [("It's March", True)]


def test_a_single_quoted_word_ending_its_own_sentence_after_a_colon_is_an_utterance(extract):
    text = "Asked whether the pier would reopen this summer, the harbourmaster said: 'No.' He gave no reason.\n"
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"], q["direct"]) for q in quotes] == [("No.", "the harbourmaster", True)]


def test_according_to_a_source_with_an_apposition_reports_only_the_clause(extract):
    quotes = extract("According to Joss Adeyemi, the club's head of finance, the new stand was never paid for.")["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [("the new stand was never paid for", "Joss Adeyemi")]
    quotes = extract("According to the inspectors, the roof, which leaked for years, was never repaired.")["quotes"]
    assert [q["text"] for q in quotes] == ["the roof, which leaked for years, was never repaired"]
