"""claimx_numbers: numeric claims — the figure, its unit and qualifier, what it
counts, when it holds and who states it.

Figures are found on the raw text (`claimx.numparse`), because their spans and
values must not depend on how spaCy tokenizes "$3bn" or "10–20". The parse is
then read for what the text-level scan cannot know: whether a figure is a year
or a label ("Boeing 747"), the noun it quantifies, and the reporting verb that
sources it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Optional

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extensions import doc_text, note_failure, register_extensions
from .numparse import TIME_UNITS, Mention, Scanner
from .records import DateRange, NumericClaim, TextSpan
from .resources import load_json
from .spans import SpanSet
from .timex.events import RUNS_TO


_TIME_DESIGNATORS = frozenset(load_json("numbers/context.json")["time_designators"])  # (read once: load_json is cached)
_DATING_WORDS = frozenset({"last", "this", "next", "previous", "prior", "same", "that", "a", "the", "each", "every", "per"})
_LIST_FOLLOWS = re.compile(r"\s*(?:,|and|or|to|[-–])\s*\d")
_AGE_UNITS = frozenset({None, "year", "month", "week", "day"})  # (a share after an age, "aged 61 years, 44% of them men", is no age)
_AGE_LIST_WORDS = frozenset({",", "and", "or", "to", "years", "months", "weeks", "days", "year", "month", "week", "day"})
# an aircraft model and its variant: "the 737-800", "Boeing 747-400" (a model number is not round, a variant is)
_MODEL_VARIANT = re.compile(
    r"(?:\b(?P<article>[Tt]he|[Aa]n?)|(?<![\w-])(?P<name>[A-Z][\w-]*))\s(?P<model>[1-9]\d[1-9])[-‐‑](?:[1-9]00|1000)(?![\w-]|[.,]\d)"
    r"(?P<plural>\s+[a-z]+s\b)?")
_MINOR_CAPITALISED = frozenset({"The", "A", "An", "In", "On", "At", "By", "For", "Of", "Some", "About", "Around", "Up", "Over",
                                "Between", "From", "To", "And", "Or", "With", "Nearly", "Almost", "Only", "Just"})
_AGE_ADVERBS = frozenset({"between", "just", "only", "over", "under", "about", "around", "nearly", "almost", "barely"})
_AGE_BOUND = re.compile(r"(?<![\w])(?:over|under|above|below|older\s+than|younger\s+than)\s+$", re.I)
_SHARE_WORDS = frozenset({"cent", "percent", "%", "half", "third", "thirds", "quarter", "quarters"})
_SHARE_UNITS = frozenset({"%", "percentage points", "basis points"})
_COUNTING_WORDS = frozenset({"few", "several", "many", "recent", "some", "all", "both", "most"})

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "him", "them"}

_COUNTED_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "appos"}
_CLIMB_DEPS = {"pobj", "prep", "dobj", "attr", "npadvmod", "advmod", "acomp", "oprd", "quantmod", "nummod", "appos",
               "conj", "nmod", "compound", "dative"}
_SOURCE_STOP_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp"}


class NumberExtractor:
    """Writes `doc._.numbers`: a list of NumericClaim, in text order."""

    def __init__(self, nlp: Language, name: str, *, skip_attributive_ages: bool = True, max_counted_tokens: int = 12,
                 max_source_tokens: int = 16):
        register_extensions()
        self.name = name
        self.skip_attributive_ages = skip_attributive_ages
        self.max_counted_tokens = max_counted_tokens
        self.max_source_tokens = max_source_tokens
        self.scanner = Scanner()
        currencies = load_json("numbers/currencies.json")
        # a currency word several countries use, and the country named beside it ("Argentina … 322,000 pesos")
        self.national_words = {word: {name.lower(): code for name, code in names.items()}
                               for word, names in currencies["national_words"].items()}
        self.national_symbols = dict(currencies["national_symbols"])
        places = sorted({name for names in currencies["national_words"].values() for name in names}, key=len, reverse=True)
        self.nation_re = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(name) for name in places)})(?![\w-])")
        # "the yen weakened past 152 to the dollar", "the rupiah fell to 16,200 per dollar": a price of one currency in another
        money_words = {word: code for word, code in self.scanner.lex.currency_after_words.items()
                       if " " not in word and len(word) > 2} | dict(self.scanner.lex.ambiguous_money)
        self.money_words = money_words
        self.exchange_base_re = re.compile(
            r"\s+(?:per|to\s+the|to\s+one|against\s+the|versus\s+the|for\s+(?:one|each|every|a))\s+(?:U\.?S\.?\s+)?"
            r"(?P<base>dollar|euro|pound|greenback|yen|franc|yuan)\b", re.I)
        self.quoted_currency_re = re.compile(
            rf"(?i)(?<![\w-])(?:the|its|their|a)\s+(?:[\w'’.-]+\s+)?(?P<word>{'|'.join(re.escape(w) for w in sorted(money_words, key=len, reverse=True))})(?![\w-])")
        context = load_json("numbers/context.json")
        self.reporting_verbs = set(context["reporting_verbs"])
        self.speech_verbs = set(context["speech_verbs"])
        self.measure_verbs = set(context["measure_verbs"])
        self.change_verbs = set(context["change_verbs"])
        self.change_nouns = set(context["change_nouns"])
        self.expectation_verbs = frozenset(context["expectation_verbs"])
        self.crossing_words = frozenset(context["crossing_words"])
        self.duration_verbs = frozenset(context["duration_verbs"])
        self.particle_verbs = {word: set(verbs) for word, verbs in context["particle_verbs"].items()}
        self.designators = {d.lower() for d in context["designators"]}
        self.designator_modifiers = set(context["designator_modifiers"])
        self.verb_like_designators = set(context["verb_like_designators"])
        streets = "|".join(re.escape(w) for w in context["street_words"])
        # (a headline's capitalised function words join no street name: "Axes 300 Jobs In Cost Drive")
        self.street_re = re.compile(
            rf"\s+(?:(?!(?:In|On|At|As|To|For|Of|And|Or|By|With|From|After|Over|Amid|Into)\s)[A-Z][\w'’-]*\s+){{1,3}}(?:{streets})(?!\w)")
        words = "|".join(re.escape(d) for d in sorted(self.designators, key=len, reverse=True))
        self.designator_re = re.compile(rf"(?:^|(?<=[\s(]))(?:{words})\s*$", re.I)
        # (a designator, then maybe earlier codes of a list: "Figures 3K and 3L", "Tables 1A, 2B")
        self.coded_list_re = re.compile(
            rf"(?:^|(?<=[\s(]))(?:{words})s?\s*(?:\d{{1,3}}[A-Za-z]?\s*(?:,|and|or|&|to|-|–)\s*)*$", re.I)
        self.code_area_nouns = frozenset(context["code_area_nouns"])
        self.person_nouns = frozenset(context["person_nouns"])
        self.words_after_an_age = frozenset(context["words_after_an_age"])
        self.level_at_verbs = frozenset(context["level_at_verbs"]) | self.measure_verbs | self.change_verbs
        self.one_idiom_re = re.compile(
            rf"\s*[-‐‑]\s*(?:{'|'.join(re.escape(w) for w in context['one_hyphened_idioms'])})(?![\w])", re.I)
        self.listicle_nouns = frozenset(context["listicle_nouns"])
        self.label_entities = set(context["label_entities"])
        self.drop_leading = set(context["drop_leading"])
        self.age_words_before = set(context["age_words_before"])
        self.age_group_nouns = {word.lower() for word in context["age_group_nouns"]}
        self.indefinite_one_nouns = set(context["indefinite_one_nouns"])
        self.year_nouns = set(context["year_nouns"])
        self.setting_nouns = set(context["setting_nouns"])
        self.generic_figure_nouns = frozenset(context["generic_figure_nouns"])
        self.headline_verbs = frozenset(context["headline_verbs"])
        events = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(context["race_events"], key=len, reverse=True))
        # ("won the 100m in 10.72", "the women's 400m hurdles final": a race named by its distance)
        self.race_before_re = re.compile(r"(?:\b[Tt]he|(?:wo)?men['’]s|(?:boys|girls)['’])\s+$")
        self.race_after_re = re.compile(rf"\s+(?i:{events})(?![\w-])|\s+in\s+\d|\s*[.;](?:\s|$)")
        self.denomination_re = re.compile(
            rf"[\s-]+(?:{'|'.join(re.escape(w) for w in sorted(context['denomination_nouns'], key=len, reverse=True))})(?![\w-])", re.I)
        tenors = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(context["tenor_nouns"], key=len, reverse=True))
        # ("the 10-year US Treasury yield", "30-year fixed-rate mortgages": a few modifiers may come between)
        self.tenor_re = re.compile(
            rf"(?:\s+(?:[A-Z][\w.]*|government|benchmark|sovereign|fixed(?:[-‐‑]rate)?|index[-‐‑]linked|inflation[-‐‑]linked|zero[-‐‑]coupon)){{0,3}}"
            rf"\s+(?i:{tenors})(?![\w-])")

    # ------------------------------------------------------------------ driver
    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.numbers = self.extract(doc)
        except Exception as error:  # a figure we cannot read must never lose the article's other results
            note_failure(doc, self.name, error)
            doc._.numbers = []
        return doc

    def extract(self, doc: Doc) -> list[NumericClaim]:
        _CURRENT.set(doc)
        try:
            return self._extract(doc)
        finally:
            _CURRENT.clear()

    def _extract(self, doc: Doc) -> list[NumericClaim]:
        text = _text(doc)
        start_at = min(max(0, int(doc._.header_end or 0)), len(text))
        if start_at >= len(text):
            return []
        mentions = self.scanner.scan(text, start_at)
        if not mentions:
            return []
        blocked = self.scanner.blocked_spans(text, start_at) + self.scanner.idiom_spans(text, start_at)
        measured = {m.core_start: m.core_end for m in mentions if _measured_four_digits(m)}
        for event in doc._.events or ():
            if getattr(event, "type", None) in ("DATE", "TIME") and not self._counts_not_year(doc, event.start, event.end) \
                    and measured.get(event.start) != event.end \
                    and not _OFFSET_DATE.fullmatch(text, event.start, event.end):
                # ("2000 m long", "1800 ppm": a measure, though the dates read a year; "90 minutes later", "three days
                # after": a time set off by a span written with a number, which is a figure as any duration)
                blocked.append((event.start, event.end))
        blocked = SpanSet(blocked)
        # (a ratio written with a colon was told from a clock time by the scanner: "a 1:10 dilution")
        mentions = [m for m in mentions if m.kind in ("ratio", "race time") or not blocked.overlaps(m.core_start, m.core_end)]
        mentions = self.scanner.merge(text, mentions)
        claims = []
        for mention in mentions:
            for part in self._split_changes(doc, mention):
                part = self._drop_verb_unit(doc, self._drop_false_qualifier(doc, part))
                if self._is_quantity(doc, part):
                    claim = self._claim(doc, part)
                    if claim is not None:
                        claims.append(claim)
        return _share_counted(doc, text, claims, self.change_verbs)

    # ----------------------------------------------------------------- filters
    def _split_changes(self, doc: Doc, mention: Mention) -> list[Mention]:
        """'rose from 5% to 7%', 'grew by 610,000 to 68.3 million', 'fell 30p to 245p' state two figures; 'from 10 to 20 people',
        'rose by 2 to 3 per cent' are one range."""
        if not (mention.from_to or mention.by_to) or len(mention.parts) != 2:
            return [mention]
        token = _token_at(doc, mention.start) if mention.from_to else _previous_word(doc, mention.start)
        if token is not None and token.lower_ in ("from", "by"):
            head = token.head
            if head.lemma_.lower() in self.change_verbs or head.lower_ in self.change_verbs:
                return _change_parts(mention)
        elif token is not None and mention.by_to and token.pos_ == "VERB" and token.lemma_.lower() in self.change_verbs:
            return _change_parts(mention)  # "shares fell 30p to 245p", "gold climbed $14 to $2,345"
        return [mention]

    def _drop_false_qualifier(self, doc: Doc, mention: Mention) -> Mention:
        """'learn more about 529 plans', 'handed over millions': a preposition or particle, no qualifier."""
        if not mention.qualifier or mention.start >= mention.core_start:
            return mention
        first = _token_at(doc, mention.start)
        if first is None or not first.is_alpha:
            return mention
        before = doc[first.i - 1] if first.i > 0 else None
        up_to_roughly = mention.qualifier.startswith("up to ")  # ("up to about 300")
        after_verb = before is not None and before.pos_ in ("VERB", "AUX") and \
            before.lemma_.lower() in self.particle_verbs.get("up to" if up_to_roughly else mention.qualifier, ()) \
            and not (mention.unit in _SPANS_OF_TIME and before.lemma_.lower() in self.duration_verbs)  # ("took over 10 years")
        if after_verb and up_to_roughly:  # "added up to about £5bn": the verb's 'up to', then a rough figure
            lead = re.match(r"(?i)up\s+to\s+", _text(doc)[mention.start:mention.core_start])
            if lead:
                return replace(mention, start=mention.start + lead.end(), qualifier=mention.qualifier[len("up to "):])
        # "The agency estimated 8 million": a verb with its own subject, no qualifier
        own_subject = first.pos_ == "VERB" and any(child.dep_ in ("nsubj", "nsubjpass") for child in first.children)
        # a preposition's object after the figure ("about 529 plans"); not the figure itself ("earns about R25,000"), nor
        # its scale or unit ("at most $2 billion", "under 500 euros"), nor a noun inside the qualifier ("in excess of £1m")
        governs_noun = any(child.dep_ == "pobj" and child.idx >= mention.end for child in first.children)
        # ("can seat up to 2,500": a particle only after a verb it belongs to, "added up to £5bn")
        particle = first.dep_ == "prt" and (mention.qualifier.split(" ")[:2] != ["up", "to"] or after_verb)
        # "fell below 25%", "climbed above 5.5%": the level a change crossed, no bound of it
        crossing = mention.qualifier in self.crossing_words and before is not None and before.pos_ in ("VERB", "AUX") \
            and before.lemma_.lower() in self.change_verbs
        if after_verb or own_subject or particle or governs_noun or crossing or _over_a_span_of_time(mention, before) \
                or self._over_as_during(mention, before):
            words = re.escape(mention.qualifier).replace(r"\ ", r"\s+")
            lead = re.match(rf"(?i){words}\s*", _text(doc)[mention.start:mention.core_start])
            if lead:
                return replace(mention, start=mention.start + lead.end(), qualifier=None)
        return mention

    def _over_as_during(self, mention: Mention, before: Optional[Token]) -> bool:
        """"built over three years", "lost 15% of their weight over 68 weeks": 'over' a span of time is when, no bound
        (not "took over 10 years", "for over a decade", "in over 20 years", nor an age, "people over 65 years")."""
        if mention.qualifier != "over" or mention.unit not in _SPANS_OF_TIME or before is None:
            return False
        return not (before.pos_ == "ADP" or before.lemma_.lower() in self.duration_verbs
                    or before.lower_ in self.age_group_nouns or before.like_num)

    @staticmethod
    def _drop_verb_unit(doc: Doc, mention: Mention) -> Mention:
        """'Route 66 turns 100', 'Flight 9 points to a fault': a unit word the parser reads as a verb with a
        subject before the figure is that verb, so the figure stands bare (and may be a name's number)."""
        if mention.unit is None or mention.currency or mention.scale != 1 or mention.parts \
                or not _text(doc)[mention.core_end:mention.core_end + 1].isspace():
            return mention
        word = _token_at(doc, mention.end - 1)
        if word is None or word.idx <= mention.core_end or word.tag_ not in ("VBZ", "VBD", "VBP") \
                or not any(child.dep_ in ("nsubj", "nsubjpass") and child.idx < mention.core_start for child in word.children):
            return mention
        return replace(mention, end=mention.core_end, unit=None)

    def _is_quantity(self, doc: Doc, mention: Mention) -> bool:
        years_possible = not (mention.parts and self._range_of_counts(doc, mention))
        for part in mention.parts or (mention,):
            if (years_possible and self._is_year(doc, part)) or self._is_label(doc, part):
                return False
        if self._is_model_number(doc, mention) or self._names_a_model(doc, mention):
            return False
        if mention.unit in ("year", "month", "week") and not mention.qualifier \
                and _text(doc)[mention.core_end:mention.core_end + 2].strip()[:1] in ("-", "‐", "‑") \
                and self.tenor_re.match(_text(doc), mention.end):
            return False  # "the 10-year gilt yield", "30-year mortgages": the debt's term names it
        if mention.currency and mention.scale == 1 and not mention.qualifier and mention.kind == "digits" \
                and self.denomination_re.match(_text(doc), mention.end):
            return False  # "the new £50 note", "$100 bills": a note or coin, no amount
        if mention.unit == "m" and not mention.qualifier and mention.kind == "digits" and not mention.parts \
                and self.race_before_re.search(_text(doc), max(0, mention.start - 12), mention.start) \
                and self.race_after_re.match(_text(doc), mention.end):
            return False  # "won the 100m in 10.72 seconds", "the women's 400m hurdles": a race, no distance stated
        if self.skip_attributive_ages and any(part.age_attributive for part in mention.parts or (mention,)):
            return False  # also a range of ages: "16- to 24-year-olds", "a 3- to 5-year-old"
        if mention.plain_integer and mention.core_end - mention.core_start > 7:
            return False  # an identifier or timestamp: news writes large counts with separators
        if mention.plain_integer and mention.core_end - mention.core_start > 1 and _text(doc)[mention.core_start] == "0" \
                and _text(doc)[mention.core_start:mention.core_end].strip("0"):
            return False  # "incident 0422", "route 095": a leading zero writes a code, never a count
        if self.skip_attributive_ages and (self._is_age_apposition(doc, mention) or self._age_of_a_person(doc, mention)):
            return False
        token = _token_at(doc, mention.core_start)
        if token is None:
            return False
        previous = _previous_word(doc, mention.start)
        if previous is not None and previous.lower_ in _AGE_ADVERBS and previous.i > 0:
            previous = doc[previous.i - 1]  # "aged between six months and four years", "aged just 17", "aged over 80"
        if previous is not None and self.skip_attributive_ages and (
                previous.lower_ in self.age_words_before
                or (mention.unit in _AGE_UNITS and self._listed_after_age_word(doc, previous, token))):
            return False
        if self.skip_attributive_ages and self._age_bound_of_a_group(doc, mention):
            return False
        if mention.kind == "words" and mention.value == 1 and mention.unit is None and mention.scale == 1:
            # "one" is a pronoun or determiner more often than a count.
            core = _text(doc)[mention.core_start:mention.core_end].lower()
            if core == "one" and not (token.dep_ == "nummod" and token.head.i > token.i):
                return False
            if core == "one" and self.one_idiom_re.match(_text(doc), mention.core_end):
                return False  # "one-time gains", "a one-off fee", "one - way traffic": an idiom, no count
            noun = token.head
            if core == "one" and not mention.qualifier and noun.dep_ == "nsubj" and noun.tag_ == "NN" \
                    and noun.head.lemma_.lower() in self.speech_verbs:
                return False  # "one official said", "said one aide": an unnamed speaker, no count
            if core == "one" and not mention.qualifier and not mention.unit and self._indefinite_one(doc, token):
                return False
        if mention.kind == "words" and token.pos_ not in ("NUM", "NOUN", "DET", "ADJ") and token.tag_ != "CD" \
                and not (token.pos_ == "PROPN" and _in_title_case(doc, token)):  # (a headline's "In Three Years")
            return False
        if mention.kind == "multiplier" and not self._states_a_multiple(doc, token, mention):
            return False
        return True

    @staticmethod
    def _is_model_number(doc: Doc, mention: Mention) -> bool:
        """"the 737-800 crashed", "Boeing 747-400 jets": a model and variant, no range or figures
        (not "cut 350-400 jobs", "the 100-200 people")."""
        text = _text(doc)
        model_first = text[mention.core_start + 3:mention.core_start + 4] in ("-", "‐", "‑")
        variant = text[mention.core_start - 1:mention.core_start] in ("-", "‐", "‑") and mention.core_start > 4
        if not (model_first or variant):
            return False
        for match in _MODEL_VARIANT.finditer(text, max(0, mention.core_start - 40), min(len(text), mention.core_end + 40)):
            if match.start("model") <= mention.core_start < match.end() - len(match.group("plural") or ""):
                if match.group("name") in _MINOR_CAPITALISED or (match.group("article") and match.group("plural")):
                    return False
                return True
        return False

    @staticmethod
    def _names_a_model(doc: Doc, mention: Mention) -> bool:
        """"the 737 Max was grounded", "its 787 Dreamliner", "the 911 Carrera": a model number before the capitalised
        name of its version (a count is mostly round, or counts a plural: "the 300 Spartans", "the 27 EU member states",
        "the 150 Labour MPs")."""
        if not mention.plain_integer or mention.qualifier or not 100 <= (mention.value or 0) < 1000 or mention.value % 10 == 0:
            return False
        figure = _token_at(doc, mention.core_start)
        if figure is None or figure.i == 0 or figure.i + 1 >= len(doc) or figure.idx + len(figure.text) != mention.core_end:
            return False
        before, after = doc[figure.i - 1], doc[figure.i + 1]
        if before.tag_ not in ("DT", "PRP$") or after.tag_ != "NNP" or not after.text[:1].isupper() or after.text.isupper() \
                or after.ent_type_ in ("NORP", "GPE"):
            return False
        following = doc[after.i + 1] if after.i + 1 < len(doc) else None
        if following is not None and following.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            return False
        return not _in_title_case(doc, figure)

    def _indefinite_one(self, doc: Doc, token: Token) -> bool:
        """'one reason', 'by one estimate', 'one study found', 'one school than another': 'one' stands for
        'a' (not "one page", "one man was arrested", nor 'one' in a hyphened compound, "a one-term president")."""
        noun = token.head
        if noun.i <= token.i or _text(doc)[token.idx + len(token.text):token.idx + len(token.text) + 1] in "-‐‑":
            return False
        if noun.lemma_.lower() in self.indefinite_one_nouns and noun.tag_ == "NN":
            return True
        if noun.tag_ == "NN" and noun.dep_ in ("nsubj", "nsubjpass") and noun.i + 1 < len(doc) and doc[noun.i + 1].text == "," \
                and not (token.i > 0 and doc[token.i - 1].pos_ == "ADV") and any(child.dep_ == "appos" and child.pos_ == "PROPN" for child in noun.children):
            # "One victim, Ada Marsh, 84, said": a subject brought in by name, no count ("only one firm, X,", "they had
            # one child, X" are)
            return True
        following = doc[noun.i + 1:min(len(doc), noun.i + 4)]
        return any(t.lower_ == "another" for t in following)  # "one party or another"

    def _states_a_multiple(self, doc: Doc, token: Token, mention: Mention) -> bool:
        """"plans to double output", "double the price", "more than double": a multiple;
        "a double murder", "the triple jump": an adjective or noun, no figure."""
        if _text(doc)[mention.core_start:mention.core_end].lower() not in self.scanner.lex.verb_multipliers:
            return True
        if token.pos_ == "VERB" or token.tag_ == "PDT" or mention.qualifier:
            return True
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return after is not None and after.lower_ in ("the", "its", "their", "his", "her", "our", "what", "that")

    def _age_bound_of_a_group(self, doc: Doc, mention: Mention) -> bool:
        """"women over 50", "children under five", "anyone under 18 years": an age that names a group of people
        (not "people over 500 miles away", nor "crowds of over 5,000")."""
        if mention.unit not in (None, "year") or mention.kind not in ("digits", "words") or mention.parts \
                or not 0 < (mention.value or 0) < 120 or mention.value != int(mention.value) or mention.currency:
            return False
        text = _text(doc)
        bound = _AGE_BOUND.search(text, max(0, mention.core_start - 20), mention.core_start)
        if bound is None:
            return False
        previous = _previous_word(doc, bound.start())
        return previous is not None and previous.lower_ in self.age_group_nouns

    def _listed_after_age_word(self, doc: Doc, previous: Token, figure: Token) -> bool:
        """"children aged 3 and 8", "aged 12, 14 or 15": the later ages of a list after 'aged'
        (not "men aged 40 and 120 women", a count of its own)."""
        if previous.lower_ not in (",", "and", "or", "to"):
            return False
        after = doc[figure.i + 1] if figure.i + 1 < len(doc) else None
        if after is not None and after.tag_ == "NNS" and after.lower_ not in ("years", "months", "weeks", "days"):
            return False
        i, seen_number = previous.i - 1, False
        while i >= 0 and previous.i - i < 10 and (doc[i].like_num or doc[i].lower_ in _AGE_LIST_WORDS):
            seen_number = seen_number or doc[i].like_num
            i -= 1
        if i >= 0 and doc[i].lower_ == "between" and i > 0:
            i -= 1  # "aged between six months and four years"
        return seen_number and i >= 0 and doc[i].lower_ in self.age_words_before and (doc[i + 1].like_num or doc[i + 1].lower_ == "between")

    def _is_age_apposition(self, doc: Doc, mention: Mention) -> bool:
        """"Crutcher, 40, a father of four", "the driver, 32, fled": an age set off after a name or a person noun."""
        if not mention.plain_integer or mention.qualifier or not 0 < (mention.value or 0) < 120:
            return False
        token = _token_at(doc, mention.core_start)
        if token is None or token.i < 2 or token.i + 1 >= len(doc):
            return False
        shift = 1 if doc[token.i - 1].lower_ in ("then", "now") and token.i >= 3 else 0  # "Fiorina, then 44, ...", "the actor, now 83,"
        comma, name, after = doc[token.i - 1 - shift], doc[token.i - 2 - shift], doc[token.i + 1]
        person = name.pos_ == "PROPN" or (name.tag_ == "NN" and name.ent_type_ == "") \
            or (name.tag_ == "NNS" and comma.text == "," and _named_before(doc, name))  # ("Rowlands, 41,": a surname read as a plural)
        if comma.text == "," and person and after.text in (",", ";", ")", "—", "–", "―", "-", "--", "."):
            return True
        # "Trump, who is 70.", "when she turned 18,": an age stated of a person
        said_of_person = (comma.lower_ in ("is", "was") and name.lower_ == "who") \
            or (comma.lower_ in ("turns", "turned", "turning") and not self._thing_subject(comma))
        # ("the veteran turned 100 on Monday", "who turned 90 in May": a birthday dated after it)
        dated_birthday = comma.lower_ in ("turns", "turned", "turning") and after.lower_ in ("on", "in", "at", "during")
        return said_of_person and not mention.unit and (after.is_punct or after.lower_ in ("and", "but", "next", "this", "last")
                                                        or dated_birthday)

    def _age_of_a_person(self, doc: Doc, mention: Mention) -> bool:
        """"she became prime minister at 43", "he retired at 58 and moved", "He was 43 when he won", "most of the victims
        were under 18": the age at which, or of which, a person or a group is told, after the verb (not "shares closed
        at 43", "the index stood at 98", "temperatures were over 40", nor "at 35 she is still competing", a figure set
        before its clause)."""
        if not 0 < (mention.value or 0) < 120 or mention.value != int(mention.value) or mention.unit \
                or mention.currency or mention.parts or mention.scale != 1 or mention.kind not in ("digits", "words") \
                or (mention.kind == "digits" and not mention.plain_integer):
            return False
        figure = _token_at(doc, mention.core_start)
        if figure is None or figure.idx + len(figure.text) != mention.core_end or figure.i == 0:
            return False
        after = doc[figure.i + 1] if figure.i + 1 < len(doc) else None
        if after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM", "SYM", "ADJ") or after.lower_ in ("per", "%", "of")):
            return False  # "at 43 degrees", "was 43 points", "at 43 per share"
        before = doc[figure.i - 1]
        bound = _AGE_BOUND.search(_text(doc), max(0, mention.core_start - 20), mention.core_start)
        if bound is not None:  # "most of the victims were under 18", "9% of participants were over 80"
            verb = _previous_word(doc, bound.start())
            return verb is not None and _is_be(verb) and (after is None or after.is_punct) and self._group_subject(verb)
        if mention.qualifier:
            return False
        if before.lower_ == "of" and figure.i >= 4 and doc[figure.i - 2].lower_ == "age" and doc[figure.i - 3].lower_ == "the" \
                and doc[figure.i - 4].pos_ == "ADP":
            return True  # "at the age of 43", "children under the age of 5" (as "aged 43"; not "a mean age of 61")
        at = before if before.lower_ == "at" else doc[figure.i - 2] if before.pos_ == "ADV" and figure.i >= 2 else None
        if at is not None and at.lower_ == "at" and figure.dep_ == "pobj" and figure.head == at and at.dep_ == "prep":
            verb = at.head  # ("at 43", "at just 20")
            # ("At 17 she left home", "At 43, Morales became mayor": the age opening a clause about a person)
            opening = verb.i > at.i and (at.is_sent_start or doc[at.i - 1].is_punct or doc[at.i - 1].lower_ in ("and", "but"))
            return verb.pos_ in ("VERB", "AUX") and (opening or verb.i < at.i and verb.lemma_.lower() not in self.level_at_verbs) \
                and self._person_subject(verb)
        # "He was 43 when", "she is 29.", "I’m 27,": a person's age stated with the verb 'be' (not "they were 12", a count)
        return figure.dep_ in ("attr", "acomp") and figure.head == before and _is_be(before) \
            and (after is None or after.is_punct or after.lower_ in self.words_after_an_age) \
            and self._person_subject(before)

    def _group_subject(self, verb: Token) -> bool:
        """The verb's subject is a group of people, or a part of one ("most of the victims", "9% of participants")."""
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in self.age_group_nouns:
            return subject is not None
        # ("most of the victims", "1 in 3 of them", "a fifth of those asked": the group is the whole of a share)
        for token in subject.subtree:
            if token.dep_ == "pobj" and token.head.lower_ == "of" and token.i - subject.i <= 6 \
                    and (token.lower_ in self.age_group_nouns or token.lower_ in ("them", "whom", "us")):
                return True
        return False

    def _person_subject(self, verb: Token) -> bool:
        """The verb's subject is one person: he, she, I, who, a name or a person noun; through a chain of verbs
        ("started performing")."""
        for _ in range(4):
            subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                break
            if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head == verb:
                return False
            verb = verb.head
        else:
            return False
        if subject.lower_ == "who":
            return True  # ("the poet, who began writing at 14": 'who' stands for a person)
        if subject.pos_ == "PRON":
            return subject.lower_ in ("he", "she", "i")
        if subject.ent_type_ == "PERSON":
            return True
        if subject.pos_ == "PROPN":
            return subject.ent_type_ == "" and subject.text[:1].isupper()
        return subject.tag_ == "NN" and subject.lemma_.lower() in self.person_nouns

    def _thing_subject(self, verb: Token) -> bool:
        """"Route 66 turns 100 this year", "the bridge turned 50 last week": a thing's anniversary, a count
        of years the sentence is about (a person's "she turned 18," is an age set off)."""
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is None:
            return False
        if subject.pos_ == "PROPN":  # (an unlabelled name, "Jones turns 30", may be a person's)
            return subject.ent_type_ in ("FAC", "ORG", "GPE", "LOC", "EVENT", "PRODUCT", "WORK_OF_ART")
        return subject.pos_ == "NOUN" and subject.ent_type_ not in ("PERSON", "NORP") \
            and subject.lower_ not in self.person_nouns

    @staticmethod
    def _range_of_counts(doc: Doc, mention: Mention) -> bool:
        """"between 2000-2500 people", "between 1,500 and 2000 jobs": a range with an end no year
        reaches, or written as no year is, counts."""
        return any((part.value or 0) > 2100 or (part.kind == "digits" and not part.plain_integer) for part in mention.parts)

    def _is_year(self, doc: Doc, mention: Mention) -> bool:
        """A bare four-digit figure from 1600 to 2100 is a year: news writes counts
        of that size with a separator (2,000 troops), years without (the 2024 elections)."""
        if not mention.plain_integer or mention.core_end - mention.core_start != 4:
            return False
        if not 1600 <= (mention.value or 0) <= 2100:
            return False
        if mention.qualifier:  # "about 1500 people" counts; "around 2010, the plant closed" dates
            token = _token_at(doc, mention.core_start)
            after = doc[token.i + 1] if token is not None and token.i + 1 < len(doc) else None
            return not (after is not None and after.tag_ in ("NNS", "NNPS"))
        return not self._counts_not_year(doc, mention.core_start, mention.core_end)

    def _counts_not_year(self, doc: Doc, start: int, end: int) -> bool:
        """"sent 2000 troops": a verb's object with a plural noun counts, whatever the NER says;
        "the 2020 elections", "in 2019 protests spread" stay years."""
        token = _token_at(doc, start)
        if token is None or token.idx != start or token.idx + len(token.text) != end or not token.is_digit \
                or len(token.text) != 4 or token.i + 1 >= len(doc):
            return False
        after = doc[token.i + 1]
        if not (after.tag_ == "NNS" and after.is_lower):
            return False
        i = token.i - 1
        while i >= 0 and (doc[i].is_space or (doc[i].is_punct and doc[i].text not in (",", "(", ")"))):
            i -= 1  # (a bullet or dash opening a list line)
        if i < 0 or doc[i + 1].is_sent_start or _text(doc)[doc[i].idx:token.idx].count("\n"):
            # "1800 jobs will go": a sentence opening on a count, which the tagger reads as a number
            # (not "2024 figures show", "2030 targets"; a round figure counts whatever the NER says)
            return after.lemma_.lower() not in self.year_nouns and after.lower_ not in self.year_nouns \
                and (token.ent_type_ == "CARDINAL" or int(token.text) % 50 == 0)
        # ("reported 2023 sales", "cut 2025 earnings forecasts": a year's figures, unless a round one the NER counts,
        # "made 1500 sales")
        year_noun = after.lemma_.lower() in self.year_nouns or after.lower_ in self.year_nouns
        counted = token.ent_type_ == "CARDINAL" and int(token.text) % 50 == 0
        return doc[i].tag_.startswith("VB") and not (year_noun and not counted)

    def _is_label(self, doc: Doc, mention: Mention) -> bool:
        """Numbers in names and codes: Article 5, Boeing 747, page 12, Windows 10."""
        text = _text(doc)
        if mention.kind == "digits" and not mention.parts and not mention.qualifier and mention.value is not None \
                and _LETTER_CODE.match(text, mention.core_start) \
                and self.coded_list_re.search(text, max(0, mention.core_start - 60), mention.core_start):
            return True  # "Figures 3K and 3L", "Table 2B", "Fig. 4c": a figure's label, no 3,000, litres or cents
        if mention.currency or mention.qualifier or mention.value is None:
            return False
        if mention.scale != 1:
            return False
        if mention.kind == "words" and self._in_capitalised_name(doc, mention):
            return True
        if mention.kind == "words":
            # "Round Two", "phase three", "the number one priority"
            return mention.unit is None and mention.value == int(mention.value) and self._after_designator(doc, mention)
        if mention.kind != "digits":
            return False
        if self.street_re.match(text, mention.end):
            return True  # "10 Downing Street", "221B Baker Street"
        if mention.plain_integer and mention.unit is None and self._code_or_list_heading(doc, mention):
            return True
        if mention.unit is not None or mention.value != int(mention.value):
            # Only a designator makes a label of "Fig. 3C" (no °C), "Table 5B" or "Section 4.1".
            glued = text[mention.core_end:mention.core_end + 1].isalpha()
            if mention.unit is not None and not glued:
                return False
            return self._after_designator(doc, mention)
        if self.street_re.match(_text(doc), mention.end):
            return True  # "10 Downing Street"
        previous = _previous_word(doc, mention.core_start)
        if previous is None:
            return False
        between = _text(doc)[previous.idx + len(previous.text):mention.core_start]
        if between.strip():
            return False
        if self._after_designator(doc, mention):
            return True
        # A list after a designator: "phases 3, 5 and 7" (not "day one 300 people", and not
        # "of the 40 patients, 12 recovered": a list has a figure between designator and separator).
        separators = (",", "and", "or", "to", "&", "of")  # (also "Image 3 of 12", "page 4 of 40")
        i = previous.i
        while i >= 0 and (doc[i].like_num or doc[i].lower_ in separators) and mention.core_start - doc[i].idx < 40:
            i -= 1
        figure = _token_at(doc, mention.end - 1)
        after = doc[figure.i + 1] if figure is not None and figure.i + 1 < len(doc) else None
        # ("In phase 1, 200 volunteers got the drug", "On day 3, 40 of the 50 patients": one label, then a count
        # opening the clause; not "phases 3, 5 and 7")
        count_after_label = previous.text == "," and previous.i == i + 2 and not doc[i].lower_.endswith("s") \
            and after is not None and (after.tag_ in ("NNS", "NNPS") or after.lower_ == "of" or after.pos_ in ("VERB", "AUX"))
        if i >= 0 and i != previous.i and previous.lower_ in separators and not self._modified(doc, doc[i]) \
                and not count_after_label and any(t.like_num for t in doc[i + 1:previous.i]) \
                and (self._is_designator(doc[i], True)
                     or self.designator_re.search(_text(doc)[max(0, doc[i + 1].idx - 24):doc[i + 1].idx])):
            return True
        token = _token_at(doc, mention.core_start)
        if token is None:
            return False
        in_named_entity = token.ent_type_ in self.label_entities
        if token.ent_iob_ == "I" and token.ent_type_ in _NAMED_THINGS and previous.ent_type_ == token.ent_type_ \
                and previous.text[:1].isupper():
            return True  # "Studio 54", "Terminal 5": the number ends the name of a place or thing
        # "beat Leeds 3-1", "the Senate 52-48", "Clinton 46, Trump 42": a score or tally after a name,
        # not a model number.
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        score = (mention.core_end - mention.core_start <= 3
                 and re.match(r"\s?[-–]\s?\d", text[mention.core_end:mention.core_end + 4]) is not None) or (
            previous.ent_type_ in ("PERSON", "NORP") and after is not None and after.lower_ in (",", ";", ".", "and")) \
            or _in_tally(doc, token.i)
        if previous.pos_ == "PROPN" and previous.text[:1].isupper() and not previous.is_sent_start and not score \
                and previous.ent_type_ not in ("DATE", "TIME"):  # (not "on Sunday 12 people were arrested")
            # (or a person's, outside the name: "Ohio handed Kasich 66 delegates")
            place = previous.ent_type_ in ("GPE", "LOC", "NORP") or (previous.ent_type_ == "PERSON" and token.ent_type_ in ("CARDINAL", ""))
            # a headline's verb before a count: "Council Axes 300 Jobs", "Police Arrest 14 In Raids"
            # (not "Boeing 737 Jets", "iPhone 16 In Cupertino", "Windows 10 Users": a name before)
            headline_verb = previous.tag_.startswith("VB") or (previous.lower_.endswith("s") and not previous.lower_.endswith("ss")) \
                or previous.lower_ in self.headline_verbs
            # (an entity the tagger spread over a whole headline, "Sensex Falls 900 Points As Banks Slide", names nothing)
            named = token.ent_type_ in self.label_entities and len(_entity_tokens(doc, token)) < 4
            if headline_verb and not named and after is not None \
                    and ((after.tag_ in ("NNS", "NNPS") and after.lower_.endswith("s")) or after.pos_ == "ADP") \
                    and _in_title_case(doc, token):
                return False
            if in_named_entity or after is None or after.tag_ not in ("NNS", "NNPS") or not place:
                return True  # "Boeing 747", "Windows 10", "MAX 9 jets"; not "in Texas 45 people"
        if in_named_entity and not score and previous.tag_.startswith("VB") and previous.text[:1].isupper() \
                and after is not None and after.tag_ in ("NNS", "NNPS") and after.lower_.endswith("s") and _in_title_case(doc, token):
            return False  # "Hospital Cuts 450 Posts": the NER spread a name over a headline's verb and its count
        if in_named_entity and not score:
            return any(t.is_alpha and t.text[:1].isupper() for t in _entity_tokens(doc, token))
        return False

    def _code_or_list_heading(self, doc: Doc, mention: Mention) -> bool:
        """"homes in the 90210 area": a ZIP code; "7 Ways to Beat the Heat" opening a paragraph: a list
        article's heading numbers its list."""
        token = _token_at(doc, mention.core_start)
        if token is None or token.i + 1 >= len(doc) or token.idx + len(token.text) != mention.core_end:
            return False
        after = doc[token.i + 1].lower_
        if mention.core_end - mention.core_start == 5:
            return after in self.code_area_nouns
        if after not in self.listicle_nouns:
            return False
        line_start = _text(doc).rfind("\n", 0, mention.core_start) + 1
        return not _text(doc)[line_start:mention.core_start].strip()

    def _in_capitalised_name(self, doc: Doc, mention: Mention) -> bool:
        """"the Big Four", "the Fantastic Four film", "the Three Mile Island plant": a number word
        capitalised inside a sentence, next to another capitalised word, is part of a name
        (not in a title-case headline, where every word is capitalised)."""
        if not _text(doc)[mention.core_start:mention.core_start + 1].isupper():
            return False
        token, last = _token_at(doc, mention.core_start), _token_at(doc, mention.end - 1)
        if token is None or last is None or token.is_sent_start or token.i == 0:
            return False
        before = doc[token.i - 1]
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None

        def capitalised(word: Optional[Token]) -> bool:
            return word is not None and word.is_alpha and word.text[:1].isupper() and not word.is_sent_start \
                and word.ent_type_ not in ("DATE", "TIME")

        if not (capitalised(before) or capitalised(after)):
            return False
        sentence = _sentence(doc, token)  # (a window of it: a run-on "sentence" must not be read per figure)
        # (the sentence's first word is capitalised whatever it is: "The Big Four banks reported profits")
        words = [t for t in doc[max(sentence.start + 1, token.i - 20):min(sentence.end, token.i + 20)] if t.is_alpha]
        return sum(t.text[:1].isupper() for t in words) * 2 < len(words)

    def _after_designator(self, doc: Doc, mention: Mention) -> bool:
        text = _text(doc)
        previous = _previous_word(doc, mention.core_start)
        if previous is None or text[previous.idx + len(previous.text):mention.core_start].strip():
            return False
        if self._modified(doc, previous):
            return False  # "last month 45 people died"
        if previous.lower_ in _TIME_DESIGNATORS and (
                (previous.i > 0 and doc[previous.i - 1].lower_ in ("a", "an", "one", "per", "single"))
                or (not mention.parts and _counts_a_plural(doc, mention))):
            return False  # "within a week 300 people fled", "in one day 2,000 homes", "during the week 40 shops shut"
        if previous.lower_ in ("number", "numbers", "numbered"):
            if self._numbers_a_group(doc, previous, mention):
                return False  # "wolves numbered 5,000", "marchers number 1,500" (the tagger reads a noun)
        elif previous.pos_ == "VERB" and previous.is_lower and previous.lower_ in self.verb_like_designators:
            return False  # "will seat 62,000", "plans to list 300 shares": a verb, no label
        if previous.text == "Year" and not previous.is_sent_start:
            return True  # school years: "Year 6 pupils", "pupils in Year 11"
        if previous.text in ("No", "Nos", "Nr"):
            # "the No 10 shirt", "No 10 said" (the plain "no" is a determiner: "No 10 people were hurt")
            figure = _token_at(doc, mention.core_start)
            after = doc[figure.i + 1] if figure is not None and figure.i + 1 < len(doc) else None
            return not previous.is_sent_start or after is None or after.tag_ not in ("NNS", "NNPS")
        listed = bool(mention.parts) or _LIST_FOLLOWS.match(text, mention.end) is not None
        if not listed and previous.tag_ == "NNS" and previous.is_lower and _counts_a_plural(doc, mention):
            return False  # "at the reactors 200 workers were evacuated": a plural designator, then a count of its own
        return self._is_designator(previous, listed) \
            or bool(self.designator_re.search(text[max(0, mention.core_start - 24):mention.core_start]))

    @staticmethod
    def _numbers_a_group(doc: Doc, verb: Token, mention: Mention) -> bool:
        """"seals numbered 4,100", "the rebels numbered 300": a plural subject's size (not "a bus numbered 42",
        "the cases numbered 4")."""
        before = doc[verb.i - 1] if verb.i > 0 else None
        return "," in _text(doc)[mention.core_start:mention.core_end] or (
            before is not None and before.tag_ in ("NNS", "NNPS") and (mention.value or 0) >= 100)

    def _is_designator(self, token: Token, listed: bool = False) -> bool:
        """A designator or its plural ("junctions 12 and 14", "seasons 3 to 5" name, not count);
        not a plural counted itself ("in two days 300 people", "in recent rounds 12 riders"), and a
        plural of time only before a list ("on days 3 and 10", not "for days 300 people queued")."""
        word = token.lower_
        if word in self.designators:
            return True
        if len(word) <= 3 or not word.endswith("s") or word[:-1] not in self.designators \
                or (word[:-1] in _TIME_DESIGNATORS and not listed):
            return False
        before = token.doc[token.i - 1] if token.i > 0 else None
        return before is None or not (before.like_num or before.lower_ in self.designator_modifiers
                                      or before.lower_ in _COUNTING_WORDS)

    def _modified(self, doc: Doc, designator: Token) -> bool:
        """'last month', 'the first round': the designator is a common noun with its own modifier."""
        return designator.i > 0 and designator.is_lower and doc[designator.i - 1].lower_ in self.designator_modifiers

    # ------------------------------------------------------------------ claims
    def _claim(self, doc: Doc, mention: Mention) -> Optional[NumericClaim]:
        text = _text(doc)
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        counted = source = period = None
        if span is not None and len(span):
            counted = self._counted(doc, span, mention)
            if counted is not None and counted.start >= mention.end:
                counted = self._with_rate_base(doc, counted)
            sentence = _sentence(doc, span[0])
            source = self._source(doc, span, sentence, mention)
            period = _period(doc, sentence, _span_root(span), self.reporting_verbs)
            unit = self._national_currency(text, sentence, mention) if mention.currency else self._exchange_rate(text, sentence, mention)
        else:
            unit = mention.unit
        return NumericClaim(
            text=text[mention.start:mention.end],
            start=mention.start,
            end=mention.end,
            value=_clean(mention.value),
            value_max=_clean(mention.value_max),
            unit=unit,
            qualifier=mention.qualifier,
            counted=counted,
            period=period,
            source=source,
        )

    def _national_currency(self, text: str, sentence: Span, mention: Mention) -> Optional[str]:
        """"Argentina raised the minimum wage to 322,000 pesos": a currency word several countries use is the currency
        of the country named in the sentence (none named: the one its word is listed for)."""
        written = re.findall(r"[A-Za-z]+", text[mention.core_end:mention.end])
        word = written[-1].lower() if written else ""
        names = self.national_words.get(word) or self.national_words.get(word[:-1]) if word.endswith("s") else self.national_words.get(word)
        sign = text[mention.start:mention.core_start].split()
        if not names and sign and sign[-1] in self.national_symbols:  # "Rs 10 billion"
            names = self.national_words.get(self.national_symbols[sign[-1]])
        if not names or (len(written) > 1 and written[-2].lower() in ("us", "u", "american")):
            return mention.unit
        return _nearest_nation(self.nation_re, text, sentence, mention, names) or mention.unit

    def _exchange_rate(self, text: str, sentence: Span, mention: Mention) -> Optional[str]:
        """"the yen weakened past 152 to the dollar", "the peso fell to 18.9 per dollar": a bare figure priced per unit of
        another currency is in the currency the sentence quotes (the last one named before it)."""
        priced_per = self.exchange_base_re.match(text, mention.end) if mention.unit is None and mention.kind == "digits" else None
        if priced_per is None:
            return mention.unit
        base = priced_per.group("base").lower()
        quoted = None
        for match in self.quoted_currency_re.finditer(text, sentence.start_char, mention.start):
            word = match.group("word").lower()
            if not word.startswith(base):
                quoted = word
        if quoted is None:
            return None
        names = self.national_words.get(quoted.rstrip("s"))
        return (_nearest_nation(self.nation_re, text, sentence, mention, names) if names else None) or self.money_words[quoted]

    def _counted(self, doc: Doc, span: Span, mention: Mention) -> Optional[TextSpan]:
        """The noun phrase the figure quantifies, with its 'of' complement."""
        root = _span_root(span)
        sentence = _sentence(doc, span[0])
        after = doc[span.end] if span.end < sentence.end else None
        if mention.kind == "multiplier":
            for child in root.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    return self._phrase(doc, child, floor=span.end if child.i >= span.end else None)
            return self._subject_phrase(doc, root)
        if mention.unit == "times" and after is not None:
            # "three times as many inspectors"
            i = span.end
            while i < sentence.end and doc[i].lower_ in ("as", "many", "much", "more", "the", "number", "of"):
                i += 1
            if i > span.end:
                noun = self._shallow_noun(doc, i, sentence.end)
                if noun is not None:
                    return self._phrase(doc, noun, floor=i)
        # 1. The figure's own complement: "two-thirds of voters", "20% of the budget".
        if after is not None and after.lower_ == "of":
            pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
            if pobj is not None and not (pobj.like_num and pobj.i == after.i + 1 and pobj.i + 1 < sentence.end
                                         and not doc[pobj.i + 1].is_alpha):
                return self._phrase(doc, pobj, floor=after.i + 1, with_of=False)  # (not the whole of "173 of 350.")
            whole = after.i + 1
            if whole < sentence.end and doc[whole].like_num:
                # "6 of 10 voters": the part counts what the whole counts.
                noun = self._shallow_noun(doc, whole + 1, sentence.end)
                if noun is not None:
                    return self._phrase(doc, noun, floor=whole + 1)
        # Money or a measure "in" something: "$1.5 billion in aid" (not "in 2023"; and a share "in" is
        # where or when it holds: "rose 4% in late trading", "2.5% in the capital")
        # (nor a span of time "in" a state: "14 months in charge", "three years in prison")
        if mention.unit is not None and mention.unit not in _SHARE_UNITS and mention.unit not in TIME_UNITS \
                and after is not None and after.lower_ == "in":
            pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
            if pobj is not None and not pobj.like_num and pobj.ent_type_ not in ("DATE", "TIME", "GPE", "LOC") \
                    and pobj.pos_ == "NOUN" and pobj.lemma_.lower() not in self.setting_nouns:
                return self._phrase(doc, pobj, floor=after.i + 1, with_of=False)
        # 2. The noun the figure modifies: "376 cases of ...", "more than 10,000 people".
        head = next_to_figure = root.head
        # ("27 league matches", "97 per cent bed occupancy": the compound's head; not "a 27-storey tower", a measure)
        hyphened = head.i > 0 and doc[head.i - 1].tag_ == "HYPH"
        while not hyphened and head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.pos_ == "NOUN":
            head = head.head
        if (root.dep_ in _COUNTED_DEPS and head.i >= span.end and head.pos_ in ("NOUN", "PROPN")
                and head.i - span.end < self.max_counted_tokens and _sentence(doc, head) == sentence
                and not _own_figure_between(doc, span.end, head) and not _period_on_period(doc, head)
                and not _dated_noun(doc, span.end, head) and not self._expects_the_figure(head)):
            if head.lemma_.lower() in self.change_nouns:
                for child in head.children:
                    if child.dep_ == "prep" and child.lower_ in ("in", "of") and child.i > head.i:
                        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        if pobj is not None:
                            return self._phrase(doc, pobj, floor=child.i + 1, with_of=False)
            if mention.unit is None or mention.unit == "times" or next_to_figure.i == span.end:
                return self._phrase(doc, head, floor=span.end)
        # 3. A noun right after the figure the parse missed.
        if mention.unit is None and after is not None:
            noun = self._shallow_noun(doc, span.end, sentence.end)
            # (not "fell a fifth last year", "31,000 the previous week": a time, whatever the NER says)
            if noun is not None and noun.ent_type_ not in ("DATE", "TIME") and not _dated_noun(doc, span.end, noun) \
                    and not self._expects_the_figure(noun):
                return self._phrase(doc, noun, floor=span.end)
        # 3b. The noun it is the size of: "a population of about 168,000", "a crowd of 5,000", "a target of 95%"
        sized = root.head.head
        if root.dep_ == "pobj" and root.head.lower_ == "of" and sized.pos_ == "NOUN" and sized.i < root.head.i \
                and sized.lemma_.lower() not in self.generic_figure_nouns \
                and not any(c.like_num or c.dep_ == "nummod" for c in sized.children):
            return self._phrase(doc, sized, with_of=False)  # (not "defrauded 3,400 investors of £48m")
        # 4. What the figure measures: "inflation rose 3.2%", "the toll reached 45"; what a verb
        # changed by it or to it: "the drug cut the risk of death by 20%", "raised rates to 5.25%".
        verb = _governing_verb(root)
        # (and what a verb set at it: "estimated the damage at $4bn", "the firm was valued at €2m")
        at = root.head if root.dep_ == "pobj" and root.head.lower_ == "at" else None
        if at is not None and at.head.dep_ == "dobj" and at.head.pos_ == "NOUN" and at.head.i < at.i \
                and not any(t.like_num for t in at.head.subtree if t.i < at.i):
            if at.head.lemma_.lower() in self.generic_figure_nouns:
                return None  # "put the figure at 150,000": what the count before it counts (_share_counted)
            return self._phrase(doc, at.head)  # (the parse hangs 'at' on the object: "put the toll at 41")
        if verb is not None and root.dep_ == "pobj" and root.head.lower_ in ("by", "to", "from", "at") and root.head.head == verb:
            changed = next((c for c in verb.children if c.dep_ == "dobj"), None) \
                or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "the age was lowered to 16"
            if changed is not None and changed.pos_ in ("NOUN", "PROPN") \
                    and not any(t.like_num for t in changed.subtree):  # ("gained 1.5 points to 102.3": the change)
                if root.head.lower_ in ("at", "to") and changed.lemma_.lower() in self.generic_figure_nouns:
                    return None  # ("bringing the total to 9,000": what the count before it counts, _share_counted)
                return self._phrase(doc, changed)
            if root.head.lower_ != "at" and verb.lemma_.lower() in self.change_verbs and verb.lemma_.lower() not in self.reporting_verbs:
                return self._subject_phrase(doc, verb)  # "the gauge gained 2.5 points to 98.4": the gauge
        if verb is not None and (mention.unit in ("%", "percentage points") or verb.lemma_.lower() in self.measure_verbs) \
                and not (mention.unit in TIME_UNITS and root.dep_ == "pobj"):  # ("reached $3bn in 12 months": the time it took)
            if verb.lemma_.lower() not in self.reporting_verbs:
                return self._subject_phrase(doc, verb)
        return None

    def _expects_the_figure(self, noun: Token) -> bool:
        """"fewer than the 190,000 economists had expected", "the 4% analysts forecast": the noun after the figure is
        the subject of a verb of expecting whose object, the figure, is left out; it is not what the figure counts."""
        doc, i = noun.doc, noun.i + 1  # (read by the words, not the parse: it often hangs the noun on 'than')
        while i < len(doc) and doc[i].lower_ in ("had", "have", "has", "'d", "’d", "were", "was"):
            i += 1
        if i + 1 >= len(doc) or doc[i].tag_ not in ("VBD", "VBN", "VBP") or doc[i].lemma_.lower() not in self.expectation_verbs:
            return False
        after = doc[i + 1]
        return (after.is_punct and after.text not in ("-", "–")) or after.lower_ in ("and", "or", "but")

    def _with_rate_base(self, doc: Doc, counted: TextSpan) -> TextSpan:
        """"45 cases per 100,000 people", "3.1 doctors for every 1,000 residents": the rate counts its noun per the
        base, whose round figure is no claim of its own."""
        text = _text(doc)
        per = _RATE_PER.match(text, counted.end)
        base = _token_at(doc, per.end()) if per else None
        if base is None or base.idx != per.end() or not base.like_num or base.i + 1 >= len(doc):
            return counted
        written = base.text.replace(",", "")
        if not (written.isdigit() and float(written) in _RATE_BASES) and base.lower_ not in self.scanner.lex.word_scales \
                and base.lower_ not in self.scanner.lex.hundred:
            return counted
        noun = base.head
        if noun.i <= base.i or noun.i - base.i > 3 or noun.tag_ not in ("NNS", "NN") or "\n" in text[counted.end:noun.idx]:
            return counted
        end = noun.idx + len(noun.text)
        return TextSpan(text[counted.start:end], counted.start, end)

    def _shallow_noun(self, doc: Doc, start: int, limit: int) -> Optional[Token]:
        noun = None
        for i in range(start, min(limit, start + 6)):
            token = doc[i]
            if token.pos_ in ("NOUN", "PROPN"):
                noun = token
                continue
            if noun is None and (token.pos_ == "ADJ" or token.tag_ in ("VBN", "HYPH") or token.dep_ == "compound"):
                continue
            break
        return noun

    def _subject_phrase(self, doc: Doc, verb: Token) -> Optional[TextSpan]:
        while verb is not None:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                if subject.pos_ == "PRON" or subject.tag_ in ("WDT", "WP", "EX"):
                    return None
                return self._phrase(doc, subject)
            if verb.dep_ in ("conj", "xcomp") and verb.head != verb:
                verb = verb.head
                continue
            # `Cases linked to the outbreak have risen to 47`: the participle after the subject read as
            # the verb of a clause of its own, which took the subject with it
            reduced = next((c for c in verb.lefts if c.dep_ in ("ccomp", "advcl") and c.tag_ in ("VBD", "VBN")
                            and any(s.dep_ == "nsubj" and s.i == c.i - 1 and s.pos_ in ("NOUN", "PROPN") for s in c.children)), None)
            if reduced is not None:
                return self._phrase(doc, doc[reduced.i - 1])
            return None
        return None

    def _phrase(self, doc: Doc, head: Token, floor: Optional[int] = None, with_of: bool = True) -> Optional[TextSpan]:
        """head with its left modifiers (from `floor` on) and one 'of' complement."""
        sentence = _sentence(doc, head)
        start = max(head.left_edge.i, sentence.start, floor if floor is not None else 0)
        end = head.i
        if with_of and head.i + 1 < sentence.end and doc[head.i + 1].lower_ == "of" and doc[head.i + 1].head == head:
            pobj = next((c for c in doc[head.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.i - head.i <= self.max_counted_tokens \
                    and not any(t.like_num for t in doc[head.i + 1:pobj.i + 1]):
                end = pobj.i  # "cases of sexual violence", not "claims of 100,000 shillings"
        first = start
        while start < end and (doc[start].lower_ in self.drop_leading or doc[start].is_punct or doc[start].tag_ in ("DT", "CC")
                               or (doc[start].like_num and not _hyphened_word(doc, start)) or doc[start].tag_ == "CD"
                               or doc[start].text[:1].isdigit()
                               or (doc[start].dep_ in ("quantmod", "advmod", "amod") and doc[start].head.like_num
                                   and doc[start].head.i > start)  # "Fewer than 1,000 tigers": the figure's qualifier
                               or (start > first and doc[start].lower_ == "of")  # ("74.2% of patients": not "of patients")
                               # (the "year" of "the 10-year yield", the "year-old" of "a 32-year-old mother", the "strong" of
                               # "a 20,000-strong crowd")
                               or (start >= 2 and doc[start - 1].tag_ == "HYPH"
                                   and (doc[start - 2].like_num or doc[start - 2].lower_ in _TIME_DESIGNATORS)
                                   and (doc[start].lower_ in _TIME_DESIGNATORS or doc[start].lower_ in ("old", "strong")))
                               or (start > first and doc[start - 1].like_num  # the "m" of "1.2m homes"
                                   and doc[start - 1].idx + len(doc[start - 1].text) == doc[start].idx)):
            start += 1
        if end - start + 1 > self.max_counted_tokens:
            start = max(start, end - self.max_counted_tokens + 1)
        while start < end and doc[start].is_space:
            start += 1
        if floor is not None and floor > 0 and "\n" in _text(doc)[doc[floor - 1].idx:doc[start].idx]:
            return None
        tokens = doc[start:end + 1]
        if not len(tokens) or tokens[-1].is_punct or "\n" in tokens.text:
            return None  # no noun phrase runs over a line break (tables, lists)
        if len(tokens) == 1 and (tokens[0].pos_ in ("PRON", "DET") or tokens[0].like_num):
            return None  # "eight of them", "14 of 20" say nothing about what is counted
        return TextSpan(tokens.text, tokens.start_char, tokens.end_char)

    # ------------------------------------------------------------------ source
    def _source(self, doc: Doc, span: Span, sentence: Span, mention: Mention) -> Optional[str]:
        index = _CURRENT.of(doc)
        around = bisect_right(index.quote_starts, mention.start)
        for quote in index.quotes[max(0, around - 2):around]:  # the quotes opening last before the figure
            if quote.start <= mention.start and mention.end <= quote.end:
                inner = self._verb_source(doc, span, mention, within=(quote.start, quote.end))
                if inner:
                    return inner  # `X said A, though B put the figure at N`: B states N inside X's report
                # The full noun phrase as written ("the UN refugee agency UNHCR"), unless it is
                # a pronoun, title or short form the quotes component resolved to a name ("Ms Ortiz",
                # "the minister" -> "Ana Ortiz"), so that one person is one source.
                written = quote.speaker_mention.text if quote.speaker_mention else None
                if written and (not quote.speaker or quote.speaker in written or " " not in quote.speaker) and written.lower() not in _PRONOUNS:
                    return written
                if quote.speaker or written:
                    return quote.speaker or written
        for i in index.according[bisect_left(index.according, sentence.start):bisect_left(index.according, sentence.end)]:
            token = doc[i]
            if sentence.start <= i and i + 1 < sentence.end:
                pobj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is None and token.i + 2 < sentence.end:
                    pobj = doc[token.i + 2]
                if pobj is not None:
                    named = self._source_phrase(doc, pobj, avoid=mention)
                    if named:
                        return named
        return self._verb_source(doc, span, mention)

    def _verb_source(self, doc: Doc, span: Span, mention: Mention, within: Optional[tuple[int, int]] = None) -> Optional[str]:
        """Who the nearest reporting verb above the figure names; only verbs inside `within` if given."""
        token = _span_root(span)
        for _ in range(12):
            if within is not None and not within[0] <= token.idx < within[1]:
                return None
            lemma = token.lemma_.lower()
            # "the economy added 254,000 jobs": 'add' with an object adds, it does not say
            adds = lemma == "add" and any(child.dep_ == "dobj" for child in token.children)
            if lemma in self.reporting_verbs and token.pos_ in ("VERB", "AUX") and not adds:
                if within is not None and _first_person_subject(token):
                    return None  # "we counted 60", "our data shows 8%" inside a quote: the speaker's own
                # inside a report only a verb of saying names another source ("the economy added
                # 175,000 jobs, the department said" is the department's figure), or "put the figure at"
                if within is None or lemma in self.speech_verbs or (lemma == "put" and _puts_a_figure(token)):
                    named = self._reporter(doc, token, mention)
                    if named:
                        return named
                    if within is not None:
                        return None  # the nearest report inside the quote names no one else
            if token.head == token:
                break
            token = token.head
        return None

    def _reporter(self, doc: Doc, verb: Token, mention: Mention) -> Optional[str]:
        for child in verb.children:
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._source_phrase(doc, pobj, avoid=mention)
        for child in verb.children:
            if child.dep_ in ("nsubj",):
                return self._source_phrase(doc, child, avoid=mention)
        if verb.dep_ == "conj":
            return self._reporter(doc, verb.head, mention)
        return None

    def _source_phrase(self, doc: Doc, head: Token, avoid: Optional[Mention] = None) -> Optional[str]:
        if head.like_num or head.lower_ in _SHARE_WORDS:
            return None  # "62 per cent said …, 21 per cent disagreed": a share of those asked sources nothing
        if head.pos_ == "PRON":
            for quote in doc._.quotes or ():
                mention = quote.speaker_mention
                if mention is not None and mention.start <= head.idx < mention.end and quote.speaker:
                    return quote.speaker
            return None
        sentence = _sentence(doc, head)
        start = max(head.left_edge.i, sentence.start)
        end = head.i
        for child in head.rights:
            if child.dep_ in _SOURCE_STOP_DEPS or child.dep_ == "appos" and child.like_num:
                break  # (`Priya Shah, 34, said`: her age is no part of who she is)
            end = child.right_edge.i
        # a name the parse hung elsewhere: "according to industry body Make UK" ('Make' read as a verb)
        headline = None  # (asked only when a capitalised word follows: most sources stop at their noun)
        while end + 1 < sentence.end and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].ent_type_ not in ("DATE", "TIME") and end + 1 - start < self.max_source_tokens \
                and doc[end].idx + len(doc[end].text) < doc[end + 1].idx and doc[end].whitespace_ == " ":
            if headline is None:
                headline = _in_title_case(doc, head)
            if headline:
                break
            end += 1
        end = min(end, sentence.end - 1, start + self.max_source_tokens - 1)
        while end > start and (doc[end].is_punct and doc[end].text not in (")", "]")):
            end -= 1
        while start < end and doc[start].is_punct:
            start += 1
        phrase = doc[start:end + 1]
        if "\n" in phrase.text:
            return None
        if avoid is not None and phrase.start_char < avoid.end and avoid.start < phrase.end_char:
            return None  # the figure's own noun phrase ("One in five adults said") does not source it
        return phrase.text or None

    def to_disk(self, path, *, exclude=tuple()):
        """Stateless: its data lives in models/numbers (loaded at init)."""

    def from_disk(self, path, *, exclude=tuple()):
        return self


# ---------------------------------------------------------------------- helpers
def _nearest_nation(nation_re: re.Pattern, text: str, sentence: Span, mention: Mention, names: dict) -> Optional[str]:
    """The currency of the country in `names` named last before the figure in its sentence, else first after it."""
    best = None
    for match in nation_re.finditer(text, sentence.start_char, sentence.end_char):
        code = names.get(match.group(0).lower())
        if code is not None and (match.end() <= mention.start or best is None):
            best = code
        if match.start() >= mention.end and best is not None:
            break
    return best


def _named_before(doc: Doc, word: Token) -> bool:
    """The capitalised word was written earlier in the text as (part of) a name ("Gethin Rowlands … Rowlands, 41,")."""
    if not word.text[:1].isupper():
        return False
    return any(t.text == word.text and t.pos_ == "PROPN" for t in doc[max(0, word.i - 400):word.i])


def _clean(value: Optional[float]) -> Optional[float]:
    """Whole numbers as int (376, not 376.0); others rounded off float noise."""
    if value is None:
        return None
    value = float(f"{value:.10g}")  # 65.4 * 1e9 is 65400000000.00001
    if value == int(value) and abs(value) < 1e15:
        return int(value)
    return value


_OFFSET_DATE = re.compile(r"(?i)[\w.,-]+(?:\s+[\w-]+){0,3}?\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
                          r"\s+(?:later|earlier|before|after|on|hence)")  # (not "two weeks ago": a date, the lead's ruling)
_RATE_PER = re.compile(r"\s+(?:per|for\s+(?:every|each)|in\s+every)\s+")
_RATE_BASES = frozenset({10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0})

_ACCORDING_TO = re.compile(r"(?i)(?<!\w)according\s+to(?!\w)")


class _DocIndex:
    """The text and token offsets of the Doc being processed: `Doc.text` is rebuilt
    on every access, and finding a token by character must not scan the Doc."""

    def __init__(self):
        self.clear()

    def set(self, doc: Doc) -> None:
        self.doc, self.text, self.starts = doc, doc_text(doc), doc.to_array(IDX).tolist() if len(doc) else []
        self.sentences: list[Span] = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        # "according to": looked up per figure, found once per Doc (by one search of the text, not a token loop)
        starts = self.starts
        self.according = [
            index for index in (bisect_left(starts, match.start()) for match in _ACCORDING_TO.finditer(self.text))
            if index + 1 < len(doc) and starts[index] == doc[index].idx and doc[index].lower_ == "according"
            and doc[index + 1].lower_ == "to"
        ]
        self.dated = sorted((event for event in doc._.events or () if _dates_a_figure(event)),
                            key=lambda event: event.start)  # a sentence's dates by bisection, not a scan per figure
        self.dated_starts = [event.start for event in self.dated]
        self.quotes = sorted(doc._.quotes or (), key=lambda quote: quote.start)
        self.quote_starts = [quote.start for quote in self.quotes]

    def clear(self) -> None:
        self.doc, self.text, self.starts = None, "", []
        self.sentences, self.sentence_starts, self.according = [], [], []
        self.dated, self.dated_starts = [], []
        self.quotes, self.quote_starts = [], []

    def of(self, doc: Doc) -> "_DocIndex":
        if self.doc is not doc:
            self.set(doc)
        return self


_CURRENT = _DocIndex()


# a number glued to one letter, then no word character: "3K", "2B" (a label after a designator)
_LETTER_CODE = re.compile(r"\d{1,3}[A-Za-z](?![\w])")


def _text(doc: Doc) -> str:
    return _CURRENT.of(doc).text


def _sentence(doc: Doc, token: Token) -> Span:
    """The sentence of `token` by bisection (Token.sent scans the Doc: slow on huge sentences)."""
    index = _CURRENT.of(doc)
    return index.sentences[bisect_right(index.sentence_starts, token.i) - 1]


def _token_at(doc: Doc, char: int) -> Optional[Token]:
    """The token covering `char`, else the next one (None past the end)."""
    index = _CURRENT.of(doc)
    i = bisect_right(index.starts, char) - 1
    if i < 0:
        return doc[0] if len(doc) else None
    token = doc[i]
    if char >= token.idx + len(token.text) or token.is_space:
        i += 1
        while i < len(doc) and doc[i].is_space:
            i += 1
        return doc[i] if i < len(doc) else None
    return token


def _hyphened_word(doc: Doc, i: int) -> bool:
    """"first-time buyers", "one-off payments": a number word that is part of a hyphened modifier."""
    token = doc[i]
    return token.is_alpha and i + 1 < len(doc) and doc[i + 1].tag_ == "HYPH" and not token.whitespace_


def _own_figure_between(doc: Doc, start: int, noun: Token) -> bool:
    """"up from 900 five years ago": the noun has a figure of its own right after this one (not "two 15-minute
    sessions", nor a list, "40,000, 60,000 or 90,000 migrants")."""
    if start >= noun.i:
        return False
    token = doc[start]
    return token.like_num and token.dep_ == "nummod" and token.head == noun \
        and (token.i + 1 >= len(doc) or doc[token.i + 1].tag_ != "HYPH")


_SPANS_OF_TIME = TIME_UNITS - {"s"}  # (seconds are no span a figure builds up in)


def _over_a_span_of_time(mention: Mention, before: Optional[Token]) -> bool:
    """"$1.7tn over 10 years", "1,000 homes over five years", "up 40% over a decade": the time a figure
    before it builds up in, no bound (not "jailed for over 10 years", "served over 20 years", "people over 65 years")."""
    if mention.qualifier != "over" or mention.unit not in _SPANS_OF_TIME or before is None:
        return False
    figure_before = before.like_num or before.text[:1].isdigit() or before.lower_ in _SHARE_WORDS \
        or (before.is_alpha and before.i > 0 and before.doc[before.i - 1].like_num)  # ("$1.7tn", "5 million")
    return figure_before or (before.tag_ == "NNS" and any(child.dep_ == "nummod" for child in before.children))


def _dated_noun(doc: Doc, start: int, noun: Token) -> bool:
    """"31,000 last year", "300 the previous week": the noun after the figure is when, not what, it counts."""
    return noun.lemma_.lower() in _TIME_DESIGNATORS and any(t.lower_ in _DATING_WORDS for t in doc[start:noun.i])


def _counts_a_plural(doc: Doc, mention: Mention) -> bool:
    """The figure stands right before a plural common noun it counts ("200 workers")."""
    figure = _token_at(doc, mention.end - 1)
    after = doc[figure.i + 1] if figure is not None and figure.i + 1 < len(doc) else None
    return after is not None and after.tag_ == "NNS" and after.idx > mention.end and not _text(doc)[mention.end:after.idx].strip()


def _change_parts(mention: Mention) -> list[Mention]:
    """The two figures of a change; a first end that took the range's scale keeps it ("rose $1.2 to $1.5 billion")."""
    first, second = mention.parts
    if first.scale == 1 and mention.scale > 1 and first.value is not None and mention.value == first.value * mention.scale:
        first = replace(first, value=mention.value, scale=mention.scale)
    if first.unit is None and second.unit is not None and second.unit != "times" and first.kind in ("digits", "words"):
        first = replace(first, unit=second.unit, currency=second.currency)  # "rose from 10 to 20 percent": both are shares
    return [first, second]


def _measured_four_digits(mention: Mention) -> bool:
    """A four-digit figure with a unit of measure after it ("2000 m", "1800 ppm"): no year, whatever the dates read
    (not a span of time, "2000 years ago", nor money, "in 2010 dollars")."""
    return mention.kind == "digits" and mention.unit is not None and not mention.currency and mention.unit not in TIME_UNITS \
        and mention.core_end - mention.core_start == 4 and mention.scale == 1 and mention.end > mention.core_end


def _is_be(verb: Token) -> bool:
    """'is', 'was', 'were', and "’m" (a curly apostrophe leaves the contraction without its lemma)."""
    return verb.lemma_ == "be" or verb.lower_.replace("’", "'") in ("'m", "'re", "'s")


def _previous_word(doc: Doc, char: int) -> Optional[Token]:
    token = _token_at(doc, char)
    if token is None:
        return None
    i = token.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _entity_tokens(doc: Doc, token: Token) -> Span:
    """The named entity around `token`, found from its IOB tags (doc.ents is a scan of the Doc)."""
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _in_tally(doc: Doc, i: int) -> bool:
    """'Harris 48, Whitmer 44': figure i is one of several 'Name N' joined by commas or 'and'."""
    def name_number(j: int) -> bool:
        # (not "Studio 54": a number inside the name of a place or thing is no one's tally)
        return 0 <= j and j + 1 < len(doc) and doc[j].pos_ == "PROPN" and doc[j + 1].like_num \
            and not (doc[j + 1].ent_iob_ == "I" and doc[j + 1].ent_type_ in _NAMED_THINGS)

    joiners = (",", ";", "and")
    name = doc[i - 1].lower_ if i > 0 else ""
    following = i + 1 < len(doc) and doc[i + 1].lower_ in joiners and name_number(i + 2) and doc[i + 2].lower_ != name
    preceding = i >= 4 and doc[i - 2].lower_ in joiners and name_number(i - 4) and doc[i - 4].lower_ != name
    return following or preceding or _in_tally_of_long_names(doc, i)  # not "Algorithm 1 and Algorithm 3": one name, two labels


def _name_start(doc: Doc, i: int) -> int:
    """The first token of the name that ends at token i ('the Farmers Party'), or i + 1 if no name ends there."""
    j = i
    while j >= 0 and i - j < 4 and _capitalised_name_word(doc[j]):
        j -= 1
    if j < i and j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j + 1


def _capitalised_name_word(token: Token) -> bool:
    """A word of a name: capitalised, read as a name or a noun ('Ilves' is tagged a plural noun)."""
    return token.pos_ in ("PROPN", "NOUN") and token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


def _in_tally_of_long_names(doc: Doc, i: int) -> bool:
    """"the Liberals 60 and the Farmers Party 39": a tally whose names run over several words or take 'the'
    (figure i after a name, with another 'name figure' joined before or after it; not "Algorithm 1 and Algorithm 3",
    one name and two labels, nor "Studio 54 and Area 51", numbers inside the names of places)."""
    joiners = (",", ";", "and")

    def named_thing(k: int) -> bool:
        return doc[k].ent_iob_ == "I" and doc[k].ent_type_ in _NAMED_THINGS

    start = _name_start(doc, i - 1) if i > 0 else i
    if start >= i or (i - start == 1 and doc[start].lower_ == "the") or named_thing(i):
        return False
    name = doc[i - 1].lower_
    # after: 'and the Farmers Party 39'
    k = i + 2
    if i + 1 < len(doc) and doc[i + 1].lower_ in joiners:
        k += 1 if k < len(doc) and doc[k].lower_ == "the" else 0
        first = k
        while k < len(doc) and k - first < 4 and _capitalised_name_word(doc[k]):
            k += 1
        if first < k < len(doc) and doc[k].like_num and doc[k].text[:1].isdigit() and doc[k - 1].lower_ != name \
                and not named_thing(k):
            return True
    # before: 'the Liberals 60 and' + this name
    j = start - 1
    return j >= 2 and doc[j].lower_ in joiners and doc[j - 1].like_num and doc[j - 1].text[:1].isdigit() \
        and _name_start(doc, j - 2) < j - 1 and doc[j - 2].lower_ != name and not named_thing(j - 1)


_NAMED_THINGS = frozenset({"FAC"})  # (the NER often calls a "Name 47" of a tally a LAW or PRODUCT)
_MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "as", "with",
                          "from", "into", "over", "after", "amid", "than", "vs"})


def _in_title_case(doc: Doc, token: Token) -> bool:
    """The words around `token` are capitalised as in a headline ("Council Axes 300 Jobs In Cost Drive")."""
    start, end = token.i, token.i + 1  # (the line, not the sentence: the parser splits headlines oddly)
    while start > 0 and token.i - start < 10 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and end - token.i < 10 and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    # (a scale or unit glued to a figure, the "m" of "£40m", is no word of the headline)
    words = [t for t in doc[start:end] if t.is_alpha and t.lower_ not in _MINOR_WORDS
             and not (t.i > 0 and doc[t.i - 1].like_num and not doc[t.i - 1].whitespace_)]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.85 * len(words)


def _span_root(span: Span) -> Token:
    """The token of the claim whose head lies outside it (the rightmost such)."""
    roots = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    return roots[-1] if roots else span.root


def _governing_verb(token: Token) -> Optional[Token]:
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ not in _CLIMB_DEPS or token.head == token:
            return None
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _clause_verb(token: Token) -> Optional[Token]:
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


_ELLIPSIS_GAP = re.compile(r"[^;:\n]*(?:\band\b|,)[^;:\n]*")


def _same_sentence(doc: Doc, first: NumericClaim, second: NumericClaim) -> bool:
    a, b = _token_at(doc, first.start), _token_at(doc, second.start)
    return a is not None and b is not None and _sentence(doc, a) == _sentence(doc, b)


def _after_change_verb(doc: Doc, claim: NumericClaim, change_verbs: set) -> bool:
    """"gained 2.5 points to 98.4": a change, then the level it reached (not "carried by 288 votes to 141")."""
    token = _token_at(doc, claim.start)
    verb = _governing_verb(token) if token is not None else None
    return verb is not None and verb.lemma_.lower() in change_verbs


def _share_counted(doc: Doc, text: str, claims: list[NumericClaim], change_verbs: set = frozenset()) -> list[NumericClaim]:
    """"Three people were killed and 12 injured", "Of the 40 patients, 12 recovered": a bare
    count standing as the subject of its clause, with nothing of its own to count, counts what
    the count before it in the sentence does (not "a budget of 3 million", "at 35")."""
    out: list[NumericClaim] = []
    for claim in claims:
        before = out[-1] if out else None
        if (claim.counted is None and claim.unit is None and before is not None and before.counted is not None
                and before.unit is None and _ELLIPSIS_GAP.fullmatch(text[before.end:claim.start])
                and _same_sentence(doc, before, claim) and _stands_alone(doc, claim)):
            claim = replace(claim, counted=before.counted)
        elif (claim.unit is None and before is not None and before.counted is not None
              and before.unit is None and re.fullmatch(rf"\s+{re.escape(before.counted.text)}\s+(?:to|against)\s+",
                                                       text[before.end:claim.start])
              and not _after_change_verb(doc, before, change_verbs)):
            claim = replace(claim, counted=before.counted)  # "passed by 312 votes to 95": a tally of one noun
        elif claim.counted is None and claim.unit is None and out and _THAN_THE_BEFORE.search(text, max(0, claim.start - 20), claim.start) \
                and (level := _count_before(doc, claim, out)) is not None:
            claim = replace(claim, counted=level.counted)  # "212 seats …, short of the 226 needed"
        elif claim.counted is None and claim.unit is None and out \
                and _ELIDED_LEVEL_BEFORE.search(text, max(0, claim.start - 64), claim.start) \
                and (level := _count_before(doc, claim, out)) is not None:
            claim = replace(claim, counted=level.counted)
        elif claim.unit is None and before is not None and before.counted is not None and before.unit is None \
                and before.counted.start >= before.end and _OUT_OF_GAP.fullmatch(text, before.end, claim.start) \
                and _same_sentence(doc, before, claim) and not _counts_a_plural_noun(doc, claim):
            claim = replace(claim, counted=before.counted)  # "12,000 votes out of more than 900,000 cast"
        elif claim.unit is None and before is not None and before.counted is not None and before.unit is None \
                and _COMPARED_BEFORE.search(text, max(0, claim.start - 16), claim.start) \
                and _same_sentence(doc, before, claim) \
                and (claim.counted is None and claim.start - before.end < 80
                     or claim.counted is not None and claim.counted.end <= before.start and before.counted.start >= before.end):
            # the level compared with counts what the figure before it counts: "11,300 visits last year compared with
            # more than 60,000", and "4.5 million units, up from 3.9 million" (units, not the subject it was given)
            claim = replace(claim, counted=before.counted)
        elif claim.counted is None and claim.unit is None and before is not None and before.counted is not None \
                and before.unit is None and claim.start - before.end < 200 and _same_sentence(doc, before, claim) \
                and _FIGURE_AT_BEFORE.search(text, max(0, claim.start - 24), claim.start):
            claim = replace(claim, counted=before.counted)
        elif claim.counted is None and claim.unit is None and before is not None and before.counted is not None \
                and before.unit is None and re.fullmatch(r"\s+of\s+", text[before.end:claim.start]):
            claim = replace(claim, counted=before.counted)  # "173 of 350": the whole counts what its part counts
        elif claim.counted is None and claim.unit is None and out \
                and (across := _counted_across_a_duration(doc, text, claim, out)) is not None:
            claim = replace(claim, counted=across)
        elif claim.counted is None and claim.unit is None and out and (tallied := _tallied_count(doc, claim, out)) is not None:
            claim = replace(claim, counted=tallied)
        elif claim.counted is None and claim.unit is None and out:
            parallel = _parallel_object(doc, claim, out)
            if parallel is not None:
                claim = replace(claim, counted=parallel.counted)
        out.append(claim)
    return out


def _counts_a_plural_noun(doc: Doc, claim: NumericClaim) -> bool:
    """The claim counts a plural noun of its own ("out of 900,000 ballots"), not a participle read as a noun ("cast")."""
    if claim.counted is None:
        return False
    noun = _token_at(doc, claim.counted.end - 1)
    return noun is not None and noun.tag_ in ("NNS", "NNPS")


def _count_before(doc: Doc, claim: NumericClaim, earlier: list[NumericClaim]) -> Optional[NumericClaim]:
    """The last count before the figure in its sentence (a few figures back, over ones with units between:
    "212 seats in the 450-seat parliament, short of the 226 needed")."""
    for before in reversed(earlier[-3:]):
        if not _same_sentence(doc, before, claim) or claim.start - before.end > 160:
            return None
        if before.unit is None and before.counted is not None \
                and _text(doc)[before.end:before.counted.start] not in ("-", "‐", "‑"):  # (not the size of "the 300-seat assembly")
            return before
    return None


def _tallied_count(doc: Doc, claim: NumericClaim, earlier: list[NumericClaim]) -> Optional[TextSpan]:
    """"Harris won 226 electoral votes, Whitmer 212 and Newsom 100": the later figures of a tally of names count what
    its first figure counts."""
    figure = _token_at(doc, claim.start)
    if figure is None or figure.i == 0 or not _capitalised_name_word(doc[figure.i - 1]) or not _in_tally(doc, figure.i):
        return None
    for before in reversed(earlier):
        if before.unit is not None or not _same_sentence(doc, before, claim) or claim.start - before.end > 200:
            return None
        if before.counted is not None:
            return before.counted
    return None


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.I)


