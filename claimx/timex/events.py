"""What a temporal expression dates, from the dependency parse: the verb (or
event noun) it attaches to, with its subject and object, and that clause's
tense (which places 'Friday' or 'March' before or after the publication date)."""

from __future__ import annotations

import re
from typing import Optional

from ..extensions import doc_text
from ..records import TextSpan

PAST, PRESENT, FUTURE = "past", "present", "future"

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_OBJECTS = {"dobj", "obj", "attr", "oprd", "dative", "acomp", "prt", "agent", "xcomp"}
_CLAUSE_STEPS = 6  # how far up the parse a governor is looked for
_MAX_EVENT_TOKENS = 40
_MAX_COMPLEMENT_TOKENS = 12
# 'the 12 months to March', 'the year ended June 30': a length that runs up to the date after it
RUNS_TO = re.compile(r"\s+(?:to|ending|ended|through)\s+(?:in\s+|on\s+)?", re.IGNORECASE)


def _span_tokens(doc, start: int, end: int):
    return doc.char_span(start, end, alignment_mode="expand")


def governor(doc, start: int, end: int):
    """The verb or event noun the expression attaches to (None when it is the clause itself)."""
    span = _span_tokens(doc, start, end)
    if span is None or len(span) == 0:
        return None
    inside = range(span.start, span.end)
    token = span.root
    need_verb = False  # after passing a verb that cannot be the event, only a verb will do
    for _ in range(_CLAUSE_STEPS * 2):
        head = token.head
        if head is token:
            return None
        if head.i in inside or head.pos_ == "ADP":
            token = head
            continue
        if head.pos_ in ("VERB", "AUX") and _inside_name(head):
            token, need_verb = head, True  # 'Partnerships to Support Victims': a verb inside a title
            continue
        if head.pos_ in ("VERB", "AUX") and head.dep_ == "acl" and head.lemma_.lower() in _relational_verbs():
            token, need_verb = head, True  # 'cases involving men … from 2022 to 2024': the clause above
            continue
        if head.pos_ in ("VERB", "AUX") or head.pos_ in ("NOUN", "PROPN") and not need_verb:
            return head
        token = head
    return None


def _inside_name(token) -> bool:
    """A capitalised verb mid-sentence belongs to a name or title ('… to Support Victims')."""
    return token.is_title and not token.is_sent_start and token.i > 0 and token.nbor(-1).text not in (".", "!", "?", '"', "“", "\n")


def _relational_verbs() -> frozenset:
    from .lexicon import lexicon

    return lexicon().relational_set


def event_anchor(doc, head, start: int, end: int):
    """The word an event span is built around: the governor, unless it is a plain
    noun the date follows ('life … daily', 'the back … on Friday'), then its verb.
    A noun the date modifies ('Friday's attack') or an event noun ('the vote on
    Friday') stays."""
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return head
    span = _span_tokens(doc, start, end)
    if span is not None and span.end <= head.i:
        return head
    from .lexicon import lexicon

    if _is_event_noun(head, lexicon()):
        return head
    return clause_verb(head) or head


