"""Rules of the quote extractor, one sentence (or short article) per hard case.

Every expected item is a subset of a quote record: only the keys given are
checked. `role_has` checks that the speaker_role contains a phrase.
"""

from __future__ import annotations

import pytest

KACHKA_LIKE = (
    "date 2025-11-26 Photo: agency\n\n"
    "Minister of Agriculture and Rural Development of Chile Ramon Alvarez believes that the harvest will recover "
    "within two seasons.\n\n"
    '"We lost a third of the crop this year, and the losses are felt in every valley," Alvarez said at the '
    'Regional Forum "Water for Tomorrow: Sharing Rivers Fairly" on Tuesday in Lima.\n\n'
    "He welcomed the new irrigation fund.\n\n"
    '"Drought does not respect borders. It is a regional problem that needs a regional answer," '
    "the Minister added.\n\n"
    "Alvarez also stressed that farmers would receive support before the winter.\n"
)


def check(found: list[dict], expected: list[dict]) -> None:
    assert len(found) == len(expected), [q["text"] for q in found]
    for quote, want in zip(found, expected):
        for key, value in want.items():
            if key == "mention":
                assert (quote["speaker_mention"] or {}).get("text") == value, quote
            elif key == "role_has":
                assert value in (quote["speaker_role"] or ""), quote
            else:
                assert quote[key] == value, (key, quote)