def _counted_across_a_duration(doc: Doc, text: str, claim: NumericClaim, earlier: list[NumericClaim]) -> Optional[TextSpan]:
    """"1,126 cases in the past 10 days, 57 of them fatal", "14 robberies in the past 12 months, compared with nine":
    a bare figure counting 'of them', or set against the count before it, counts what that count does, across a
    span of time written between them."""
    if not (_OF_THEM.match(text, claim.end) or _COMPARED_BEFORE.search(text, max(0, claim.start - 16), claim.start)):
        return None
    for before in reversed(earlier):
        if before.unit in TIME_UNITS and before.counted is None:
            continue  # (the span of time between)
        if before.counted is None or before.unit is not None or claim.start - before.end > 160 \
                or not _same_sentence(doc, before, claim):
            return None
        return before.counted
    return None


def _parallel_object(doc: Doc, claim: NumericClaim, earlier: list[NumericClaim]) -> Optional[NumericClaim]:
    """"killed 12 people and injured 30", "infected 1.2m people, killing 23,000", "employs 300 people and plans to
    hire 50 more": a bare object of a verb joined to the verb whose object an earlier count counts (not "sickened 87
    people in nine states and killed two": the states are no object)."""
    token = _token_at(doc, claim.end - 1)
    if token is not None and token.dep_ == "nummod" and token.head.lower_ in ("more", "others") and token.head.i == token.i + 1:
        token = token.head  # "hire 15 more"
    if token is None or token.dep_ != "dobj":
        return None
    verb = token.head
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    if not (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")) or verb.head.i >= verb.i:
        return None
    target = verb.head
    for before in reversed(earlier):
        figure = _token_at(doc, before.end - 1)
        if figure is None or figure.i >= token.i:
            continue
        if before.counted is None or before.unit is not None:
            continue
        noun = figure.head if figure.dep_ in ("nummod", "quantmod") else figure
        if noun.dep_ == "dobj" and noun.head == target:
            return before
    return None


_FIGURE_NOUNS = frozenset({"figure", "toll", "number", "total", "count", "tally", "estimate", "cost", "damage", "losses", "turnout", "crowd"})


def _puts_a_figure(verb: Token) -> bool:
    """"put the figure at 9,000", "put the toll at 40": an estimate, not "put 3,000 homes underwater"."""
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return bool(objects & _FIGURE_NOUNS) and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "mine", "ours"})