def clause_verb(token):
    """The nearest verb at or above `token`."""
    for _ in range(_CLAUSE_STEPS + 2):
        if token is None:
            return None
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def clause_tense(text: str, start: int, head, lex) -> Optional[str]:
    """The tense that places a partial date: the governing clause's, unless the
    date hangs on an event noun ('the Oct. 5 vote', no tense of its own), is a
    plan ('scheduled a meeting Thursday') or a limit ('as soon as Tuesday')."""
    before = _text_before(text, start)
    if any(before.endswith(cue) for cue in lex.data["future_cues_before"]):
        return FUTURE
    if head is None:
        return None
    if head.dep_ == "ROOT" and head.tag_ == "NN" and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children):
        return PRESENT  # 'The hearings … resume on Monday': a present verb the tagger read as a noun with a subject
    if _quoted_apart_from_saying(text, start, head, lex):
        return None  # a verbless quote ('“With an eye to May 9,” she said'): the saying does not date it
    if head.pos_ in ("NOUN", "PROPN"):
        return _measured_subject_tense(head, lex) or _plain_object_tense(head, start, lex) or _side_of_event(head, lex)
    verb = clause_verb(head)
    planning = lex.data["planning_verbs"]
    # an infinitive ('staged celebrations to mark the entry on Friday') takes its governor's tense
    infinitive = False
    for _ in range(3):
        if verb is None or not _is_infinitive(verb) or verb.head is verb:
            break
        if verb.head.lemma_.lower() in planning:
            return FUTURE
        verb, infinitive = clause_verb(verb.head), True
    tense = tense_of(verb, lex)
    if tense == PRESENT and verb is not None and verb.dep_ == "advcl" and verb.head is not verb \
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "before", "until", "once", "till") for c in verb.children) \
            and tense_of(clause_verb(verb.head), lex) == FUTURE:
        return FUTURE  # 'will learn their opponents when the draw is made on Monday': the present of a future time clause
    if infinitive and tense == PAST:
        return None  # 'invited them to mark the day on March 12': at or after the past event
    if verb is None:
        return tense
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and verb.lemma_.lower() in planning:
        # 'a service planned for Saturday was cancelled': the plan's fate is told by the main clause;
        # a past one only leans back ('… were assigned, with 120 more expected by Monday morning')
        main = tense_of(clause_verb(verb.head), lex)
        return None if main == PAST else main
    simple_past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    words_before = re.findall(r"[a-z']+", before)
    before_words = set(words_before[-1:])
    if after_since(text, start, lex) and tense != PRESENT:
        return PAST  # 'has pushed for it since October': a start already behind the clause's own time
    if verb.lemma_.lower() in planning and (not simple_past or before_words & lex.words("plan_prepositions")):
        return FUTURE  # 'has scheduled a news conference Thursday', 'postponed until Tuesday'
    if verb.lemma_.lower() in lex.words("prediction_verbs") and verb.idx < start and not after_since(text, start, lex):
        return FUTURE  # 'forecast a profit for the year to March', 'predicted rain on Tuesday': what is foretold is ahead
    if simple_past and verb.lemma_.lower() in lex.words("plan_for_object_verbs") and any(
            child.dep_ == "dobj" and child.idx < start and child.i < verb.i + 6 for child in verb.children):
        return None  # 'planned a large march on Saturday': the day is the march's, maybe still ahead
    if before_words & lex.words("limit_prepositions") and not simple_past:
        return FUTURE  # 'has given them until Tuesday'
    if tense != PAST and lex.words("due_words").intersection(words_before[-3:]):
        return FUTURE  # 'the results are due later on Tuesday'
    return tense


def _quoted_apart_from_saying(text: str, start: int, head, lex) -> bool:
    verb = clause_verb(head)
    if verb is None or verb.lemma_.lower() not in lex.words("speech_verbs"):
        return False
    quote = _quote_around(text, start)
    return quote is not None and not quote[0] <= verb.idx < quote[1]


def _quote_around(text: str, position: int) -> Optional[tuple[int, int]]:
    """The double-quoted stretch of the paragraph that `position` lies in, if it lies in one."""
    paragraph = text.rfind("\n", 0, position) + 1
    before = text[paragraph:position]
    if before.rfind("“") > before.rfind("”"):
        opening, closing = paragraph + before.rfind("“"), text.find("”", position)
    elif before.count('"') % 2:
        opening, closing = paragraph + before.rfind('"'), text.find('"', position)
    else:
        return None
    return (opening, closing) if closing >= 0 else None


def after_since(text: str, start: int, lex) -> bool:
    """'since October': the date lies behind the writer, however near a later one would be."""
    words = re.findall(r"[a-z']+", _text_before(text, start))
    return bool(words) and words[-1] in lex.words("since_prepositions")


def _text_before(text: str, start: int) -> str:
    """The few words right before a date, in lower case: where its prepositions and cues stand."""
    return text[max(0, start - 20):start].lower().rstrip()