CASES = [
    # --- quote marks of every kind ---
    pytest.param(
        '"We will finish the bridge by spring," said Maria Lopez, the city engineer.',
        [{"text": "We will finish the bridge by spring", "direct": True, "speaker": "Maria Lopez", "cue": "said", "role_has": "city engineer"}],
        id="straight-said-name-appositive",
    ),
    pytest.param(
        "\u201cPrices will fall before the summer,\u201d the economist said.",
        [{"text": "Prices will fall before the summer", "speaker": "the economist", "mention": "the economist"}],
        id="curly",
    ),
    pytest.param(
        "\u00abWe are ready to sign the treaty,\u00bb the envoy said.",
        [{"text": "We are ready to sign the treaty", "speaker": "the envoy"}],
        id="guillemets",
    ),
    pytest.param(
        "\u201eWe are ready to sign the treaty,\u201c the envoy said.",
        [{"text": "We are ready to sign the treaty", "speaker": "the envoy"}],
        id="low-high",
    ),
    pytest.param(
        "``We are ready to sign the treaty,'' the envoy said.",
        [{"text": "We are ready to sign the treaty", "speaker": "the envoy"}],
        id="ptb-backticks",
    ),
    pytest.param(
        "''We are ready to sign the treaty,'' Mr. Grant said.",
        [{"text": "We are ready to sign the treaty", "speaker": "Grant", "mention": "Mr. Grant", "cue": "said", "speaker_role": None}],
        id="two-apostrophes",
    ),
    pytest.param(
        "\"He looked at me and said 'never again' before he left the room,\" said Ana Ruiz.",
        [{"text": "He looked at me and said 'never again' before he left the room", "speaker": "Ana Ruiz"}],
        id="nested-single",
    ),
    pytest.param(
        "\u201cThe family\u2019s shop survived the \u201990s and it shouldn\u2019t close now,\u201d the owner\u2019s son said.",
        [{"text": "The family\u2019s shop survived the \u201990s and it shouldn\u2019t close now", "direct": True}],
        id="apostrophes-inside",
    ),
    pytest.param(
        "The minister called the walkout \"reckless\" on Monday.\n\n"
        "\u2018Commuters deserve better than this,\u2019 she told the radio station. \u2018We will not give in.\u2019",
        [
            {"text": "Commuters deserve better than this", "direct": True, "mention": "she"},
            {"text": "We will not give in.", "direct": True, "mention": "she"},
        ],
        id="british-single-marks-beside-a-double-quoted-word",
    ),
    # --- multi-paragraph, split and continued quotes ---
    pytest.param(
        '"The first part of the statement explains why the plant closed.\n\n'
        '"The second part says what happens to the workers next," said Ana Ruiz.',
        [{"text": "The first part of the statement explains why the plant closed.\n\n\"The second part says what happens to the workers next", "speaker": "Ana Ruiz"}],
        id="multi-paragraph",
    ),
    pytest.param(
        'Ana Ruiz runs the shelter. "We tried everything," she said, "but the river rose too fast."',
        [
            {"text": "We tried everything", "speaker": "Ana Ruiz", "mention": "she"},
            {"text": "but the river rose too fast.", "speaker": "Ana Ruiz"},
        ],
        id="split-quote",
    ),
    pytest.param(
        '"We tried everything," Ruiz said. "Nothing could stop the water that night."',
        [{"speaker": "Ruiz"}, {"text": "Nothing could stop the water that night.", "speaker": "Ruiz"}],
        id="continued-quote",
    ),
    pytest.param(
        '"The river rose in an hour and the road was gone before anyone could leave." '
        "Omar Haddad said this on Monday.",
        [{"speaker": "Omar Haddad", "cue": "said"}],
        id="next-sentence",
    ),
    pytest.param(
        "Mayor Jane Doyle spoke after the vote.\n\nAnd from the mayor:\n\n"
        '"We will rebuild every single home that was lost in the flood."',
        [{"speaker": "Jane Doyle", "mention": "the mayor"}],
        id="colon-from",
    ),
    pytest.param(
        'Lena Park, a doctor, said: "The ward has been full since Sunday."',
        [{"text": "The ward has been full since Sunday.", "speaker": "Lena Park", "role_has": "doctor", "cue": "said"}],
        id="colon-said-appositive",
    ),
    pytest.param(
        '"Make the rent cheaper and people will stay in the city." \u2014Omar Haddad, a tenant organiser',
        [{"speaker": "Omar Haddad", "role_has": "tenant organiser"}],
        id="dash-attribution",
    ),
    pytest.param(
        'According to Ana Ruiz, "the shelter is full and we need more beds."',
        [{"speaker": "Ana Ruiz", "cue": "according to", "direct": True}],
        id="according-to-direct",
    ),
    pytest.param(
        '"The talks will resume next week," Grant\'s spokesperson said.',
        [{"mention": "Grant's spokesperson", "cue": "said", "role_has": "spokesperson"}],
        id="possessive-spokesperson",
    ),
    pytest.param(
        '"The bridge will stay closed until the repairs are done," Ruiz told reporters.',
        [{"speaker": "Ruiz", "cue": "told"}],
        id="told-reporters",
    ),
    pytest.param(
        'As Lena Park put it in an interview, "nobody builds a hospital in a flood plain twice."',
        [{"speaker": "Lena Park", "cue": "put"}],
        id="as-x-put-it",
    ),
    pytest.param(
        '"The river is rising faster than last year," said Omar Haddad.\n\nOfficials noted that the barriers held.',
        [{"speaker": "Omar Haddad", "cue": "said"}, {"text": "the barriers held", "direct": False}],
        id="cue-not-taken-by-next-paragraph",
    ),
    pytest.param(
        "Governor Mike Reed later added:\n\n"
        "Nobody in this state has paid more in taxes than the farmers who feed it.\n\nThe vote is on Friday.",
        [{"text": "Nobody in this state has paid more in taxes than the farmers who feed it.", "speaker": "Mike Reed", "cue": "added"}],
        id="block-quote-after-colon",
    ),
    pytest.param(
        "Mayor Ines Moreau met the host on Sunday.\n\n"
        "HOST: What will you do about the bridge this winter?\n\n"
        "MOREAU: We will open a temporary crossing before the first snow falls.",
        [{"speaker": "HOST", "cue": None}, {"speaker": "Ines Moreau", "mention": "MOREAU"}],
        id="transcript-labels",
    ),
    pytest.param("WASHINGTON: The Senate voted on the budget on Tuesday evening after a long debate.", [], id="one-label-is-a-dateline"),
    # --- reported speech ---
    pytest.param(
        "Ana Ruiz leads the council. She said the plan would fail.",
        [{"text": "the plan would fail", "direct": False, "speaker": "Ana Ruiz", "mention": "She", "cue": "said"}],
        id="bare-clause-pronoun",
    ),
    pytest.param(
        "Ruiz told reporters that the shelter would close on Friday.",
        [{"text": "the shelter would close on Friday", "direct": False, "speaker": "Ruiz", "cue": "told"}],
        id="told-that",
    ),
    pytest.param(
        "The ministry said in a statement that exports fell in May.",
        [{"text": "exports fell in May", "direct": False, "speaker": "The ministry", "cue": "said"}],
        id="said-in-a-statement",
    ),
    pytest.param(
        "It was announced by the council that the market would reopen.",
        [{"text": "the market would reopen", "direct": False, "mention": "the council", "cue": "announced"}],
        id="passive-by",
    ),
    pytest.param(
        "Rents rose sharply in every district last year, according to the housing agency.",
        [{"text": "Rents rose sharply in every district last year", "direct": False, "mention": "the housing agency", "cue": "according to"}],
        id="according-to-reported",
    ),
    pytest.param(
        "The water level will fall by Friday, the engineer said.",
        [{"text": "The water level will fall by Friday", "direct": False, "speaker": "the engineer"}],
        id="reported-before-speaker",
    ),
    pytest.param(
        "LEEDS \u2014 The canal will reopen to boats in March, the trust said on Friday.",
        [{"text": "The canal will reopen to boats in March", "direct": False, "speaker": "the trust"}],
        id="dateline-not-reported",
    ),
    pytest.param(
        "The agency's director, Helen Short, said the work was late. \"We are frustrated too,\" Short said.",
        [{"speaker": "Helen Short"}, {"speaker": "Helen Short", "mention": "Short", "role_has": "director"}],
        id="role-learnt-from-appositive",
    ),
    pytest.param(
        "Maria Lopez and John Park run the cafe. \"We lost everything in the flood,\" he said.",
        [{"speaker": "John Park", "mention": "he"}],
        id="pronoun-gender-first-name",
    ),
    pytest.param(
        'Grant criticised Peter Hale on Monday. "The plan is a mess from start to finish," he said.',
        [{"speaker": "Grant", "mention": "he"}],
        id="pronoun-prefers-subject",
    ),
    pytest.param(
        "The new school, the mayor said, would open in the autumn.",
        [{"text": "The new school, the mayor said, would open in the autumn", "direct": False, "speaker": "the mayor"}],
        id="parenthetical-said",
    ),
    pytest.param(
        "Her lawyer said outside the courthouse that his client had repaid most of the money.",
        [{"text": "his client had repaid most of the money", "direct": False, "cue": "said"}],
        id="that-clause-after-place",
    ),
    pytest.param(
        "The audit was published on Monday. It said that two officials had hidden the losses.",
        [{"text": "two officials had hidden the losses", "direct": False, "mention": "It", "speaker": "The audit"}],
        id="it-said",
    ),
    pytest.param(
        "The plan was drawn up by Ines Moreau, who said that the first homes would be ready in May.",
        [{"text": "the first homes would be ready in May", "speaker": "Ines Moreau", "mention": "who"}],
        id="relative-who",
    ),
    pytest.param(
        "Senator Ana Ruiz left early. Ruiz's statement said that she would vote against the bill.",
        [{"text": "she would vote against the bill", "speaker": "Ana Ruiz", "mention": "Ruiz's statement"}],
        id="possessive-statement",
    ),
    pytest.param(
        "PARIS \u2014 The museum reopened on Monday. It said that visitors would need a ticket.",
        [{"speaker": "The museum", "mention": "It"}],
        id="it-is-not-the-dateline",
    ),
    pytest.param(
        "Grant warned that the reserves would run out within a month.",
        [{"text": "the reserves would run out within a month", "cue": "warned", "direct": False}],
        id="warned",
    ),
    pytest.param(
        "Grant denied that he had met the lobbyists.",
        [{"text": "he had met the lobbyists", "cue": "denied"}],
        id="denied",
    ),
    pytest.param(
        "Grant insisted that the numbers were correct.",
        [{"text": "the numbers were correct", "cue": "insisted"}],
        id="insisted",
    ),
    pytest.param(
        "Grant argued that the tax would hurt small firms.",
        [{"text": "the tax would hurt small firms", "cue": "argued"}],
        id="argued",
    ),
    pytest.param(
        '"We have asked for help three times," Tom Baker, 45, said on Tuesday.',
        [{"speaker": "Tom Baker", "speaker_role": None}],
        id="age-is-not-a-role",
    ),
    pytest.param(
        'Mayor Ines Moreau closed the bridge, saying: "It is not safe for cars or for people."',
        [{"speaker": "Ines Moreau", "cue": "saying", "role_has": "Mayor"}],
        id="participle-saying",
    ),
    pytest.param(
        "The harbour master said the pier needs new pilings, but that the ferry could keep running.",
        [{"text": "the pier needs new pilings, but that the ferry could keep running", "speaker": "The harbour master"}],
        id="second-that-complement",
    ),
    pytest.param(
        "Okafor says she did not know the route before she joined the crew.",
        [{"text": "she did not know the route before she joined the crew", "cue": "says"}],
        id="time-clause-is-not-a-second-report",
    ),
    pytest.param(
        "Nearly half said they trust the council and",
        [{"text": "they trust the council"}],
        id="dangling-conjunction",
    ),
    pytest.param(
        "The pilot replied calmly before adding that the storm would pass by noon.",
        [{"text": "the storm would pass by noon", "speaker": "The pilot", "cue": "adding"}],
        id="participle-after-preposition",
    ),
    pytest.param(
        "Several sources privy to the talks say it is the mayor who delayed the vote.",
        [{"text": "it is the mayor who delayed the vote", "speaker": "Several sources"}],
        id="modifier-misread-as-subject",
    ),
    pytest.param(
        "Roughly 3 in 5 say bus fares have become too expensive.",
        [{"text": "bus fares have become too expensive", "cue": "say"}],
        id="share-of-people-speaks",
    ),
    pytest.param(
        "But as the auditor noted, the fund lost a fifth of its value in one year.",
        [{"text": "the fund lost a fifth of its value in one year", "speaker": "the auditor", "cue": "noted"}],
        id="as-x-noted",
    ),
    pytest.param(
        "Exports rose sharply, imports fell and the deficit narrowed, according to the ministry.",
        [{"text": "Exports rose sharply, imports fell and the deficit narrowed", "speaker": "the ministry", "cue": "according to"}],
        id="according-to-covers-all-conjuncts",
    ),
    pytest.param(
        "The envoy said he met the rebels and asked them to lay down their arms.",
        [{"text": "he met the rebels and asked them to lay down their arms", "speaker": "The envoy"}],
        id="one-doer-two-verbs-in-the-report",
    ),
    pytest.param(
        "The chair said the delays were unacceptable and that the board would continue to review the case.",
        [{"text": "the delays were unacceptable and that the board would continue to review the case"}],
        id="that-conjunct-is-no-second-report",
    ),
    # --- speaker resolution ---
    pytest.param(
        'Organizers said the theme this year, "Borders and Bridges," reflects the times.',
        [{"text": '"Borders and Bridges," reflects the times', "speaker": "Organizers"}],
        id="report-never-starts-inside-quote-marks",
    ),
    pytest.param(
        "In the words of the harbour master, \u201cthe port is finished.\u201d",
        [{"text": "the port is finished.", "mention": "the harbour master"}],
        id="in-the-words-of",
    ),
    pytest.param(
        "Grant\u2019s reply was short: \u201cWe will see about that.\u201d",
        [{"text": "We will see about that.", "mention": "Grant", "speaker": "Grant"}],
        id="owner-of-the-reply-before-a-colon",
    ),
    pytest.param(
        "If the talks fail, the minister said the country would leave the union.",
        [{"text": "If the talks fail, the minister said the country would leave the union", "speaker": "the minister"}],
        id="fronted-condition-is-part-of-the-report",
    ),
    pytest.param(
        "The council sent a letter to residents saying that the road would close.",
        [{"text": "the road would close", "mention": "The council", "cue": "saying"}],
        id="a-letter-saying",
    ),
    pytest.param(
        "\u201cWe have had better conventions than this one,\u201d Texas delegate Bill Ames, wearing a cowboy hat and \u201cVote Ames\u201d pins, said.",
        [{"text": "We have had better conventions than this one", "speaker": "Bill Ames"}],
        id="aside-with-quoted-words-inside-the-attribution",
    ),
    pytest.param(
        "\u201cThe team has never been stronger,\u201d said the 46-year-old.",
        [{"text": "The team has never been stronger", "mention": "the 46-year-old", "cue": "said"}],
        id="age-noun-read-as-a-date-still-speaks",
    ),
    pytest.param(
        "He argued, as he has before, that taxes were too high.",
        [{"text": "taxes were too high", "cue": "argued"}],
        id="aside-before-that-is-not-reported",
    ),
    pytest.param(
        'The Ministry of Transport closed the road on Sunday.\n\n"The bridge will stay shut until it is inspected," a statement from the ministry said.',
        [{"text": "The bridge will stay shut until it is inspected", "mention": "the ministry", "speaker": "Ministry of Transport"}],
        id="statement-from-an-organisation",
    ),
    pytest.param(
        'The clinic director, Dr. Samuel Obi, spoke last.\n\nObi: "I would ask the ministry to fund more training places."',
        [{"text": "I would ask the ministry to fund more training places.", "speaker": "Samuel Obi", "mention": "Obi"}],
        id="bare-name-colon-quote",
    ),
    pytest.param(
        "In an interview with the Boston Globe Warren said that the bill would pass.",
        [{"text": "the bill would pass", "mention": "Warren", "cue": "said"}],
        id="subject-hidden-in-the-phrase-before",
    ),
    pytest.param(
        "The mayor was caught on tape saying the budget was a mess.",
        [{"text": "the budget was a mess", "speaker": "The mayor", "cue": "saying"}],
        id="caught-saying",
    ),
    pytest.param(
        "The problem now, he told me on Tuesday, is that the roof leaks.",
        [{"text": "The problem now, he told me on Tuesday, is that the roof leaks", "cue": "told"}],
        id="parenthetical-on-the-subject-noun",
    ),
    pytest.param(
        '\u201cI would put it more gently, but the point stands,\u201d replied Okafor.\n\n___.\n\n2:00 p.m.',
        [{"text": "I would put it more gently, but the point stands", "speaker": "Okafor"}],
        id="separator-rule-is-no-speaker",
    ),
    pytest.param(
        '"I will fight for you every single day!" the balloons cascaded down from the ceiling.',
        [{"text": "I will fight for you every single day!", "speaker": None}],
        id="things-do-not-speak-with-a-manner-verb",
    ),
    pytest.param(
        "She said funds could be better spent with NATO, the existing alliance that includes most European countries.",
        [{"text": "funds could be better spent with NATO"}],
        id="apposition-to-the-last-noun-is-the-narrators",
    ),
    pytest.param(
        "The senator said voters want lower rents, the end of hidden fees and better buses.",
        [{"text": "voters want lower rents, the end of hidden fees and better buses"}],
        id="a-list-is-not-an-apposition",
    ),
    pytest.param(
        "The mayor said the plan had failed, referencing the flood of complaints from residents.",
        [{"text": "the plan had failed", "cue": "said"}],
        id="trailing-referencing-is-the-speakers-act",
    ),
    pytest.param(
        "The richest fifth paid 20 percent, the agency said in a report, and the poorest fifth paid 2 percent.",
        [{"text": "The richest fifth paid 20 percent, the agency said in a report, and the poorest fifth paid 2 percent", "speaker": "the agency"}],
        id="report-resumes-after-parenthetical-with-place",
    ),
    pytest.param(
        "Prices will rise next year, the minister said on Monday, and wages will fall.",
        [{"text": "Prices will rise next year, the minister said on Monday, and wages will fall", "speaker": "the minister"}],
        id="report-resumes-with-a-coordinated-clause",
    ),
    pytest.param(
        "Prices will rise next year, the minister said, and she warned that wages would fall.",
        [{"text": "Prices will rise next year"}, {"text": "wages would fall", "cue": "warned"}],
        id="coordinated-second-report-stays-apart",
    ),
    pytest.param(
        "Harbour chief Ana Silva said the ships would wait offshore until Friday.",
        [{"text": "the ships would wait offshore until Friday", "speaker": "Ana Silva"}],
        id="title-word-misread-as-verb",
    ),
    pytest.param(
        '\u201cCan we afford to wait another year?\u201d  Ana Silva, the finance minister, said the budget would be delayed.',
        [{"text": "Can we afford to wait another year?", "direct": True}, {"text": "the budget would be delayed", "speaker": "Ana Silva", "direct": False}],
        id="quoted-sentence-before-is-not-the-report",
    ),
    pytest.param(
        "LISBON (Reuters) \u2014 Central bank governor Rui Matos on Monday signaled that rates would stay high.",
        [{"text": "rates would stay high", "speaker": "Rui Matos"}],
        id="agency-dateline-is-not-the-speaker",
    ),
    pytest.param(
        "Hale was quoted by a local radio station as saying the dam had been inspected in March.",
        [{"text": "the dam had been inspected in March", "speaker": "Hale", "cue": "saying"}],
        id="quoted-as-saying",
    ),
    pytest.param(
        "Mr. Lund said the tunnel was safe and said the repairs would end in May.",
        [{"text": "the tunnel was safe", "speaker": "Lund"}, {"text": "the repairs would end in May", "speaker": "Lund"}],
        id="second-said-keeps-the-speaker",
    ),
    pytest.param(
        "Chief inspector Hugo Brandt visited the site on Monday. Brandt said the bridge was unsafe.",
        [{"speaker": "Hugo Brandt", "mention": "Brandt"}],
        id="surname",
    ),
    pytest.param(
        'Ana Ruiz opened the meeting. "We have no time to lose this winter," she said.',
        [{"speaker": "Ana Ruiz", "mention": "she"}],
        id="pronoun",
    ),
    pytest.param(
        "Sergeant Paula Reyes and Mark Bell met on Monday. "
        '"We will patrol the river at night from now on," Reyes said. "The patrols start today," she added.',
        [{"speaker": "Paula Reyes"}, {"speaker": "Paula Reyes", "mention": "she"}],
        id="pronoun-after-surname",
    ),
    pytest.param(
        "Judge Clara Mendes-Ortiz read the verdict. \"The court has no doubt about the facts,\" the judge said.",
        [{"speaker": "Clara Mendes-Ortiz", "mention": "the judge"}],
        id="double-barrelled-name-and-title",
    ),
    pytest.param(
        'Senator Paul Okoro was blunt in his reply: "This budget will not pass in its current form."',
        [{"speaker": "Paul Okoro", "cue": None}],
        id="colon-after-clause",
    ),
    pytest.param(
        'Her adviser, Lucas Berg, said the offer was final.',
        [{"speaker": "Lucas Berg", "mention": "Her adviser", "role_has": "adviser"}],
        id="appositive-name",
    ),
    pytest.param(
        "The survey was led by Nora Lind, a marine biologist from Bergen. "
        "The reef lost half of its coral in two years, the biologist said.",
        [{"speaker": "Nora Lind", "mention": "the biologist"}],
        id="definite-description-role",
    ),
    pytest.param(
        "Harbor Freight Lines will close its depot in Leeds. The depot handled too few parcels, the company said.",
        [{"speaker": "Harbor Freight Lines", "mention": "the company"}],
        id="company-named-before",
    ),
    pytest.param(
        "Exports fell in April, according to the Office for Trade Statistics.",
        [{"speaker": "Office for Trade Statistics", "cue": "according to"}],
        id="organisation-full-name",
    ),
    pytest.param(
        'Omar Haddad spoke first.\n\n"We will not move from this street, Haddad told reporters on Friday.\n\nThe police left at noon.',
        [{"text": "We will not move from this street", "speaker": "Omar Haddad", "cue": "told"}],
        id="unclosed-quote-with-attribution",
    ),
    pytest.param(
        'Said Ellis: "Nobody in this town has seen a budget like this one."',
        [{"speaker": "Ellis", "cue": "Said"}],
        id="inverted-said-colon",
    ),
    pytest.param("I think the river will flood again next spring.", [], id="writer-own-view"),
    pytest.param("Let's say the river floods again next spring.", [], id="lets-say"),
    pytest.param(
        '"You should resign today," Warren told the banker, after he admitted the losses.',
        [{"speaker": "Warren", "cue": "told"}],
        id="temporal-clause-is-not-the-report",
    ),
    pytest.param("The mayor did not say that the bridge would close.", [], id="negated-cue"),
    pytest.param("Grant was told that the bridge would close.", [], id="passive-without-agent"),
    pytest.param("Voters should know what the council decided about the bridge.", [], id="modal-cognition"),
    pytest.param(
        "Ana Moore and Pat Ortega met on Monday. Mr. Ortega left early. Later Ortega called a taxi. "
        '"We agreed on every point that matters to the town," she said.',
        [{"speaker": "Ana Moore", "mention": "she"}],
        id="pronoun-gender-from-honorific",
    ),
    pytest.param(
        'According to the harbour master, the new pier is "a danger to small boats" in winter storms.',
        [{"text": 'the new pier is "a danger to small boats" in winter storms', "speaker": "the harbour master", "cue": "according to"}],
        id="according-to-with-partial-quote",
    ),
    pytest.param(
        "Ines Varga said the ferry would run again soon.\n\nThe storm passed at night. Roads were cleared by noon. "
        "Shops opened late.\n\n"
        '"Nobody here has ever seen water rise this fast in the valley."',
        [{"speaker": "Ines Varga"}, {"text": "Nobody here has ever seen water rise this fast in the valley.", "speaker": None}],
        id="no-speaker-borrowed-across-sentences",
    ),
    pytest.param(
        'Councillor Hanna Lind praised the volunteers. "They rebuilt the school roof in nine days without any help."',
        [{"text": "They rebuilt the school roof in nine days without any help.", "speaker": "Hanna Lind"}],
        id="quote-after-sentence-about-speaker",
    ),
    pytest.param(
        'The school may reopen in March, Lind said. "Nobody expected the volunteers to finish the roof so soon."',
        [{"speaker": "Lind", "direct": False}, {"speaker": "Lind", "direct": True}],
        id="quote-after-reported-speech",
    ),
    pytest.param(
        'Heavy rain fell all week. "Nobody here has ever seen water rise this fast in the valley."',
        [{"speaker": None}],
        id="no-speaker-from-a-sentence-about-weather",
    ),
    pytest.param(
        "The budget director said after the meeting he would not approve the extra spending.",
        [{"text": "he would not approve the extra spending", "speaker": "The budget director", "direct": False}],
        id="said-time-phrase-bare-clause",
    ),
    pytest.param("That was what she said when she resigned from the board in May.", [], id="said-when-clause-is-time"),
    pytest.param(
        "DENVER \u2014 Former state treasurer Jane Roe said on Monday that the pension fund should sell its coal shares.",
        [{"text": "the pension fund should sell its coal shares", "speaker": "Jane Roe"}],
        id="dateline-is-not-the-speaker",
    ),
    pytest.param(
        "\u201cWho will pay for the new roof of the school?\u201d the 61-year-old asked at the meeting.",
        [{"text": "Who will pay for the new roof of the school?", "mention": "the 61-year-old", "cue": "asked"}],
        id="age-noun-speaker",
    ),
    pytest.param(
        "When the minister blamed the unions, Petra Holm shot back, \u201cThe unions warned you about this shortage two years ago.\u201d",
        [{"speaker": "Petra Holm", "cue": "shot back"}],
        id="particle-cue-shot-back",
    ),
    pytest.param(
        "The early lead did not surprise pollster Dana Kim: \u201cCandidates with a local base often do well in the first contests.\u201d",
        [{"speaker": "Dana Kim"}],
        id="colon-after-a-name",
    ),
    pytest.param(
        "Added the harbour master: \u201cWe will dredge the channel again before the autumn storms arrive.\u201d",
        [{"mention": "the harbour master", "cue": "Added"}],
        id="inverted-colon-intro",
    ),
    pytest.param(
        "Coach Ivo Marek tells the players that \u201cthe whole town is proud of you.\u201d",
        [{"text": "the whole town is proud of you.", "speaker": "Ivo Marek", "direct": True}],
        id="reported-content-all-quoted",
    ),
    pytest.param(
        "Lena Ortiz wrote that the new stadium is a \u201cswindle,\u201d a \u201cmistake\u201d and a \u201cburden.\u201d",
        [{"text": "the new stadium is a \u201cswindle,\u201d a \u201cmistake\u201d and a \u201cburden.\u201d", "speaker": "Lena Ortiz", "direct": False}],
        id="reported-content-with-several-partial-quotes",
    ),
    pytest.param(
        "OSLO \u2015 The agency believes that the payroll system was entered by outside hackers.",
        [{"text": "the payroll system was entered by outside hackers", "speaker": "The agency"}],
        id="dateline-with-horizontal-bar",
    ),
    pytest.param(
        "Asked whether she trusted the board, Ana Lopez said she would wait for the audit.",
        [{"text": "she would wait for the audit", "speaker": "Ana Lopez"}],
        id="asked-clause-is-the-occasion",
    ),
    pytest.param(
        "Told that the plant would close, the workers said they would strike.",
        [{"text": "they would strike", "speaker": "the workers"}],
        id="told-clause-names-no-speaker",
    ),
    pytest.param(
        "The mayor said the roads would be cleared by Friday, referring to the main routes into town.",
        [{"text": "the roads would be cleared by Friday", "speaker": "The mayor"}],
        id="trailing-referring-is-not-reported",
    ),
    pytest.param(
        "The mayor said the roads \u201cwill be clear by Friday,\u201d referring to the main routes into town.",
        [{"text": "the roads \u201cwill be clear by Friday,\u201d", "speaker": "The mayor"}],
        id="trailing-referring-after-a-partial-quote",
    ),
    pytest.param(
        "\u201cGet off my porch,\u201d farmer Ole Dahl growled at the surveyors.",
        [{"text": "Get off my porch", "speaker": "Ole Dahl", "cue": "growled"}],
        id="manner-verb-in-tight-frame",
    ),
    pytest.param(
        "\u201cThis is wonderful!\u201d beamed Rosa Diaz, who arrived at dawn.",
        [{"text": "This is wonderful!", "speaker": "Rosa Diaz", "cue": "beamed"}],
        id="inverted-manner-verb",
    ),
    pytest.param(
        "\u201cWith a nod to Madrid, Lisbon,\u201d the coach said.",
        [{"text": "With a nod to Madrid, Lisbon", "speaker": "the coach"}],
        id="capitalised-utterance-is-not-a-title",
    ),
    pytest.param(
        "The governor calls his rival \u201cMr. Mayor,\u201d while the mayor calls the governor \u201cTom.\u201d",
        [],
        id="names-in-quotes-before-a-while-clause",
    ),
    pytest.param(
        "The council rejected Ines Moller's claim that the old bridge was unsafe.",
        [{"text": "the old bridge was unsafe", "speaker": "Ines Moller", "cue": "claim", "direct": False}],
        id="possessive-statement-noun",
    ),
    pytest.param(
        "The warning by the agency that rivers could flood came too late.",
        [{"text": "rivers could flood", "mention": "the agency", "cue": "warning"}],
        id="statement-noun-by-agent",
    ),
    pytest.param("The claim that the bridge was unsafe spread quickly.", [], id="statement-noun-without-owner"),
    pytest.param("The statement that he read out was short.", [], id="statement-noun-relative-clause"),
    pytest.param(
        "Ana Ruiz: Port Will Reopen Before the Winter Storms\n\nThe port has been closed since March.",
        [{"text": "Port Will Reopen Before the Winter Storms", "speaker": "Ana Ruiz", "direct": False}],
        id="headline-name-colon",
    ),
    pytest.param(
        "Fed\u2019s Okafor: Rates Will Stay High For Some Time\n\nThe bank held rates on Wednesday.",
        [{"text": "Rates Will Stay High For Some Time", "mention": "Fed\u2019s Okafor", "direct": False}],
        id="headline-possessive-name-colon",
    ),
    pytest.param(
        'Ocean Summit: "We Are Running Out of Time"\n\nThe meeting ended late on Sunday.',
        [],
        id="headline-event-colon",
    ),
    pytest.param(
        'Ocean Summit: "We are running out of time, and everyone here knows it."\n\nThe meeting ended late on Sunday.',
        [{"text": "We are running out of time, and everyone here knows it.", "speaker": None}],
        id="event-colon-before-a-quote-is-no-speaker",
    ),
    pytest.param("Monday: The port reopened after a long and costly closure.", [], id="headline-date-colon"),
    pytest.param(
        "Storm Over Harbour: Mayor Was Headed To Hospital But Turned Back\n\nThe port has been closed since March.",
        [],
        id="headline-title-colon",
    ),
    pytest.param("UPDATE: The port reopened after a long and costly closure.", [], id="headline-section-label"),
    pytest.param(
        "Berg had said, \u201cWe will see what the voters want,\u201d when asked whether he would run again.",
        [{"text": "We will see what the voters want", "speaker": "Berg", "direct": True}],
        id="quote-then-when-asked-is-one-quote",
    ),
    pytest.param(
        "Berg said \u201cgreat things\u201d would happen to the harbour town.",
        [{"text": "\u201cgreat things\u201d would happen to the harbour town", "speaker": "Berg", "direct": False}],
        id="report-opening-with-partial-quote-keeps-its-mark",
    ),
    pytest.param("The engineer thinks the new bridge will hold for decades.", [], id="opinion-is-not-a-report"),
    pytest.param("The board decided that the school would close in June.", [], id="decision-is-not-a-report"),
    pytest.param(
        "\u201cBeing a coach, that is my whole life,\u201d Ilse Brandt said in May on the show \u201cSunday Sport Talk.\u201d",
        [{"text": "Being a coach, that is my whole life", "speaker": "Ilse Brandt", "cue": "said"}],
        id="title-after-the-attribution-does-not-steal-the-cue",
    ),
    pytest.param(
        "Mitt Ramsey, the former governor, tweeted in response: \u201cA fair point: the regime jails reporters and we do not.\u201d",
        [{"speaker": "Mitt Ramsey", "cue": "tweeted"}],
        id="speaker-with-appositive-before-colon-intro",
    ),
    pytest.param(
        "Senator Ann Vale questioned bank chief Tom Rusk on Tuesday about the fees.\n\n"
        "Later he admitted that the fees had never been approved by the board.",
        [{"text": "the fees had never been approved by the board", "speaker": "Tom Rusk", "mention": "he"}],
        id="a-date-after-a-title-phrase-is-no-name",
    ),
    pytest.param(
        "Saturday at the state party convention Sen. Ella Warren (D-Vt.) said the party must not give up on rural voters.",
        [{"text": "the party must not give up on rural voters", "speaker": "Ella Warren"}],
        id="misparsed-date-subject",
    ),
    pytest.param(
        "The mayor seemed ready to joke about the flood, telling the crowd, \u201cI have survived worse storms than this one, believe me.\u201d",
        [{"speaker": "The mayor"}],
        id="addressee-is-not-the-speaker",
    ),
    pytest.param(
        "The letters covered a range of topics, the newspaper said, including budgets, hiring and travel.",
        [{"text": "The letters covered a range of topics, the newspaper said, including budgets, hiring and travel", "speaker": "the newspaper"}],
        id="report-resumes-after-parenthetical-attribution",
    ),
    pytest.param(
        "The bridge will open in May, the mayor said on Friday.",
        [{"text": "The bridge will open in May", "speaker": "the mayor"}],
        id="time-of-saying-stays-out",
    ),
    pytest.param("He repeated the charge during a call to the network\u2019s \u201cMorning Hour.\u201d", [], id="title-after-possessive-name"),
    pytest.param("The choir closed the evening to the tune of \u201cWinter Night Song.\u201d", [], id="sentence-final-short-title"),
    pytest.param(
        "The top tenth of earners paid most of the taxes in 2013, according to the budget office, and the bottom half paid very little.",
        [{"text": "The top tenth of earners paid most of the taxes in 2013, according to the budget office, and the bottom half paid very little", "speaker": "the budget office"}],
        id="according-to-inside-a-coordinated-report",
    ),
    pytest.param(
        "\u201cAnyone but the mayor,\u201d Le Roux told the radio station when asked which candidate she would back.",
        [{"text": "Anyone but the mayor", "speaker": "Le Roux", "cue": "told"}],
        id="when-asked-question-is-not-hers",
    ),
    pytest.param(
        "The budget vote set off another round of bitter exchanges on Tuesday: opposition leaders said "
        "they're increasingly convinced the ministry misled parliament.",
        [{"text": "they're increasingly convinced the ministry misled parliament", "speaker": "opposition leaders"}],
        id="clause-before-a-colon-is-the-writers",
    ),
    pytest.param(
        "Though the company has promised to cut prices for poorer customers, analysts say the effect of those cuts would be small.",
        [{"text": "the effect of those cuts would be small", "speaker": "analysts"}],
        id="concession-before-the-speaker-is-not-reported",
    ),
    pytest.param(
        "Ms. Okafor said the long hours in public service sometimes remove the barriers that young lawyers face, "
        "though she noted firms are starting to demand more diverse teams.",
        [
            {"text": "the long hours in public service sometimes remove the barriers that young lawyers face", "cue": "said"},
            {"text": "firms are starting to demand more diverse teams", "speaker": "Okafor", "cue": "noted"},
        ],
        id="second-report-joined-on-is-its-own-quote",
    ),
    pytest.param(
        "The spokesman says the coach agreed to stay until June and said he would not take another job.",
        [
            {"text": "the coach agreed to stay until June", "speaker": "The spokesman"},
            {"text": "he would not take another job", "speaker": "the coach"},
        ],
        id="coordinated-report-by-the-reported-person",
    ),
    # --- not quotes ---
    pytest.param('His book "The Long Road Home" sold well in the spring.', [], id="book-title"),
    pytest.param(
        'On Sunday\'s "Morning Report With Dan," the minister repeated her plan.', [], id="show-title-with-comma"
    ),
    pytest.param(
        '"They cut the power twice this week," Ruiz told reporters. "We will cope."',
        [{"speaker": "Ruiz"}, {"text": "We will cope.", "speaker": "Ruiz"}],
        id="short-continued-sentence",
    ),
    pytest.param('"No," she said when asked about the tax.', [{"text": "No", "cue": "said"}], id="one-word-utterance"),
    pytest.param(
        '"We will not close the market," the mayor said.\n\n\u2018Rain Comes To The Valley.\u2019\n\nThe storm arrived late on Sunday.',
        [{"text": "We will not close the market", "speaker": "the mayor"}],
        id="title-cased-subheading-alone",
    ),
    pytest.param('The so-called "reform" failed within a year.', [], id="scare-quote"),
    pytest.param('Robert "Bobby" Jones scored twice in the final.', [], id="nickname"),
    pytest.param('The campaign, dubbed "Clean Rivers Now", starts in June.', [], id="dubbed"),
    pytest.param("The company\u2019s shares, which peaked in the \u201990s, fell on Monday.", [], id="apostrophes-only"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quote_rules(extract, text, expected):
    check(extract(text)["quotes"], expected)


def test_article_with_titles_and_roles(extract):
    quotes = extract(KACHKA_LIKE)["quotes"]
    assert [q["direct"] for q in quotes] == [False, True, True, False]
    assert {q["speaker"] for q in quotes} == {"Ramon Alvarez"}
    assert [q["cue"] for q in quotes] == ["believes", "said", "added", "stressed"]
    assert quotes[2]["speaker_mention"]["text"] == "the Minister"
    assert all(q["speaker_role"] == "Minister of Agriculture and Rural Development of Chile" for q in quotes)
    assert not any("Water for Tomorrow" in q["text"] for q in quotes)


def test_organisation_named_before(extract):
    text = (
        "The Ministry of Foreign Affairs of Norway published a note on Monday. "
        "The ministry said that the talks would continue in Oslo."
    )
    (quote,) = extract(text)["quotes"]
    assert quote["speaker"] == "Ministry of Foreign Affairs of Norway"
    assert quote["speaker_mention"]["text"] == "The ministry"


ODD_TEXTS = [
    "",
    '"',
    "\u201c",
    '"a" "b',
    "\u00ab\u00bb",
    "\x00\"hi\x00",
    "''",
    "``x",
    '"\n\n"',
    "O'Brien's '90s \"",
    '"We will win, the coach said.\n\nThe team lost on Sunday. "Next time," he said.',
    "\u201cOne \u201ctwo\u201d three\n\u201d four \u2019five\u2018 six\u201d",
    '"Unclosed quote that runs on and on, said nobody in particular\n\nAnother paragraph here.',
    "\u201eHalf\u201c and \u00bbreversed\u00ab and \u2039single\u203a marks \u201a too\u2018.",
    "\u201d\u201d\u201c\u201c\"\"''``",
    "Smith said: \"",
    "\u2014Smith",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_marks_never_raise_and_offsets_slice(extract, text):
    record = extract(text)
    for quote in record["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        mention = quote["speaker_mention"]
        if mention:
            assert text[mention["start"]:mention["end"]] == mention["text"]


def test_unclosed_quote_stays_in_its_paragraph(extract):
    text = '"We will win this match easily, the coach told the players.\n\nThe team lost on Sunday by three goals.'
    quotes = extract(text)["quotes"]
    assert all("\n" not in q["text"] for q in quotes)
    assert all("lost on Sunday" not in q["text"] for q in quotes if q["direct"])


def test_quote_carried_on_only_by_the_same_mark(extract):
    """A stray straight mark never swallows the next paragraph's curly quote."""
    text = (
        '"The lights went out at nine.\n\n'
        "\u201cWe waited in the dark for an hour,\u201d the manager said. \u201cNobody came.\u201d"
    )
    quotes = extract(text)["quotes"]
    assert all("\n" not in q["text"] for q in quotes)
    assert [q["text"] for q in quotes if q["speaker"] == "the manager"][:1] == ["We waited in the dark for an hour"]


def test_many_quotes_in_one_long_sentence_cost_linear_time(nlp):
    """Sentence lookups are precomputed: a long run of quoted keys (JSON, lists) stays cheap."""
    import time

    from claimx.api import make_doc

    doc = make_doc(nlp, '{"name":"river","depth":4},' * 900)
    for name, component in nlp.pipeline:
        if name == "claimx_quotes":
            started = time.perf_counter()
            component(doc)
            assert time.perf_counter() - started < 1.5
            return
        doc = component(doc)


def test_many_quoted_paragraphs_cost_linear_time(nlp):
    """Reports are matched only against the quotes they overlap, not against every quote."""
    import time

    from claimx.api import make_doc

    text = "\n\n".join(
        f'"The ferry number {i} leaves at noon," said pilot Jo Marsh. She added that the crossing was calm, according to the port.'
        for i in range(400)
    )
    doc = make_doc(nlp, text)
    for name, component in nlp.pipeline:
        if name == "claimx_quotes":
            started = time.perf_counter()
            component(doc)
            assert time.perf_counter() - started < 1.5
            assert len(doc._.quotes) >= 800
            return
        doc = component(doc)
