"""Who is speaking: the mention as written, and the fullest name the article gives.

A small, rule-based coreference step made for attributions. News introduces a
speaker once in full ("Deputy Prime Minister ... Taras Kachka"), then refers
back by surname, pronoun or title ("Kachka", "He", "the Deputy Prime Minister").
`SpeakerIndex` collects the names (with their title phrases and appositive
roles) once per document and resolves a mention against the ones before it.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from spacy.attrs import DEP, IS_TITLE
from spacy.tokens import Doc, Token

from .records import TextSpan
from .resources import load_json
from .spans import SentenceIndex

# Dependencies that belong to a speaker noun phrase (left side / right side of its head).
_LEFT_DEPS = {"det", "compound", "amod", "poss", "nummod", "nmod", "case", "quantmod", "predet", "punct", "advmod", "prep"}
_RIGHT_DEPS = {"compound", "flat", "case", "nummod", "cc", "conj"}
_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
_NOT_NAME_LABELS = {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"}
_NOT_PERSON_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"}


@dataclass
class Speaker:
    """A resolved speaker: mention as written, full name, role (title or appositive)."""

    mention: TextSpan
    name: str
    role: Optional[str] = None
    is_person: bool = False


@dataclass
class _Name:
    start: int  # token index of the first name token
    end: int  # token index after the last
    text: str
    key: str  # last name word, lower case: what later mentions are matched on
    role: Optional[str]
    role_words: frozenset
    label: str
    gender: Optional[str]


class Lexicon:
    """The people/organisation word lists, read once."""

    def __init__(self) -> None:
        data = load_json("quotes/people.json")
        self.titles = frozenset(data["titles"])
        self.title_modifiers = frozenset(data["title_modifiers"])
        self.title_tail_words = frozenset(data.get("title_tail_words", ()))
        self.quantity_nouns = frozenset(data.get("quantity_nouns", ()))
        self.title_connectors = frozenset(data["title_connectors"])
        self.honorifics = dict(data["honorifics"])
        self.name_prefixes = set(self.honorifics) | set(data["name_prefixes"])
        self.post_nominals = frozenset(data["post_nominals"])
        self.generic_titles = set(data["generic_titles"])
        self.indefinite_words = set(data["indefinite_words"])
        self.neutral_title_modifiers = set(data["neutral_title_modifiers"])
        self.pronouns = dict(data["pronouns"])
        self.org_nouns = frozenset(data["org_nouns"])
        self.person_nouns = dict(data["person_nouns"])
        self.generic_org_nouns = frozenset(data["generic_org_nouns"])
        self.org_noun_aliases = {noun: frozenset(words) for noun, words in data.get("org_noun_aliases", {}).items()}
        self.group_nouns = frozenset(data.get("group_nouns", ()))
        self.office_titles = frozenset(data.get("office_titles", ()))
        self.speaks_for_nouns = frozenset(data.get("speaks_for_nouns", ()))
        self.body_name_words = frozenset(data.get("body_name_words", ()))
        places = data.get("places", {})
        self.place_prepositions = frozenset(places.get("prepositions", ()))
        self.place_followers = frozenset(places.get("followers", ()))
        companies = data.get("companies", {})
        self.company_nouns = frozenset(companies.get("nouns", ()))
        self.company_suffixes = frozenset(companies.get("suffixes", ()))
        self.people_plurals = frozenset(data.get("people_plurals", ()))
        self.press_nouns = frozenset(data.get("press_nouns", ()))
        self.role_word_endings = tuple(data.get("role_word_endings", ()))
        self.epithets = frozenset(data.get("epithets", ()))
        self.authoring_verbs = frozenset(data.get("authoring_verbs", ()))
        self.title_aliases = dict(data.get("title_aliases", {}))
        self.titles_held_also = {word: tuple(more) for word, more in data.get("titles_held_also", {}).items()}
        cues = load_json("quotes/cues.json")
        self.statement_nouns = frozenset(cues["statement_nouns"])
        self.speech_verbs = frozenset(cues["speech_verbs"])
        self.document_nouns = self.statement_nouns | frozenset(cues["finding_nouns"])
        names = data["first_names"]
        self.first_names = {name: gender for gender in ("m", "f") for name in names[gender]}

    def is_title_word(self, token: Token) -> bool:
        lower = token.lower_
        if lower.startswith("co-"):
            lower = lower[3:]  # (a co-chair is a chair; the tokenizer keeps co- words whole)
            return lower in self.titles or lower.rstrip("s") in self.titles
        return (lower in self.titles or token.lemma_.lower() in self.titles) and not self._is_surname(token)

    def _is_surname(self, token: Token) -> bool:
        """`John Major`, `Ann Bishop`: a title word that ends a person's name after a first name (a title
        comes before the name it goes with, so it is never the last word of a name)."""
        if token.i == 0 or token.pos_ != "PROPN" or not token.text[:1].isupper():
            return False
        doc = token.doc
        before = doc[token.i - 1]
        if before.pos_ != "PROPN" or not before.text[:1].isupper() or before.lower_ in self.titles or before.lower_ in self.title_modifiers:
            return False
        if not (before.ent_type_ == "PERSON" and token.ent_type_ == "PERSON" or before.lower_ in self.first_names):
            return False
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return after is None or not (after.pos_ == "PROPN" and after.text[:1].isupper())


_SPELLINGS = {"defence": "defense", "labour": "labor", "programme": "program", "centre": "center", "organisation": "organization"}


_PARTY_AND_STATE = re.compile(r"\(?[DRI]-[A-Z][A-Za-z.]{0,12}\)?")


@lru_cache(maxsize=4096)  # role words repeat across names and calls
def _word_stem(word: str) -> str:
    """A rough stem for matching titles: `defence`/`Defense`, `finance`/`financial`, `ministers`/`minister`."""
    word = _SPELLINGS.get(word, word)
    for suffix in ("ial", "al", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _clean_edges(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation, spaces and conjunctions at the edges of a token range."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    return start, end


_PLACE_OR_BODY = ("ORG", "GPE", "LOC", "NORP", "FAC")
_NAME_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")


@lru_cache(maxsize=1)
def _source_descriptions() -> tuple[frozenset, frozenset, frozenset]:
    words = load_json("quotes/people.json").get("source_descriptions", {})
    return frozenset(words.get("adjectives", ())), frozenset(words.get("with_objects", ())), frozenset(words.get("participles", ()))


def _describes_source(child: Token) -> bool:
    """`a source [close to the Chancellor]`, `an official [familiar with the talks]`, `a person [with knowledge
    of the matter]`, `people [briefed on the plan]`: who an unnamed source is, part of the phrase."""
    adjectives, with_objects, participles = _source_descriptions()
    lower = child.lower_
    if child.dep_ == "amod" and lower in adjectives or child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and lower in participles:
        return any(c.dep_ == "prep" for c in child.children) and not any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in child.children)
    return child.dep_ == "prep" and lower == "with" and any(c.dep_ == "pobj" and c.lower_ in with_objects for c in child.children)


def mention_bounds(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by `head`, without appositives or clauses."""
    doc = head.doc
    start = head.i
    age = head.lower_ == "old"  # `the 43-year-old`: "year" hangs on "old" as npadvmod
    for child in reversed(list(head.lefts)):
        if (child.dep_ not in _LEFT_DEPS and not (age and child.dep_ == "npadvmod")) or child.right_edge.i + 1 != start or child.pos_ in ("VERB", "AUX") and not (child.dep_ == "compound" and child.tag_ in ("VB", "VBP")):
            break
        piece = doc[child.left_edge.i:child.right_edge.i + 1]
        if any(t.is_space or t.text in ",;:()\u2014\u2013\u2015" or "\n" in t.text for t in piece):
            break
        spaced_hyphen = [t.i for t in piece if t.text == "-" and t.whitespace_ and doc[t.i - 1].whitespace_]
        if spaced_hyphen:
            start = spaced_hyphen[-1] + 1  # (`14:40 GMT - Labour's spokesman`: a spaced hyphen sets off a stamp or a heading)
            break
        start = child.left_edge.i
    end = head.i + 1
    for child in head.rights:
        between = doc[end:child.i]
        if len(between) == 1 and between[0].text in ("-", "\u2010") and not doc[end - 1].whitespace_ and not between[0].whitespace_:
            end = child.right_edge.i + 1  # `two-thirds of respondents` parsed as "two" with "thirds" hung on it
            continue
        if any(t.text in ",;:()—–" for t in between):
            break
        proper_object = child.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
        # (`4 in 10 said`: a share of those asked is one phrase)
        share = child.dep_ == "prep" and child.lower_ == "in" and head.like_num and any(g.dep_ == "pobj" and g.like_num for g in child.children)
        if child.dep_ in _RIGHT_DEPS or share or (child.dep_ == "prep" and child.lower_ in ("of", "for", "at") and (head.pos_ != "PROPN" or proper_object and child.lower_ != "at")) \
                or head.pos_ == "NOUN" and _describes_source(child):
            if child.dep_ == "cc" and not any(c.dep_ == "conj" for c in head.rights):
                break
            end = child.right_edge.i + 1
            if child.dep_ == "prep":
                # `one of the cashiers, who …` / `economists at the Fed, feed costs …`: a clause or a
                # misparsed subject hung after a comma inside the phrase is no part of the name
                cut = next((t.i for t in doc[child.i + 1:end] if t.text in (",", ";") and t.i + 1 < len(doc)
                            and (doc[t.i + 1].tag_ in ("WP", "WDT") or doc[t.i + 1].dep_ == "conj" and doc[t.i + 1].pos_ == "NOUN")), None)
                if cut is not None:
                    end = cut
                    break
        else:
            break
    # a phrase never starts inside quote marks or with punctuation
    while start < head.i and (doc[start].is_punct or doc[start].is_space or doc[start].is_quote):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    opened = [t.i for t in doc[head.i + 1:end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1]:end]):
        end = opened[-1]  # `Rep. Paul Ryan (R-Wis.)` without its closing bracket: the name alone
        while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
    return start, end