def firm_future(head, lex) -> bool:
    """'will reopen in May': the future told with will/shall is counted from now; a would-future
    ('said it would reopen in May') or a deadline ('by Jan. 14') may already lie behind the writer."""
    verb = clause_verb(head) if head is not None else None
    if verb is None:
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in lex.words("future_auxiliaries") for c in verb.lefts)


def _measured_subject_tense(noun, lex) -> Optional[str]:
    """'Sales in the fourth quarter rose': a period that bounds the subject of a past
    report is past too. Other nouns keep no tense ('the Oct. 5 vote' may lie ahead)."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return PAST if tense_of(noun.head, lex) == PAST else None


def _is_event_noun(noun, lex) -> bool:
    """'the vote', 'the shooting': a noun that is an event of its own (and may be dated apart from its verb)."""
    word = noun.lower_
    return word in lex.event_nouns or noun.lemma_.lower() in lex.event_nouns or word.endswith(lex.event_noun_suffixes)


def _plain_object_tense(noun, start: int, lex) -> Optional[str]:
    """'reached the round for the first time in 31 years on Saturday': a date after a plain noun (no
    event of its own) in a phrase of a past verb dates that verb's past."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.idx > start or _is_event_noun(noun, lex):
        return None
    verb = clause_verb(noun)
    return PAST if verb is not None and verb.tag_ == "VBD" and tense_of(verb, lex) == PAST else None


def _side_of_event(noun, lex) -> Optional[str]:
    """'top of the table after Sunday's win' / 'campaigning ahead of Sunday's vote': an event the clause's present
    comes after has happened, one it comes before is still to come."""
    if noun.dep_ != "pobj":
        return None
    preposition = noun.head
    word = preposition.head.lower_ if preposition.lower_ == "of" else preposition.lower_  # ('ahead of')
    side = PAST if word in lex.words("after_event_prepositions") else FUTURE if word in lex.words("before_event_prepositions") else None
    if side is None:
        return None
    verb = clause_verb(preposition)
    tense = tense_of(verb, lex) if verb is not None else None
    # (what came before a past event is past too; what comes after a future one is not told)
    return side if tense in (None, PRESENT) or side == PAST and tense == PAST else None


def _is_infinitive(verb) -> bool:
    return verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ not in ("to",) for c in verb.children)


def tense_of(verb, lex=None) -> Optional[str]:
    """past / present / future of the clause headed by `verb` (None when unsure)."""
    if verb is None:
        return None
    # auxiliaries stand before their verb, also when inverted ('had he known'); Token.children
    # walks the whole subtree's span, which for the root is the sentence
    auxiliaries = [child for child in verb.lefts if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if lex is None:
        from .lexicon import lexicon

        lex = lexicon()
    if words & lex.words("future_auxiliaries"):
        return FUTURE
    if any(child.lower_ == "going" for child in auxiliaries) or (verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)):
        return FUTURE
    if "would" in words and not any(c.lower_ == "have" for c in auxiliaries):
        return FUTURE  # the future of reported speech: 'said they would return in July'
    if words & lex.words("uncertain_modals"):
        return None
    tags = {child.tag_ for child in auxiliaries} | {verb.tag_}
    if "VBD" in tags:
        return PAST
    if words & lex.words("perfect_auxiliaries") and verb.tag_ == "VBN":
        return PAST
    if "to" in words:
        return FUTURE  # an infinitive nobody governs: a plan
    if verb.tag_ == "VBG" and words & lex.words("present_be"):
        return FUTURE  # 'is meeting on Friday'
    if verb.tag_ in ("VBZ", "VBP") or words & lex.words("present_be"):
        return PRESENT
    if verb.tag_ == "VB" and not auxiliaries and verb.dep_ in ("ROOT", "conj") and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return PRESENT  # 'The talks, which began …, resume on Monday': a present the tagger read as the bare form
    return None