_PERIOD_ON_PERIOD = re.compile(r"\s*[-‐‑]?\s*(?:on|over)\s*[-‐‑]?\s*(\w+)", re.I)


def _period_on_period(doc: Doc, noun: Token) -> bool:
    """'rose 9% year on year', 'month-over-month': the periods compared, not what the figure counts."""
    match = _PERIOD_ON_PERIOD.match(_text(doc), noun.idx + len(noun.text))
    return match is not None and match.group(1).lower() == noun.lower_


def _first_person_subject(verb: Token) -> bool:
    return any(
        child.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in _FIRST_PERSON for t in child.subtree)
        for child in verb.children
    )


def _stands_alone(doc: Doc, claim: NumericClaim) -> bool:
    """The figure is the subject of its clause, or a participle follows it ("12 injured")."""
    token = _token_at(doc, claim.end - 1)
    if token is None:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.dep_ in ("nsubj", "nsubjpass") or (after is not None and after.tag_ in ("VBN", "VBD") and token.dep_ not in ("pobj", "dobj")):
        return True
    # "1,020 homicides last year, down from 1,130", "compared with 2.8 million": the level it is compared with
    first = _token_at(doc, claim.start)
    if _COMPARED_BEFORE.search(_text(doc), max(0, claim.start - 16), claim.start) and first is not None \
            and (token.dep_ == "pobj" or first.dep_ == "pobj" or token.head.i > token.i):
        return True
    # "leaving it with 173 of 350.": a part of a whole with no noun of its own
    if after is not None and after.lower_ == "of" and token.i + 2 < len(doc) and doc[token.i + 2].like_num \
            and (token.i + 3 >= len(doc) or not doc[token.i + 3].is_alpha):
        return True
    # "with another 1,500 delayed": a count in an absolute clause with its participle
    if token.dep_ == "pobj" and token.head.lower_ == "with" and after is not None and after.tag_ == "VBN" \
            and after.head == token:
        return True
    # "300 stores in the U.S. and 200 in Canada": a conjoined count with only a place or time after it
    return token.dep_ == "conj" and after is not None and after.dep_ == "prep"


