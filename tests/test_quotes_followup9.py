"""'they' after a group that spoke, and interviews given to a paper (own wording)."""

from __future__ import annotations

import pytest


def speakers_of(extract, text):
    return [(q["text"], q["speaker"]) for q in extract(text)["quotes"]]


@pytest.mark.parametrize("text, group", [
    # a bare plural that was the subject of a reporting verb is people, listed or not
    ("Hauliers say the damage has not been undone. They warned that freight prices had risen.", "Hauliers"),
    ("Beekeepers claim the spraying began too early. They added that hives had been lost.", "Beekeepers"),
    # a thing in what the group said is not who 'they' are
    ("Residents said the water was brown. They warned that children had fallen ill.", "Residents"),
])
def test_they_is_the_group_that_spoke_before(extract, text, group):
    quotes = speakers_of(extract, text)
    assert len(quotes) == 2 and {speaker for _, speaker in quotes} == {group}


def test_people_inside_a_report_are_still_who_they_are(extract):
    text = "The senator said voters were angry about prices. They want action, she added."
    quotes = dict(speakers_of(extract, text))
    assert quotes["voters were angry about prices"] == "The senator"


def test_a_thing_that_was_the_subject_leaves_they_alone(extract):
    text = "Barges blocked the canal at dawn. They said the protest would last a week."
    assert [speaker for _, speaker in speakers_of(extract, text)] == ["They"]


def test_interview_given_to_a_paper_is_the_answerers(extract):
    text = (
        "The port's harbourmaster, Ines Calloway, spoke to the Ardmore Courier about the new berth.\n\n"
        "Q: When will the first ship dock?\n\n"
        "A: In the spring, if the dredging goes to plan.\n\n"
        "Q: And the cost?\n\n"
        "A: We are still within the budget the council set."
    )
    quotes = speakers_of(extract, text)
    assert [speaker for _, speaker in quotes] == ["Ines Calloway", "Ines Calloway"]
    assert quotes[0][0].startswith("In the spring")


def test_interview_given_to_reporters_is_the_answerers(extract):
    text = (
        "Coach Dario Venn talked to reporters after the match.\n\n"
        "Q: Was the red card fair?\n\n"
        "A: I have not seen it again yet, so I will not judge."
    )
    assert [speaker for _, speaker in speakers_of(extract, text)] == ["Dario Venn"]