def _clean_edges(doc, first: int, last: int, exclude: range) -> Optional[tuple[int, int]]:
    """Token bounds without the expression itself, its preposition, or edge punctuation."""
    while first <= last and (first in exclude or doc[first].is_punct or doc[first].is_space or doc[first].tag_ in ("POS", "TO") or doc[first].dep_ in ("cc", "prep", "mark", "advmod", "npadvmod") and doc[first].i + 1 in exclude):
        first += 1
    while last >= first and (last in exclude or doc[last].is_punct or doc[last].is_space or doc[last].dep_ in ("cc", "prep") or doc[last].pos_ == "ADP"):
        last -= 1
    if last < first:
        return None
    return first, last


def event_span(doc, start: int, end: int, head=None, text: Optional[str] = None, other: Optional[tuple[int, int]] = None) -> Optional[TextSpan]:
    """The clause a date belongs to, trimmed to subject … verb … object.

    `other` is the span of the other end of a range ('from A to B'), which is
    no more part of the event than the date itself."""
    head = head if head is not None else governor(doc, start, end)
    if head is None:
        return None
    if other is not None:
        start, end = min(start, other[0]), max(end, other[1])
    span = _span_tokens(doc, start, end)
    exclude = range(span.start, span.end) if span is not None else range(0)
    # the preposition that introduced the date is not part of the event
    if span is not None and span.start > 0 and doc[span.start - 1].pos_ == "ADP":
        exclude = range(span.start - 1, span.end)
    if head.pos_ in ("NOUN", "PROPN"):
        first = head.left_edge.i
        last = head.i
        if first in exclude or any(i in exclude for i in range(first, last)):
            first = max(exclude.stop, first)
            if first > last:
                first = head.i
    else:
        first = last = head.i
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
        for child in head.children:
            if child.dep_ in ("aux", "auxpass", "neg") and child.i < head.i:
                first = min(first, child.i)
        relative_subject = subject is not None and subject.tag_ in ("WDT", "WP")
        if subject is not None and subject.i < head.i and not relative_subject:
            first = min(first, subject.left_edge.i)
        elif head.dep_ in ("acl", "relcl") and head.head.i < head.i and (subject is None or relative_subject):
            # 'the election, held on 3 May' / 'the company, which was founded in 1998': the noun is the subject
            first = min(first, head.head.left_edge.i)
        elif subject is None and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
            # 'the treaty was signed in 1997 and ratified a year later': the first verb's subject
            shared = next((c for c in head.head.children if c.dep_ in _SUBJECTS), None)
            if shared is not None and shared.i < head.i:
                first = min(first, shared.left_edge.i)
        for child in head.children:
            if child.dep_ in _OBJECTS and child.i > head.i:
                if child.dep_ == "xcomp" and child.right_edge.i - child.i > 12:
                    last = max(last, child.i)
                    continue
                last = max(last, child.right_edge.i)
        if last == head.i:
            # no object: an intransitive verb keeps its first short complement ('consists of 33 states')
            for child in head.children:
                if child.i > head.i and child.dep_ in ("prep", "dative") and child.i not in exclude:
                    right = child.right_edge.i
                    if right - child.i <= _MAX_COMPLEMENT_TOKENS and not any(i in exclude for i in range(child.i, right + 1)):
                        last = right
                    break
        if last - first > _MAX_EVENT_TOKENS:
            last = head.i
    # a clause does not run across a line break (a wire dateline is no subject)
    anchor = head.i
    for i in range(first, min(anchor, last + 1)):
        if "\n" in doc[i].text_with_ws:
            first = i + 1
    for i in range(max(first, anchor), last):
        if "\n" in doc[i].text_with_ws:
            last = i
            break
    # a date at the end of the object is cut off with everything after it
    if exclude and head.i < exclude.start <= last:
        last = exclude.start - 1
    bounds = _clean_edges(doc, first, last, exclude)
    if bounds is None:
        return None
    first, last = bounds
    char_start, char_end = doc[first].idx, doc[last].idx + len(doc[last].text)
    text = doc_text(doc) if text is None else text
    return TextSpan(text[char_start:char_end], char_start, char_end)