def is_dateline(token: Token) -> bool:
    """`WASHINGTON —` opens a story; it is a place, not a subject."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text.isupper() and len(token.text) > 3 and following is not None and following.text in ("-", "--", "\u2014", "\u2013", "\u2015", ",", ":")


def is_agency_dateline(token: Token) -> bool:
    """`WASHINGTON (AP) —` opens a story like a bare dateline: a place, not a subject."""
    doc = token.doc
    if not (token.text.isupper() and len(token.text) > 3 and token.i + 1 < len(doc) and doc[token.i + 1].text == "("):
        return False
    for index in range(token.i + 2, min(token.i + 6, len(doc) - 1)):
        if doc[index].text == ")":
            return doc[index + 1].text in ("-", "--", "\u2014", "\u2013", "\u2015")
    return False


def _name_beside_name(token: Token) -> bool:
    """A person's name parsed as the apposition of another person's name: two people, not one
    described (a role, not a second name, is what an apposition gives)."""
    return token.dep_ == "appos" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON" \
        and token.head.pos_ == "PROPN" and token.head.ent_type_ == "PERSON"


def is_age_noun(token: Token) -> bool:
    """`the 43-year-old` names a person, though its head is tagged as an adjective."""
    doc = token.doc
    return token.lower_ == "old" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("year", "years")


def span_of(doc: Doc, start: int, end: int) -> TextSpan:
    char_start = doc[start].idx
    char_end = doc[end - 1].idx + len(doc[end - 1].text)
    return TextSpan(doc[start:end].text, char_start, char_end)


class SpeakerIndex:
    """Names and roles of one document, for resolving speaker mentions."""

    def __init__(self, doc: Doc, lexicon: Lexicon, body_start_token: int = 0, sentences: Optional[SentenceIndex] = None):
        self.doc = doc
        self.lex = lexicon
        self.names: list[_Name] = []
        self.speakers: list[tuple[int, Speaker]] = []  # (token index, resolved) in text order
        self.names_by_key: dict[str, list[_Name]] = {}
        self.known_roles: dict[str, str] = {}
        self.gender_by_key: dict[str, str] = {}
        self.full_names_by_first: dict[str, set] = {}  # `Tomas` -> {"Tomas Reyes"}: features call people by first name
        self._opening_words: Optional[dict] = None
        self.place_keys: set[str] = set()  # one-word names written somewhere as a place (`in Pelworth`, `Pelworth council`)
        # told by the quote extractor once it knows the quoted spans: a name inside quote marks is
        # what someone said, never the antecedent of the "she" who said it
        self.is_quoted: Callable[[int], bool] = lambda char: False
        self.sentences = sentences or SentenceIndex(doc)
        self.sentence_start = self.sentences.start  # (shared with the quote extractor's lookups)
        self._collect(body_start_token)
        # `Harlow` after `Harlow Foods said`: the first word of a body's longer name, written alone, is that body
        self._body_first_words = {
            (ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]).text: ent.start
            for ent in doc.ents if ent.label_ == "ORG" and len(ent) >= 2
        }

    # -- collection -------------------------------------------------------
    def _name_start(self, head: Token) -> int:
        """First token of the proper name ending at `head` (its compound chain, without titles)."""
        doc = self.doc
        start = head.i
        while start > 0:
            prev = doc[start - 1]
            if prev.text in ("-", "\u2010") and not prev.whitespace_ and start >= 2 and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper():
                if self._title_like(doc[start - 2]) or self._title_like(doc[start]):
                    break  # `Secretary-General Antonio Guterres`: a hyphened title, not a double-barrelled name
                start -= 2  # a double-barrelled name: Okonkwo-Hale
                continue
            if prev.pos_ != "PROPN" or self.lex.is_title_word(prev) or prev.lower_ in self.lex.name_prefixes or prev.lower_ in self.lex.title_tail_words:
                break  # (`Dr Ayesha Khan`, `Prof Ben Hollis`: the prefix is no part of the name)
            if head.ent_type_ == "PERSON" and prev.ent_type_ and prev.ent_type_ != "PERSON":
                break  # `the Washington Post Trump said`: a lost comma does not make one name
            if start == head.i and prev.lower_ in self.lex.first_names and prev.text[:1].isupper() and start >= 2 and doc[start - 2].like_num:
                start -= 1  # `Father-of-three Tomas Reyes`: the first name parsed as the count's object
                break
            read_as_adverb = start == head.i and head.pos_ == "ADV"  # (`Dawn Pelly`: the first name hangs elsewhere)
            if not prev.text[:1].isupper() or prev.dep_ not in ("compound", "flat", "nmod", "nsubj") and prev.head.i != head.i and not read_as_adverb:
                break
            # the chain must hang off this name, not be the end of an earlier phrase (of Ukraine Taras)
            if (prev.head.i < start - 1 and not read_as_adverb) or (prev.head.i != head.i and prev.head.i < head.i and prev.head.i > prev.i and doc[prev.head.i].pos_ != "PROPN"):
                break
            if start < head.i and self._role_word(prev, doc[start]):
                break  # `Harbourmaster Neil Ashby`: a word before a known first name and surname is a role, not a name
            after_connector = start >= 2 and doc[start - 2].lower_ in ("of", "for", "and", "&")
            if prev.dep_ == "pobj" or (after_connector and prev.ent_type_ != "PERSON" and prev.lower_ not in self.lex.first_names):
                break
            start -= 1
        return start

    def _possessive_body_start(self, token: Token, start: int) -> Optional[int]:
        """Where a body's name with an owner inside begins (`Legislative Analyst's Office`, `Albion Supporters'
        Trust`, `Brennan Children's Hospital`), or None: a capitalised body noun right after a capitalised owner."""
        doc, lex = self.doc, self.lex
        if start != token.i or start < 2 or not token.text[:1].isupper() or not (token.lower_ in lex.org_nouns or token.lower_ in lex.body_name_words):
            return None
        case = doc[start - 1]
        if case.dep_ != "case" or case.lower_ not in ("'s", "\u2019s", "'", "\u2019") or doc[start - 2].whitespace_:
            return None
        first = start - 2
        if not doc[first].text[:1].isupper() or doc[first].pos_ not in ("PROPN", "NOUN", "ADJ"):
            return None
        while first > 0 and not doc[first].is_sent_start and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
                and doc[first - 1].ent_type_ not in ("DATE", "TIME"):
            first -= 1
        if first > 0 and doc[first - 1].lower_ in ("of", "for", "and", "&", "at", "on"):
            return None  # (`the University of Vale's Centre for …`: the owner ends a longer name)
        return first

    def _written_as_place(self, token: Token) -> bool:
        """A one-word name written as a place: the whole object of `in`/`near`/… right
        before it (`Trade in Linsmoor`), or before `council`/`residents` (`Ferncastle residents`)."""
        # (not the tagger's GPE alone: it calls many a surname a place, `In late 2000, Keyworth rushed …`)
        if token.pos_ not in ("PROPN", "NOUN"):
            return False
        head = token.head
        if token.dep_ == "pobj":
            return head.i == token.i - 1 and head.lower_ in self.lex.place_prepositions
        # `Ferncastle residents`, not the end of a longer name (`Lord Ferncastle council …` is no place of its own)
        return head.i == token.i + 1 and head.lower_ in self.lex.place_followers and head.pos_ == "NOUN" \
            and not (token.i > 0 and self.doc[token.i - 1].pos_ == "PROPN" and self.doc[token.i - 1].is_title)

    def _role_word(self, prev: Token, first: Token) -> bool:
        """`Harbourmaster Neil Ashby`, `Sculptor Thandiwe Mokoena`: a capitalised word with a role ending
        before a first name (known, or where the tagger's person starts) describes; it is no name."""
        doc = self.doc
        starts_person = first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and prev.ent_type_ != "PERSON"
        return (first.lower_ in self.lex.first_names or starts_person) and prev.lower_ not in self.lex.first_names \
            and prev.text[:1].isupper() and prev.lower_.endswith(self.lex.role_word_endings) \
            and (prev.i == 0 or prev.is_sent_start or not doc[prev.i - 1].text[:1].isupper())

    def _title_like(self, token: Token) -> bool:
        return self.lex.is_title_word(token) or token.lower_ in self.lex.title_modifiers

    def _post_nominal(self, token: Token) -> bool:
        """`KC` in `Gillian Marr KC`: letters after a name, not its end."""
        doc = self.doc
        return token.text.isupper() and token.lower_ in self.lex.post_nominals and token.i > 0 \
            and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].text[:1].isupper() and not doc[token.i - 1].text.isupper()

    def _inside_chain(self, token: Token) -> bool:
        """A first name or the first half of a double-barrelled name is not a name's end."""
        doc = self.doc
        if token.dep_ not in ("compound", "flat") or token.head.i <= token.i or token.head.i - token.i > 4:
            return False
        if token.head.i == token.i + 1 and self._post_nominal(token.head):
            return False
        between = doc[token.i + 1:token.head.i + 1]
        return all(t.pos_ == "PROPN" or (t.text in ("-", "\u2010") and not t.whitespace_) for t in between)

    def _title_before(self, start: int) -> tuple[Optional[str], frozenset]:
        """The title phrase written right before a name (Deputy Prime Minister for ... of Ukraine)."""
        doc, lex = self.doc, self.lex
        index = start - 1
        first_title = None
        while index >= 0:
            token = doc[index]
            lower = token.lower_
            if token.is_space or token.is_sent_end and index != start - 1:
                break
            titled = self._title_like(token)
            if not titled and token.ent_type_ == "PERSON" and index != start - 1:
                if first_title == index + 1 and token.dep_ == "compound" and token.head.i == index + 1:
                    first_title = index  # `Pruett spokesman Dev Anand`: whose spokesman, part of the role
                break  # `Senator Ana Ruiz and Representative Jim Cole`: Cole's title stops at Ruiz
            if lower == "for" and first_title is not None and any(lex.is_title_word(t) for t in doc[index + 1:start]):
                break  # `a spokesman for Senate Majority Leader Paul Hendricks`: the spokesman is someone else
            if titled:
                first_title = index
            elif first_title is not None and token.dep_ == "compound" and token.pos_ == "NOUN" and first_title <= token.head.i < start:
                first_title = index  # `union leader Tor Eriksen`, `campaign manager Jo Vance`: the noun says which leader
            elif first_title == index + 1 and self._word_before_title(token, start):
                first_title = index  # `harbour chief Neil Ashby` (harbour read as a verb), `structural engineer Paul Dane`
            elif token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN") and token.text != "I":
                pass
            elif lower in lex.title_connectors or token.text in ("-", "'s", "’s"):
                pass
            else:
                break
            if token.is_sent_start:
                break
            index -= 1
        if first_title is None:
            return None, frozenset()
        while first_title > 0 and not doc[first_title].is_sent_start and doc[first_title - 1].text[:1].isupper() and (
            doc[first_title - 1].ent_type_ in ("NORP", "ORG", "GPE")
            or doc[first_title - 1].pos_ in ("PROPN", "NOUN") and not doc[first_title - 1].ent_type_
        ):
            first_title -= 1  # `French President Emmanuel Macron`, `United Auto Workers president Shawn Fain`
        # the phrase needs a title noun, not only modifiers ("former Smith")
        phrase = [t for t in doc[first_title:start]]
        if not any(lex.is_title_word(t) and t.lower_ not in lex.honorifics for t in phrase):
            return None, frozenset()
        while phrase and (phrase[-1].lower_ in lex.title_connectors or phrase[-1].is_punct
                          or len(phrase) > 1 and phrase[-1].lower_ in lex.name_prefixes):
            phrase.pop()  # (`general Sir Richard Barrons`, `economist Dr. Ana Ruiz`: the prefix belongs to the name)
        while phrase and phrase[0].lower_ in ("the", "-"):
            phrase.pop(0)
        if not phrase:
            return None, frozenset()
        text = self.doc[phrase[0].i:phrase[-1].i + 1].text
        return text, frozenset(t.lower_ for t in phrase)

    def _word_before_title(self, token: Token, start: int) -> bool:
        """A lower-case word right before a title, bound to it or to the name after it, or standing alone
        (a noun the tagger read as a verb), says which chief or engineer; not a verb with words of its own."""
        if not token.is_alpha or not (token.text.islower() or token.is_sent_start and token.text[1:].islower()) or token.is_stop:
            return False
        if token.tag_ in ("VBD", "VBN") and token.lower_ not in self.lex.title_modifiers and token.lower_ not in self.lex.neutral_title_modifiers:
            return False  # `Rovers sacked manager Dario Fenn`: what was done to the person is no part of the role
        if token.dep_ in ("compound", "amod", "nmod") and token.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
            return token.i < token.head.i <= start + 4
        # (`"…," harbour chief Neil Ashby said`: the quote before may hang on the misread verb)
        return token.pos_ in ("VERB", "NOUN") and not any(not c.is_punct for c in token.rights) \
            and token.lemma_.lower() not in self.lex.speech_verbs and token.lower_ not in self.lex.speech_verbs \
            and (token.i == 0 or token.doc[token.i - 1].is_punct or token.is_sent_start)

    def _count_described(self, start: int) -> Optional[int]:
        """`Father of three Tomas Reyes`, `mother-of-two Ana Ruiz`: where a person noun with a count of
        children, written right before the name, begins (None when there is none)."""
        doc = self.doc
        index = start - 1
        if index < 2 or not doc[index].like_num or doc[index].text[:1].isupper() and not doc[index].is_sent_start:
            return None
        index -= 1
        if doc[index].text in ("-", "\u2010") and index >= 2:
            index -= 1
        if doc[index].lower_ != "of":
            return None
        index -= 1
        if doc[index].text in ("-", "\u2010") and index >= 1:
            index -= 1
        noun = doc[index]
        return index if noun.lower_ in self.lex.person_nouns and noun.is_alpha else None

    def _appositive(self, head: Token) -> Optional[str]:
        for child in head.rights:
            if child.dep_ == "appos" and not child.like_num:  # "Tom Baker, 45," gives an age, not a role
                if _PARTY_AND_STATE.fullmatch(self.doc[child.left_edge.i:child.right_edge.i + 1].text):
                    continue  # `Chuck Ellison, D-N.Y.,`: party and state, not a role
                if child.ent_type_ in ("GPE", "LOC"):
                    continue  # `in Bridgeport, Conn.,`: the state of a town is no role (a role would make the town a person)
                if child.left_edge.i == child.right_edge.i and child.i > 0 and self.doc[child.i - 1].text == "(" \
                        and (child.text.isupper() or child.pos_ == "PROPN"):
                    continue  # `the Health Security Agency (HSA)`: the short name in brackets is no role
                start, end = child.left_edge.i, child.right_edge.i + 1
                # the role, without the clause that tells more about it (", who …")
                for grandchild in child.rights:
                    if grandchild.dep_ in ("relcl", "acl", "appos", "advcl") or grandchild.text == ",":
                        end = min(end, grandchild.left_edge.i)
                for inner in self.doc[child.i + 1:end]:
                    if inner.dep_ == "relcl":
                        end = min(end, inner.left_edge.i)  # (`the mayor of Brandon Falls, who …`: the clause hangs on the place)
                start, end = _clean_edges(self.doc, start, end)
                if end > start:
                    return span_of(self.doc, start, end).text
        return None

    def _described_by(self, token: Token, start: int) -> Optional[str]:
        """`the country's environment minister, Amina Bello,`: the name is the apposition of its role."""
        if token.dep_ != "appos":
            return None
        role = token.head
        for _ in range(3):  # the parse may hang the name on the role's complement (`of Acme, Jane Doe`)
            if role.pos_ in ("NOUN", "PROPN") and self._names_someone(role) or role.dep_ not in ("pobj", "prep"):
                break
            role = role.head
        # (`The Chancellor, Rachel Havers,`: a capitalised title may be tagged a proper noun;
        # `Her husband, Karim,`: a relative is a role too)
        if role.i >= start or role.pos_ not in ("NOUN", "PROPN") or not self._names_someone(role):
            return None
        if start < 1 or self.doc[start - 1].text not in (",", "\u2014", "-", "--"):
            return None
        between = self.doc[role.i + 1:start - 1]  # `the chief executive of Acme, Jane Doe,`: the role's own complement
        if any(t.text in (",", ";", ":", "\u2014") or not role.left_edge.i <= t.head.i < start for t in between):
            return None
        begin, end = _clean_edges(self.doc, role.left_edge.i, start - 1)
        while begin < end and self.doc[begin].lower_ in ("the", "a", "an"):
            begin += 1
        return span_of(self.doc, begin, end).text if end > begin else None

    def _names_someone(self, noun: Token) -> bool:
        return self.lex.is_title_word(noun) or noun.lemma_.lower() in self.lex.person_nouns

    def _surname_read_as_adverb(self, token: Token) -> bool:
        """`Aoife Kiely chairs the board`: a capitalised word the tagger calls an adverb, right after a
        first name within the sentence, is the surname (or `Kiely said` later finds only `Kiely`)."""
        if token.pos_ != "ADV" or token.i == 0 or token.is_sent_start or not token.is_alpha or token.text.isupper() \
                or not token.text[:1].isupper() or not token.text[1:].islower():
            return False
        doc = self.doc
        prev, nxt = doc[token.i - 1], doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            return False  # `Ministers Quickly Back Plan`: a headline in title case
        return prev.pos_ == "PROPN" and prev.whitespace_ != "" and prev.text[:1].isupper() and prev.text[1:].islower() \
            and not self.lex.is_title_word(prev) and prev.ent_type_ in ("", "PERSON")

    def _given_name_half(self, token: Token) -> bool:
        """`jin` in `Kim Soo-jin`: the lower-case half of a hyphened given name written after the family name."""
        doc = self.doc
        return token.i >= 3 and token.text.isalpha() and token.text.islower() and doc[token.i - 1].text in ("-", "\u2010") \
            and not doc[token.i - 1].whitespace_ and not doc[token.i - 2].whitespace_ and doc[token.i - 2].text.istitle() \
            and doc[token.i - 3].pos_ == "PROPN" and doc[token.i - 3].text.istitle() and doc[token.i - 2].ent_type_ == "PERSON"

    def _collect(self, body_start: int) -> None:
        doc, lex = self.doc, self.lex
        seen_heads = set()
        known_keys = set()
        # one-word names written as places, found from arrays (a check in the loop below would cost on every token)
        labels = doc.to_array([DEP, IS_TITLE])
        if len(labels):
            placed = ((labels[:, 0] == doc.vocab.strings.add("pobj")) | (labels[:, 0] == doc.vocab.strings.add("compound"))) & (labels[:, 1] == 1)
            for index in placed.nonzero()[0].tolist():
                if index >= body_start and self._written_as_place(doc[index]):
                    self.place_keys.add(doc[index].lower_)
        for token in doc[body_start:]:
            if token.pos_ in ("NOUN", "VERB", "ADJ") and token.lower_ in known_keys and token.text[:1].isupper() and token.text[1:].islower() \
                    and token.dep_ in _NAME_DEPS:
                pass  # `Mills rejected it.` / `Okonjo brushed it off.`: a surname met before, tagged as a common word
            elif self._surname_read_as_adverb(token):
                pass
            elif token.pos_ != "PROPN" or not (token.text[:1].isupper() or self._given_name_half(token)) or lex.is_title_word(token) \
                    or is_dateline(token) or is_agency_dateline(token):
                continue
            if any(mark in token.text for mark in "[]{}()"):
                continue  # `"[W]e urge …"`: an editor's bracket inside a quote is no name
            if token.ent_type_ in _NOT_NAME_LABELS or self._post_nominal(token):
                continue  # `on Tuesday`, `in May`: dates and figures are never speakers; nor is `KC`
            # the last token of a name chain: its head is not the next proper noun of the chain
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and token.head.i == nxt.i and token.dep_ in ("compound", "flat") and not lex.is_title_word(nxt) \
                    and not self._post_nominal(nxt):
                continue
            if token.i in seen_heads or self._inside_chain(token):
                continue
            seen_heads.add(token.i)
            start = self._name_start(token)
            owned = self._possessive_body_start(token, start)
            if owned is not None:
                self.names.append(_Name(owned, token.i + 1, doc[owned:token.i + 1].text, token.lower_, None, frozenset(), "ORG", None))
                continue  # `the Calder County Sheriff's Office`: one body's name, no sheriff's role
            role, role_words = self._title_before(start)
            counted = self._count_described(start) if role is None else None
            if counted is not None:
                role, role_words = doc[counted:start].text, frozenset((doc[counted].lower_,))  # (`Father of three Tomas Reyes`)
            if role is None and 0 < start < token.i and start <= doc[start - 1].head.i <= token.i and self._role_word(doc[start - 1], doc[start]):
                role, role_words = doc[start - 1].text, frozenset((doc[start - 1].lower_,))  # (`Harbourmaster Neil Ashby`)
            appos = self._appositive(token)
            kin = None
            if not appos and not role:
                appos = self._described_by(token, start)
                if appos and not self._names_office(appos):
                    # `Her husband, Karim,`: a relative tells who the name is (a person, and which "he"),
                    # but is no role to report, nor one that makes this name outrank a namesake
                    kin, appos = next((w for w in appos.lower().split() if w in lex.person_nouns), None), None
            if appos and (not role or all(word in lex.name_prefixes for word in role_words)):
                role = appos  # `Dr. Marit Solberg, chief executive of …`: the office is the role, not "Dr."
                role_words = frozenset(w.lower() for w in appos.replace(",", " ").split()) | role_words
            if start > 0 and doc[start - 1].lower_ in lex.name_prefixes:
                role_words = role_words | {doc[start - 1].lower_}  # (`Dr Sara Quinn` … `the doctor`)
            gender = None
            if start > 0 and doc[start - 1].lower_ in lex.honorifics:
                gender = lex.honorifics[doc[start - 1].lower_]
            elif doc[start].lower_ in lex.first_names and start < token.i:
                gender = lex.first_names[doc[start].lower_]
            elif kin is not None:
                gender = lex.person_nouns[kin]
            key = token.lower_
            text = doc[start:token.i + 1].text
            after = doc[token.i + 2] if token.i + 2 < len(doc) else None
            if nxt is not None and nxt.dep_ == "case" and nxt.head == token and token.dep_ in ("nsubj", "nsubjpass") \
                    and after is not None and (after.text == "," or after.pos_ in ("VERB", "AUX") and after.head != token):
                text = doc[start:token.i + 2].text  # `Hollin's said`: a name in the possessive form (a shop's) that owns nothing
            label = token.ent_type_
            if key in known_keys and start == token.i and label in _NOT_PERSON_LABELS:
                label = "PERSON"  # `Cole is less hopeful`: a surname met before as a person's, whatever the tagger says now
            elif label != "PERSON" and token.tag_ == "NNP" and label != "NORP" and nxt is not None and nxt.text == "," and any(
                c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") and w.dep_ in ("nsubj", "nsubjpass", "dobj") for w in c.children)
                for c in token.rights
            ):
                # `Beatrice, who keeps the accounts, …`: "who" set off by a comma tells a person the tagger took
                # for a body (not a group: `open to Mainers who never finished school`)
                label = "PERSON"
            self.names.append(_Name(start, token.i + 1, text, key, role, role_words, label, gender))
            if label == "PERSON" or gender:
                known_keys.add(key)
        for name in self.names:
            self.names_by_key.setdefault(name.key, []).append(name)
            if name.gender:
                self.gender_by_key.setdefault(name.key, name.gender)  # "Ms. Moore" anywhere tells about "Moore"
            opening = name.start
            while opening < name.end - 1 and doc[opening].lower_ in lex.name_prefixes:
                opening += 1  # (`Dr. Ana Ruiz`: the first name comes after the prefix)
            first = doc[opening]
            if name.end - opening >= 2 and (first.lower_ in lex.first_names or first.ent_type_ == "PERSON" and name.label == "PERSON"):
                self.full_names_by_first.setdefault(first.lower_, set()).add(doc[opening:name.end].text)
            if name.end - opening == 4 and self._given_name_half(doc[name.end - 1]) and first.lower_ != name.key:
                self.names_by_key.setdefault(first.lower_, []).append(name)  # `Kim Soo-jin` … `Kim`, `she`: the family name comes first
        # `Ana and Tomas Reyes opened …`: the first of two given names shares the surname after the second
        for index in range(body_start, len(doc) - 3):
            token = doc[index]
            given, joiner, other, surname = token, doc[index + 1], doc[index + 2], doc[index + 3]
            if joiner.lower_ == "and" and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (given, other, surname)) \
                    and given.lower_ in lex.first_names and not self._surname_of_someone(given) \
                    and not (token.i + 4 < len(doc) and doc[token.i + 4].pos_ == "PROPN") and not lex.is_title_word(surname):
                self.full_names_by_first.setdefault(given.lower_, set()).add(given.text + " " + surname.text)
                self.full_names_by_first.setdefault(other.lower_, set()).add(other.text + " " + surname.text)
        for name in self.names:
            if name.gender is None and name.end - name.start == 1 and name.key in self.full_names_by_first and name.key in lex.first_names \
                    and not self._surname_of_someone(doc[name.start]):
                name.gender = lex.first_names[name.key]  # `Tomas said` after `Tomas Reyes`: a given name tells "he" from "she"

    # -- resolution -------------------------------------------------------
    def _full_name(self, key: str, before: int, given: Optional[_Name] = None) -> Optional[_Name]:
        """The fullest earlier (else later) name ending in `key`; ending in all of `given` when that
        has a first name too (`Janet Holloway` is not her husband `Peter Holloway`)."""
        best = None
        whole = None
        if given is not None:
            first = given.start
            owned = any(t.dep_ == "case" for t in self.doc[given.start:given.end])  # (`Attorney General's Office`: a body's whole name)
            while first < given.end - 1 and not owned and (self.doc[first].lower_.rstrip(".") in self.lex.honorifics or self.lex.is_title_word(self.doc[first])):
                first += 1  # (`Mr Achterberg`, the honorific written without its stop, names no first name)
            opening = self.doc[first]
            if given.end - first >= 2 and (opening.ent_type_ == "PERSON" or opening.lower_ in self.lex.first_names):
                whole = self.doc[first:given.end].text  # (not a chain of bodies, `the Washington Post Trump`)
            elif given.end - first >= 2 and self.doc[given.end - 1].lower_ in self.lex.org_nouns:
                whole = self.doc[first:given.end].text  # `the Finance Ministry` is not the Health Ministry named before
        for name in self.names_by_key.get(key, ()):
            if whole is not None and not (name.text == whole or name.text.endswith(" " + whole)):
                continue
            # a chain the NER calls an organisation (`the Washington Post Trump`, a lost comma) is a
            # person's fullest name only when no other is written
            person_like = name.label not in _PLACE_OR_BODY or bool(name.gender or name.role)
            score = (name.start < before, person_like, name.end - name.start, bool(name.role), -name.start)
            if best is None or score > best[0]:
                best = (score, name)
        return best[1] if best else None

    def _looks_person(self, name: _Name) -> bool:
        if name.role or name.gender:
            return True
        if self._body_name(name):
            return False
        relabelled = name.label == "PERSON" and self.doc[name.start].ent_type_ != "PERSON"  # (`Linnea, who keeps the books,`)
        if name.end - name.start == 1 and name.key in self.place_keys and not relabelled and not self._surname_of_named_person(name.key):
            return False  # `Calum Reid owns a farm outside Pelworth. Pelworth has lost two schools`: a town, whatever the tagger says
        if name.end - name.start == 1 and self._body_first_words.get(name.text, len(self.doc)) < name.start \
                and not self._surname_of_named_person(name.key) \
                and any(not speaker.is_person and speaker.name.startswith(name.text + " ") for _, speaker in self.speakers):
            return False  # (the tagger often calls it a person; the body must have spoken: not `Trump` after `the Trump Train`)
        if name.label == "PERSON":
            return True
        if name.label in _NOT_PERSON_LABELS:
            return False
        return name.end - name.start >= 2 or self._subject_rank(name) > 0

    def mention(self, head: Token) -> tuple[Token, int, int]:
        head, start, end = self._mention(head)
        start = self._after_reduced_relative_noun(head, start)
        following = self.doc[end] if end < len(self.doc) else None
        if head.pos_ == "PROPN" and end == head.i + 1 and following is not None and self._surname_read_as_adverb(following):
            return following, start, end + 1  # `Committee chair Dawn Pelly said`, the surname tagged an adverb
        return head, start, end

    def _mention(self, head: Token) -> tuple[Token, int, int]:
        """Head and token range of the speaker mention headed by `head`.

        A parse may make the title the subject and hang the name under it
        ("Minister of Agriculture of Chile Ramon Alvarez said"): the name is the mention then.
        """
        named = next((
            c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1 and c.ent_type_ != "PERSON"
            and 2 <= c.i + 1 - c.left_edge.i <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in self.doc[c.left_edge.i:c.i + 1])
        ), None) if head.text.islower() and self.lex.is_title_word(head) else None
        if named is not None:
            return named, mention_bounds(head)[0], named.i + 1  # `councillor Ama Boateng`, the name tagged a body
        if self.lex.is_title_word(head) and head.right_edge.i > head.i and head.right_edge.ent_type_ not in _PLACE_OR_BODY:
            last = head.right_edge  # (not "a spokeswoman for the Ministry of Defence": the ministry is no name of hers)
            for name in self.names:
                # (not `a spokesperson for Wren`, `officials in Carrowmore`: the name is the whole object of a preposition)
                if name.end == last.i + 1 and last.pos_ == "PROPN" and name.start > head.i and self.doc[name.start - 1].pos_ != "ADP":
                    return last, name.start, name.end
            # `Senate Majority Leader Chuck Ellison, D-N.Y., said`: the name read as the title's apposition
            named = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.left_edge.i == head.i + 1), None)
            if named is not None:
                return named, mention_bounds(head)[0], named.i + 1
        office_holder = self._office_holder_of(head) if head.tag_ == "NNS" else None
        if office_holder is not None:
            return office_holder, mention_bounds(head)[0], office_holder.i + 1
        start, end = mention_bounds(head)
        if self._post_nominal(head):
            return self.doc[head.i - 1], start, end  # `Gillian Marr KC said`: the name is Marr's
        following = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if head.pos_ == "PROPN" and following is not None and following.dep_ == "appos" and following.head.i == head.i \
                and following.pos_ == "PROPN" and following.text[:1].isupper() and head.whitespace_ == " " \
                and any(name.start <= head.i and name.end == following.i + 1 for name in self.names_by_key.get(following.lower_, ())):
            # `Detective Constable Ivo Marchbank of …` parsed with the surname as the first name's apposition
            return following, start, max(end, following.i + 1)
        return head, start, end

    def _after_reduced_relative_noun(self, head: Token, start: int) -> int:
        """`…, a change patient groups described as …`: a singular article before a plural subject, after a comma,
        opens the noun a relative clause without `that` describes; the speakers are the plural's phrase."""
        doc = self.doc
        if head.tag_ != "NNS" or head.dep_ != "nsubj" or start < 1 or doc[start - 1].text != "," \
                or doc[start].lower_ not in ("a", "an", "another", "this", "that", "each", "every"):
            return start
        noun = doc[start + 1] if start + 1 < head.i else None
        if noun is None or noun.tag_ != "NN" or noun.like_num or noun.lemma_.lower() in self.lex.quantity_nouns:
            return start
        return noun.i + 1

    def _office_holder_of(self, group: Token) -> Optional[Token]:
        """`Friends of Elm Park chair Rhoda Kemp said`, parsed with `Friends` as the subject: a body's name, an
        office and a person's name after `of` make the person the speaker (not `Supporters of striker X`)."""
        of = next((c for c in group.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == group.i + 1), None)
        name = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if of is not None else None
        if name is None or not (name.ent_type_ == "PERSON" or name.i > 0 and self.doc[name.i - 1].lower_ in self.lex.first_names):
            return None
        first = self._name_start(name)
        office = self.doc[first - 1] if first > of.i + 2 else None
        if office is None or office.lower_ not in self.lex.office_titles or not office.text.islower():
            return None
        body = self.doc[of.i + 1:office.i]
        return name if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in body) else None

    def resolve(self, head: Token, start: int, end: int) -> Speaker:
        """Resolve the mention doc[start:end] headed by `head`, remember it, return it."""
        speaker = self._resolve(head, start, end)
        # a role learnt once ("the agency's director, Helen Short") holds for later mentions ("Short said")
        if speaker.role:
            self.known_roles.setdefault(speaker.name, speaker.role)
        elif speaker.is_person:
            speaker.role = self.known_roles.get(speaker.name)
        self.speakers.append((start, speaker))
        return speaker

    def _resolve(self, head: Token, start: int, end: int) -> Speaker:
        doc, lex = self.doc, self.lex
        mention = span_of(doc, start, end)
        group = doc[start] if head.pos_ == "PROPN" and start < head.i and doc[start].tag_ == "NNS" else None
        if group is not None and self._office_holder_of(group) == head:
            # `Friends of Elm Park chair Rhoda Kemp`: the whole office she holds is her role
            found = self._resolve(head, self._name_start(head), end)
            return Speaker(mention, found.name, doc[start:self._name_start(head)].text, True)
        if self._post_nominal(head):
            head = doc[head.i - 1]  # `Oliver Quist KC said`: the name is Quist's
        lower = head.lower_
        if lower in ("who", "which", "that") and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
            # the relative pronoun stands for the noun its clause hangs on
            noun = head.head.head
            owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lower == "who" else None
            if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON" and noun.i > owner.i \
                    and any(c.dep_ == "compound" and lex.is_title_word(c) for c in owner.children):
                noun = owner  # `Mayor Jo Pike of Brandon Falls, who said …`: the titled person, not the place
            elif owner is not None and owner.pos_ == "NOUN" and lex.is_title_word(owner) and owner.dep_ == "appos" \
                    and owner.head.pos_ == "PROPN" and owner.head.ent_type_ not in _NOT_PERSON_LABELS:
                noun = owner.head  # `Ana Ruiz, the mayor of Pine Falls, who said …`: the person the role belongs to (a tagger may call the town a person)
            if noun.dep_ == "appos" and noun.head.i < noun.i and noun.head.pos_ == "PROPN" and noun.ent_type_ != "PERSON" \
                    and noun.head.ent_type_ not in _NOT_PERSON_LABELS:
                noun = noun.head  # `Ann Ray, a Democrat who …`: the description in apposition is the named person's
            elif noun.ent_type_ != "PERSON":
                # (the parse may join the name as a conjunct: set off by a comma, with no `and` before it)
                named = next((c for c in noun.rights if c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.i < head.i and (
                    c.dep_ == "appos" or c.dep_ == "conj" and doc[c.left_edge.i - 1].text == "," and not any(t.dep_ == "cc" for t in doc[noun.i:c.i]))), None)
                if named is not None:
                    noun = named  # `one Republican, Sen. Jo Vance of Idaho, who said …`: the person the description names
            antecedent, a_start, a_end = self.mention(noun)
            resolved = self._resolve(antecedent, a_start, a_end)
            return Speaker(mention, resolved.name, resolved.role, resolved.is_person)
        appos = self._appositive(head)
        if lower in ("former", "latter") and end - start == 2 and doc[start].lower_ == "the":
            pair = self._pair_before(start)
            if pair is not None:
                chosen = pair[0] if lower == "former" else pair[1]
                return Speaker(mention, chosen.text, chosen.role, True)
        age_noun = is_age_noun(head) and doc[start].lower_ in ("the", "this")
        if age_noun or doc[start].lower_ == "the" and head.tag_ == "NN" and any(is_age_noun(t) for t in doc[start + 1:head.i]):
            # `"…," the 24-year-old told reporters`, `Ellie Brandt says … The 24-year-old sprinter told reporters`:
            # an age names the person the last sentences were about
            subject = self._named_subject_before(start)
            if subject is not None:
                return Speaker(mention, subject.text, appos or subject.role, True)
            if age_noun:
                return Speaker(mention, mention.text, appos, True)
        if doc[start].lower_ == "the" and lower in lex.epithets and not any(c.dep_ == "prep" for c in head.rights) \
                and not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[self.sentence_start(start):start]):
            # `Sen. Carla Mendes unveiled … The Nevada Democrat told reporters`: a party or standing names the person
            # just written about (not inside a sentence about someone else: `X said … after the billionaire claimed`)
            subject = self._named_subject_before(start)
            if subject is None or (lex.epithets & {w.lower() for w in (subject.role or "").split()}) - {lower}:
                subject = self._person_with_role(start, {lower})  # (`Iris Mull, a Democrat, … The Republican` is not Iris Mull)
            if subject is not None:
                return Speaker(mention, subject.text, appos or subject.role or doc[start + 1:end].text, True)
            quoted = self._last_person_speaker(start)  # (`"…," he said. "…" The incumbent said`: the one just quoted)
            if quoted is not None and not (lex.epithets & {w.lower() for w in (quoted.role or "").split()}) - {lower}:
                return Speaker(mention, quoted.name, appos or quoted.role or doc[start + 1:end].text, True)
        if head.pos_ == "PRON" or lower in lex.pronouns:
            features = lex.pronouns.get(lower)
            if features and features["person"] == 3 and features["number"] == "sg" and features["gender"] in ("m", "f"):
                antecedent = self._person_before(start, features["gender"])
                if antecedent is not None:
                    return Speaker(mention, antecedent[0], appos or antecedent[1], True)
            if features and features["gender"] == "n":
                thing = self._subject_before(start)
                if thing is not None:
                    return Speaker(mention, thing, appos, False)
            if lower == "they":
                group = self._group_subject_before(start)
                if group is not None:
                    return Speaker(mention, group.name, appos or group.role, False)
            return Speaker(mention, mention.text, appos, False)
        counted = self._named_after_count(start, end)
        if counted is not None:
            return Speaker(mention, counted[0], appos or counted[1], True)
        if head.text[:1].isupper() and (not lex.is_title_word(head) or self._known_surname(head)) and not (lower in lex.org_nouns and end - start <= 2):
            own = next((n for n in self.names_by_key.get(lower, ()) if n.end == head.i + 1 and n.start >= start), None)
            name = self._full_name(lower, start, own)
            if name is not None and name.end - name.start == 1:
                by_first = self._by_first_name(head, start, end)
                if by_first is not None:  # `Clara says` after `Clara and Beatrice Montfort`; `Sir Keir said` after `Sir Keir Ashdown, the …`
                    return Speaker(mention, by_first, appos or name.role or self._role_of(by_first, start), True)
            if name is not None:
                # `State Sen. Karen Walsh, a Republican who …`: the title written before the name is her role,
                # unless the apposition names an office too (`Rep. Ann Fry, chair of the Rules Committee`)
                own_title = name.role if name.role and start <= name.start < end else None
                if own_title and appos and self._names_office(appos):
                    own_title = None
                person = self._looks_person(name)
                full_person = (name.label == "PERSON" or name.gender is not None) and name.end - name.start >= 2
                return Speaker(mention, self._fuller(mention, name.text, full_person, name.role), own_title or appos or name.role, person)
            if head.pos_ == "PROPN":
                by_first = self._by_first_name(head, start, end)
                if by_first is not None:
                    return Speaker(mention, by_first, appos or self._role_of(by_first, start), True)
                text = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text
                return Speaker(mention, text, appos, head.ent_type_ == "PERSON")
        # "His lawyer, Alan Brewster, said": the name in apposition is the speaker (also when the parse
        # hangs it on the role's complement: "The chief executive of Acme, Jane Doe, said");
        # not "The mayor (a Democrat)": a party or nationality in brackets describes, it names no one
        named = [c for c in head.rights if c.dep_ == "appos"] + [
            t for t in doc[head.i + 1:end] if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.head.i != head.i
        ]
        for child in named:
            if child.pos_ == "PROPN" and (head.pos_ != "PROPN" or lex.is_title_word(head)) and child.ent_type_ != "NORP" and doc[child.left_edge.i - 1].text != "(":
                own = next((n for n in self.names_by_key.get(child.lower_, ()) if n.end == child.i + 1), None)
                name = self._full_name(child.lower_, child.i + 1, own)  # (`His son, Mark Reilly,` is not the father Tom Reilly)
                full = name.text if name is not None else self.doc[self._name_start(child):child.i + 1].text
                if child.i + 1 < len(doc) and self._surname_read_as_adverb(doc[child.i + 1]):
                    full = doc[self._name_start(child):child.i + 2].text  # `Committee chair Dawn Pelly`, the surname tagged an adverb
                role_start, role_end = _clean_edges(doc, start, self._name_start(child))
                role = doc[role_start:role_end].text if role_end > role_start else None
                return Speaker(mention, full, role or mention.text, True)
        # a role or organisation noun: "the Deputy Prime Minister", "Smith's spokesperson", "the ministry"
        # (`Mandel's spokesperson`: a surname met before may be tagged a common noun)
        poss = [c for c in head.children if c.dep_ == "poss" and (
            c.pos_ == "PROPN" or c.text[:1].isupper() and c.text[1:].islower() and c.lower_ in self.names_by_key)]
        if poss:
            owner = self._full_name(poss[0].lower_, start)
            if owner is not None and head.lemma_.lower() in lex.statement_nouns:
                return Speaker(mention, owner.text, owner.role, self._looks_person(owner))  # "Smith's statement said"
            if owner is not None:
                rest = doc[poss[0].i + 1:end].text
                name = owner.text + ("" if rest.startswith(("'", "’")) else " ") + rest
                after_case = [t for t in doc[poss[0].i + 1:end] if t.dep_ != "case"]
                role = doc[after_case[0].i:end].text if after_case and lex.is_title_word(head) else None
                return Speaker(mention, name, appos or role, not self._speaks_as_body(head))
            return Speaker(mention, mention.text, appos, True)
        lemma = head.lemma_.lower()
        body = self._body_ending_with(start, end) if doc[start].lower_ == "the" and end - start >= 3 and (lemma in lex.org_nouns or lower in lex.body_name_words) else None
        if body is not None:
            return Speaker(mention, body, appos, False)  # `the sheriff's office` after `the Calder County Sheriff's Office`
        owner_word = next((c for c in head.children if c.dep_ == "poss" and c.i >= start), None)
        speaks_for = lemma in lex.speaks_for_nouns or lower in lex.speaks_for_nouns
        if owner_word is None and speaks_for and head.i + 2 < end and doc[head.i + 1].lower_ in ("for", "of") and doc[head.i + 1].head.i == head.i:
            # `a spokesperson for the mayor`, `the office of Sen. Pelletier`: named as `X's spokesperson` is
            owner_word = next((c for c in doc[head.i + 1].children if c.dep_ == "pobj" and c.right_edge.i + 1 == end), None)
        if owner_word is not None and (speaks_for or lemma in lex.statement_nouns):
            # `Her office said`, `the senator's spokesman said`: the office of the person the owner stands for,
            # named as `Dora Pelletier's spokesman` is when written with her name
            owner = self._possessor(owner_word, start)
            holder = self._person_with_role(start, {lower}) if owner is not None and lex.is_title_word(head) else None
            if holder is not None and owner[0].split()[-1].lower() in holder.role_words:
                # `Gowdy spokesman Jamal Ware said … The congressman's spokesman added`: the one named in that office
                return Speaker(mention, holder.text, appos or holder.role, True)
            if owner is not None and lemma in lex.statement_nouns:
                return Speaker(mention, owner[0], owner[1], True)  # (`her statement said`: she speaks)
            if owner is not None and owner_word.dep_ == "pobj":
                return Speaker(mention, owner[0] + "'s " + head.lower_, appos or (head.lower_ if lex.is_title_word(head) else None), not self._speaks_as_body(head))
            if owner is not None:
                rest = [t for t in doc[owner_word.right_edge.i + 1:end] if t.dep_ != "case"]
                if rest:
                    name = owner[0] + "\u2019s " if "\u2019" in mention.text else owner[0] + "'s "
                    role = doc[rest[0].i:end].text if lex.is_title_word(head) else None
                    return Speaker(mention, name + doc[rest[0].i:end].text, appos or role, not self._speaks_as_body(head))
        owner_noun = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        if owner_noun is not None and lemma in lex.statement_nouns and owner_noun.i >= start:
            # `The club's statement read: "…"`: the body that owns the statement speaks
            owner_start = owner_noun.left_edge.i
            owner = self._resolve(owner_noun, owner_start, owner_noun.i + 1)
            return Speaker(mention, owner.name, owner.role, owner.is_person)
        author = self._author_of(head) if lemma in lex.document_nouns else None
        if author is not None:
            # `A study by the Grattan Institute found`, `The report, published by X, found`: its author speaks
            author, author_start, author_end = self.mention(author)
            found = self._resolve(author, author_start, author_end)
            name = found.name
            if " " not in name:  # (`the independent Centre for Rail and Road Studies`: more than its head)
                first = next((t.i for t in doc[author_start:author_end] if t.text[:1].isupper()), author.i)
                name = doc[first:author_end].text
            if author_end > end and author.i > head.i:
                mention = span_of(doc, start, author_end)  # `A study by X`: the mention runs to the author it names
            return Speaker(mention, name, found.role, found.is_person)
        if lemma in lex.statement_nouns and doc[start].lower_ in ("the", "that", "this") and end - start == 2:
            issuer = self._issuer_before(start, lemma)
            if issuer is not None:
                return Speaker(mention, issuer.name, issuer.role, issuer.is_person)  # `"…," the statement said`
        if lex.is_title_word(head):
            if head.tag_ in ("NNS", "NNPS"):
                return Speaker(mention, mention.text, appos, False)
            if doc[start].lower_ in lex.indefinite_words:
                # `a French official`, `one minister`: someone new, not a person named before
                return Speaker(mention, mention.text, appos or mention.text, True)
            words = {
                t.lower_ for t in doc[start:end]
                if not t.is_stop and t.i != head.i and (t.text[:1].isupper() or t.pos_ in ("NOUN", "ADJ", "PROPN"))
                and t.lower_ not in lex.neutral_title_modifiers
            } | {lower}  # `the health minister` is not the finance minister
            person = self._person_with_role(start, words)
            if person is None and lemma in lex.generic_titles and len(words) > 1:
                # `the French leader` after `French President Emmanuel Macron`: the nationality names him
                person = self._person_with_role(start, words - {lower})
            if person is None and doc[start].lower_ == "the" and head.tag_ == "NN":
                person = self._described_subject_before(start, head, words)
            if person is not None:
                return Speaker(mention, person.text, appos or person.role, True)
            return Speaker(mention, mention.text, appos or mention.text, True)
        bare_plural = head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in head.children)
        # (`Tenants' groups said`: bodies of the owner's, not the one body named before)
        bare_plural = bare_plural or head.tag_ == "NNS" and lower != lemma and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children)
        if (lower in lex.org_nouns or lemma in lex.org_nouns) and doc[start].lower_ not in lex.indefinite_words and not bare_plural:
            # (`Patient groups said` names bodies of its own, not the college named before)
            # (`a partner firm said` introduces a new body; it does not refer back to one named before)
            own_name = lemma in lex.generic_org_nouns and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
            org = None if own_name else self._org_before(start, lemma)  # (`The Times newspaper` names its own body)
            if org is not None:
                return Speaker(mention, org.text, appos, False)
        if doc[start].lower_ in ("the", "this", "that") and head.tag_ in ("NN", "NNP"):
            # a definite description naming a role given before: "the guide" after "Anton Gruber, a mountain guide"
            # (not `the union` after `union leader Tor Eriksen`: a body is no person's role)
            person = None if lemma in lex.org_nouns or lower in lex.org_nouns else self._person_with_role(start, {lower})
            if person is not None:
                return Speaker(mention, person.text, appos or person.role, True)
        if lemma in lex.person_nouns and head.tag_ == "NN":
            return Speaker(mention, mention.text, appos, True)  # `her daughter said`: someone a later "she" may be
        if lower == "one" and doc[start].i == head.i:
            # `One of the cashiers told …`: one of some people, whom a later "she" may be (not of bodies or papers)
            of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if group is not None and group.tag_ == "NNS" and group.ent_type_ not in _PLACE_OR_BODY \
                    and not {group.lemma_.lower(), group.lower_} & (lex.org_nouns | lex.generic_org_nouns | lex.document_nouns | lex.group_nouns):
                return Speaker(mention, mention.text, appos, True)
        if doc[start].lower_ in lex.indefinite_words and head.tag_ == "NN" and lemma not in lex.document_nouns \
                and lemma not in lex.org_nouns and lemma not in lex.generic_org_nouns:
            # `One senior backbencher, who asked not to be named, said …`: someone new, whom "he" may be
            return Speaker(mention, mention.text, appos, True)
        return Speaker(mention, mention.text, appos, False)

    def _body_ending_with(self, start: int, end: int) -> Optional[str]:
        """The body last named whose name ends in the words of `the …` (`the sheriff's office`, `the fire
        department`): the mention is its short form."""
        doc = self.doc
        words = [t.lower_.replace("\u2019", "'") for t in doc[start + 1:end]]
        for name in reversed(self.names):
            if name.start >= start or name.end - name.start <= len(words) or name.label not in ("ORG", ""):
                continue
            if [t.lower_.replace("\u2019", "'") for t in doc[name.end - len(words):name.end]] == words:
                return name.text
        return None

    def _speaks_as_body(self, head: Token) -> bool:
        """`Pelletier's office`, `his campaign`: a body speaks, no person a later "she" may be."""
        return head.lemma_.lower() in self.lex.org_nouns or head.lower_ in self.lex.org_nouns

    def _possessor(self, owner: Token, start: int) -> Optional[tuple[str, Optional[str]]]:
        """The person a possessive names (`her` the woman last written about, `the senator's` the senator):
        the full name and role, or None when it names no one found."""
        features = self.lex.pronouns.get(owner.lower_)
        if features is not None:
            if features["person"] != 3 or features["number"] != "sg" or features["gender"] not in ("m", "f"):
                return None
            person = self._person_before(start, features["gender"])
            return person if person is not None and self._proper_name(person[0]) else None  # (not `The candidate`)
        if owner.pos_ == "PROPN" and owner.text[:1].isupper():
            name = self._full_name(owner.lower_, start) if owner.ent_type_ in ("", "PERSON") and self.doc[owner.left_edge.i].lower_ != "the" else None
            if name is None or not (name.label == "PERSON" or name.gender) or not self._looks_person(name) or name.end - name.start < 2:
                return None  # (`a spokeswoman for the Ministry of Health` or `for Janney`, a firm: a body's, named as written)
            return name.text, name.role
        if owner.pos_ != "NOUN" or not self.lex.is_title_word(owner) or self.doc[owner.left_edge.i].lower_ != "the" or owner.right_edge.i != owner.i + (
                owner.i + 1 < len(self.doc) and self.doc[owner.i + 1].dep_ == "case"):
            return None  # (`the retired governor's office in Ohio`, `the aide of the governor from Ohio`: more than the title)
        owner_start, owner_end = owner.left_edge.i, owner.i + 1
        found = self._resolve(owner, owner_start, owner_end)
        if not found.is_person or found.name == found.mention.text or not self._proper_name(found.name):
            return None
        return found.name, found.role

    @staticmethod
    def _proper_name(text: str) -> bool:
        """A person's name to write an office after: capitalised words, no article, no owner (`Ana Ruiz's aide`), no `(R-La.)`."""
        words = text.split()
        return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper() and words[0].lower() not in ("the", "a", "an", "this", "that") \
            and "'s" not in text and "\u2019s" not in text and not _PARTY_AND_STATE.fullmatch(text)

    def _author_of(self, document: Token) -> Optional[Token]:
        """The body or person a document is by (`a study by X`, `research from X`, `the report, published by X,`)."""
        for child in document.rights:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                by = child
            elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in self.lex.authoring_verbs:
                by = next((c for c in child.children if c.dep_ == "agent"), None)
            else:
                continue
            author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if author is not None and (author.pos_ == "PROPN" or author.pos_ == "NOUN" and author.lemma_.lower() in self.lex.org_nouns):
                return author
        return None

    def _named_after_count(self, start: int, end: int) -> Optional[tuple[str, str]]:
        """`Mother of two Leanne Price said`: a person noun with a count (`of two`) describes the name right
        after it (not `the mother of Leanne Price`, who is someone else). The name and the description."""
        doc, first = self.doc, start + 3
        if end - first < 2 or end - first > 4 or doc[start + 1].lower_ != "of" or self._count_described(first) != start:
            return None
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[first:end]):
            return None
        return doc[first:end].text, doc[start:first].text

    def _described_subject_before(self, start: int, head: Token, words: set) -> Optional[_Name]:
        """`Ivo Kral equalised late. "…," the Czech striker said`: a role met for the first time, said of
        the person named as the last sentences' subject, is another way to name that person (not when
        the role was written before for no named person: `Ann Roe met the mayor. The mayor said`)."""
        held = set()
        for name in self.names:
            if name.start >= start:
                break
            held |= name.role_words
        if head.lower_ not in held and any(t.lower_ == head.lower_ for t in self.doc[:start]):
            return None
        subject = self._named_subject_before(start, reach=2)  # (a quote of two sentences is in between)
        if subject is None or not (subject.label == "PERSON" or subject.gender) or subject.end - subject.start < 2:
            return None
        role_words = subject.role_words or next((n.role_words for n in self.names_by_key.get(subject.key, ()) if n.role_words), frozenset())
        if role_words and not {_word_stem(w) for w in words} & {_word_stem(w) for w in role_words}:
            return None  # (`Mayor Ann Roe … the governor said` is someone else)
        if head.lower_ in held and head.lower_ not in role_words:
            return None  # (`President Ames … Ann Roe said … the president said`: the one who holds the title)
        return subject

    def _issuer_before(self, before: int, lemma: str) -> Optional[Speaker]:
        """Who put out the statement that `the statement` refers to: the subject of the verb the last
        one hangs on (`The council said in a statement …`, `The firm issued a statement …`)."""
        doc = self.doc
        first = self.sentence_start(before)
        previous = self._sentences_back(first, 1)
        for token in reversed(doc[previous:before]):
            if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
                continue
            verb = token.head
            while verb.dep_ == "prep" or verb.pos_ == "ADP":
                verb = verb.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None) if verb.pos_ == "VERB" else None
            if subject is None or self.is_quoted(subject.idx):
                return None
            return self._resolve(subject, *mention_bounds(subject))
        return None

    def _role_of(self, full: str, before: int) -> Optional[str]:
        """The role written with the full name `full` before token `before`, if any."""
        return next((n.role for n in reversed(self.names) if n.start < before and n.role and n.text == full), None)

    def _surname_of_someone(self, token: Token) -> bool:
        """`Sanders` in `Sanders and Hillary Clinton` ends a full name given elsewhere: no given name."""
        return any(n.end - n.start >= 2 for n in self.names_by_key.get(token.lower_, ()))

    def _by_first_name(self, head: Token, start: int, end: int) -> Optional[str]:
        """`"…," Tomas said` after `Tomas Reyes`: a lone given name is the one full name that opens with it."""
        if end - start > 1 and not all(self._title_like(t) or t.i == head.i or t.lower_ in ("the", "a") for t in self.doc[start:end]):
            return None
        if self._surname_of_someone(head):
            return None  # a surname of someone named in full
        full = self.full_names_by_first.get(head.lower_, ())
        if not full:
            return self._family_name_first(head, start)
        return next(iter(full)) if len(full) == 1 else None

    def _names_by_opening_word(self) -> dict:
        """Full names of two words or more by their first word (prefixes aside): (first, end, name or None for
        a tagged person), built once, on demand."""
        if self._opening_words is None:
            doc, self._opening_words = self.doc, {}
            for name in self.names:
                first = name.start
                while first < name.end - 1 and doc[first].lower_ in self.lex.name_prefixes:
                    first += 1
                if name.end - first >= 2:
                    self._opening_words.setdefault(doc[first].lower_, []).append((first, name.end, name))
            for ent in doc.ents:
                if ent.label_ == "PERSON" and len(ent) >= 2 and all(t.pos_ == "PROPN" for t in ent):
                    self._opening_words.setdefault(ent[0].lower_, []).append((ent.start, ent.end, None))
        return self._opening_words

    def _family_name_first(self, head: Token, before: int) -> Optional[str]:
        """`Tran said` after `Minister Tran Minh Quoc`, `Szabo said` after `Szabo Gergely`: a lone word that opens
        one person's full name (family name first) is that person, when nobody else has the word as a name."""
        lower = head.lower_
        if head.ent_type_ not in ("PERSON", "") or lower in self.place_keys:
            return None  # (`Cleveland`, `Microsoft`: a place or a body opens many names)
        doc = self.doc
        bodies = self.lex.org_nouns | self.lex.body_name_words | self.lex.document_nouns
        found = {
            doc[first:end].text for first, end, name in self._names_by_opening_word().get(lower, ())
            if first < before and (name is None or self._looks_person(name))
            and not any(t.lower_ in bodies or t.lemma_.lower() in bodies or name is None and not t.is_alpha for t in doc[first:end])
        }  # (not `Hurun Report`, `Ames-Lund`)
        longest = max(found, key=len, default=None)
        if longest is None or not all(longest.startswith(text) for text in found):
            return None
        return longest

    def _names_office(self, phrase: str) -> bool:
        """An apposition with a title word says what the person does (`chair of the Rules Committee`),
        not only their party or their place (`a Republican`, `Democrat of Vermont`)."""
        words = phrase.lower().replace(",", " ").split()
        return any(word in self.lex.titles or word.rstrip("s") in self.lex.titles for word in words)

    def _known_surname(self, head: Token) -> bool:
        """`"…," Major said` after `John Major`: a title word standing alone that ends a name given before."""
        following = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if following is not None and following.pos_ == "PROPN" and following.text[:1].isupper():
            return False
        return any(name.start < name.end - 1 and name.start < head.i for name in self.names_by_key.get(head.lower_, ()))

    def _fuller(self, mention: TextSpan, name: str, person: bool = False, role: Optional[str] = None) -> str:
        """"the Portuguese Red Cross" is fuller than the registered "Red Cross"; "Chief executive X" is not,
        nor is a person's "Lucy Tran of Ostmark Securities" or "Gillian Marr KC"."""
        text = mention.text
        for article in ("the ", "The "):
            if text.startswith(article):
                text = text[len(article):]
        if person and text.startswith(name + " ") and text[len(name) + 1:].split(" ", 1)[0] in ("of", "for", "at", "from"):
            return name
        if person and text.endswith(" " + name) and name.split()[0].lower() in self.lex.first_names and len(name.split()) >= 2:
            return name  # `Harbourmaster Neil Ashby`: words before a first name are no part of the name
        if person and role and text == role + " " + name:
            return name  # `Sculptor Thandiwe Mokoena`: the role word written before the name
        if len(text) > len(name) and name in text:
            words = text.split()
            name_words = set(name.split())
            extra = [w for w in words if w not in name_words and not (w.isupper() and w.lower() in self.lex.post_nominals)]
            connectors = {"of", "for", "and", "&", "on"}
            if (
                words[0][:1].isupper() and words[-1][:1].isupper() and extra
                and all(
                    w in connectors or (
                        w[:1].isupper() and w.replace("-", "").isalpha()
                        and w.lower() not in self.lex.titles and w.lower() not in self.lex.name_prefixes
                        and not ("-" in w and any(part in self.lex.titles for part in w.lower().split("-")))
                    )
                    for w in extra
                )
            ):
                return text
        return name

    def _person_before(self, before: int, gender: Optional[str]) -> Optional[tuple[str, Optional[str]]]:
        """The most recent person (a speaker or a name) before token `before` agreeing in gender."""
        best: Optional[tuple[int, str, Optional[str]]] = None
        for position, speaker in reversed(self.speakers):
            if position < before and speaker.is_person and speaker.name:
                words = speaker.name.lower().split()
                known = self.lex.first_names.get(words[0]) or self.lex.person_nouns.get(words[-1])
                if gender and known and known != gender:
                    continue
                best = (position, speaker.name, speaker.role)
                break
        found: Optional[_Name] = None
        found_rank = -1
        for name in reversed(self.names):
            if best is not None and name.start <= best[0]:
                if found is not None and found_rank < 2 and self.sentence_start(best[0]) == self.sentence_start(found.start):
                    found = None  # `Okafor says Lund has a record. He warns`: the sentence's speaker, not who it is about
                break
            if name.start >= before or not self._looks_person(name) or not self._agrees(name, gender, before) \
                    or self.is_quoted(self.doc[name.start].idx):
                continue
            rank = self._subject_rank(name)
            if rank == 0 and self._pronoun_subject_beside(name, gender, before):
                continue  # `Though he did not name Rubio, he made it clear …`: the "he" is the one talked about, not Rubio
            if found is None:
                found, found_rank = name, rank
                if rank == 2:
                    break
            elif self.sentence_start(name.start) != self.sentence_start(found.start):
                break
            elif rank > found_rank:
                found, found_rank = name, rank  # "Smith criticised Jones. He said …": the subject is the likelier antecedent
                if rank == 2:
                    break
        if found is not None and found_rank == 0 and best is not None and gender and self.doc[found.end - 1].dep_ in ("pobj", "poss", "dobj") \
                and any(n.text == best[1] and (n.label == "PERSON" or n.gender == gender) for n in self.names) \
                and self._pronoun_chain(best[0], before, gender):
            found = None  # `Roe says … she left Vale for Dunmore. She signed … "…," she says`: the chain of "she" is Roe's
        if found is not None:
            full = self._full_name(found.key, before, found) or found
            best = (found.start, full.text, full.role)
        titled = self._title_subject_before(before, best[0] if best else -1)
        if titled is not None:
            return titled
        return (best[1], best[2]) if best else None

    def _pronoun_subject_beside(self, name: _Name, gender: Optional[str], before: int) -> bool:
        """Another he or she is the main subject of the sentence the name is no subject of: that pronoun's
        person is the one the sentence is about."""
        if not gender:
            return False
        sentence = self.sentences.sentence(name.start)
        return any(t.i != before and t.head.dep_ == "ROOT" and self._pronoun_subject(t, gender) for t in sentence)

    def _pronoun_subject(self, token: Token, gender: str) -> bool:
        """A singular he or she of this gender as a subject."""
        features = self.lex.pronouns.get(token.lower_, {})
        return token.dep_ in ("nsubj", "nsubjpass") and features.get("gender") == gender and features.get("number") == "sg"

    def _pronoun_chain(self, after: int, before: int, gender: str) -> bool:
        """A "he"/"she" of this gender is a subject between `after` and `before` (within the last sentences)."""
        start = max(after + 1, self._sentences_back(before, 3))
        return any(self._pronoun_subject(t, gender) and not self.is_quoted(t.idx) for t in self.doc[start:before])

    def _last_person_speaker(self, before: int, reach: int = 3) -> Optional[Speaker]:
        """The person last quoted, in this sentence or the `reach` ones before."""
        previous = self._sentences_back(self.sentence_start(before), reach)
        for position, speaker in reversed(self.speakers):
            if position < previous:
                return None
            if position < before:
                return speaker if speaker.is_person and speaker.name else None
        return None

    def _sentences_back(self, position: int, steps: int) -> int:
        """Where the sentence `steps` sentence starts before token `position` begins (the few sentences
        an antecedent is looked for in); the document's start stops it."""
        for _ in range(steps):
            if position <= 0:
                break
            position = self.sentence_start(position - 1)
        return position

    def _named_subject_before(self, before: int, reach: int = 1) -> Optional[_Name]:
        """The person named as the subject of this sentence or the `reach` ones before (not just any name:
        `the former model defended her husband. "…," said the 46-year-old` is not the husband)."""
        previous = self._sentences_back(self.sentence_start(before), reach)
        for name in reversed(self.names):
            if name.start >= before or not self._looks_person(name) or self.is_quoted(self.doc[name.start].idx):
                continue
            if name.start < previous:
                return None
            if self._subject_rank(name) == 2:
                return self._full_name(name.key, before, name) or name
        return None

    def _title_subject_before(self, before: int, after: int) -> Optional[tuple[str, Optional[str]]]:
        """`The senator railed against it - "…," he said`: a person named by role as the subject of the
        pronoun's own sentence, nearer than any name, is who "he" is."""
        doc = self.doc
        if before <= 0 or before >= len(doc):
            return None
        first = self.sentence_start(before)
        cue = doc[before].head
        # (the subject opens the sentence: its first words only, or a run-on "sentence" of quotes turns quadratic)
        for token in doc[max(first, after + 1):min(before, first + 8)]:
            if token.head.dep_ == "ccomp" and token.head.head.i == cue.i and cue.i != before:
                continue  # `The minister had no plan, she added`: the subject of what she reports is not she
            if token.dep_ == "nsubj" and token.tag_ == "NN" and self.lex.is_title_word(token) \
                    and token.left_edge.i == first and doc[first].lower_ == "the":
                speaker = self._resolve(token, *mention_bounds(token))
                if speaker.is_person:
                    return speaker.name, speaker.role
        # `The finance minister declined to answer. "…," he said`: the role opening the sentence before,
        # when no one was named since, when the pronoun's sentence opens with the quote
        previous = self._sentences_back(first, 1)
        if previous < first and previous > after and doc[first].is_quote and not self.is_quoted(doc[previous].idx):
            for token in doc[previous:min(first, previous + 8)]:
                if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ == "NN" and self.lex.is_title_word(token) \
                        and token.left_edge.i == previous and doc[previous].lower_ == "the" and token.head.dep_ == "ROOT":
                    speaker = self._resolve(token, *mention_bounds(token))
                    if speaker.is_person and speaker.name != speaker.mention.text:
                        return speaker.name, speaker.role  # (a role holder named before; `The skipper stormed out` names no one)
        return None

    def _subject_before(self, before: int) -> Optional[str]:
        """What "it" most likely is: the subject of the sentence before (the report, the ministry)."""
        doc = self.doc
        if before <= 0:
            return None
        first = self.sentence_start(before)  # (the shared index: Token.sent scans its sentence on every call)
        previous = doc[self.sentence_start(first - 1):first] if first > 0 else None
        fallback = None
        for span in (doc[first:before], previous):
            if span is None:
                continue
            subjects = [
                t for t in span
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON" and not is_dateline(t)
            ]
            # (`The ministry said talks would resume. "…," it added`: neither the subject of what was said
            # nor one inside quote marks is it; a plural is not it either)
            own = [t for t in subjects if not (t.head.dep_ == "ccomp" and t.head.head.i < t.i)
                   and t.tag_ not in ("NNS", "NNPS") and not self.is_quoted(t.idx)]
            speaking = [t for t in own if t.head.lemma_.lower() in self.lex.speech_verbs]
            if speaking or own:
                return self._thing_named((speaking or own)[-1], before)  # (the one who spoke before, if any)
            if subjects and fallback is None:
                fallback = subjects[-1]
        return self._thing_named(fallback, before) if fallback is not None else None

    def _thing_named(self, head: Token, before: int) -> str:
        start, end = mention_bounds(head)
        for position, speaker in reversed(self.speakers):
            if position == start and not speaker.is_person:
                return speaker.name  # (`Amazon said … The company said … It added`: the company was resolved)
            if position < start:
                break
        if head.pos_ == "PROPN":
            name = self._full_name(head.lower_, before)
            if name is not None:
                return name.text
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN" and head.tag_ == "NN" and end - start == 2 and self.doc[start].lower_ == "the" \
                and (lemma in self.lex.org_nouns or lemma in self.lex.generic_org_nouns):
            org = self._org_before(start, lemma)  # `The company now expects …, it said`: the company named before
            if org is not None:
                return org.text
        text = self.doc[start:end].text
        return text[4:] if text.lower().startswith("the ") and head.pos_ == "PROPN" else text

    def _pair_before(self, before: int) -> Optional[tuple[_Name, _Name]]:
        """`Ana Roe and Tom Ives met in 1990. The former said …`: the last two people named in the few
        sentences before, in the order written."""
        window = self._sentences_back(before, 3)
        people: list[_Name] = []
        for name in self.names:
            if window <= name.start < before and self._looks_person(name) and not self.is_quoted(self.doc[name.start].idx):
                full = self._full_name(name.key, before, name) or name
                if people and people[-1].text == full.text:
                    continue
                people = [p for p in people if p.text != full.text] + [full]
        return (people[-2], people[-1]) if len(people) >= 2 else None

    def _group_subject_before(self, before: int) -> Optional[Speaker]:
        """`The campaign denied it. "…," they said`: a single body as the latest subject is who "they"
        are; a plural or a person as that subject leaves "they" as it is."""
        doc = self.doc
        if before <= 0:
            return None
        first = self.sentence_start(before)
        previous = self._sentences_back(first, 1)
        subjects = [
            t for t in doc[previous:before]
            if t.dep_ in ("nsubj", "nsubjpass") and not self.is_quoted(t.idx) and not is_dateline(t)
            and t.head.dep_ != "ccomp"  # (`Police said two men were held. They said …`: not who was talked about)
        ]
        if not subjects:
            return None
        head = subjects[-1]
        lex = self.lex
        if head.tag_ == "NNS" or head.lower_ == "they":
            return self._people_subject_before(before)
        if head.tag_ not in ("NN", "NNP") or head.ent_type_ in ("PERSON", "NORP", "GPE"):
            return None
        group = head.lower_ in lex.group_nouns and doc[head.left_edge.i].lower_ == "the"
        if not (group or head.lemma_.lower() in lex.org_nouns or head.lower_ in lex.org_nouns or head.ent_type_ == "ORG"):
            return None
        if any(c.dep_ == "conj" for c in head.children):
            return None  # `The union and the council`: more than one body
        if group:
            mention = span_of(doc, head.left_edge.i, head.i + 1)
            return Speaker(mention, mention.text, None, False)
        speaker = self._resolve(head, *mention_bounds(head))
        return None if speaker.is_person else speaker

    def _people_subject_before(self, before: int) -> Optional[Speaker]:
        """`Farmers blocked the road. "…," they warned`: a plural for people as the latest subject of the
        last sentences (an earlier "they" aside) is who "they" are; any other subject leaves "they" as it is."""
        doc, lex = self.doc, self.lex
        window = self._sentences_back(before, 3)
        for head in reversed(doc[window:before]):
            if head.dep_ not in ("nsubj", "nsubjpass") or self.is_quoted(head.idx) or is_dateline(head) or head.head.dep_ == "ccomp":
                continue
            if head.lower_ == "they":
                continue  # (an earlier "they" is the same people)
            if head.tag_ != "NNS" or any(c.dep_ == "conj" for c in head.children):
                return None
            speaks = head.head.lemma_.lower() in lex.speech_verbs  # (`Hauliers say …`: whoever speaks is people)
            if not (speaks or head.lemma_.lower() in lex.people_plurals or head.lower_ in lex.people_plurals or lex.is_title_word(head)):
                return None  # (`Tractors lined the road`, `Twenty states sued`: not people, or not only people)
            if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("the", "these", "those", "many", "some") for c in head.children):
                return None  # (`its workers`, `no farmers`: not a plain group of people)
            mention = span_of(doc, head.left_edge.i, head.i + 1)
            return Speaker(mention, mention.text, None, False)
        return None

    def _agrees(self, name: _Name, gender: Optional[str], before: int) -> bool:
        full = self._full_name(name.key, before, name) or name
        known = name.gender or full.gender or self.gender_by_key.get(name.key)
        return not (gender and known and known != gender)

    def _subject_rank(self, name: _Name) -> int:
        """2: the subject of a main clause; 1: of a reported clause (`Okafor says Lund has a record.
        He warns …`: Okafor is the likelier "he"); 0: no subject."""
        head = self.doc[name.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if _name_beside_name(head):
            head = head.head  # `On another strongman, Mr. Petrov, Mr. Okafor was pressed`: the later name is the subject
        elif any(_name_beside_name(child) for child in head.rights):
            return 0
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return 0
        return 1 if head.head.dep_ == "ccomp" else 2

    def _person_with_role(self, before: int, words: set) -> Optional[_Name]:
        best = None
        aliases, also = self.lex.title_aliases, self.lex.titles_held_also
        wanted = {_word_stem(aliases.get(w, w)) for w in words}
        for name in self.names:
            if not name.role_words or name.start >= before:
                continue
            # (`Sen. Ann Ruiz` … `the senator`; `Home Secretary Leo Mandel` … `the minister`)
            held = {_word_stem(aliases.get(w, w)) for w in name.role_words} | {_word_stem(m) for w in name.role_words for m in also.get(w, ())}
            if wanted <= held or (len(wanted) == 1 and wanted & held):
                full = self._full_name(name.key, before, name) or name
                # (two senators named: `the senator` is the one last the subject of a sentence, not the one titled last)
                latest = max((n.start for n in self.names_by_key.get(full.key, ()) if n.start < before and self._subject_rank(n) > 0
                              and (n.text == full.text or full.text.endswith(" " + n.text))), default=name.start) \
                    if full.label == "PERSON" or full.gender else name.start  # (a place in the title phrase is nobody written about)
                if best is None or (latest, name.start) > best[0]:
                    best = ((latest, name.start), _Name(full.start, full.end, full.text, full.key, name.role, name.role_words, full.label, full.gender))
        return best[1] if best else None

    def _org_before(self, before: int, noun: Optional[str]) -> Optional[_Name]:
        """The latest organisation named before `before` whose name has `noun` (any, for generic nouns).

        Organisations are the parser's ORG entities, and proper names it did not
        label that cannot be people (no PERSON label, first name, title or role).
        """
        doc = self.doc
        candidates: list[tuple[int, int, int]] = []  # (start, end, priority)
        for ent in doc.ents:
            if ent.label_ == "ORG" and ent.start < before and not (len(ent) == 1 and (
                    is_dateline(ent[0]) or ent[0].dep_ != "compound" and self._surname_of_named_person(ent[0].lower_))):
                candidates.append((ent.start, ent.end, 1))
        for name in self.names:
            if name.start < before and (not name.label or name.label != "ORG" and self._body_name(name)) and not name.role and not name.gender and not self._is_speaker_person(name) \
                    and not (name.end - name.start == 1 and self._surname_of_named_person(name.key)):
                candidates.append((name.start, name.end, 0))
        # (`the Bergen-based shipbuilder`: the place a body is based in is no body)
        candidates = [c for c in candidates if not (c[1] + 1 < len(doc) and doc[c[1]].text in ("-", "\u2010") and doc[c[1] + 1].lower_ == "based")]
        if not candidates:
            return None
        generic = noun is None or noun in self.lex.generic_org_nouns
        wanted = {noun} | self.lex.org_noun_aliases.get(noun, frozenset()) if noun else set()
        named = [c for c in candidates if wanted & ({t.lemma_.lower() for t in doc[c[0]:c[1]]} | {t.lower_ for t in doc[c[0]:c[1]]})]
        pool = named or (candidates if generic else [])
        if not named and noun in self.lex.company_nouns:
            # (`Calvane Biologics, the Oostmeer-based company that …`: a company the tagger took for a person)
            described = [(n.start, n.end, 1) for n in self.names if n.start < before and n.role and not n.gender
                         and self.lex.company_nouns & set(n.role.lower().split())]
            companies = [c for c in pool + described if self._is_company(c[0], c[1])]
            if not companies:
                # a body that has spoken, not named as another kind of body (a ministry, a union)
                spoken = {speaker.name for _, speaker in self.speakers if not speaker.is_person}
                other_kinds = self.lex.org_nouns - self.lex.company_nouns
                companies = [c for c in pool if doc[c[0] + (doc[c[0]].lower_ == "the"):c[1]].text in spoken
                             and not any(t.lower_ in other_kinds or t.lemma_.lower() in other_kinds for t in doc[c[0]:c[1]])]
            pool = companies or pool  # (`The company said` after a ministry or a union named for it: the company)
        if not pool:
            return None
        latest = max(pool, key=lambda c: (c[0], c[2]))
        if not self._names_subject(latest[0], latest[1]):
            # `The Green Party won, beating the Liberal Party. The party said`: the body the sentence is about,
            # not one met in it as an object
            first = self.sentence_start(latest[0])
            latest = next((c for c in sorted(pool, reverse=True) if first <= c[0] < latest[0] and self._names_subject(c[0], c[1])), latest)
        start, end, _ = latest
        if doc[start].lower_ == "the":
            start += 1
        if end - 1 > start and doc[end - 1].dep_ == "case":
            end -= 1  # (`New York University's`: the body, without the possessive)
        if end <= start:
            return None
        return _Name(start, end, doc[start:end].text, doc[end - 1].lower_, None, frozenset(), "ORG", None)

    def _names_subject(self, start: int, end: int) -> bool:
        """The name doc[start:end] is the subject of a clause of its own (not of what someone reported)."""
        head = self.doc[end - 1]
        if head.dep_ == "case" and end - 1 > start:
            head = self.doc[end - 2]
        while head.dep_ in ("compound", "flat") and start <= head.head.i < end + 1 and head.head.i != head.i:
            head = head.head
        return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ != "ccomp" and not self.is_quoted(head.idx)

    def _is_company(self, start: int, end: int) -> bool:
        """A body named as a company: `Tessel plc`, `Harlow Motors Ltd`, `the carmaker Venta Auto`, `Venta, the carmaker,`."""
        doc, lex = self.doc, self.lex
        if any(t.text in lex.company_suffixes for t in doc[start + 1:end + 1]):  # (`Tessel plc`, the suffix outside the entity)
            return True
        before = [t for t in doc[max(0, start - 2):start] if not t.is_punct]
        if before and before[-1].lower_ in lex.company_nouns and before[-1].pos_ == "NOUN":
            return True  # (`the carmaker Venta Auto`, `retailer Kestrel`)
        after = doc[end:end + 8]
        if len(after) < 3 or after[0].text != "," or after[1].lower_ not in ("the", "a", "an"):
            return False
        for token in after[2:]:  # (`Venta, the carmaker,`, `Veridane, the Oostmeer-based company that …`)
            if token.is_punct and token.text not in ("-", "\u2010"):
                return False
            if token.lower_ in lex.company_nouns and token.pos_ == "NOUN":
                return True
        return False

    def _body_name(self, name: _Name) -> bool:
        """`Oakridge Promise`, `the Fenwick Coalition`: a name ending in a body's word names a body, whatever its label."""
        return name.end - name.start >= 2 and name.key in self.lex.body_name_words and self.doc[name.end - 1].text[:1].isupper()

    def _surname_of_named_person(self, key: str) -> bool:
        """The last word of a person's name written in full (`Morimoto` after `Kenji Morimoto`): a person, whatever
        the tagger calls the word alone."""
        return any(other.end - other.start >= 2 and other.label == "PERSON" for other in self.names_by_key.get(key, ()))

    def _is_speaker_person(self, name: _Name) -> bool:
        return any(speaker.is_person and speaker.name == name.text for _, speaker in self.speakers)