_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|or|&|,)?\s*", re.I)
_COMPARED_BEFORE = re.compile(r"(?i)(?<![\w])(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+$")
# "142,000 jobs, fewer than the 190,000 expected": the level a count is set against counts what it counts
# "40,000 marched, while organisers put the figure at 150,000": the figure set at counts what the count before it does
_FIGURE_AT_BEFORE = re.compile(r"(?i)(?<![\w])(?:the|that|this|its|their|his|her)\s+(?:figure|number|total|tally|count|estimate)\s+at\s+$")
# the same quantity again, its noun left out: "bringing the total this year to more than 9,000", "rising to 250,000 by
# 2031", "including 1.2m whose details were stolen"
_ELIDED_LEVEL_BEFORE = re.compile(
    r"(?i)(?:(?<![\w])(?:the|its|their)\s+(?:total|tally|number|count|figure)\b[^.;:]{0,40}?\s+to"
    r"|(?<![\w])(?:ris|fall|increas|grow|climb|jump|declin|decreas|swell|reach|doubl|tripl)\w*\s+to"
    r"|(?<![\w])(?:including|among\s+them|of\s+whom|of\s+which))\s+$")
# the whole a part is taken out of: "12,000 votes out of more than 900,000 cast"
_OUT_OF_GAP = re.compile(r"(?i)\s+(?:[\w'’-]+\s+){0,4}?out\s+of\s+(?:a\s+total\s+of\s+)?")
_THAN_THE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:(?:fewer|more|less|higher|lower|greater|smaller|above|below)\s+than|below|above|short\s+of|under|over|beyond)\s+the\s+$")


