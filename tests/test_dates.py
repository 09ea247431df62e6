"""Rules of the claimx_dates component, on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimx.api import make_doc

WEDNESDAY = "2025-11-26"  # a Wednesday
MIDWEEK_2013 = "2013-03-20"  # ISO week 12


def events(nlp, text, published=None):
    return nlp(make_doc(nlp, text, published))._.events


def by_text(nlp, text, published=None):
    return {item.text: item for item in events(nlp, text, published)}


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # explicit calendar forms
        ("The plant opened in November 2022.", WEDNESDAY, {"November 2022": "2022-11"}),
        ("Talks resumed on 3 March 2024 in Oslo.", WEDNESDAY, {"3 March 2024": "2024-03-03"}),
        ("Talks resumed on March 3, 2024, in Oslo.", WEDNESDAY, {"March 3, 2024": "2024-03-03"}),
        ("The filing is dated 2024-03-03 and signed.", WEDNESDAY, {"2024-03-03": "2024-03-03"}),
        ("The memo, signed 03/04/24, was leaked.", WEDNESDAY, {"03/04/24": "2024-03-04"}),
        ("The order was signed on 03/11/25 in Kyiv.", WEDNESDAY, {"03/11/25": "2025-11-03"}),
        ("The memo, signed 25/03/24, was leaked.", WEDNESDAY, {"25/03/24": "2024-03-25"}),
        ("The stadium was built in 1998 by the city.", WEDNESDAY, {"1998": "1998"}),
        ("The bridge opened in June and closed soon after.", WEDNESDAY, {"June": "2025-06"}),
        ("Leaders of the 1998 protests have moved away.", WEDNESDAY, {"1998": "1998"}),
        ("Tickets go on sale in January.", WEDNESDAY, {"January": "2026-01"}),
        # quarters, fiscal years, decades, centuries, seasons
        ("Sales rose in Q3 2024, the firm said.", WEDNESDAY, {"Q3 2024": "2024-Q3"}),
        ("Profit fell in the third quarter.", "2024-11-05", {"the third quarter": "2024-Q3"}),
        ("Revenue for fiscal 2023 rose sharply.", WEDNESDAY, {"fiscal 2023": "FY2023"}),
        ("Sales fell last fiscal year.", WEDNESDAY, {"last fiscal year": "FY2024"}),
        ("Prices soared in the 1990s.", WEDNESDAY, {"1990s": "199X"}),
        ("Rents climbed through the late 1970s.", WEDNESDAY, {"late 1970s": "197X"}),
        ("Farms struggled in the nineties.", WEDNESDAY, {"nineties": "199X"}),
        # a month with 'this/next/last year' is one date
        ("The law passed in May this year.", WEDNESDAY, {"May this year": "2025-05"}),
        ("Elections follow in March next year.", WEDNESDAY, {"March next year": "2026-03"}),
        ("The mill shut on 12 June last year.", WEDNESDAY, {"12 June last year": "2024-06-12"}),
        ("Cities grew fast in the 19th century.", WEDNESDAY, {"the 19th century": "18"}),
        ("The harvest begins in summer 2024.", WEDNESDAY, {"summer 2024": "2024-SU"}),
        ("Crews repaired the roof last summer.", "2025-03-01", {"last summer": "2024-SU"}),
        # parts and modifiers
        ("Prices peaked in early December.", "2025-01-10", {"early December": "2024-12"}),
        ("The firm was sold late last year.", "2025-03-01", {"late last year": "2024"}),
        ("Output recovered by mid-2023.", WEDNESDAY, {"mid-2023": "2023"}),
        ("The deal should close by the end of the year.", WEDNESDAY, {"the end of the year": "2025"}),
        ("Debt will be cut by year-end, the bank said.", WEDNESDAY, {"year-end": "2025"}),
        ("Margins improved in the first half, the firm said.", WEDNESDAY, {"the first half": "2025-H1"}),
        ("Sales in the prior year were flat.", WEDNESDAY, {"the prior year": "2024"}),
        ("Rates rose in 1981-82 and fell after.", WEDNESDAY, {"1981": "1981", "82": "1982"}),
        ("The study covers the period 2015-2020.", WEDNESDAY, {"2015": "2015", "2020": "2020"}),
        ("Fighting intensified at the weekend.", WEDNESDAY, {"the weekend": "2025-W47-WE"}),
        ("The show aired every Sunday evening.", WEDNESDAY, {"every Sunday evening": "XXXX-WXX-7"}),
        ("Sales fell in the fourth quarter of last year.", WEDNESDAY, {"the fourth quarter of last year": "2024-Q4"}),
        ("The Oct. 23 attack killed three.", WEDNESDAY, {"Oct. 23": "2025-10-23"}),
        ("Stocks fell late yesterday in New York.", WEDNESDAY, {"late yesterday": "2025-11-25"}),
        ("The trial opens the week of March 3, 2025.", WEDNESDAY, {"the week of March 3, 2025": "2025-W10"}),
        # relative to the publication date
        ("Sales fell last week.", MIDWEEK_2013, {"last week": "2013-W11"}),
        ("The board meets this week.", MIDWEEK_2013, {"this week": "2013-W12"}),
        ("The mine closed two years ago.", MIDWEEK_2013, {"two years ago": "2011"}),
        ("Exports dropped last year.", MIDWEEK_2013, {"last year": "2012"}),
        ("Unemployment rose this year.", MIDWEEK_2013, {"this year": "2013"}),
        ("The minister resigned yesterday.", WEDNESDAY, {"yesterday": "2025-11-25"}),
        ("The lab will reopen next Monday.", WEDNESDAY, {"next Monday": "2025-12-01"}),
        ("The committee met last Friday.", WEDNESDAY, {"last Friday": "2025-11-21"}),
        ("Inflation is high now, economists say.", WEDNESDAY, {"now": "PRESENT_REF"}),
        ("Currently, the league has 40 members.", WEDNESDAY, {"Currently": "PRESENT_REF"}),
        ("The singer recently moved to Lisbon.", WEDNESDAY, {"recently": "PAST_REF"}),
        ("Robots may do this work in the future.", WEDNESDAY, {"the future": "FUTURE_REF"}),
        ("Engineers must plan for future floods.", WEDNESDAY, {"future": "FUTURE_REF"}),
        ("The harbour's future is in doubt.", WEDNESDAY, {"future": "FUTURE_REF"}),
        # durations and sets
        ("He served as mayor for three years.", WEDNESDAY, {"three years": "P3Y"}),
        ("Output has fallen over the past three months.", WEDNESDAY, {"the past three months": "P3M"}),
        ("The dispute lasted a decade.", WEDNESDAY, {"a decade": "P10Y"}),
        # without a length, a duration is kept where it says how long something lasted
        ("The scars will stay for many years.", WEDNESDAY, {"many years": "PXY"}),
        ("The feud went on for decades.", WEDNESDAY, {"decades": "PXY"}),
        ("It ended a decades-long feud.", WEDNESDAY, {"decades-long": "PXY"}),
        ("The strike went on for 5 1/2 hours.", WEDNESDAY, {"5 1/2 hours": "PT5H30M"}),
        ("She won the race in 2 hours 21 minutes.", WEDNESDAY, {"2 hours 21 minutes": "PT2H21M"}),
        ("The magazine appears weekly.", WEDNESDAY, {"weekly": "P1W"}),
        ("Elections are held every year in the town.", WEDNESDAY, {"every year": "P1Y"}),
        # times
        ("The vote closed at 10 a.m. EST on Tuesday.", WEDNESDAY, {"10 a.m. EST on Tuesday": "2025-11-25T10:00"}),
        ("Polls close at 8 p.m. today.", WEDNESDAY, {"8 p.m. today": "2025-11-26T20:00"}),
        ("Officers were called at 11.40pm on Monday.", WEDNESDAY, {"11.40pm on Monday": "2025-11-24T23:40"}),
        # scraped copy loses or adds a space
        ("Officers were called at 9: 05 p.m. on Monday.", WEDNESDAY, {"9: 05 p.m. on Monday": "2025-11-24T21:05"}),
        ("The inquiry reported on Oct.3 last year.", WEDNESDAY, {"Oct.3 last year": "2024-10-03"}),
        ("The blast happened at 1430 GMT on Tuesday.", WEDNESDAY, {"1430 GMT on Tuesday": "2025-11-25T14:30"}),
        ("The dam burst at about 6:20 a.m. (0420 GMT) Monday.", WEDNESDAY, {"6:20 a.m.": "2025-11-24T06:20", "0420 GMT": "2025-11-24T04:20"}),
        ("3:15 a.m. The candidate posted again.", WEDNESDAY, {"3:15 a.m.": "2025-11-26T03:15"}),
        ("She chaired the board for seven and a half years.", WEDNESDAY, {"seven and a half years": "P7Y6M"}),
        ("Voters go to the polls on Election Day.", "2026-09-10", {"Election Day": "2026-11-03"}),
        # holidays
        ("Shops will close on Christmas Day.", WEDNESDAY, {"Christmas Day": "2025-12-25"}),
    ],
)
def test_values(nlp, text, published, expected):
    found = by_text(nlp, text, published)
    for span, value in expected.items():
        assert span in found, (span, sorted(found))
        assert found[span].value == value, (span, found[span])


@pytest.mark.parametrize(
    "text, expected_type",
    [
        ("He served as mayor for three years.", "DURATION"),
        ("The magazine appears weekly.", "SET"),
        ("Nurses earn $60,000 a year.", "SET"),
        ("He served as mayor for a year.", "DURATION"),
        ("The vote closed at 10 a.m. on Tuesday.", "TIME"),
        ("The plant opened in November 2022.", "DATE"),
    ],
)
def test_types(nlp, text, expected_type):
    assert [item.type for item in events(nlp, text, WEDNESDAY)] == [expected_type]


def test_a_weekday_in_the_plural_recurs(nlp):
    # (it was read as the next such day, with a span that cut the word short)
    found = [(item.text, item.type, item.value) for item in events(nlp, "Clinics will run on Tuesdays and Fridays until June.", WEDNESDAY)]
    assert found[:2] == [("Tuesdays", "SET", "XXXX-WXX-2"), ("Fridays", "SET", "XXXX-WXX-5")]


@pytest.mark.parametrize("text, span, expected_type", [
    # a count of things per period is a rate: its 'a day' recurs
    ("The shuttle makes 14 round trips a day in summer.", "a day", "SET"),
    ("The clinic now sees dozens a week.", "a week", "SET"),
    ("Crews laid 300 metres of cable a day.", "a day", "SET"),
    # a period that places or measures something stays a duration
    ("The strike began a day after the ballot closed.", "a day", "DURATION"),
    ("Walkers spend a week on the trail.", "a week", "DURATION"),
    ("Two ministers resigned a week apart.", "a week", "DURATION"),
])
def test_a_count_per_period_is_a_rate(nlp, text, span, expected_type):
    assert by_text(nlp, text, WEDNESDAY)[span].type == expected_type


@pytest.mark.parametrize("text, expected", [
    # a plural weekday joined by a hyphen still recurs; no single day is cut out of the word
    ("The ferry keeps a Sundays-only timetable in winter.", [("Sundays", "SET", "XXXX-WXX-7")]),
    ("The desk is staffed Mondays-to-Thursdays.", [("Mondays", "SET", "XXXX-WXX-1"), ("Thursdays", "SET", "XXXX-WXX-4")]),
])
def test_a_hyphenated_plural_weekday_recurs(nlp, text, expected):
    found = [(item.text, item.type, item.value) for item in events(nlp, text, WEDNESDAY)]
    assert [item for item in found if item[1] == "SET"] == expected
    assert not [item for item in found if item[1] == "DATE" and item[0].endswith("day")]


@pytest.mark.parametrize(
    "text, published, span, value",
    [
        # the publication day itself when it is that weekday
        ("The mayor spoke on Wednesday in the town hall.", WEDNESDAY, "Wednesday", "2025-11-26"),
        # past tense looks back, future tense looks ahead
        ("The council met on Monday.", WEDNESDAY, "Monday", "2025-11-24"),
        ("The council will meet on Monday.", WEDNESDAY, "Monday", "2025-12-01"),
        ("The council met on Friday.", WEDNESDAY, "Friday", "2025-11-21"),
        ("The council will meet on Friday.", WEDNESDAY, "Friday", "2025-11-28"),
        # plans and limits look ahead even when reported in a past or perfect tense
        ("The agency has scheduled a hearing Thursday.", WEDNESDAY, "Thursday", "2025-11-27"),
        ("Officials postponed the vote until Tuesday.", WEDNESDAY, "Tuesday", "2025-12-02"),
        ("Until Thursday, police had not named a suspect.", "2025-11-28", "Thursday", "2025-11-27"),
        ("A vigil planned for Saturday was called off.", WEDNESDAY, "Saturday", "2025-11-22"),
        # a past-tense weekday is in the past, even six days back
        ("The envoy flew Thursday to Geneva.", WEDNESDAY, "Thursday", "2025-11-20"),
        ("The envoy flew Tuesday to Geneva.", WEDNESDAY, "Tuesday", "2025-11-25"),
        # present tense: the nearest one
        ("The museum opens Friday.", WEDNESDAY, "Friday", "2025-11-28"),
        ("The museum opens Saturday.", WEDNESDAY, "Saturday", "2025-11-29"),
        # no tense at all (an event noun): the past is likelier
        ("Police studied the Saturday attack.", WEDNESDAY, "Saturday", "2025-11-22"),
        # a month without a year: the tense decides the year
        ("The treaty was signed in December.", "2025-03-15", "December", "2024-12"),
        ("The treaty will be signed in December.", "2025-03-15", "December", "2025-12"),
        ("She said the team would return in July.", "2025-09-23", "July", "2026-07"),
        ("Talks ended on Nov. 25.", "2026-01-07", "Nov. 25", "2025-11-25"),
        # anaphora: the last absolute date of the narrative
        ("The storm hit on March 3, 2024. The next day, crews restored power.", WEDNESDAY, "The next day", "2024-03-04"),
        ("Floods struck in 2019. Later that year, the dam was rebuilt.", WEDNESDAY, "Later that year", "2019"),
        ("The strike began on May 2, 2021. Three days later, talks resumed.", WEDNESDAY, "Three days later", "2021-05-05"),
        ("She joined the bank in 1985 and left two years later.", WEDNESDAY, "two years later", "1987"),
    ],
)
def test_anchoring(nlp, text, published, span, value):
    found = by_text(nlp, text, published)
    assert span in found, sorted(found)
    assert found[span].value == value


@pytest.mark.parametrize(
    "text",
    [
        "We may see changes, and prices will rise.",
        "She finished second in the race.",
        "The sun rose over the hills.",
        "A 6-year-old boy was found safe.",
        "The suspect is 45 years old.",
        "Shares rose 15 percent to 2,050 points.",
        "The company paid $2019 in fees.",
        "It has 1850 employees in three plants.",
        "The quarterly report disappointed investors.",
        "Thousands march through the capital.",
        "May I ask a question?",
        "Thousands joined the annual March for Peace downtown.",
        "The score was 12 to 15 at the break.",
        "Both goals came in the second half of the match.",
        "Less than a quarter of the money came from small donors.",
        "A reporter for USA Today spotted her at the venue.",
        "He made some last-minute changes to the speech.",
        "The party daily Pravda printed the speech in full.",
        "Fans queued for a screening of High Noon.",
        "Now the league faces a hard choice.",
        "They dream of a future without debt.",
        "The bakery became a $400-million-a-year chain.",
        "",
        "\x00\x01 \"unbalanced",
    ],
)
def test_not_dates(nlp, text):
    assert events(nlp, text, WEDNESDAY) == []


@pytest.mark.parametrize(
    "text, spans, first, last",
    [
        ("Fighting raged from February 24, 2022 to August 31, 2024.", ["February 24, 2022", "August 31, 2024"], "2022-02-24", "2024-08-31"),
        ("The show runs between May 3 and June 5, 2025.", ["May 3", "June 5, 2025"], "2025-05-03", "2025-06-05"),
        ("The company grew in 2010–2015.", ["2010", "2015"], "2010-01-01", "2015-12-31"),
        ("The fair runs March 3–5, 2024.", ["March 3", "5, 2024"], "2024-03-03", "2024-03-05"),
        ("Prices have risen since 2020.", ["2020"], "2020-01-01", None),
        ("Talks continued from Monday until Thursday.", ["Monday", "Thursday"], "2025-11-24", "2025-11-27"),
        ("Police logged 900 thefts between January 1 and November 18.", ["January 1", "November 18"], "2025-01-01", "2025-11-18"),
        ("She worked there from 1990 to the present.", ["1990", "the present"], "1990-01-01", WEDNESDAY),
        ("The road stays closed until March 2026.", ["March 2026"], None, "2026-03-31"),
        ("Between February and April, the council hired 30 nurses.", ["February", "April"], "2025-02-01", "2025-04-30"),
        ("The ferry ran from October to January.", ["October", "January"], "2024-10-01", "2025-01-31"),
    ],
)
def test_ranges(nlp, text, spans, first, last):
    found = events(nlp, text, WEDNESDAY)
    assert [item.text for item in found] == spans
    for item in found:
        assert (item.range.start, item.range.end) == (first, last)


@pytest.mark.parametrize(
    "text, span, first, last",
    [
        ("The plant opened in November 2022.", "November 2022", "2022-11-01", "2022-11-30"),
        ("The mayor spoke on Wednesday.", "Wednesday", WEDNESDAY, WEDNESDAY),
        ("Sales rose in Q3 2024.", "Q3 2024", "2024-07-01", "2024-09-30"),
        ("The board meets this week.", "this week", "2025-11-24", "2025-11-30"),
    ],
)
def test_day_ranges(nlp, text, span, first, last):
    found = by_text(nlp, text, WEDNESDAY)
    assert (found[span].range.start, found[span].range.end) == (first, last)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Ferry crews spent a quarter of an hour searching the harbour.", "a quarter of an hour", "PT15M"),
        ("The hearing paused for half an hour.", "half an hour", "PT30M"),
        ("Voters queued for three quarters of an hour.", "three quarters of an hour", "PT45M"),
        ("The mill stood empty for a quarter of a century.", "a quarter of a century", "P25Y"),
    ],
)
def test_fractions_of_a_unit_are_that_share_of_it(nlp, text, span, value):
    assert by_text(nlp, text, WEDNESDAY)[span].value == value


def test_duration_has_no_range(nlp):
    assert by_text(nlp, "He served as mayor for three years.", WEDNESDAY)["three years"].range is None


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The council met on Monday.", "Monday", "XXXX-WXX-1"),
        ("Exports dropped last year.", "last year", "XXXX"),
        ("The mine closed two years ago.", "two years ago", "PAST_REF"),
        ("Prices peaked in December.", "December", "XXXX-12"),
        ("Shops close on Christmas Day.", "Christmas Day", "XXXX-12-25"),
        ("The plant opened in November 2022.", "November 2022", "2022-11"),
    ],
)
def test_without_publication_date_nothing_is_guessed(nlp, text, span, value):
    assert by_text(nlp, text, None)[span].value == value


@pytest.mark.parametrize(
    "header",
    ["Published: 2025-11-26\n\n", "date 2025-11-26\n\nFloods close schools across the valley\n\n"],
)
def test_first_sentence_keeps_its_tense_after_a_header_or_headline(nlp, header):
    # the parser would hang "March" on the header's verb and lose the past tense
    found = events(nlp, header + "In March, police recorded 45 burglaries.")
    assert [(item.text, item.value) for item in found] == [("March", "2025-03")]


def test_header_date_is_not_an_event(nlp):
    text = "date 2025-11-26 Photo: https://example.org/a.jpg\n\nThe mayor spoke on Wednesday about the budget."
    found = events(nlp, text)
    assert [(item.text, item.value) for item in found] == [("Wednesday", "2025-11-26")]


@pytest.mark.parametrize(
    "text, span, event",
    [
        (
            "In November 2022, the city council approved the new budget, and residents protested.",
            "November 2022",
            "the city council approved the new budget",
        ),
        ("The museum reopened its doors in March 2023 after repairs.", "March 2023", "The museum reopened its doors"),
        # participles and relative clauses take the noun they modify as subject
        ("The vote, held on 3 May, was won by the opposition.", "3 May", "The vote, held"),
        ("The firm, which was founded in 1998, cut jobs.", "1998", "The firm, which was founded"),
        # a second verb shares the first one's subject
        ("The pact was signed in 1997 and ratified a year later.", "a year later", "The pact was signed in 1997 and ratified"),
        # a plain noun the date follows is no event: its clause is
        ("Residents carried water on a daily basis in 2023.", "2023", "Residents carried water"),
        # an event noun the date modifies stays
        ("Police linked him to the Oct. 23 bombing.", "Oct. 23", "bombing"),
        # no object: the first short complement stays
        ("Currently, the club consists of 40 teams.", "Currently", "the club consists of 40 teams"),
        # a wire dateline on the line above is not the subject
        ("\n\nOSLO (AP) _\n\nHeavy snow closed the airport Friday.", "Friday", "Heavy snow closed the airport"),
        # both ends of a range date the same clause, and neither is part of it
        (
            "The agency recorded 120 floods affecting farms from May 1, 2021 to June 30, 2023.",
            "June 30, 2023",
            "The agency recorded 120 floods affecting farms",
        ),
    ],
)
def test_event_clause(nlp, text, span, event):
    item = by_text(nlp, text, WEDNESDAY)[span]
    assert item.event is not None and item.event.text == event


@pytest.mark.parametrize(
    "text",
    [
        "In November 2022, the city council approved the new budget. On Friday it met again.",
        "Prices rose 4% between January and March 2024, up from 2% a year ago, the bank said on Tuesday.",
        "The fair runs March 3–5, 2024, and every year since 1990s it has drawn crowds.",
    ],
)
def test_offsets_slice_back(nlp, text):
    found = events(nlp, text, WEDNESDAY)
    assert found
    for item in found:
        assert text[item.start:item.end] == item.text
        if item.event is not None:
            assert text[item.event.start:item.event.end] == item.event.text


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "2024-02-29"])
def test_calendar_edges_do_not_lose_the_document(nlp, published):
    text = "The council met last year on Monday, and will meet again next week, from May 1 to June 2."
    found = events(nlp, text, published)
    assert [item.text for item in found][:2] == ["last year", "Monday"]
    for item in found:
        assert text[item.start:item.end] == item.text


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Rents have soared in recent months.", "recent months", "PXM"),
        ("A deal is a matter of days away.", "days", "PXD"),
        ("After weeks of talks, the strike ended.", "weeks", "PXW"),
    ],
)
def test_vague_durations_only_on_request(nlp, text, span, value):
    assert span not in by_text(nlp, text, WEDNESDAY)
    import spacy

    import claimx.dates  # noqa: F401  (registers the factory)

    blank = spacy.blank("en")
    blank.add_pipe("claimx_dates", config={"vague_durations": True, "attach_events": False})
    assert by_text(blank, text, WEDNESDAY)[span].value == value


def test_an_event_clause_never_reaches_into_the_header(extract):
    text = "Date: 2025-03-14\nThe council voted on Tuesday to close the bridge.\n"
    record = extract(text)
    assert record["published"] == "2025-03-14"
    for event in record["events"]:
        assert event["start"] >= len("Date: 2025-03-14\n")
        assert event["event"] is None or event["event"]["start"] >= len("Date: 2025-03-14\n")


# Hard cases found by an adversarial review (own wording).
def _record(extract, text):
    return extract(text, "2025-06-15")


# --------------------------------------------------------------- dates: month ranges


def test_range_to_the_same_month_a_year_on(extract):
    events = _record(extract, "Prices were frozen from January 2024 to January.")["events"]
    end = [e for e in events if e["text"] == "January"]
    assert end and end[0]["value"] == "2025-01"


def test_range_start_takes_the_relative_year_of_its_end(extract):
    events = _record(extract, "Exports fell from June to August last year.")["events"]
    assert events and all(e["range"]["start"] <= e["range"]["end"] for e in events if e["range"] and e["range"]["end"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales rose from March to June.", {"March": "2025-03", "June": "2025-06"}),
        ("The scheme ran from December to March 2024.", {"December": "2023-12", "March 2024": "2024-03"}),
        ("The deal, announced on Monday, is expected to close in July.", {"Monday": "2025-06-09", "July": "2025-07"}),
        ("Officials said on Monday the bridge would reopen.", {"Monday": "2025-06-09"}),
        ("Thousands joined the March for Life.", {}),
    ],
)
def test_month_and_weekday_readings_from_review(extract, text, expected):
    assert {e["text"]: e["value"] for e in _record(extract, text)["events"]} == expected


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Revenue in the fourth quarter climbed 6%.", "the fourth quarter", "2024-Q4"),
        ("Car sales in December were the lowest since 2020.", "December", "2024-12"),
        # a noun that is not the subject of a past report keeps no tense
        ("The ballot on Friday will settle the dispute.", "Friday", "2025-06-13"),
    ],
)
def test_a_period_bounding_the_subject_of_a_past_report_is_past(nlp, text, span, value):
    assert by_text(nlp, text, "2025-06-11")[span].value == value


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Storms struck between 9 and 11 October.", ("9", "2024-10-09"), ("11 October", "2024-10-11")),
        ("The derby was played on the 2nd and 3rd of August.", ("2nd", "2024-08-02"), ("3rd of August", "2024-08-03")),
        # each end of one month's days was placed alone; they share one year
        ("Polls opened on August 2 and 3.", ("August 2", "2024-08-02"), ("3", "2024-08-03")),
        ("Polls will open on August 2 and 3.", ("August 2", "2025-08-02"), ("3", "2025-08-03")),
    ],
)
def test_two_days_of_one_month_are_one_range_in_one_year(nlp, text, first, second):
    found = by_text(nlp, text, "2025-06-11")
    assert found[first[0]].value == first[1]
    assert found[second[0]].value == second[1]
    assert found[first[0]].range == found[second[0]].range


@pytest.mark.parametrize(
    "text, months",
    [
        ("Pre-tax profit in the year to March jumped 9%.", ["March"]),
        ("Orders during May fell sharply.", ["May"]),
        # a month name before a verb elsewhere is a person
        ("Shortly after May said she would stand down, rivals gathered.", []),
    ],
)
def test_a_month_after_a_preposition_stays_a_month_before_a_verb(nlp, text, months):
    assert [e.text for e in events(nlp, text, "2025-06-11") if e.type == "DATE"] == months


@pytest.mark.parametrize(
    "text, value",
    [
        ("Exam grades are due later on Tuesday.", "2025-06-17"),
        ("The council's ruling is due on Tuesday.", "2025-06-17"),
        ("The rent was due on Tuesday.", "2025-06-10"),
    ],
)
def test_a_date_something_is_due_on_lies_ahead_unless_told_in_the_past(nlp, text, value):
    assert by_text(nlp, text, "2025-06-11")["Tuesday"].value == value


@pytest.mark.parametrize(
    "text",
    [
        "An aide close to May told reporters the vote would go ahead.",
        "Since May took office the cabinet has shrunk.",
    ],
)
def test_a_month_name_doing_what_only_a_person_does_is_a_person_after_a_preposition(nlp, text):
    assert [e.text for e in events(nlp, text, "2025-06-11") if e.type == "DATE"] == []


@pytest.mark.parametrize("text", ["The Russell 2000 index slid 3%.", "It joined the Fortune 1000 list."])
def test_an_index_or_list_named_with_a_number_is_no_year(nlp, text):
    assert events(nlp, text, "2025-06-11") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("The museum said it will reopen in May.", "2026-05"),  # written in June: next May
        ("The plant will restart in July.", "2025-07"),
        ("In March, the mayor said the pool would reopen in May.", "2025-05"),  # a would-future may lie behind
        ("The deadline passed in May.", "2025-05"),
    ],
)
def test_a_month_told_with_will_lies_ahead_of_the_writer(nlp, text, value):
    assert by_text(nlp, text, "2025-06-11")["May" if "May" in text else "July"].value == value


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("The offices will be closed between 30 December and 2 January.", "2025-12-30", "2026-01-02"),
        ("The offices were closed between 30 December and 2 January.", "2024-12-30", "2025-01-02"),
    ],
)
def test_a_range_across_new_year_follows_the_tense_of_its_clause(nlp, text, first, last):
    found = by_text(nlp, text, "2025-06-11")
    assert (found["30 December"].value, found["2 January"].value) == (first, last)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Ellison has pushed for the package since October.", "October", "2025-10"),  # push is also a verb of planning
        ("Prices have risen every month since July.", "July", "2025-07"),  # a month ahead is no start
        ("The plant has been shut since July 3.", "July 3", "2025-07-03"),
    ],
)
def test_a_date_after_since_lies_behind_the_writer(nlp, text, span, value):
    assert by_text(nlp, text, "2026-06-11")[span].value == value


@pytest.mark.parametrize(
    "text, halves",
    [
        ("Okafor scored twice early in the second half.", []),
        ("We didn't turn up in the first half and you can't do that against a team like that.", []),
        ("Profits rose 8% in the first half, the company said.", ["the first half"]),
    ],
)
def test_a_half_of_a_match_is_no_half_year(nlp, text, halves):
    assert [e.text for e in events(nlp, text, "2025-11-16")] == halves


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("A red warning for wind runs from 03:00 to 11:00 on Saturday.", "2024-12-07T03:00", "2024-12-07T11:00"),
        ("The warning runs from 3am to 11am on Saturday.", "2024-12-07T03:00", "2024-12-07T11:00"),
        ("Trains will not run between 22:00 and 05:30.", "2024-12-08T22:00", "2024-12-09T05:30"),
    ],
)
def test_clock_ranges_share_the_day_and_run_overnight(nlp, text, first, second):
    assert [e.value for e in events(nlp, text, "2024-12-08")] == [first, second]


@pytest.mark.parametrize("text", ["The map uses a scale of 1:50 to 1:100.", "The hosts won 2:1 to lead the group."])
def test_ratios_and_scores_are_no_clock_times(nlp, text):
    assert events(nlp, text, "2024-12-08") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("The late August storms flooded the valley.", "late August"),
        ("The early 1990s were hard for the mill.", "early 1990s"),
    ],
)
def test_a_capitalised_article_before_early_or_late_is_left_out_of_the_span(nlp, text, span):
    assert [e.text for e in events(nlp, text, "2025-11-16")] == [span]


TRIGGER_PHRASES = [
    "The filing is dated 2023-04-18 and was amended on 18/04/2023 and again on 2023/05/02.",
    "Turnout in 2019-20 was low; the '97 election was not.",
    "On Monday, the 3rd, the board met, and on Tuesday 4 they met again.",
    "The guild meets on the first Sunday of each month; dues fall on the 2nd Friday of next month.",
    "Late on the evening of Friday the office shut at 6.30 p.m. and opened at 07:45 next day.",
    "Flights resumed at 1400 GMT on Sunday, and at noon, and at three o'clock.",
    "Prices have climbed since the 1990s and through the Nineties.",
    "Sales rose in the second quarter of 2024, in Q3 and in fiscal 2025, and in FY24.",
    "Last Thursday, next March, this past winter and last Christmas Day were all busy.",
    "The depot reopens in the new year.",
    "By the end of this year, at year-end and over the weekend, rents will rise.",
    "The day before, he had left; three weeks ago she arrived, and two days later she went home.",
    "The match was called off two hours before.",
    "Voting falls on the first Tuesday in November, the fair on the last Saturday of June 2027.",
    "Over the past three years and the past month the fund shrank.",
    "He served 2 years, 6 months in all, in a decade-long case, reported weekly and every other week.",
    "Nurses are checked twice a day, up from once a week.",
    "From May 3 to 7, 2022 and 5-9 June the fair ran, and from January to March, 2021.",
    "The 19th century mill closed on the Tuesday of that week.",
    "She was born in March of last year and left in the afternoon of Wednesday.",
    "The ferry sails at 9 in the morning.",
    "The depot stays open late on Fridays.",
    "Margins held in the year to April and slipped in the quarter ended July 31.",
]


def test_every_date_pattern_trigger_is_found_inside_each_of_its_matches(nlp):
    """A trigger only skips texts in which its pattern cannot match: it must be part of every match."""
    from pathlib import Path

    from claimx.timex.lexicon import patterns

    samples = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
    texts = TRIGGER_PHRASES + [path.read_text(encoding="utf-8") for path in samples]
    matched = set()
    for pattern in patterns():
        if pattern.trigger is None:
            continue
        for text in texts:
            for match in pattern.regex.finditer(text):
                matched.add(pattern.name)
                assert pattern.trigger.search(match.group().lower()), (pattern.name, match.group())
    triggered = {pattern.name for pattern in patterns() if pattern.trigger is not None}
    assert triggered == matched, sorted(triggered - matched)


@pytest.mark.parametrize("text, length, first, last", [
    ("Rents rose 6% in the 12 months to February.", "12 months", "2025-03-01", "2026-02-28"),
    ("Wages grew in the three months to June.", "three months", "2025-04-01", "2025-06-30"),
    ("The chain made a loss in the year ended January 31.", "the year", "2025-02-01", "2026-01-31"),
    ("Output slipped in the quarter to September.", "the quarter", "2025-07-01", "2025-09-30"),
    ("Sales fell in the 52 weeks to March 7.", "52 weeks", "2025-03-09", "2026-03-07"),
    # (the date takes the tense of the clause the period belongs to)
    ("Losses narrowed in the six months ending in December.", "six months", "2025-07-01", "2025-12-31"),
])
def test_a_length_up_to_a_date_runs_to_that_dates_last_day(nlp, text, length, first, last):
    found = by_text(nlp, text, "2026-03-11")
    assert found[length].type == "DURATION"
    assert (found[length].range.start, found[length].range.end) == (first, last)


def test_the_year_to_date_is_no_period(nlp):
    assert by_text(nlp, "Sales are up 4% in the year to date.", "2026-03-11") == {}


@pytest.mark.parametrize("text, day, value", [
    ("The lift broke on 6 December 2025 and was not fixed until 15 December, the council said.", "15 December", "2025-12-15"),
    ("The ferry sank on December 30, 2025 and was raised on January 4.", "January 4", "2026-01-04"),
])
def test_a_day_without_a_year_takes_the_year_of_a_full_date_before_it_in_the_sentence(nlp, text, day, value):
    assert by_text(nlp, text, "2027-02-03")[day].value == value


@pytest.mark.parametrize("text, day, value", [
    # a later sentence of the same past story keeps its year, into the next one for an earlier month
    ("The lift broke on 6 December 2025. It was fixed on 15 December.", "15 December", "2025-12-15"),
    ("A tanker ran aground on 28 November 2024. Its cargo was pumped off by 9 January.", "9 January", "2025-01-09"),
    # a background date does not pull later news into its year
    ("The mill opened on 2 April 1987. Its last shift clocked off on 30 January.", "30 January", "2027-01-30"),
    # what is still to come is placed from the writer's date
    ("The levy was agreed on 14 May 2025. It will rise again on 1 April.", "1 April", "2027-04-01"),
    # a new paragraph is another part of the story
    ("The lift broke on 6 December 2025.\n\nA second lift was fixed on 15 December.", "15 December", "2026-12-15"),
])
def test_a_day_without_a_year_in_a_later_sentence_follows_a_past_storys_year(nlp, text, day, value):
    assert by_text(nlp, text, "2027-02-03")[day].value == value


def test_without_a_publication_date_the_storys_year_places_a_later_day(nlp):
    found = by_text(nlp, "The lift broke on 6 December 2025. It was fixed on 15 December.", None)
    assert found["15 December"].value == "2025-12-15"


@pytest.mark.parametrize("text, day, value", [
    # a date after a plain noun in a phrase of a past verb is that verb's past (it was read as the coming Saturday)
    ("The club reached the last eight for the first time in 20 years on Saturday.", "Saturday", "2027-01-09"),
    # the present of a time clause under a future verb is future (it was read as the Monday gone)
    ("Fans will learn the next opponent when the draw is made on Monday evening.", "Monday evening", "2027-01-18"),
    ("Fans learned the next opponent when the draw was made on Monday.", "Monday", "2027-01-11"),
])
def test_a_weekday_takes_the_tense_that_governs_it(nlp, text, day, value):
    assert by_text(nlp, text, "2027-01-14")[day].value == value


@pytest.mark.parametrize("text, mention, value", [
    # 'the following'/'the previous' count from the month or season last named, even without a day
    ("The quay flooded in July 2021. The following winter it was rebuilt.", "The following winter", "2021-WI"),
    ("Trials began in the autumn of 2019. The following autumn they ended.", "The following autumn", "2020-FA"),
    ("The ferry was sold in May 2022. The previous May it had been refitted.", "The previous May", "2021-05"),
    ("The depot shut in October 2020. It reopened the following month.", "the following month", "2020-11"),
    ("Rents rose last spring. The previous spring they had fallen.", "The previous spring", "2025-SP"),
    ("Voters went to the polls in August 2018. That month the turnout was low.", "That month", "2018-08"),
])
def test_an_anaphoric_month_or_season_counts_from_the_one_last_named(nlp, text, mention, value):
    assert by_text(nlp, text, "2027-02-03")[mention].value == value


@pytest.mark.parametrize("text, published, value", [
    # a winter is named by the year of its December: written in early spring, 'last winter' has just ended
    ("Last winter was the wettest on record.", "2026-03-10", "2025-WI"),
    ("Last winter was the wettest on record.", "2026-12-20", "2025-WI"),
    ("Gritters were busy this winter.", "2027-01-15", "2026-WI"),
    ("The canal froze in winter.", "2026-03-10", "2025-WI"),
    ("The canal will freeze in winter.", "2026-03-10", "2026-WI"),
    ("Next winter the tariff doubles.", "2026-01-15", "2026-WI"),
])
def test_a_winter_is_named_by_the_year_of_its_december(nlp, text, published, value):
    found = by_text(nlp, text, published)
    (mention,) = [key for key in found if "inter" in key]
    assert found[mention].value == value


@pytest.mark.parametrize("text, day, value", [
    # an event the present comes after has happened; one it comes before is to come (published on a Friday)
    ("Brackley sit third after Sunday’s 3-1 win at Oldcastle.", "Sunday", "2027-01-10"),
    ("Ferry fares are higher after the strike on Saturday.", "Saturday", "2027-01-09"),
    ("Markets are calmer following Sunday’s election.", "Sunday", "2027-01-10"),
    ("Both parties are knocking on doors ahead of Sunday’s by-election.", "Sunday", "2027-01-17"),
    ("Town moved up to fifth after Saturday’s draw with Kelby.", "Saturday", "2027-01-09"),
    # a future clause says nothing of when the event before it falls
    ("Brackley will go top after Sunday’s match.", "Sunday", "2027-01-17"),
])
def test_a_weekday_event_before_or_after_the_clause_takes_its_side(nlp, text, day, value):
    assert by_text(nlp, text, "2027-01-15")[day].value == value


def test_since_the_start_of_the_year_is_not_a_year_still_to_come(nlp):
    found = by_text(nlp, "Brokers see a recovery by the end of next year. The shares have fallen 18% since the start of the year.", "2027-01-15")
    assert found["the start of the year"].value == "2027"
    assert found["the end of next year"].value.startswith("2028")


@pytest.mark.parametrize("text", [
    "The hearings, which opened a month ago, resume on Monday.",  # 'resume' read as a noun
    "The talks, which stalled a fortnight ago, resume on Monday.",  # 'resume' read as the bare form
])
def test_a_present_the_tagger_misread_is_still_present(nlp, text):
    # the clause had no tense, and a weekday fell back to the one gone
    assert by_text(nlp, text, "2027-01-15")["Monday"].value == "2027-01-18"


@pytest.mark.parametrize("text, mention, value", [
    # a clock time before a British weekday-day-month date is one time on that day (the clock was lost)
    ("Bids close at 5pm on Friday 29 January.", "5pm on Friday 29 January", "2027-01-29T17:00"),
    ("Gates open at 6.30pm on Saturday, 6 February 2027.", "6.30pm on Saturday, 6 February 2027", "2027-02-06T18:30"),
    ("The polls shut at noon on Monday the 1st of February.", "noon on Monday the 1st of February", "2027-02-01T12:00"),
])
def test_a_clock_time_on_a_weekday_day_month_date_is_one_time(nlp, text, mention, value):
    assert by_text(nlp, text, "2027-01-15")[mention].value == value


@pytest.mark.parametrize("text, mention, value", [
    # a weekday counted in its month is one date (it was read as a weekday near the publication date)
    ("Polling day is the first Thursday in May.", "the first Thursday in May", "2027-05-06"),
    ("The fair returned on the last Saturday of October 2025.", "the last Saturday of October 2025", "2025-10-25"),
    ("Summer time ended on the last Sunday of October.", "the last Sunday of October", "2026-10-25"),
])
def test_a_weekday_counted_in_its_month_is_one_date(nlp, text, mention, value):
    assert by_text(nlp, text, "2027-01-15")[mention].value == value


@pytest.mark.parametrize("text, mention, value", [
    # a past verb places a day in the past unless the day is only days ahead (copy stamped early)
    ("The ban came into force on 1 January.", "1 January", "2026-01-01"),  # was the coming January, 42 days ahead
    ("The ferry sailed for the last time on 3 December.", "3 December", "2026-12-03"),
])
def test_a_past_verb_reaches_only_days_ahead(nlp, text, mention, value):
    assert by_text(nlp, text, "2026-11-20")[mention].value == value


def test_a_quote_without_a_verb_is_not_dated_by_the_saying(nlp):
    # 'said' is past, but the quoted day is the one to come
    found = by_text(nlp, "“All eyes on 9 February, then,” the coach said.", "2026-11-20")
    assert found["9 February"].value == "2027-02-09"


@pytest.mark.parametrize("published, value", [("2026-11-20", "2027"), ("2027-01-08", "2027")])
def test_the_new_year_is_the_year_to_come_or_just_begun(nlp, published, value):
    found = by_text(nlp, "The library will reopen in the new year, the trust said.", published)
    assert found["the new year"].value == value
    assert "New Year's Eve" in by_text(nlp, "Fireworks lit the harbour on New Year's Eve.", published)


@pytest.mark.parametrize("text", [
    "Tickets for the Winter Serenade at the minster sold out within hours.",
    "She trained for the Summer Games in a borrowed pool.",
])
def test_a_capitalised_season_before_a_name_word_is_part_of_the_name(nlp, text):
    assert events(nlp, text, "2026-11-20") == []


@pytest.mark.parametrize("text, mention, value", [
    # the weekday written with a day and month rules out the years it does not fit
    ("Voting closed on Monday, February 1.", "Monday, February 1", "2027-02-01"),  # 2026-02-01 was a Sunday
    ("Voting closed on Sunday, February 1.", "Sunday, February 1", "2026-02-01"),
    ("The count ended at 9pm on Monday the 1st of February.", "9pm on Monday the 1st of February", "2027-02-01T21:00"),
])
def test_a_written_weekday_picks_the_year_of_a_day(nlp, text, mention, value):
    assert by_text(nlp, text, "2027-01-15")[mention].value == value


@pytest.mark.parametrize("text, mention, value", [
    ("The repair café opens on the second Monday of each month.", "the second Monday of each month", "P1M"),
    ("Trustees meet on the last Thursday of every quarter.", "the last Thursday of every quarter", "P3M"),
])
def test_a_weekday_counted_in_every_month_recurs(nlp, text, mention, value):
    found = by_text(nlp, text, "2026-11-20")
    assert found[mention].type == "SET" and found[mention].value == value
    assert not any(item.type == "DATE" for item in found.values())  # no one Monday is dated


@pytest.mark.parametrize("text, mention, value", [
    ("Bids close on the third Wednesday of next month.", "the third Wednesday of next month", "2026-12-16"),
    ("The audit began on the first Friday of last month.", "the first Friday of last month", "2026-10-02"),
])
def test_a_weekday_counted_in_a_relative_month_is_dated(nlp, text, mention, value):
    assert by_text(nlp, text, "2026-11-20")[mention].value == value


@pytest.mark.parametrize("text, mention, value", [
    ("The smelter shut in the latter half of 2024.", "the latter half of 2024", "2024-H2"),
    ("Orders slumped in the final quarter of 2025.", "the final quarter of 2025", "2025-Q4"),
    ("Margins narrowed in the last quarter of 2025.", "the last quarter of 2025", "2025-Q4"),
    ("Lenders expect a pickup in the back half of the year.", "the back half of the year", "2026-H2"),
])
def test_a_quarter_or_half_counted_from_the_years_end(nlp, text, mention, value):
    assert by_text(nlp, text, "2026-11-20")[mention].value == value


def test_the_final_quarter_of_a_game_is_no_date(nlp):
    found = by_text(nlp, "Okafor scored twice in the final quarter of the game, and profits fell last quarter.", "2026-11-20")
    assert "the final quarter" not in found and found["last quarter"].value == "2026-Q3"


@pytest.mark.parametrize("text, mention, value, first, last", [
    ("Councillors vote in the week beginning 7 December.", "the week beginning 7 December", "2026-W50", "2026-12-07", "2026-12-13"),
    ("The pop-up market opens the week starting Monday, December 14.", "the week starting Monday, December 14",
     "2026-W51", "2026-12-14", "2026-12-20"),
    ("Collections move in the week commencing Sunday 6 December.", "the week commencing Sunday 6 December",
     "2026-W50", "2026-12-07", "2026-12-13"),
])
def test_the_week_beginning_a_day_is_that_week(nlp, text, mention, value, first, last):
    found = by_text(nlp, text, "2026-11-20")[mention]
    assert found.value == value and (found.range.start, found.range.end) == (first, last)


@pytest.mark.parametrize("text, value", [
    # published on Monday 2 November 2026: Saturday is two days back or five ahead
    ("The Harriers face Dunmore at home on Saturday.", "2026-11-07"),
    ("Ohio holds its primary on Saturday, officials said.", "2026-11-07"),
])
def test_a_present_verb_with_a_weekday_is_mostly_a_plan(nlp, text, value):
    assert by_text(nlp, text, "2026-11-02")["Saturday"].value == value


def test_a_plan_under_a_past_clause_may_still_be_ahead(nlp):
    # published on Sunday 16 August 2026: 'expected … by Monday morning' is the day after
    text = "The chief said 300 crews were on the fire lines, with another 90 crews expected from two counties by Monday morning."
    assert by_text(nlp, text, "2026-08-16")["Monday morning"].value == "2026-08-17"
    assert by_text(nlp, "A vigil planned for Thursday was cancelled.", "2026-08-16")["Thursday"].value == "2026-08-13"


def test_a_planned_thing_keeps_its_own_day(nlp):
    # published on Friday 7 January 2000: the march planned is tomorrow's
    found = by_text(nlp, "Tenants planned a large march past the town hall on Saturday.", "2000-01-07")
    assert found["Saturday"].value == "2000-01-08"
    assert by_text(nlp, "Tenants met on Saturday to plan a march.", "2000-01-07")["Saturday"].value == "2000-01-01"


@pytest.mark.parametrize("text, mention, value", [
    # published on Wednesday 30 September 2026
    ("Tamsin Foods forecast a pre-tax profit of £88m for the year to March.", "March", "2027-03"),
    ("Meteorologists predicted gales on Friday.", "Friday", "2026-10-02"),
    ("In March, economists forecast a mild recession.", "March", "2026-03"),
])
def test_a_date_after_a_verb_of_foretelling_is_ahead(nlp, text, mention, value):
    assert by_text(nlp, text, "2026-09-30")[mention].value == value