_PERIOD_CANDIDATES = 12
_COMPARED_WITH = re.compile(r"(?i)(?<![\w])(?:than|compared\s+(?:with|to)|against)\s+(?:(?:in|the|during|at)\s+)?$")
# "£150m over three years, up from £40m in 2025": a base figure between the figure and the date owns the date
_BASE_REACH = 80  # characters before a date in which a base figure ('from £40m') dates it; a run-on sentence is not scanned whole
_BASE_FIGURE = re.compile(r"(?i)(?<![\w])(?:(?:up|down)\s+from|from|against|compared\s+(?:with|to))\s+(?:about\s+|around\s+|some\s+)?[£$€¥]?(?!(?:1[89]|20)\d\d(?![\d,.]))\d")  # (not a year: "80% from 2005 levels by 2050")


def _described_clause(token: Token) -> Optional[Token]:
    """The verb of the clause `token` sits in, up its chain of conjuncts."""
    verb = _clause_verb(token)
    while verb is not None and verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head  # (`which employs 52,000 people and runs 640 stores`)
    return verb


_FROM_A_DATE = re.compile(r"(?i)(?<![\w])(?:from|since|on|compared\s+(?:with|to))\s+(?:in\s+|the\s+)?$")
_DIGIT = re.compile(r"\d")
_BASE_DATE_BEFORE = re.compile(r"(?i)(?<![\w])(?:on|from|than|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:in\s+)?$")
_RELATIVE_BASE = re.compile(r"(?i)(?:an?|the|one)\s+(?:year|month|week|quarter)\s+(?:earlier|ago|before|previously)"
                            r"|(?:the\s+)?same\s+(?:\w+\s+){0,2}(?:last\s+year|a\s+year\s+(?:earlier|ago|before))|last\s+year")


def _base_of_a_change(text: str, event) -> bool:
    """'up 6% on a year earlier', 'from the same month last year': the date a change is measured from."""
    return _RELATIVE_BASE.fullmatch(text, event.start, event.end) is not None \
        and (_BASE_DATE_BEFORE.search(text, max(0, event.start - 24), event.start) is not None
             or _BASE_FIGURE.search(text, max(0, event.start - 32), event.start) is not None)  # ("up from $1.7bn a year earlier")


def _dates_a_figure(event) -> bool:
    """A date with days, or a fiscal year ('FY2026'), whose days differ by country and firm: it is
    still the figure's own date and must keep a farther one ('last year') from being taken for its
    period. Vague references ('in the past', 'the future') date nothing; nor does a date left
    unplaced for want of a publication date ('XXXX-Q3'), where a year written beside it is the
    better guess."""
    if getattr(event, "range", None) is not None:
        return True
    value = getattr(event, "value", None) or ""
    return getattr(event, "type", None) == "DATE" and value.startswith("FY")


def _bounds(event) -> tuple[Optional[str], Optional[str]]:
    return (event.range.start, event.range.end) if event.range is not None else (None, None)


def _period(doc: Doc, sentence: Span, root: Token, reporting: frozenset = frozenset()) -> Optional[DateRange]:
    """The dates nearest the figure in its sentence: one date, dates written as one range
    ("from May to July") or coordinated ("in October and November"). A date of the figure's
    own clause comes first; among equals, the one after it ("40 on Monday and 55 on Tuesday")."""
    index = _CURRENT.of(doc)
    first = bisect_left(index.dated_starts, sentence.start_char)
    last = bisect_right(index.dated_starts, sentence.end_char)
    root_end = root.idx + len(root.text)
    # (a "year" the figure turned out to be, "2000 troops", dates nothing)
    dated = [event for event in index.dated[first:last] if event.end <= sentence.end_char
             and not (root.idx <= event.start and event.end <= root_end)]
    if len(dated) > _PERIOD_CANDIDATES:  # a run-on "sentence": only the dates around the figure
        around = bisect_left([event.start for event in dated], root.idx)
        dated = dated[max(0, around - _PERIOD_CANDIDATES // 2):around + _PERIOD_CANDIDATES // 2]
    if not dated:
        return None
    if len(dated) > 1:  # "carried 4.6m in May, up 6% on a year earlier, and filled 88.4% of seats": the base dates only its change
        text = _text(doc)
        own = [event for event in dated if event.end > root.idx or not _base_of_a_change(text, event)]
        dated = own or dated
    if len({_bounds(event) for event in dated}) > 1:
        text = _text(doc)
        groups = [[dated[0]]]
        for event in dated[1:]:
            previous = groups[-1][-1]
            gap = text[previous.end:event.start]
            coordinated = _COORDINATION.fullmatch(gap) and (
                gap.strip(" ,") or len(previous.value or "") == len(event.value or "")  # "in May, June and July"
            )  # (not "Acme, founded in 2010, now employs …": a comma alone joins like dates only)
            # ('in the year to March': the length and the date it runs to are one period)
            runs_to = previous.type == "DURATION" and previous.range is not None and event.range is not None \
                and previous.range.end == event.range.end and RUNS_TO.fullmatch(gap)
            if event.range == previous.range or coordinated or runs_to:
                groups[-1].append(event)
            else:
                groups.append([event])
        verb = _clause_verb(root)

        def closeness(group):
            head, tail = _token_at(doc, group[0].start), _token_at(doc, group[-1].end - 1)
            if head is None or tail is None:
                return (99, True, 99, 1)
            after = head.i > root.i
            distance = head.i - root.i if after else root.i - tail.i
            own_verb = _clause_verb(head)
            same_clause = own_verb == verb or _clause_verb(tail) == verb if verb is not None else True
            # a date right after the figure is its own ("900,000 in 2022") whatever the parse says of clauses;
            # one dating the saying ("said on Tuesday that 40 …") dates no figure while another date is there
            rank = 0 if same_clause or (after and distance <= 3) else 1
            if own_verb is not None and own_verb != verb and own_verb.lemma_.lower() in reporting:
                rank = 2
            open_ended = any(event.range is not None and None in _bounds(event) for event in group)
            # "the highest since 2015" compares; a closed date ("In 2023") dates the figure
            return (rank, open_ended, distance, 0 if after else 1)

        dated = min(groups, key=closeness)
    # "20% more admissions than last winter", "5% higher than in 2023": the date is the base compared with
    if dated[0].start > root.idx and _COMPARED_WITH.search(_text(doc), max(0, dated[0].start - 24), dated[0].start):
        return None
    if dated[0].start > root_end and _BASE_FIGURE.search(_text(doc), max(root_end, dated[0].start - _BASE_REACH), dated[0].start):
        return None  # (the date is the base's: "£150m …, up from £40m in 2025"; a base is written just before its date)
    if dated[0].start > root_end and _FROM_A_DATE.search(_text(doc), max(root_end, dated[0].start - 16), dated[0].start) \
            and _DIGIT.search(_text(doc), root_end, dated[0].start):
        return None  # ("Turnout was 62%, down 3 points from 2022": the date is the base of the change between)
    # `Harlow, which employs 52,000 people, said it would open shops next year` / `Acme, founded in
    # 2010, employs 300`: a relative clause describes; its figures and dates date nothing outside it
    head = _token_at(doc, dated[0].start)
    verb, date_verb = _described_clause(root), _described_clause(head) if head is not None else None
    if verb is not None and head is not None and verb.dep_ == "relcl" and not verb.left_edge.i <= head.i <= verb.right_edge.i:
        return None
    counted = root.head if root.dep_ in ("nummod", "quantmod", "npadvmod") else root
    if date_verb is not None and date_verb.dep_ in ("relcl", "acl") and not date_verb.left_edge.i <= root.i <= date_verb.right_edge.i \
            and not counted.left_edge.i <= date_verb.i <= counted.right_edge.i:
        return None  # (not `376 cases of violence involving men … from A to B`: that clause describes what is counted)
    starts = [_bounds(event)[0] for event in dated if _bounds(event)[0]]
    ends = [_bounds(event)[1] for event in dated if _bounds(event)[1]]
    if not starts and not ends:
        return None  # (`in fiscal year 2026`: the figure's date, with days no one can state)
    return DateRange(min(starts) if starts else None, max(ends) if ends else None)


@Language.factory(
    "claimx_numbers",
    default_config={"skip_attributive_ages": True, "max_counted_tokens": 12, "max_source_tokens": 16},
)
def make_numbers(nlp: Language, name: str, *, skip_attributive_ages: bool, max_counted_tokens: int,
                 max_source_tokens: int) -> NumberExtractor:
    return NumberExtractor(nlp, name, skip_attributive_ages=skip_attributive_ages,
                           max_counted_tokens=max_counted_tokens, max_source_tokens=max_source_tokens)
