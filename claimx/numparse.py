"""Find figures in raw text and read their value, scale, unit and qualifier.

Works on characters, not tokens: spaCy splits "$3bn", "10–20" and "two-thirds"
differently from one text to the next, while a claim's span must be exact.
The word lists come from `models/numbers/*.json`; everything is compiled once
(`NumberLexicon.load()` is cached). The spaCy component (`claimx.numbers`)
then drops dates and labels and reads the parse for what is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from .resources import load_json
from .spans import SpanSet

_ROUGHLY = frozenset({"about", "around", "approximately", "roughly", "some", "an estimated", "approx.", "approx", "circa",
                      "~", "∼", "≈"})
_SHARE_UNITS = frozenset({"%", "percentage points"})
_RATE_BASES = frozenset({10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0})
_MAX_EXPONENT = 30
_MAX_VALUE = 1e21
_DASHES = "-‐‑‒–—−"
_UNIT_WORD_BREAK = re.compile(r"[\s\-‐‑]+")
_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+\s$")  # a capitalised word right before a figure ('Luke 2:1')
_NAME_AFTER = re.compile(r"[ \t][A-Z][a-z]")  # a capitalised word right after a figure ('2-1 Chelsea')
_WORD_BREAK = re.compile(r"[\s\-‐‑–]+")  # between the words of a spelled number ("two-thirds", "half a million")
_CENTS_FIGURE = re.compile(r"\d{1,3}(?:\.\d+)?")
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
           "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}


@dataclass(frozen=True)
class Mention:
    """One figure found in the text, before the parse is consulted."""

    start: int  # whole claim: qualifier, currency, figure, scale, unit
    end: int
    core_start: int  # the figure itself
    core_end: int
    value: Optional[float]
    value_max: Optional[float] = None
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    kind: str = "digits"  # digits | words | fraction | vague | multiplier | ratio
    raw: Optional[float] = None  # value before the scale
    scale: float = 1.0
    currency: bool = False
    plain_integer: bool = False  # digits only, no separators: could be a year or a code
    age_attributive: bool = False  # "a 45-year-old man"
    from_to: bool = False  # a range written "from A to B" (may be a change, not a range)
    by_to: bool = False  # "(by) A to B": may be a change and the level it reached, not a range
    parts: tuple = ()  # the two ends of a merged range


def _alternation(phrases, flags_ci=True) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _month_patterns() -> tuple[str, str, str]:
    """Month names from the dates' lexicon, as (capitalised names with an optional full stop, for dates as written;
    the look-behinds and names of the one-scan pattern for text split into tokens and lower-cased)."""
    time = load_json("time/lexicon.json")
    abbreviations, ambiguous = time["month_abbreviations_need_period"], time["ambiguous_months"]
    names = [name for name in time["months"] if name not in abbreviations and name not in ambiguous]
    written = rf"(?:{_alternation(name.capitalize() for name in time['months'])})\.?"
    # "sept . 14", "june 3", "on may 21", "Oct . 9": the month in look-behinds (a pattern opening on a word is slow to scan)
    behind = [f"{name} ." for name in abbreviations] + names + [f"on {name}" for name in ambiguous] \
        + [f"{name.capitalize()} ." for name in abbreviations]
    before_day = "|".join(rf"(?<=\b{re.escape(month)} \d)" for month in behind)
    # "on 4 june that year": a day, then the month ('may' and 'march' only before what ends a date: they are words too)
    after_day = rf"{'|'.join(names)}|(?:{'|'.join(ambiguous)})"
    return written, before_day, after_day


def _lower_case_twin(regex: re.Pattern) -> re.Pattern:
    """`regex` without re.I, for lower-cased text; its words must be written in lower case."""
    if re.search(r"(?<!\\)[A-Z]|\\[A-Z]", regex.pattern):
        raise ValueError(f"not all lower case: {regex.pattern[:60]}")
    return re.compile(regex.pattern, regex.flags & ~re.IGNORECASE)


class NumberLexicon:
    """The compiled word lists and patterns of `models/numbers/`."""

    def __init__(self):
        words = load_json("numbers/number_words.json")
        scales = load_json("numbers/scales.json")
        quals = load_json("numbers/qualifiers.json")
        currencies = load_json("numbers/currencies.json")
        units = load_json("numbers/units.json")

        self.cardinals = {k: float(v) for k, v in words["cardinals"].items()}
        self.hundred = set(words["hundred"])
        self.word_scales = {k: float(v) for k, v in words["scales"].items()}
        self.dozen = set(words["dozen"])
        self.ordinals = {k: float(v) for k, v in words["ordinals"].items()}
        self.vague = {re.sub(r"\s+", " ", k): float(v) for k, v in words["vague"].items()}
        self.vague_qualifier = words["vague_qualifier"]
        self.negative = set(words["negative"])
        self.point = set(words["decimal_point"])
        self.multipliers = {k: float(v) for k, v in words["multipliers"].items()}
        self.verb_multipliers = {k: float(v) for k, v in words["verb_multipliers"].items()}
        self.multipliers.update(self.verb_multipliers)
        self.frequency_only = set(words["frequency_only"])
        self.multipliers.update({word: 1.0 for word in self.frequency_only})
        self.frequency_adverbs = dict(words["frequency_adverbs"])
        self.frequency_re = re.compile(
            rf"\s+(?:(?:an?|per|every|each)\s+(?P<period>{_alternation(words['frequency_periods'])})|(?P<adverb>{_alternation(self.frequency_adverbs)}))(?![\w-])"
            r"(?!\s+(?:earlier|ago|before|later|previously)\b)",  # ("twice a month earlier": a time, no frequency)
            re.I)
        self.idioms = [i.lower() for i in words["idioms"]]
        self.hyphened_measures = {w.lower() for w in words["hyphened_measures"]}

        number_word = _alternation(list(self.cardinals) + list(self.hundred) + list(self.word_scales)
                                   + list(self.dozen) + list(self.ordinals))
        joiner = r"(?:\s*[-‐‑–]\s*|\s+)(?:and(?:\s+|[-‐‑]))?(?:a(?:\s+|[-‐‑]))?"
        self.words_re = re.compile(
            rf"\b(?:a\s+)?(?:{number_word})(?:{joiner}(?:{number_word}|(?:point|{'|'.join(self.point)})\s+(?:{number_word})))*\b",
            re.I,
        )
        self.words_lower_re = _lower_case_twin(self.words_re)
        scale_names = sorted({w for w in list(self.word_scales) + list(self.hundred) if w.isalpha() and len(w) > 3})
        # "its 10 millionth visitor": an ordinal of a scale, no amount
        self.scale_ordinal_re = re.compile(rf"[\s\-‐‑]*(?:{'|'.join(scale_names)})th\b", re.I)
        self.bare_scale_follower_re = re.compile(
            r"(?:\s+(?:[a-z]+s|people|children|men|women|in|of|to|for|from|per|an?|and|or|more|over|each|every|last|this)\b"
            r"|\s*(?:[^\w\s]|$))"
        )
        self.fraction_of_scale_re = re.compile(rf"\s+of\s+an?\s+(?P<s>{_alternation(self.word_scales)})\b", re.I)
        self.vague_re = re.compile(rf"\b(?:{_alternation(self.vague)})\b", re.I)
        self.multiplier_re = re.compile(rf"\b(?:{_alternation(self.multipliers)})\b", re.I)
        self.idiom_re = re.compile(rf"(?<![\w-])(?:{_alternation(self.idioms)})(?![\w-])", re.I)
        # "of which one in four", "each one out of ten": a proportion's first figure, not the pronoun "one"
        self.proportion_after_one_re = re.compile(
            rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d|(?:{_alternation(list(self.cardinals))})\b)", re.I)
        # The same four, matched case-sensitively on the lower-cased text: an ignore-case alternation of
        # many words is several times slower to scan.
        self.vague_lower_re, self.multiplier_lower_re, self.idiom_lower_re = (
            _lower_case_twin(regex) for regex in (self.vague_re, self.multiplier_re, self.idiom_re))

        # Figures in digits: 1,234.5  .08  3  2½  1/4 (a fraction with a small denominator).
        # Text split into tokens writes "7 . 4 %" and "45 , 000": a point or comma with a space each side and
        # digits each side is no sentence break in prose, so it is read as the figure's own point or group.
        # One group after a plain space is a thousands group only when round ("10 000", "25 500"):
        # "000" is never a count of its own (also before a hyphen: "a 2 000-strong crowd"), while "in round
        # 3 125 riders" lists two figures.
        self.digits_re = re.compile(
            r"(?<![\d.,/:'’)\]^])(?<!\d / )(?:(?:(?P<whole>\d{1,3})\s+)?(?P<frac>\d{1,2}(?:/| / )(?:2|3|4|5|6|8|10|16|32|64|100))(?![\d/]| / ?\d)"
            r"|(?P<num>(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u202f\u00a0\u2009]\d{3})+|\d{1,3}(?: \d{3}){2,}|\d{1,3} (?:0\d\d(?!\d)|\d00(?![\d]|[-‐‑]\w))|\d{1,3},\d{1,2}(?=\s?(?:%|per\s?cent\b|percent\b|(?:million|billion|trillion|bn|mn|tn|m)\b)|\s?(?:€|euros?\b))|\d{1,3}(?: , (?:0\d\d|\d00)(?!\d))+|\d+)(?:\.\d+|(?<!\d \. \d) \. \d+(?! \. \d))?|\.\d+)"
            r"(?:\s?(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])|\s?[×x]\s?10\^?(?P<exp>[-−+]?\d{1,2})(?!\d)|[eE](?P<exp2>[-+]?\d{1,3})(?![\w]))?"
            r"(?![.,]\d)(?!\d)"
            r"|(?P<lone>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]))"
        )

        self.spaced_scales = {k: float(v) for k, v in scales["spaced"].items()}
        self.attached_scales = {k: float(v) for k, v in scales["attached"].items()}
        self.money_only_scales = set(scales["money_only"])
        # ("a 2.4m-high fence": a hyphened measure adjective makes metres too)
        self.metre_context_re = re.compile(rf"(?:\s*|[-‐‑])(?:{_alternation(scales['metre_context'])})(?![\w])", re.I)
        spaced_ci = [k for k in self.spaced_scales if not (len(k) == 1 and k.isupper())]
        spaced_cs = [k for k in self.spaced_scales if len(k) == 1 and k.isupper()]
        self.spaced_scale_re = re.compile(
            rf"(?:\s+|\s*-\s*)(?P<s>(?i:{_alternation(spaced_ci)})|{_alternation(spaced_cs)})(?![\w])"
        )
        self.money_spaced_scale_re = re.compile(
            rf" (?P<s>[mbkMBK]|{_alternation(k for k in scales['money_only'] if len(k) > 1)})(?![\w&'’-]|\.\w)")
        self.attached_scale_re = re.compile(rf"(?P<s>{_alternation(self.attached_scales)})(?![\w])")

        # Currencies: symbols and codes before the figure, words/codes/symbols after it.
        self.currency_unit = {}
        before, after_words, after_codes = {}, {}, {}
        for cur in currencies["currencies"]:
            unit = cur.get("unit", cur["code"])
            for symbol in cur["symbols"]:
                before[symbol] = unit
            for code in cur["codes"]:
                before[code] = unit
                after_codes[code] = unit
            for word in cur["words"]:
                after_words[word.lower()] = unit
        self.currency_before = before
        self.currency_after_words = after_words
        self.currency_after_codes = after_codes
        self.ambiguous_money = {k.lower(): v for k, v in currencies["ambiguous_words"].items()}
        self.subunits = frozenset(currencies["subunits"])
        self.money_period_re = re.compile(rf"(?:{_alternation(currencies['period_suffixes'])})(?![\w])")
        self.scaled_symbols = dict(currencies["scaled_symbols"])
        self.scaled_symbol_re = re.compile(rf"(?<![\w$€£])(?P<sym>{_alternation(self.scaled_symbols)})$")
        # (or a figure grouped in thousands: "R350,000", "N1,500" are sums, no code is written so)
        self.grouped_figure_re = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")
        self.scale_after_re = re.compile(
            rf"[\d.,]*(?:(?:{_alternation([k for k in scales['attached'] if k not in ('b', 'B', 'T')])})|\s+(?i:million|billion|trillion|bn|mn|tn))(?![\w])")
        symbols_before = [s for s in before if not s.isalpha()]
        codes_before = [s for s in before if s.isalpha()]
        self.currency_before_re = re.compile(
            rf"(?:(?<![\w$])(?P<sym>{_alternation(symbols_before)})\s?|(?<![$])(?P<glued>[$£€¥₹])|(?<![\w])(?P<code>{_alternation(codes_before)})\s*)$"
        )
        long_words = [w for w in after_words if len(w) > 1]
        short_words = [w for w in after_words if len(w) == 1]
        self.currency_after_re = re.compile(
            rf"(?:\s*(?P<sym>{_alternation([s for s in before if not s.isalnum() and len(s) == 1])})(?!\s?\d)"
            rf"|\s*(?P<code>{_alternation(after_codes)})(?![\w])"
            rf"|(?:\s+|-)(?P<word>(?i:{_alternation(long_words)}))(?![\w])"
            rf"|(?P<short>{_alternation(short_words)})(?![\w]))"
        )
        self.money_verb_before_re = re.compile(
            rf"(?<![\w])(?:{_alternation(currencies['money_verbs'])})\s+(?:(?:more\s+than|less\s+than|close\s+to|just\s+over|"
            rf"about|around|almost|nearly|over|some|up\s+to|roughly)\s+)?$", re.I)
        self.ambiguous_money_re = re.compile(rf"\s+(?P<word>(?i:{_alternation(self.ambiguous_money)}))(?![\w'’])")

        # Units: words case-insensitive, symbols case-sensitive; longest alias wins.
        aliases: dict[str, str] = {}
        symbols: dict[str, str] = {}
        by_symbol = set(units["reported_by_symbol"])
        named_when_spelled = set(units["named_when_spelled"])
        for entry in units["units"]:
            reported = entry["unit"] if entry["unit"] in by_symbol else entry.get("name", entry["unit"])
            spelled = entry.get("name", reported) if entry["unit"] in named_when_spelled else reported
            for word in entry["words"]:
                aliases.setdefault(word.lower(), spelled)
            for symbol in entry["symbols"]:
                symbols.setdefault(symbol, reported)
        self.unit_words = aliases
        self.unit_symbols = symbols
        self.needs_end = set(units["needs_end"])
        self.glued_needs_end = set(units["glued_needs_end"])
        # ("a 50-basis-point hike", "a 20-square-metre flat": the words of a unit hyphened into a modifier)
        hyphened = _alternation(aliases).replace(r"\s+", r"(?:\s+|[-‐‑])")
        self.unit_word_re = re.compile(rf"(?:\s*[-‐‑]\s*|\s*)(?P<u>(?i:{hyphened}))(?![\w])")
        self.unit_words_unhyphened = {_UNIT_WORD_BREAK.sub(" ", k): v for k, v in aliases.items()}
        self.units_before = {k.lower(): v for k, v in units["units_before"].items()}
        self.unit_before_re = re.compile(rf"(?<![\w-])(?P<u>{_alternation(self.units_before)})(?:\s+of)?(?:\s+|[-‐‑])$", re.I)
        self.glued_symbols = dict(units["glued_symbols"])
        self.glued_symbol_re = re.compile(
            rf"(?P<u>{_alternation(self.glued_symbols)})(?![\w-])(?=\s*(?:$|[^\w\s]|(?i:{_alternation(units['glued_followers'])})\b))"
        )
        # (a percent sign needs no space after it: "2.1%in the third quarter" is scraped text run together)
        self.unit_symbol_re = re.compile(rf"(?:\s?)(?P<u>{_alternation(symbols)})(?:(?<=[%％‰])|(?![\w]))")
        # digits run into a plural noun ("12,500employees", "45deaths"): a count whose space was lost
        self.glued_plural_re = re.compile(r"(?:[a-z]{3,}s|people|children|men|women)\b")
        self.not_dividable = set(units["not_dividable"])
        self.time_unit_seconds = {unit: float(seconds) for unit, seconds in units["time_unit_seconds"].items()}
        # ("4.6 TWh a year" is a rate; "3.1 TWh a year earlier" is the figure a year before)
        self.per_re = re.compile(r"\s*/\s*|\s+per\s+|\s+an?\s+(?=(?:hour|day|week|month|year|second|minute)\b"
                                 r"(?!\s+(?:earlier|ago|before|later|previously)\b))", re.I)
        self.inverse_re = re.compile(r"\s(?P<u>[^\W\d_]{1,3})\s?[−-]\s?1(?![\d])")
        self.year_old_re = re.compile(r"\s*[-‐‑]\s*(?:years?|months?|weeks?|days?)\s*[-‐‑]\s*olds?\b", re.I)

        before_q = quals["before"]
        alpha_q = [q for q in before_q if q[-1].isalpha() or q.endswith(".")]
        symbol_q = [q for q in before_q if q not in alpha_q]
        self.qualifier_before_re = re.compile(
            rf"(?:(?<![\w])(?P<w>(?i:{_alternation(alpha_q)}))\s+|(?P<s>{_alternation(symbol_q)})\s?)$"
        )
        self.qualifier_after_re = re.compile(rf"(?P<q>\s*(?i:{_alternation(quals['after'])}))(?![\w\d])")

        self.sign_re = re.compile(rf"(?:(?<![\w\d.,%)])[-−+]|(?<![\w])(?i:{'|'.join(self.negative)})\s+)$")
        # "between 10 and 20", "between the ages of 18 and 24" (the claim starts at the figure then)
        self.between_re = re.compile(r"(?<![\w])between\s+(?P<what>the\s+[a-z]+\s+of\s+)?$", re.I)
        self.from_re = re.compile(r"(?<![\w])from\s+$", re.I)
        self.by_re = re.compile(r"(?<![\w])by\s+$", re.I)
        # "fell by half", "rose by almost a fifth": the size of a change
        self.by_change_re = re.compile(r"(?<![\w])by\s+(?:(?:almost|nearly|about|around|roughly|some|over|under|"
                                       r"(?:more|less)\s+than|just\s+(?:over|under)|close\s+to|well\s+over)\s+)?$", re.I)
        self.fraction_qualifier_re = re.compile(
            r"(?<![\w])(?:nearly|almost|about|around|roughly|approximately|over|under|only|barely|some|"
            r"(?:more|less|fewer)\s+than|(?:just|well)\s+(?:over|under)|close\s+to|at\s+least)\s+$", re.I)
        fractions = _alternation(k for k, v in self.ordinals.items() if v in (2.0, 3.0, 4.0, 5.0) or k in ("half", "halves"))
        self.fraction_range_re = re.compile(rf"\s+(?:to|and|or)\s+(?:an?\s+|one[-‐‑\s])?(?:{fractions})\b", re.I)
        self.against_gap_re = re.compile(
            r",?\s+(?:against|versus|vs\.?|compared\s+with|compared\s+to|(?:(?:up|down)\s+)?from)\s+(?:(?:his|her|their|its|the)\s+|[A-Z][\w'’-]*\s+|[\w-]+(?:'s|’s)\s+){0,3}")
        # "81.3 years for women and 78.6 for men", "$12 for adults and 6 for children": one measure for two groups
        self.for_group_gap_re = re.compile(r"\s+(?:for|among)\s+(?:[\w'’-]+\s+){0,3}?(?:and|but|while|whereas)\s+")
        self.for_group_end_re = re.compile(r"\s+(?:for|among)\s")
        self.against_end_re = re.compile(r"\s*(?:[.,;:)!?]|$)|\s+(?:for|among|in|on)\s")
        self.change_verb_before_re = re.compile(rf"(?<![\w-])(?:{_alternation(words['change_verb_forms'])})\s+$", re.I)
        self.comparative_after_re = re.compile(
            r"\s+(?:(?:more|less|fewer|higher|lower|larger|smaller|bigger|cheaper|dearer)\s+(?:than\b|[a-z]+\s+than\b)|as\s+(?:many|much)\b)",
            re.I)
        self.change_size_end_re = re.compile(
            r"\s*(?:[.,;:)!?]|$)|\s+(?:in|on|at|last|this|since|from|to|over|during|after|before|between|against|compared|"
            r"year-on-year|while|and|but|as|when|amid|despite)\b", re.I)
        self.range_gap_re = re.compile(rf"^(?:\s*[{_DASHES}]\s*|[-‐‑]?\s+(?:to|through|thru)\s+|[-‐‑]to[-‐‑]|\s+and\s+)$", re.I)
        self.height_re = re.compile(r"(?:['′’]\s?(?P<inches>\d{1,2})(?:[\"″”]|'')|[-‐‑]foot[-‐‑](?P<inches2>\d{1,2})(?!\d))")
        self.feet_inches_gap_re = re.compile(r"^,?\s+(?:and\s+)?$", re.I)
        # "one in five", "nine out of ten": a proportion. "one of 12 candidates", "9 of 10 clinics": a member
        # or a part of a counted whole, two figures.
        self.factor_of_re = re.compile(r"(?<![\w-])(?:an?\s+)?factor\s+of\s+$", re.I)
        self.coordination_gap_re = re.compile(r"^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)$", re.I)
        self.fraction_point_re = re.compile(r"[-‐‑](?P<percentage>percentage[-‐‑])?points?(?![\w-])", re.I)
        # "a quarter point", "half a point": in rates a point is a percentage point (only halves and quarters
        # are written so: "a third point" is an ordinal)
        self.spaced_point_re = re.compile(r"\s+(?:of\s+)?(?:an?\s+)?points?(?![\w-])", re.I)
        self.half_or_quarter_re = re.compile(r"(?:an?\s+|one[-‐‑\s]|three[-‐‑\s])?(?:half|quarters?)", re.I)
        self.unit_and_half_re = re.compile(r"(?<![\w])(?:an?|one)\s+(?P<u>[^\W\d_]+)\s+and\s+$", re.I)
        self.spoken_cents_end_re = re.compile(r"\s*(?:[.,;:!?)]|$)")
        # "4.2 per 1,000 live births", "12 deaths for every 100,000 people": the base of a rate
        self.rate_base_gap_re = re.compile(r"^\s+(?:[a-z][a-z-]*\s+){0,3}(?:per|for\s+(?:every|each))\s+$")
        # "the top 10 in 14 countries": a rank, then a count, no ratio
        self.ranking_before_re = re.compile(r"(?<![\w])(?:top|bottom)\s+$", re.I)
        self.ratio_gap_re = re.compile(r"^(?:\s+(?:in(?:\s+every)?|out\s+of(?:\s+every)?|of\s+every)\s+|[-‐‑]in[-‐‑])$", re.I)
        # "one child in five who …", "one adult in three said": the share with its noun between, when no noun
        # follows the second figure (not "one school in 10 towns")
        self.noun_ratio_gap_re = re.compile(r"^\s+[a-z]+\s+in\s+$")
        # A game's score, "won 2-1", "a 3-0 defeat", "beat them 24-17, 31-10": no claim (see context.json score_verbs)
        context = load_json("numbers/context.json")
        self.score_gap_re = re.compile(r"\s?[-‐‑–—]\s?")
        self.poll_word_re = re.compile(rf"(?<![\w-])(?i:{_alternation(context['poll_words'])})(?![\w-])")
        self.index_word_re = re.compile(rf"(?<![\w-])(?:{_alternation(context['index_words'])})(?![\w-])", re.I)
        self.points_after_re = re.compile(r"\s+points?\b(?![-‐‑])", re.I)
        self.sentence_break_re = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z])|\n")
        self.score_before_re = re.compile(
            rf"(?:(?<![\w-])(?<!\ba )(?<!\ban )(?<!\bthe )(?i:{_alternation(context['score_verbs'])})|(?<![\w-])(?i:{_alternation(context['score_words'])}))"
            rf"(?:\s+[\w'’&-]+\.?){{0,5}}\s+$")
        self.score_after_re = re.compile(
            rf"\s+(?:(?i:{_alternation(context['score_noun_modifiers'])})\s+){{0,2}}(?i:{_alternation(context['score_nouns'])})(?![\w-])")
        self.count_after_re = re.compile(
            r"\s+(?!(?:this|thanks|was|has|his|its|does|plus|minus|across|perhaps|whereas|always|towards|afterwards|unless)\b)"
            r"(?:(?:more|fewer|extra|additional|new|further|other)\s+)?(?:[a-z]+s|people|children|men|women)\b")
        # (a rising pair after such a verb is a range unless the clause moves on: "lost 1-2 at home", not "won 2-3 key seats")
        self.score_end_re = re.compile(r"\s*(?:[.,;:!?)\u2014\u2013]|$)|\s+(?:at|in|on|against|to|with|after|before|thanks|over|away|"
                                       r"from|for|and|but|as|while|when|despite|amid|under|during|last|this|yesterday|today)\b|\s+[A-Z]")
        score_chain_gap = r"\s*[,;]\s*|\s+and\s+"
        self.score_chain_gap_re = re.compile(score_chain_gap)
        self.next_set_score_re = re.compile(rf"(?:{score_chain_gap})\d{{1,2}}\s?[-–]\s?\d{{1,2}}(?![\d%.,]\d)")
        self.pair_slash_after_re = re.compile(r" ?/ ?\d")
        self.pair_slash_before_re = re.compile(r"\d / $")
        self.level_end_re = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|on|at|last|this|since|after|over|during|from|compared|against)\b")
        # Ratios written with a colon or hyphened 'to': "odds of 1:4", "a 16:9 screen", "a 3-to-1 margin". A colon before
        # two digits reads as a clock time ("at 1:10") unless a ratio word is next to it ("a 1:10 dilution").
        self.colon_ratio_re = re.compile(
            r"(?P<a>\d(?<![\w.,:/]\d)\d{0,2}(?:,\d{3})*(?:\.\d+)?)\s?:\s?(?P<b>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\w:/]|[.,]\d|[-‐‑–]\d)")  # (not verses, "3:1-5")
        ratio_words = r"ratios?|odds|scale|margin|proportion|split|mixture|mix|dilution|majority"
        self.ratio_word_before_re = re.compile(  # (not 'split' before: "the council split 4 to 1" is a tally)
            rf"(?<![\w])(?:{ratio_words.replace('|split', '')})\s+(?:(?:of|at|was|is|were|are|stood|about|around|roughly|nearly|almost|some|just|over|under|"
            rf"more|less|than|an?|the)\s+){{0,3}}$", re.I)
        self.ratio_word_re = re.compile(rf"(?<![\w])(?:{ratio_words})(?![\w])", re.I)
        self.ratio_word_after_re = re.compile(rf"\s*[-‐‑]?\s*(?:aspect\s+ratio|(?:{ratio_words}))\b", re.I)
        self.to_ratio_gap_re = re.compile(r"[-‐‑]to[-‐‑]", re.I)
        # ("a 3 to 1 margin", "outnumber them 3-1": spaced or dashed, a pair is a ratio only next to a ratio word)
        self.spaced_ratio_gap_re = re.compile(r"\s+to\s+|\s?[-‐‑–]\s?", re.I)
        self.outnumber_before_re = re.compile(r"(?<![\w])outnumber(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}(?:by\s+)?$", re.I)
        # (found from the colon: a literal first lets the regex engine skip to the colons of a text)
        self.colon_re = re.compile(r":(?=\s?\d)")
        # a race time with hundredths, "in 4:06.12", "ran 3:29.85": minutes and seconds (no clock is read so), in seconds
        # (opens on the digit, its look-behind after it: the regex engine then skips straight to the digits of a text)
        self.race_time_re = re.compile(r"(?P<m>\d(?<![\w:.,]\d)\d?):(?P<s>[0-5]\d\.\d{1,3})(?![\d:]|[.,]\d)")
        # a sum in cents after a currency sign with a decimal comma: "€3,80", "€ 12,50" (opens on the sign: fast)
        self.decimal_comma_money_re = re.compile(r"[€$£¥₹]\s?(?P<num>\d{1,3},\d{2})(?![\d,]|\.\d)")
        self.after_noun_ratio_re = re.compile(
            r"\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:who|that|which|will|would|is|are|was|were|has|have|had|can|could|may|might|must"
            r"|said|says|say|now|still|already|also|across|in|of|at|aged)\b|\s+[a-z]+ed\b", re.I)

        # Spans that are never quantities: dates, times, codes, links, phone numbers.
        # (Where it can, a pattern opens on the digit, with its look-behind written after it, `\d(?<!\w\d)`
        # for `\b\d`: only a pattern whose first item is a plain character set lets the regex engine skip
        # straight to the digits of a text.)
        months, months_before_day, months_after_day = _month_patterns()
        self.date_res = [
            # one separator throughout: "9.5-10 million" is a range, not a date
            re.compile(r"\d(?<!\w\d)\d{3}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}\b"),
            re.compile(r"\d(?<!\w\d)\d?(?P<sep>[-/.])\d{1,2}(?P=sep)\d{2,4}\b"),
            re.compile(rf"\b{months}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b,?\s+\d{{4}}\b"),
            # a day without a year, unless 'in March 12 people …' (a month, then a count)
            re.compile(rf"(?<![Ii]n\s)\b{months}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"),
            re.compile(rf"(?<=[Ii]n\s){months}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s+[a-z])"),
            re.compile(rf"\d(?<!\w\d)\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{months}(?:,?\s+\d{{4}}\b)?"),
            re.compile(rf"\b{months},?\s+\d{{4}}\b"),
            # two days of one month: "12 and 14 June", "June 3 to 5", "the 1st or 2nd of May"
            re.compile(rf"\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:and|to|or|[{_DASHES}])\s*"
                       rf"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{months}"),
            re.compile(rf"(?<![Ii]n\s)\b{months}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:and|to|or|[{_DASHES}])\s*"
                       rf"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:[%$€£]|per\b|percent))"),
            re.compile(rf"(?<=[Ii]n\s){months}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:and|to|or|[{_DASHES}])\s*"
                       rf"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:[%$€£]|per\b|percent)|\s+[a-z])"),
            re.compile(r"\d(?<!\w\d)\d?(?::\d{2}){1,2}(?:\s?[ap]\.?m\.?)?(?!\d)", re.I),
            re.compile(r"\d(?<!\w\d)\d?:\s\d{2}\s?[ap]\.?m\b\.?", re.I),  # "11: 06 a.m."
            re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.\d{1,2}\b"),  # "Feb.1"
            re.compile(r"\d(?<![\w$£€¥]\d)\d?(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b|o'clock\b)", re.I),  # (not "£50pm" a month)
            re.compile(r"\d(?<!\w\d)\d{2,3}\s?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|hrs\b|hours\s+(?:GMT|local))", re.I),
            re.compile(rf"(?:19|20)(?<!\w..)\d{{2}}\s*[{_DASHES}/]\s*(?:\d{{2}}|(?:19|20)\d{{2}})\b"),
            re.compile(r"(?:\b|')\d{2,4}s\b"),
            re.compile(r"(?=[\d'])(?:\b|')(?:\d0|1[6-9]\d0|20\d0)['’]s\b"),  # "the 1990's", "in the 80's": a decade
            # the first end of a span of clock times: "between 2 and 4pm", "from 7 to 10.30pm"
            re.compile(r"(?<![\w.,$£€])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?=\s*(?:and|to|until|till|[-–])\s*"
                       r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b))", re.I),
        ]
        # "1 414 021 100": thousands groups of a large count, not a phone number
        self.grouped_number_re = re.compile(r"[1-9]\d{0,2}(?:[ \u202f\u00a0\u2009]\d{3})+")
        # "In 2024 250 000 people": a year, then a space-grouped count (no phone number)
        self.year_then_grouped_re = re.compile(r"(?:19|20)\d\d\s+[1-9]\d{0,2}(?:[ \u202f\u00a0\u2009]\d{3})+")
        # "at 10.30 on Tuesday", "at 9 tomorrow": a clock time without am/pm, known by what follows it
        # (not "shares closed at 3.45 on Friday", a price)
        self.bare_clock_re = re.compile(
            r"(?<![\w.])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?=\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tonight|today|tomorrow"
            r"|this\s+(?:morning|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening)|local\s+time|(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT)\b))")
        self.clock_at_re = re.compile(r"(?<![\w])at\s+$", re.I)
        # a dotted clock time after a verb of starting or arriving: "kicks off at 7.45", "landed at 10.30"
        # (found by the time, then the verb before it is checked: a leading alternation of verbs is slow to scan)
        self.start_clock_re = re.compile(r"(?<![\w.,])(?P<clock>(?:[01]?\d|2[0-3])\.[0-5]\d)(?![\d%]|[.,]\d|\s*(?:per|%))")
        self.start_verb_re = re.compile(
            r"(?<![\w])(?:starts?|started|begins?|began|off|arrived?|arrives|landed|lands?|departed|departs?|left|leaves|"
            r"resumed?|resumes|met|meets|convened?|convenes)\s+at\s+$", re.I)
        # a price is quoted for a day, never for a part of it: "polls close at 10 tonight" is a time
        self.day_part_after_re = re.compile(r"\s+(?:tonight|this\s+(?:morning|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening))\b")
        self.price_at_re = re.compile(r"(?<![\w])(?:closed|close|closing|ended|finished|settled|traded|trading|stood|standing|"
                                      r"peaked|hit|reached|opened|priced|valued|set|fixed)\s+at\s+$", re.I)
        self.phone_re = re.compile(r"(?<![\w])\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{2,4}\)?){2,}(?![\w.,]?\d)")
        # (lengths bounded: on a 50 KB run without spaces an open "\S+@" would rescan it from every start)
        self.link_re = re.compile(r"(?:https?://|www\.)\S+|(?<![^\s<(\[\"'])[^\s@]{1,64}@[^\s@]{1,255}\.\w+|(?<![\w])[#@]\w+", re.I)
        # (a text with none of these marks has no link: one quick search spares the slow one)
        self.link_mark_re = re.compile(r"[@#]|http|www\.", re.I)
        self.mask_res = [
            self.link_re,
            # One pattern for a few rare forms, each opening on a digit (one scan of the text is cheaper than five):
            # text split into tokens and lower-cased, a date "ended sept . 14 .", "mature on nov . 9 , 2031", "on may 21 ,
            # traders", "on 4 june that year" (the month in look-behinds: a pattern opening on a word is slow to scan);
            # a clock time "9 : 30 a . m .", "2 p . m ."; a rank "the no . 2 automaker"; a page's reading time "5 min read"
            re.compile(r"\d(?:(?<!\d\d)(?:" + months_before_day + r")\d?\b(?! \. \d)(?: , \d{4}\b)?"
                r"|(?<![\w.,$€£]\d)\d? (?:" + months_after_day + r"(?= *(?:[,.;]|that\b|this\b|last\b|next\b|\d{4})))\b"
                r"|(?<![\w.,]\d)\d?(?: : \d\d(?!\d))?(?i: [ap] \. m \.)|(?<![\w.,]\d)\d? : \d\d(?![\d,.])"
                r"|(?<=\b[Nn]o \. \d)\d*(?![\d,]| \. \d)"
                r"|(?<!\w\d)\d?\s?(?i:min(?:ute)?s?\s+read)\b)"),
            re.compile(r"\d(?<!\w\d)\d*(?:\.\d+){2,}\b"),
            re.compile(r"(?m)^[ \t]*\(?\d{1,3}[.)](?=\s)"),
            # list markers inside a line: "3 steps: 1. hire nurses; 2. build clinics", "goals: 1) cut costs, 2) sell assets"
            # (each opens on the digit itself, its look-behind after it: the regex engine skips to the digits of a
            # text only when a pattern's first item is a plain character set)
            re.compile(r"\d(?:(?<=[:;]\d)|(?<=[:;.!?] \d)|(?<=[;,] and \d)|(?<=[;,] or \d))\d?\.(?= +[^\W\d_])"
                       r"|\d(?:(?<=\w and \d)|(?<=\w or \d))\d?\.(?= +[a-z])"),  # ("1. housing, 2. transport and 3. schools")
            re.compile(r"\d(?:(?<=[:;,] \d)|(?<= and \d)|(?<= or \d))\d?\)(?= +[^\W\d_])"),
            re.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\.?\]"),  # (also a numbered source closed by a full stop, "[412.]")
            re.compile(r"\d(?<![\w.,]\d)\d{0,2}\.\)"),  # a rank in a list: "(Last week: 2.)", "(4.)"
            re.compile(r"\((?<![\w$€£]\()\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\)"),
            re.compile(r"\((?<=[\w)]\()\s*\d{1,3}\s*\)"),  # "clause 7(2)", "section 4(b)(3)": a subsection
            # a results line, the half-time score in brackets before the final one: "Westbury (1) 2 Kingsmoor (0) 0"
            re.compile(r"\((?<=[A-Za-z.'’] \()\d{1,2}\)[ \t]+\d{1,2}(?![\d.,%]\d|[\d%])(?=[ \t]+[A-Z]|[ \t]*(?:[,;.]|\n|$))"),
            re.compile(r"(?<![\w:-])[\w:-]{1,64}=(?:\"[^\"\n]*\"|'[^'\n]*'|\S+)"),
            re.compile(r"\d\d{0,2}°\s?\d{1,2}[’′']\s?(?:\d{1,2}(?:\.\d+)?[”″\"]?)?\s?[NSEW]?"),
            # "half-frozen", "half-hearted", "half-truths": a hyphened "half" before anything but a measure is a word.
            re.compile(r"(?i)(?<![\w-])half-(?!an?[-‐‑](?:hour|day|week|month|year|dozen|million|billion|mile)|(?:hour|day|week|month|year|decade|century|centurie|mile|dozen|million|billion|"
                       r"trillion|point|percent|percentage|share|term|inch|pound|kilo|kilogram|litre|liter|gallon|ton|tonne|metre|meter|"
                       r"price|season|length|cup|pint|acre|hectare|second|minute|degree|foot|mile|kilometre|kilometer|"
                       r"ounce|gram)s?\b)[a-z]+"),
            # a filing or format code: "its 8-K", "a 10-Q", "in 3-D"
            re.compile(r"\d(?<![\w-]\d)\d{0,2}[-‐‑][A-Z](?![\w-])"),
            # an aircraft or product code with its variant: "A350-1000", "B777-300"
            re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]{0,2}\d{2,4}[-‐‑]\d{1,4}(?![\w-])"),
            # a number to call or text, no count: "call 999 if", "dial 911 now", "Text 85258 to donate"
            # (not "call 30 witnesses": a short code has three digits or more, with no noun after it)
            re.compile(r"\d(?:(?<=(?<!\w)call \d)|(?<=(?<!\w)dial \d)|(?<=(?<!\w)text \d)|(?<=(?<!\w)txt \d)|(?<=(?<!\w)ring \d)"
                       r"|(?<=(?<!\w)phone \d))\d{2,5}(?![\d,.]\d|\w)"
                       r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|now|for|or|and|on|if|free|from|in|at|quoting)\b)", re.I),
            # an age group, no count: "20-somethings", "a thirty-something"
            re.compile(r"(?i)(?<![\w-])(?:[2-9]0|twenty|thirty|forty|fifty|sixty)[-‐‑]?somethings?\b"),
            # a grade named by its number, no quantity: "95-octane petrol", "18-karat gold"
            re.compile(rf"\d(?<![\w.,-]\d)\d{{0,2}}[-‐‑ ](?i:{_alternation(words['grade_words'])})\b"),
            # A figure hyphened to a capitalised number word is a name ("7-Eleven").
            re.compile(rf"\d(?<!\w\d)\d*[-‐‑](?:{'|'.join(w.capitalize() for w in self.cardinals)})\b"),
        ]
        # Digits glued to letters ("G7", "COVID-19", "MH17", the variant "BA.2") are codes, unless the letters are a currency code.
        # (anchored at the start of the letters: unanchored, a long run of letters is rescanned from each one)
        self.glued_code_re = re.compile(
            r"(?<![^\W\d_\u0300-\u036f])(?P<letters>(?:[^\W\d_][\u0300-\u036f]*)+)(?:[-‐‑−]|(?<=[A-Z]{2})\.)?(?P<digits>\d[\d.,]*)")
        # ... but the "e8" of "3e8" and the "x10" of "1.5x10^6" are a figure's exponent.
        # a number to call written after 'on': "call police on 101", "contact the hotline on 0800 …" (found by the digits
        # after 'on', then the verb before them is checked: a pattern opening on a word is slow to scan)
        self.on_number_re = re.compile(r"\d(?<=\bon \d)\d{2,4}(?![\d,.]\d|\w)"
                                       r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|now|for|or|and|if|free|from|quoting|at|anytime)\b)")
        self.call_before_re = re.compile(r"(?i)(?<![\w])(?:call|calls|called|calling|ring|phone|contact|contacted|text|dial)\b[^.;:\d]{0,30}$")
        self.up_to_before_re = re.compile(r"(?<![\w])[Uu]p\s+to\s+$")
        self.quake_after_re = re.compile(r"\s+(?:earth)?(?:quakes?|tremors?|aftershocks?|temblors?)\b", re.I)
        # a rating by stars names a class, no figure: "a five-star hotel", "a four-star general" (found by the hyphen: fast)
        # and an offer states no figures: "a 2-for-1 deal", "3-for-2 on books"
        self.star_or_offer_re = re.compile(r"[-‐‑](?:(?P<star>[Ss]tars?)|for[-‐‑]\d{1,2})(?![\w-])")
        self.star_count_re = re.compile(r"(?<![\w-])(?:[1-7]|(?i:one|two|three|four|five|six|seven))$")
        self.offer_count_re = re.compile(r"(?<![\w-])\d{1,2}$")
        self.star_or_offer_marks = ("-star", "-Star", "for-", "‐", "‑")  # (the rare Unicode hyphens: any text with one)
        self.exponent_re = re.compile(r"\d(?:[eE][-+]?\d{1,3}(?![\w])|[×x]\s?10\^?[-−+]?\d{1,2}(?!\d))")


@lru_cache(maxsize=1)
def lexicon() -> NumberLexicon:
    return NumberLexicon()


def _to_float(number: str) -> Optional[float]:
    try:
        return float(number.replace(",", ""))
    except ValueError:
        return None


def parse_number_words(phrase: str, lex: NumberLexicon) -> Optional[float]:
    """Value of a spelled-out number ("three hundred and twelve", "two-thirds", "half a million")."""
    words = [t for t in _WORD_BREAK.split(phrase.lower()) if t]
    if words and words[-1] in lex.ordinals and "and" in words[:-1]:
        # A fraction added to a whole: "five and a quarter", "one hundred and three quarters".
        cut = len(words) - 1 - words[::-1].index("and")
        whole = _parse_word_tokens([w for w in words[:cut] if w != "and"], lex)
        part = _parse_word_tokens(words[cut + 1:], lex)
        if whole is not None and part is not None and part < 1:
            last = [w for w in words[:cut] if w != "and"][-1:]
            if last and last[0] in lex.word_scales:  # "three million and a quarter"
                part *= lex.word_scales[last[0]]
            return whole + part
    return _parse_word_tokens([t for t in words if t != "and"], lex)


def _parse_word_tokens(tokens: list, lex: NumberLexicon) -> Optional[float]:
    total, group, last_scale = 0.0, 0.0, 1.0
    seen = False
    i = 0
    while i < len(tokens):
        word = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if word == "a":
            if nxt in ("half",) and seen:  # "two and a half", "a million and a half"
                if group:
                    group += 0.5
                else:
                    total += 0.5 * last_scale
                i += 2
                continue
            if nxt in lex.cardinals:  # "a two-year deal": the article is no figure
                i += 1
                continue
            group = group or 1.0
            seen = True
        elif word in lex.cardinals:
            group += lex.cardinals[word]
            seen = True
        elif word in lex.hundred:
            group = (group or 1.0) * 100
            seen = True
        elif word in lex.dozen:
            group = (group or 1.0) * 12
            seen = True
        elif word in lex.word_scales:
            scale = lex.word_scales[word]
            total += (group or 1.0) * scale
            group, last_scale, seen = 0.0, scale, True
        elif word in lex.point:
            decimals = ""
            for digit in tokens[i + 1:]:
                value = lex.cardinals.get(digit)
                if value is None or value > 9:
                    break
                decimals += str(int(value))
            if not decimals:
                return None
            group = float(f"{int(group)}.{decimals}")
            i += 1 + len(decimals)
            continue
        elif word in lex.ordinals:
            denominator = lex.ordinals[word]
            if word in ("half", "halves") and not group and not total:
                group = 0.5  # "half a million", "half"
            else:
                numerator = group or 1.0
                group = numerator / denominator
            seen = True
        else:
            return None
        i += 1
    if not seen:
        return None
    return total + group


_TIME_NAMES = {"h": "hour", "min": "minute", "s": "second", "day": "day", "week": "week", "month": "month", "year": "year"}
TIME_UNITS = frozenset(_TIME_NAMES) | {"decade", "century"}  # the units a span of time is written in


def _per(unit: str, divisor: str) -> str:
    """'mg/l' between symbols, 'barrel per day' as soon as either side is a name; time over time
    by names ('hour per day' for "24 hours a day"; 'm/s' and 'km/h' stay symbols)."""
    if unit in _TIME_NAMES and divisor in _TIME_NAMES:
        return f"{_TIME_NAMES[unit]} per {_TIME_NAMES[divisor]}"
    if " " in unit + divisor or max(len(unit), len(divisor)) > 3:
        return f"{unit} per {divisor}"
    return f"{unit}/{divisor}"


class Scanner:
    """Finds Mentions in a text with one NumberLexicon."""

    def __init__(self, lex: Optional[NumberLexicon] = None):
        self.lex = lex or lexicon()
        self._lowered: Optional[tuple[str, Optional[str]]] = None

    def _finditer(self, regex: re.Pattern, twin: re.Pattern, text: str, start_at: int):
        """regex.finditer(text), through its lower-case twin when lower-casing keeps every offset
        (it nearly always does: a few letters, such as the dotted capital I, lower-case to two)."""
        if self._lowered is None or self._lowered[0] is not text:
            lowered = text.lower()
            self._lowered = (text, lowered if len(lowered) == len(text) else None)
        lowered = self._lowered[1]
        return twin.finditer(lowered, start_at) if lowered is not None else regex.finditer(text, start_at)

    # ------------------------------------------------------------------ cores
    def _cores(self, text: str, start_at: int):
        """(start, end, value, kind, plain_integer) of each bare figure, in text order."""
        lex = self.lex
        cores = []
        taken = SpanSet()
        free = taken.free

        for match in self._finditer(lex.vague_re, lex.vague_lower_re, text, start_at):
            phrase = re.sub(r"\s+", " ", match.group(0).lower())
            after = text[match.end():match.end() + 4].lower()
            if phrase == "scores" and not after.startswith(" of"):  # ("dozens were hurt" counts; "test scores" do not)
                continue
            preceding = text[max(0, match.start() - 12):match.start()].lower()
            if re.search(r"\d\s*$", preceding) or re.search(r"\b(?:" + "|".join(lex.cardinals) + r")\s+$", preceding):
                continue  # "three dozens" is a figure, not a vague one
            cores.append((match.start(), match.end(), lex.vague[phrase], "vague", False))
            taken.add(match.start(), match.end())
        if ":" in text:
            for match in lex.race_time_re.finditer(text, start_at):
                if self._next_to_ratio_word(text, match.start(), match.end()):
                    continue  # "a ratio of 1:10.5"
                cores.append((match.start(), match.end(), int(match.group("m")) * 60 + float(match.group("s")), "race time", False))
                taken.add(match.start(), match.end())
        for colon in lex.colon_re.finditer(text, start_at):
            i = colon.start()
            if not (text[i - 1:i].isdigit() or (text[i - 1:i] == " " and text[i - 2:i - 1].isdigit())):
                continue
            match = next((m for m in lex.colon_ratio_re.finditer(text, max(start_at, i - 20), min(len(text), i + 24))
                          if m.start() < i < m.end()), None)
            value = self._colon_ratio(text, match) if match else None
            if value is not None and free(*match.span()):
                cores.append((match.start(), match.end(), value, "ratio", False))
                taken.add(match.start(), match.end())
        for match in lex.decimal_comma_money_re.finditer(text, start_at):
            s, e = match.span("num")
            if free(s, e) and s >= start_at:
                cores.append((s, e, float(match.group("num").replace(",", ".")), "digits", False))
                taken.add(s, e)
        for match in lex.digits_re.finditer(text, start_at):
            s, e = match.span()
            if not free(s, e):
                continue
            if match.group("num") and ((text[e:e + 1] in ("/", " ") and lex.pair_slash_after_re.match(text, e))
                                       or (text[s - 2:s] == "/ " and lex.pair_slash_before_re.search(text, max(0, s - 4), s))):
                continue  # "24/7", "50/50", "20/20 vision", "24 / 7": a pair that is no fraction names no quantity
            if match.group("frac"):
                numerator, denominator = match.group("frac").split("/")
                value = int(numerator) / int(denominator)
                if value >= 1:
                    continue
                if match.group("whole"):  # "2 1/2 miles"
                    value += int(match.group("whole"))
                cores.append((s, e, value, "fraction", False))
            elif match.group("lone"):
                cores.append((s, e, _VULGAR[match.group("lone")], "fraction", False))
            else:
                if match.group(0).startswith(".") and s > 0 and text[s - 1].isalpha():
                    s += 1  # "Rs.500", "No.5": the dot closes an abbreviation, it is no decimal point
                number = re.sub(r"[\s\u202f\u00a0\u2009]", "", text[s:match.end("num")])
                if re.fullmatch(r"\d{1,3},\d{1,2}", number):
                    number = number.replace(",", ".")  # "3,5%", "€2,5 billion", "€4,99": a decimal comma (only where no list can be)
                value = _to_float(number)
                if value is None:
                    continue
                exponent = match.group("exp") or match.group("exp2")
                if match.group("vulgar"):
                    value += _VULGAR[match.group("vulgar")]
                elif exponent:
                    power = int(exponent.replace("−", "-"))
                    if abs(power) > _MAX_EXPONENT:
                        continue  # "1e512": no quantity a report can state (and no float holds it)
                    value *= 10.0 ** power
                if not abs(value) < _MAX_VALUE:
                    continue  # a run of hundreds of digits is a code, not a figure
                plain = text[s:match.end("num")].isdigit() and not match.group("vulgar") and not exponent
                cores.append((s, e, value, "digits", plain))
            taken.add(s, e)
        for s, e in self._word_pieces(text, start_at):
            article = re.match(r"an?\s+", text[s:e], re.I)
            if article and text[s + article.end():e].split("-")[0].split()[0].lower() in lex.cardinals:
                s += article.end()  # "a two-year deal": the article is not part of the figure
            if not free(s, e):
                continue
            phrase = text[s:e]
            tokens = [t for t in _WORD_BREAK.split(phrase.lower()) if t and t != "and"]
            # A lone ordinal ("third", "the second") or a lone scale word is no figure.
            content = [t for t in tokens if t != "a"]
            if all(t in lex.ordinals for t in content):
                follows_of = re.match(r"\s+of\b", text[e:e + 5], re.I)
                # "a quarter-point cut", "another half-percentage-point rise": a fraction of a point
                of_a_point = lex.fraction_point_re.match(text, e) is not None or self._spaced_point(text, s, e) is not None
                if content in (["half"], ["halves"]):
                    follows_det = re.match(r"\s+(?:the|a|an|its|their|his|her|our|my|your)\b", text[e:e + 8], re.I)
                    keep = tokens[0] == "a" or follows_of or follows_det or of_a_point
                else:
                    keep = (tokens[0] == "a" and follows_of) or of_a_point
                # "fell by half", "cut by a third": the size of a change
                by_change = lex.by_change_re.search(text[max(0, s - 24):s]) is not None
                keep = keep or (by_change and (tokens[0] == "a" or content in (["half"],)))
                keep = keep or (tokens[0] == "a" and re.search(r"\d\s+and\s+$", text[max(0, s - 12):s]) is not None)  # "3 and a quarter"
                # "nearly half said", "over a third agreed", "from a third to a half of voters": a share on its own
                keep = keep or (tokens[0] == "a" or content in (["half"],)) and (
                    lex.fraction_qualifier_re.search(text[max(0, s - 20):s]) is not None
                    or lex.fraction_range_re.match(text, e) is not None)
                # "exports jumped a third in May" (not "rose for a third month", "a third time")
                keep = keep or (tokens[0] == "a" and lex.change_verb_before_re.search(text[max(0, s - 16):s]) is not None
                                and lex.change_size_end_re.match(text, e) is not None)
                # "a third more than planned", "a fifth lower", "half as many": the size of a comparison
                keep = keep or (tokens[0] == "a" or content in (["half"],)) and lex.comparative_after_re.match(text, e) is not None
                if not keep:
                    continue
            if all(t in lex.word_scales or t in lex.hundred for t in content) and tokens[0] != "a":
                continue
            if tokens[0] == "a" and len(tokens) == 1:
                continue
            value = parse_number_words(phrase, lex)
            if value is None:
                continue
            kind = "fraction" if content[-1] in lex.ordinals else "words"
            cores.append((s, e, value, kind, False))
            taken.add(s, e)
        for match in self._finditer(lex.multiplier_re, lex.multiplier_lower_re, text, start_at):
            if free(*match.span()):
                cores.append((match.start(), match.end(), lex.multipliers[match.group(0).lower()], "multiplier", False))
        cores.sort()
        return cores

    def _next_to_ratio_word(self, text: str, start: int, end: int) -> bool:
        """'a 1:10 dilution', 'by a 4 to 1 margin', 'odds of 1:4': a ratio word right after the pair or
        a few words before it."""
        return self.lex.ratio_word_after_re.match(text, end) is not None \
            or self.lex.ratio_word_before_re.search(text, max(0, start - 40), start) is not None

    def _colon_ratio(self, text: str, match: re.Match) -> Optional[float]:
        """The value of "1:4", "3:1", "1:50,000" when it is a ratio; a clock time ("at 1:10") when it is not."""
        first, second = _to_float(match.group("a")), _to_float(match.group("b"))
        if not first or not second:
            return None
        near_ratio_word = self._next_to_ratio_word(text, match.start(), match.end())
        if re.fullmatch(r"\d\d(?:\.\d+)?", match.group("b")) and not near_ratio_word:  # (also a race time, "4:32.1")
            return None
        if _NAME_BEFORE.search(text, max(0, match.start() - 24), match.start()) and not near_ratio_word:
            return None  # "Luke 2:1", "Psalm 23:4": a chapter and verse after a name, no ratio
        return first / second

    def _word_pieces(self, text: str, start_at: int):
        """Spelled-out numbers, cut where 'and' joins two numbers ("two and three")
        rather than the parts of one ("three hundred and twelve", "two and a half")."""
        lex = self.lex
        for match in self._finditer(lex.words_re, lex.words_lower_re, text, start_at):
            s = match.start()
            for joint in re.finditer(r"\s+and\s+", match.group(0), re.I):
                before = _WORD_BREAK.split(match.group(0)[:joint.start()].lower())[-1]
                after = match.group(0)[joint.end():].lower()
                last = _WORD_BREAK.split(after)[-1]
                # (not "a quarter and a third": two shares, no whole and a part)
                if before in lex.hundred or before in lex.word_scales or before in lex.dozen \
                        or (after.startswith("a ") and before not in lex.ordinals) \
                        or (last in lex.ordinals and " and " not in after and before not in lex.ordinals):
                    continue
                yield self._split_clashing_cardinals(text, s, match.start() + joint.start())
                s = match.start() + joint.end()
            yield self._split_clashing_cardinals(text, s, match.end())

    def _split_clashing_cardinals(self, text: str, s: int, e: int) -> tuple[int, int]:
        """A cardinal glued by a hyphen to a noun after another cardinal ("five three-pointers",
        "two three-bedroom homes") is part of that noun: the number is the first one, not 8 or 5
        (fractions, "three twenty-firsts", and digit strings, "three-nought-four", stay whole)."""
        lex = self.lex
        words = list(re.finditer(r"[^\s\-‐‑–]+", text[s:e]))
        if len(words) < 2 or any(w.group(0).lower() in lex.ordinals for w in words):
            return s, e
        last, glued = words[-1], re.match(r"[-‐‑]([a-z]+)", text[s + words[-1].end():e + 40], re.I)
        before = words[-2].group(0).lower()
        if not glued or last.group(0).lower() not in lex.cardinals or before not in lex.cardinals:
            return s, e
        noun = glued.group(1).lower()
        if noun in lex.cardinals or noun in lex.ordinals or noun.rstrip("s") in lex.ordinals \
                or noun.rstrip("s").endswith(("first", "second", "third", "th")) \
                or noun in lex.hundred or noun in lex.word_scales:
            return s, e
        head, tail = lex.cardinals[before], lex.cardinals[last.group(0).lower()]
        if head >= 20 and head % 10 == 0 and tail < 10:
            return s, e  # "twenty three-year deals" is read as 23 all the same
        return s, s + words[-2].end()

    # ------------------------------------------------------------ extensions
    def _extend(self, text: str, s: int, e: int, value: float, kind: str, plain: bool) -> Optional[Mention]:
        """Grow a bare figure into a claim: sign, currency, qualifier before; scale, unit after."""
        lex = self.lex
        raw, scale, unit, currency, qualifier = value, 1.0, None, False, None
        age_attributive = glued_count = False
        start, end = s, e
        if kind == "race time":  # "4:06.12" is 246.12 seconds
            return Mention(start, end, s, e, value, unit="s", kind=kind, raw=value)
        if kind == "ratio":  # "about 3:1"
            qual = lex.qualifier_before_re.search(text[max(0, start - 30):start])
            if qual and qual.group("w"):
                start -= len(qual.group(0))
                qualifier = re.sub(r"\s+", " ", qual.group("w").lower())
            return Mention(start, end, s, e, value, qualifier=qualifier, kind=kind, raw=value)
        if kind == "multiplier":  # "doubled", "more than tripled"; "twice a week"
            unit, frequency = "times", self._frequency(text, end)
            if frequency is not None:
                unit, end = frequency
            elif text[s:e].lower() in lex.frequency_only:
                return None  # "once the deal closes"
            qual = lex.qualifier_before_re.search(text[max(0, start - 30):start])
            if qual and qual.group("w"):
                start -= len(qual.group(0))
                qualifier = re.sub(r"\s+", " ", qual.group("w").lower())
            return Mention(start, end, s, e, value, unit=unit, qualifier=qualifier, kind=kind, raw=value)

        after = text[end:end + 60]
        before = text[max(0, s - 9):s]
        money_before = lex.currency_before_re.search(before[:-1] if before.endswith(("-", "−")) else before)
        if not money_before and lex.scaled_symbol_re.search(before) \
                and (lex.scale_after_re.match(text, s) or lex.grouped_figure_re.match(text, s)):
            money_before = True  # "R10m", "K30m": millions of rand or kwacha, not metres
        # Letters glued to digits: a scale (3bn), a unit (10km), else a code or ordinal (5G, 3rd).
        if kind in ("digits", "fraction") and after[:1].isalpha():
            glued = lex.attached_scale_re.match(after)
            if glued and not money_before:
                letters = glued.group("s")
                following = after[glued.end():glued.end() + 20]
                if letters in lex.money_only_scales:
                    glued = None  # "2010b", "3B": a citation or a label
                elif letters == "m" and lex.metre_context_re.match(following):
                    glued = None  # "1.8m tall"
                elif letters == "m" and "." not in text[s:e] and not re.match(r"(?:(?:\s*[-–]\s*|\s+(?:to|and|or)\s+)\d[\d.,]*m)?(?:\+|[-‐‑]plus)?\s+(?:[a-z]+s|people|children|men|women)\b", following) \
                        and not (lex.currency_after_re.match(following) or lex.ambiguous_money_re.match(following)):
                    glued = None  # "a 5m wall": metres unless a plural noun or a currency follows ("5m people", "5m yen")
                elif letters in ("M", "K", "k") and "." not in text[s:e] and not lex.bare_scale_follower_re.match(following):
                    glued = None  # "the 3M plant", "a 4K screen": a name; "40k runners", "won 40k in prizes" count
            if glued:
                scale = lex.attached_scales[glued.group("s")]
                end += glued.end()
            elif money_before and (period := lex.money_period_re.match(after)):
                end += period.end()  # "£1,500pcm", "£40,000pa": money a month or a year
            elif not (lex.unit_symbol_re.match(after) or lex.unit_word_re.match(after) or lex.currency_after_re.match(after)
                      or lex.glued_symbol_re.match(after)):
                # ("$40each", "£5for a coffee": a sum run into the next word; a bare figure glued to a word is a code)
                if kind != "digits" or not (lex.glued_plural_re.match(after) or (money_before and after[:1].islower())):
                    return None
                glued_count = True
        elif kind == "fraction" and lex.fraction_of_scale_re.match(after):
            # "a quarter of a million", "two-thirds of a billion dollars"
            of_scale = lex.fraction_of_scale_re.match(after)
            scale = lex.word_scales[of_scale.group("s").lower()]
            end += of_scale.end()
        else:
            spaced = lex.spaced_scale_re.match(after) if kind in ("digits", "words", "fraction") else None
            if spaced is None and money_before and kind == "digits":
                spaced = lex.money_spaced_scale_re.match(after)  # "$5 m", "£2 b": a lone letter scales money
            if spaced and not (spaced.group("s") in ("M", "B", "K") and kind != "digits"):
                if kind != "words" or spaced.group("s").lower() not in lex.word_scales:
                    letters = spaced.group("s")
                    scale = lex.spaced_scales.get(letters) or lex.spaced_scales.get(letters.lower()) or lex.attached_scales.get(letters, 1.0)
                    end += spaced.end()
                    # Scales stack when each is larger: "2 lakh crore", "5 hundred million".
                    stacked = lex.spaced_scale_re.match(text, end, min(len(text), end + 20))
                    if stacked and stacked.group("s") not in ("M", "B", "K"):
                        more = lex.spaced_scales.get(stacked.group("s").lower(), 1.0)
                        if more > scale and more >= 1000:
                            scale *= more
                            end = stacked.end()
        after = text[end:end + 60]

        # Sign and currency before: -5, $-5, -$5, $5, US$5, €5, USD 200.
        sign = lex.sign_re.search(text[max(0, start - 12):start])
        if sign and sign.group(0)[0] in "-−" and text[max(0, start - 2):start - 1] in lex.currency_before:
            start -= 1
            raw = -raw
            sign = None
        cur = lex.currency_before_re.search(text[max(0, start - 8):start])
        scaled_symbol = lex.scaled_symbol_re.search(text[max(0, start - 3):start]) \
            if (scale >= 1e6 or lex.grouped_figure_re.match(text, s)) and not cur else None
        if scaled_symbol:  # "R20bn", "N1.2 trillion"
            start -= len(scaled_symbol.group(0))
            unit, currency = lex.scaled_symbols[scaled_symbol.group("sym")], True
        if cur:
            start -= len(cur.group(0))
            unit = lex.currency_before[cur.group("sym") or cur.group("glued") or cur.group("code")]
            currency = True
            sign = lex.sign_re.search(text[max(0, start - 12):start]) if raw >= 0 else None
        if sign and sign.group(0)[0] in "-‐‑–":
            # "10 - 20" and "5%-6%": a dash after a figure joins a range, it is no minus sign.
            if re.search(r"[\d%]\s*$", text[max(0, start - 12):start - len(sign.group(0))]):
                sign = None
        if sign and re.search(r"(?i)(?<![\w])plus\s+or\s+$", text[max(0, start - len(sign.group(0)) - 10):start - len(sign.group(0))]):
            sign = None  # "plus or minus 3.5 points": a margin, read as a qualifier below
        if sign and kind in ("digits", "words", "fraction"):
            start -= len(sign.group(0))
            if not sign.group(0).startswith("+"):  # "+5%" is a rise, kept in the span with its value as is
                raw = -raw

        # Units after: currency words/codes, percent, physical units.
        if kind == "vague" and not currency:
            # "millions of dollars", "hundreds of thousands of pounds": money, though the span stays the figure
            of_money = re.match(r"\s+of(?=\s)", after)
            money = of_money and (lex.currency_after_re.match(after, of_money.end())
                                  or lex.ambiguous_money_re.match(after, of_money.end()))
            if money and money.groupdict().get("word"):
                word = re.sub(r"\s+", " ", money.group("word").lower())
                unit = lex.currency_after_words.get(word) or lex.ambiguous_money.get(word)
                currency = unit is not None
        if not currency:
            money = lex.currency_after_re.match(after)
            if money:
                key = money.group("sym") or money.group("code") or money.group("short")
                if key:
                    unit = lex.currency_before.get(key) or lex.currency_after_codes.get(key) or lex.currency_after_words.get(key.lower())
                else:
                    unit = lex.currency_after_words[re.sub(r"\s+", " ", money.group("word").lower())]
                if money.group("short") and not text[end - 1].isdigit():
                    unit = None
                elif money.group("short") == "c" and not _CENTS_FIGURE.fullmatch(text, s, e):
                    unit = None  # "et al., 2011c", "1,200c": a glued 'c' is cents only after a price's few digits ("99c")
                if unit:
                    currency = True
                    end += money.end()
            elif (scale > 1 or self._spelled_millions(text, s, e) or self._paid_in_pounds(text, s, after)) \
                    and lex.ambiguous_money_re.match(after):
                money = lex.ambiguous_money_re.match(after)
                unit = lex.ambiguous_money[money.group("word").lower()]
                currency = True
                end += money.end()
        else:
            # "$5 billion dollars" / "US$ 5 USD": swallow a repeated currency name.
            money = lex.currency_after_re.match(after)
            if money and money.group("word"):
                end += money.end()
        if kind == "fraction" and not currency and lex.fraction_point_re.match(text, end):
            point = lex.fraction_point_re.match(text, end)
            if not point.group("percentage"):  # "-percentage-point" is read as a unit below
                unit, end = "percentage points", point.end()
        elif kind == "fraction" and not currency and (point_end := self._spaced_point(text, s, end)) is not None:
            unit, end = "percentage points", point_end
        if kind == "digits" and not currency and unit is None and scale == 1 and 0 < raw < 1:
            article = re.match(r"\s+of\s+an?(?=\s)", text[end:end + 8])
            if article and self._unit_after(text, end + article.end()):
                end += article.end()  # "0.4 of a percentage point", "0.3 of a second"
        if kind == "fraction" and not currency:
            article = re.match(r"\s+(?:of\s+)?an?(?=\s)", text[end:end + 8])
            if article and self._unit_after(text, end + article.end()):
                end += article.end()  # "half a percentage point", "a quarter of an hour", "a third of a mile"
            whole = lex.unit_and_half_re.search(text[max(0, start - 30):start]) if raw == 0.5 and unit is None else None
            if whole:  # "an hour and a half", "a mile and a half"
                unit_start = start - len(whole.group(0)) + whole.start("u") - whole.start()
                found = self._one_unit(text, unit_start)
                if found is not None and found[1] == unit_start + len(whole.group("u")):
                    start -= len(whole.group(0))
                    raw, unit = 1.5, found[0]
        if not currency:
            if lex.year_old_re.match(after):
                age_attributive = True
                end += lex.year_old_re.match(after).end()
                unit = "year"
            else:
                height = lex.height_re.match(text, end) if kind == "digits" and scale == 1 and raw < 10 else None
                found = None if height else self._unit_after(text, end)
                if height:  # 6'3" or 6-foot-3: feet and inches
                    raw, unit, end = raw + int(height.group("inches") or height.group("inches2")) / 12, "ft", height.end()
                elif found:
                    unit, unit_end = found
                    end = unit_end
        if unit is None and not currency:
            factor = lex.factor_of_re.search(text[max(0, start - 20):start])
            if factor:  # "by a factor of three": a multiple
                start -= len(factor.group(0))
                unit = "times"
            elif kind == "digits" and (named := lex.unit_before_re.search(text, max(0, start - 16), start)):
                unit = lex.units_before[re.sub(r"\s+", " ", named.group("u").lower())]  # "magnitude 6.4"
        # A figure glued to letters that are neither scale nor unit is a code.
        if kind in ("digits", "fraction") and end == e and text[e:e + 1].isalpha() and not glued_count:
            return None

        # Qualifier before (after the sign/currency were taken).
        qual = lex.qualifier_before_re.search(text[max(0, start - 30):start])
        if qual:
            word = qual.group("w") or qual.group("s")
            start -= len(qual.group(0))
            qualifier = re.sub(r"\s+", " ", word.lower())
            outer = lex.up_to_before_re.search(text, max(0, start - 8), start) if qualifier in _ROUGHLY else None
            if outer:  # "up to approximately 3 μm", "up to around 650 K": one bound, roughly put
                start -= len(outer.group(0))
                qualifier = "up to " + qualifier
        post = lex.qualifier_after_re.match(text[end:end + 20])
        if post and not re.match(r"\s*[\d/]", text[end + post.end():end + post.end() + 3]):
            qualifier = qualifier or re.sub(r"\s+", " ", post.group("q").strip(" -").lower())
            end += post.end()
        if kind == "vague":
            qualifier = qualifier or lex.vague_qualifier

        value = raw * scale
        return Mention(
            start, end, s, e, value, unit=unit, qualifier=qualifier, kind=kind, raw=raw, scale=scale,
            currency=currency, plain_integer=plain and scale == 1 and unit is None,
            age_attributive=age_attributive,
        )

    def _paid_in_pounds(self, text: str, s: int, after: str) -> bool:
        """"raised 1,000 pounds", "fined 500 pounds": money after a verb of paying (not "raised 40 pounds of rice")."""
        money = self.lex.ambiguous_money_re.match(after)
        return money is not None and not re.match(r"\s+of\s", after[money.end():]) \
            and self.lex.money_verb_before_re.search(text, max(0, s - 40), s) is not None

    def _spelled_millions(self, text: str, s: int, e: int) -> bool:
        """"five million", "half a billion": spelled out to a scale no weight in pounds reaches."""
        return self._ending_scale(text, s, e) >= 1e6

    def _ending_scale(self, text: str, s: int, e: int) -> float:
        """The scale word a spelled number ends on ("a quarter billion": 1e9), else 1."""
        return self.lex.word_scales.get(_WORD_BREAK.split(text[s:e].lower())[-1], 1.0)

    def _spaced_point(self, text: str, s: int, e: int) -> Optional[int]:
        """End of the "point" after "a quarter" or "half a", else None."""
        if not self.lex.half_or_quarter_re.fullmatch(text, s, e):
            return None
        point = self.lex.spaced_point_re.match(text, e)
        if point and not re.match(r"(?i)an?\s", text[s:e]) and not re.search(r"(?i)\ban?\s", point.group(0)) \
                and not self.lex.by_re.search(text, max(0, s - 4), s):
            return None  # "at the half point of the season": a midpoint (not headlinese "Cuts Rates By Half Point")
        return point.end() if point else None

    def _unit_after(self, text: str, end: int, divisor: bool = False):
        """(unit name, end) of the unit right after `end`, with a divisor unit if one follows
        ("mg/L", "kg s−1", "metres per millisecond")."""
        found = self._one_unit(text, end)
        if found is not None and found[0] == "times" and not divisor:
            return self._frequency(text, found[1]) or found  # "three times a day"
        if found is None or divisor or found[0] in self.lex.not_dividable:
            return found
        unit, unit_end = found
        per = self.lex.per_re.match(text, unit_end)
        if per:
            second = self._unit_after(text, per.end(), divisor=True)
            if second is not None and second[0] not in self.lex.not_dividable:
                return _per(unit, second[0]), second[1]
        inverse = self.lex.inverse_re.match(text, unit_end)
        if inverse:
            second = self._one_unit(text, inverse.start("u"))
            if second is not None and second[1] == inverse.end("u"):
                return _per(unit, second[0]), inverse.end()
        return found

    def _frequency(self, text: str, end: int) -> Optional[tuple[str, int]]:
        """('times per week', end) after "twice" or "three times" in "twice a week", "three times daily"."""
        match = self.lex.frequency_re.match(text, end)
        if match is None:
            return None
        period = (match.group("period") or "").lower() or self.lex.frequency_adverbs[match.group("adverb").lower()]
        return f"times per {period}", match.end()

    def _one_unit(self, text: str, end: int):
        lex = self.lex
        after = text[end:end + 60]
        best = None
        word = lex.unit_word_re.match(after)
        if word:
            written = re.sub(r"\s+", " ", word.group("u").lower())
            unit = lex.unit_words.get(written) or lex.unit_words_unhyphened.get(_UNIT_WORD_BREAK.sub(" ", written), written)
            best = (unit, word.end(), word.group("u"))
        symbol = lex.unit_symbol_re.match(after)
        if symbol and (best is None or symbol.end() > best[1]):
            alias = symbol.group("u")
            tail = after[symbol.end():symbol.end() + 3]
            ok = True
            glued = symbol.start("u") == 0 and text[end - 1:end].isdigit()  # "6ft 2in"
            ends_phrase = re.match(r"\s*(?:[.,;:)!?]|$)", tail) is not None
            if (alias in lex.needs_end and not glued and not ends_phrase) or (alias in lex.glued_needs_end and glued and not ends_phrase):
                ok = False
            if len(alias) == 1 and alias.isalpha() and re.match(r"\.\w", tail):
                ok = False  # "5 p.m." and the like
            if ok:
                best = (lex.unit_symbols[alias], symbol.end(), alias)
        if best is None:
            glued = lex.glued_symbol_re.match(after)
            if glued:
                best = (lex.glued_symbols[glued.group("u")], glued.end(), glued.group("u"))
        if best is None:
            return None
        unit, length, _ = best
        return unit, end + length

    # ------------------------------------------------------------------ public
    def scan(self, text: str, start_at: int = 0) -> list[Mention]:
        """Every figure in text[start_at:], each extended to its claim span; no ranges merged yet."""
        mentions = []
        for s, e, value, kind, plain in self._cores(text, start_at):
            mention = self._extend(text, s, e, value, kind, plain)
            if mention is not None and mention.start >= start_at:
                mentions.append(mention)
        # Claims may not overlap: keep the earlier, longer one.
        mentions.sort(key=lambda m: (m.start, -m.end))
        kept: list[Mention] = []
        for m in mentions:
            if kept and m.start < kept[-1].end:
                if m.core_start < kept[-1].end:
                    continue
                start = kept[-1].end
                while start < m.core_start and text[start].isspace():
                    start += 1
                if m.currency and not text[m.core_end:m.end].strip():
                    # "17 USD 25": the code before belongs to the figure before; this one names no currency
                    m = replace(m, unit=None, currency=False)
                m = replace(m, start=start, qualifier=None)
            kept.append(m)
        return [m for i, m in enumerate(kept) if not (i and self._glued_to_a_noun_after_a_figure(text, kept[i - 1], m))
                and not (m.kind == "digits" and m.end == m.core_end and self.lex.scale_ordinal_re.match(text, m.end))]

    def _glued_to_a_noun_after_a_figure(self, text: str, before: Mention, mention: Mention) -> bool:
        """"9 of 14 three-point attempts", "5 two-bedroom flats", "six 3-pointers": a number hyphened to a noun
        right after a figure names a kind of thing, not a second figure."""
        return mention.kind in ("words", "digits") and mention.unit is None and mention.end == mention.core_end \
            and not text[before.end:mention.start].strip() \
            and re.match(r"[-‐‑][a-z]", text[mention.core_end:mention.core_end + 2]) is not None

    def blocked_spans(self, text: str, start_at: int = 0) -> list[tuple[int, int]]:
        """Spans of dates, clock times, links, phone numbers, list markers and codes."""
        spans = []
        for pattern in self.lex.date_res + self.lex.mask_res:
            if pattern is self.lex.link_re and not self.lex.link_mark_re.search(text, start_at):
                continue
            spans.extend(m.span() for m in pattern.finditer(text, start_at))
        for match in self.lex.glued_code_re.finditer(text, start_at):
            letters = match.group("letters")
            symbol_first = text[max(0, match.start() - 1):match.start()] + letters  # "$US50"
            scaled_money = letters in self.lex.scaled_symbols and (self.lex.scale_after_re.match(text, match.start("digits"))
                                                                   or self.lex.grouped_figure_re.match(text, match.start("digits")))
            if letters.lower() == "in" and text[max(0, match.start() - 1):match.start()] in ("-", "‐", "‑"):
                continue  # "a 1-in-3 chance": a proportion, no code
            if letters.lower() == "to" and text[max(0, match.start() - 1):match.start()] in ("-", "‐", "‑") \
                    and text[max(0, match.start() - 2):match.start() - 1].isdigit():
                continue  # "a 3-to-1 margin", "10-to-15 minutes": a ratio or a range, no code
            if letters in ("M", "Mw", "ML", "Ms") and self.lex.quake_after_re.match(text, match.end()):
                continue  # "an M6.4 quake", "a Mw 7.8 earthquake": a magnitude
            if text[max(0, match.start() - 1):match.start()].isdigit() and text[match.end("letters"):match.start("digits")] \
                    and text.startswith(letters, match.end("digits")):
                continue  # "40m-45m", "5km-10km": the unit or scale of a range's first end, then a dash
            if letters.lower() in self.lex.hyphened_measures and text[match.end("letters"):match.start("digits")]:
                continue  # "a magnitude-6.1 quake"
            if letters not in self.lex.currency_before and symbol_first not in self.lex.currency_before and not scaled_money \
                    and not (match.start() > 0 and self.lex.exponent_re.match(text, match.start() - 1)):
                spans.append(match.span("digits"))
        if any(mark in text for mark in self.lex.star_or_offer_marks):
            for match in self.lex.star_or_offer_re.finditer(text, start_at):
                count = (self.lex.star_count_re if match.group("star") else self.lex.offer_count_re).search(
                    text, max(0, match.start() - 6), match.start())
                if count:
                    spans.append((count.start(), match.end()))
        for match in self.lex.bare_clock_re.finditer(text, start_at):
            before = text[max(0, match.start() - 14):match.start()]
            if self.lex.clock_at_re.search(before) and not (self.lex.price_at_re.search(before) and not self.lex.day_part_after_re.match(text, match.end())):
                spans.append(match.span())
        spans.extend(match.span("clock") for match in self.lex.start_clock_re.finditer(text, start_at)
                     if self.lex.start_verb_re.search(text[max(0, match.start() - 20):match.start()]))
        for match in self.lex.on_number_re.finditer(text, start_at):
            if self.lex.call_before_re.search(text, max(0, match.start() - 36), match.start() - 3):
                spans.append(match.span())
        for match in self.lex.phone_re.finditer(text, start_at):
            if sum(c.isdigit() for c in match.group(0)) >= 8 and not self.lex.grouped_number_re.fullmatch(match.group(0)) \
                    and not self.lex.year_then_grouped_re.fullmatch(match.group(0)):
                spans.append(match.span())
        return spans

    def idiom_spans(self, text: str, start_at: int = 0) -> list[tuple[int, int]]:
        return [m.span() for m in self._finditer(self.lex.idiom_re, self.lex.idiom_lower_re, text, start_at)
                if not self._in_half_a_measure(text, m)
                and not (m.group().lower().endswith("one") and self.lex.proportion_after_one_re.match(text, m.end()))]

    def _in_half_a_measure(self, text: str, match: re.Match) -> bool:
        """"the lowest in half a century", "in half an hour", "in half a dozen towns": a measure or a number,
        not the idiom "cut in half"."""
        if match.end() - match.start() != 7 or text[match.start():match.end()].lower() != "in half":
            return False
        article = re.match(r"\s+an?\s+(?P<word>[a-z]+)", text[match.end():match.end() + 20], re.I)
        if article is None:
            return False
        word = article.group("word").lower()
        return word in self.lex.dozen or word in self.lex.word_scales or word in self.lex.hundred \
            or self._unit_after(text, match.end() + article.start("word") - 1) is not None

    def merge(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Join ranges ("between 10 and 20", "10–20 km", "$1-2 billion") and ratios ("one in five")."""
        lex = self.lex
        mentions = self._poll_points(text, self._join_durations(text, self._drop_rate_bases(text, self._share_units(text, mentions))))
        out: list[Mention] = []
        i = 0
        score_end = -1  # end of the last game score, which further set or game scores may follow ("6-4, 3-6, 6-2")
        while i < len(mentions):
            first = mentions[i]
            if first.kind == "ratio" and self._is_colon_score(text, first, score_end):
                score_end = first.end
                i += 1
                continue  # "Bayern won 2:1"
            second = mentions[i + 1] if i + 1 < len(mentions) else None
            if second is not None:
                gap = text[first.end:second.start]
                if self._is_score(text, first, second, gap, score_end):
                    score_end = second.end
                    i += 2
                    continue
                joined = None
                if second.qualifier in ("±", "+/-") and not gap.strip() and first.value is not None \
                        and (first.unit is None or first.unit == second.unit) and not first.parts:
                    # "25 ± 0.5 °C", "12.1% ± 0.4%": a figure and its uncertainty state one measured value
                    joined = replace(first, end=second.end, unit=first.unit or second.unit,
                                     currency=first.currency or second.currency, parts=(first, second))
                elif first.unit == "ft" and second.unit == "in" and lex.feet_inches_gap_re.match(gap) and not second.qualifier:
                    joined = replace(first, end=second.end, core_end=second.core_end,
                                     value=first.value + second.value / 12, parts=(first, second))
                elif (first.currency or (first.unit == "lb" and second.unit == "pence")) and first.scale == 1 \
                        and first.unit not in lex.subunits \
                        and second.unit in lex.subunits and lex.feet_inches_gap_re.match(gap) \
                        and 0 < second.value < 100 and not second.qualifier:
                    # "3 dollars 50 cents", "thirteen pounds and ten pence" (pounds before pence are money)
                    joined = replace(first, end=second.end, core_end=second.core_end, currency=True,
                                     unit=first.unit if first.currency else "GBP",
                                     value=first.value + second.value / 100, parts=(first, second))
                elif (first.currency or first.unit in lex.subunits) and second.kind == "words" and re.fullmatch(r"\s+", gap) \
                        and re.match(r"(?i)an?\s", text[second.start:second.end]) and second.unit is None and not second.qualifier:
                    # "64 cents a dozen", "$3 a dozen": a price per dozen, no second figure (nor cents of the first)
                    joined = replace(first, end=second.end)
                elif (first.currency or first.unit == "lb") and first.unit not in lex.subunits and first.scale == 1 \
                        and first.value == int(first.value) and text[first.core_end:first.end].strip()[:1].isalpha() \
                        and second.kind in ("digits", "words") and second.unit is None and not second.currency \
                        and second.value == int(second.value) and 0 < second.value < 100 and not second.qualifier \
                        and re.fullmatch(r"\s+(?:and\s+)?", gap) and lex.spoken_cents_end_re.match(text, second.end):
                    # "fifteen dollars fifty.", "five pounds twenty": spoken money, the second figure is cents or pence
                    joined = replace(first, end=second.end, core_end=second.core_end, currency=True,
                                     unit=first.unit if first.currency else "GBP",
                                     value=first.value + second.value / 100, parts=(first, second))
                elif first.kind == "digits" and second.kind in ("fraction", "words") and re.fullmatch(r"\s+and\s+", gap) \
                        and first.value == int(first.value) and first.scale == 1 and not second.qualifier \
                        and text[second.core_start:second.core_start + 2].lower() == "a " \
                        and (first.unit is None or first.unit == second.unit):
                    joined = self._whole_and_fraction(text, first, second)
                elif self._is_ratio(text, gap, first, second) or self._is_to_ratio(text, gap, first, second):
                    joined = Mention(first.start, second.end, first.core_start, second.core_end, first.value / second.value,
                                     qualifier=first.qualifier, kind="ratio", raw=first.value / second.value, parts=(first, second))
                elif lex.range_gap_re.match(gap) and not second.qualifier:
                    joined = self._range(text, first, second, gap)
                if joined is not None:
                    out.append(joined)
                    i += 2
                    continue
            out.append(first)
            i += 1
        return out

    def _is_score(self, text: str, first: Mention, second: Mention, gap: str, score_end: int) -> bool:
        """"won 2-1", "a 3-0 defeat", "beat them 24-17": a game's score, which quantity annotators leave out like a
        name or a date; it is no range (a range rises, "10-20 people") and two counts misread it. A tally of votes
        ("voted 52-48", "a 5-4 ruling") is no game and stays; so does a count after a verb of winning ("won 10-20 seats")."""
        if not (first.plain_integer and second.plain_integer and first.value < 200 and second.value < 200
                and not first.qualifier and not second.qualifier and first.end == first.core_end
                and second.start == second.core_start and self.lex.score_gap_re.fullmatch(gap)):
            return False
        if first.value < 20 and second.value < 20 and _NAME_BEFORE.search(text, max(0, first.start - 24), first.start) \
                and _NAME_AFTER.match(text, second.end) and not self.lex.poll_word_re.search(
                    text, max(0, first.start - 60), min(len(text), second.end + 40)):
            return True  # a result between two sides' names: "Arsenal 2-1 Chelsea", "Harbour Town 3-1 Millbrook"
        return self._score_context(text, first.start, second.end, first.value < second.value, score_end)

    def _is_colon_score(self, text: str, ratio: Mention, score_end: int) -> bool:
        """"Bayern won 2:1", "a 3:0 defeat": a score written with a colon."""
        pair = re.fullmatch(r"(\d{1,3})\s?:\s?(\d{1,3})", text[ratio.core_start:ratio.core_end])
        if pair is None or ratio.qualifier or max(int(pair.group(1)), int(pair.group(2))) >= 200:
            return False
        return self._score_context(text, ratio.start, ratio.end, int(pair.group(1)) < int(pair.group(2)), score_end)

    def _score_context(self, text: str, start: int, end: int, rising: bool, score_end: int) -> bool:
        lex = self.lex
        if lex.ratio_word_re.search(text, max(0, start - 40), start) or lex.ratio_word_after_re.match(text, end):
            return False  # "the odds on a home draw are 5:2", "by a 3-1 margin"
        if lex.poll_word_re.search(text, max(0, start - 60), min(len(text), end + 40)):
            return False  # "leads Trump 47-44 among registered voters": a poll's shares of support, two figures
        if score_end >= 0 and lex.score_chain_gap_re.fullmatch(text, score_end, start):
            return True
        if lex.score_after_re.match(text, end):
            return True
        later = end
        while (following := lex.next_set_score_re.match(text, later)) is not None:
            later = following.end()
        if later > end and lex.score_after_re.match(text, later):
            return True  # "in a 6-4, 7-6 victory": the first set of a result its noun follows
        if rising and not lex.score_end_re.match(text, end):
            return False
        return lex.score_before_re.search(text, max(0, start - 50), start) is not None \
            and not lex.count_after_re.match(text, end)

    def _is_to_ratio(self, text: str, gap: str, first: Mention, second: Mention) -> bool:
        """"a 3-to-1 margin", "100-to-1 odds", "a 1-to-1 ratio": a ratio, where a rising pair is a range
        ("10-to-15 minutes") unless a ratio word is next to it."""
        lex = self.lex
        hyphened = lex.to_ratio_gap_re.fullmatch(gap) is not None
        if not ((hyphened or lex.spaced_ratio_gap_re.fullmatch(gap)) and first.kind in ("digits", "words")
                and second.kind in ("digits", "words") and first.unit is None and second.unit is None
                and not first.currency and not second.currency and first.scale == 1 and second.scale == 1
                and not second.qualifier and second.value and first.value):
            return False
        return (hyphened and first.value >= second.value) or self._next_to_ratio_word(text, first.start, second.end) \
            or (first.value >= second.value and lex.outnumber_before_re.search(text, max(0, first.start - 50), first.start) is not None)

    def _is_ratio(self, text: str, gap: str, first: Mention, second: Mention) -> bool:
        """"one in five", "nine out of ten", "one in every six pounds"; "one child in five who …"."""
        lex = self.lex
        if not (first.kind in ("digits", "words") and second.kind in ("digits", "words") and first.unit is None
                and first.scale == 1 and second.scale == 1 and not second.qualifier and second.value):
            return False
        if lex.ratio_gap_re.match(gap):
            # ("one in every six pounds spent": a share of the money, whatever its unit)
            return (second.unit is None or (gap[:1] in "-‐‑" and second.unit == "year") or "every" in gap.lower()) \
                and 0 < first.value < second.value and not lex.ranking_before_re.search(text, max(0, first.start - 8), first.start)
        return bool(lex.noun_ratio_gap_re.match(gap)) and first.value == 1 and second.unit is None and second.value > 1 \
            and bool(lex.after_noun_ratio_re.match(text, second.end))

    def _whole_and_fraction(self, text: str, first: Mention, second: Mention) -> Optional[Mention]:
        """"2 and a half miles", "1 and a quarter billion dollars": a whole in digits and a spelled fraction."""
        scale = self._ending_scale(text, second.core_start, second.core_end) * second.scale
        fraction = second.value / scale if second.value is not None else None
        if fraction is None or not 0 < fraction < 1:
            return None
        return replace(second, start=first.start, core_start=first.core_start, value=(first.value + fraction) * scale,
                       raw=first.value + fraction, qualifier=first.qualifier, parts=())

    def _poll_points(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"its share fell four points to 31%", "trails by 7 points in the latest poll": 'points' beside a share or a
        poll are percentage points (not a stock index's "fell 41 points, or 0.5%", nor a player's "scored 34 points")."""
        out = list(mentions)
        for i, mention in enumerate(mentions):
            if mention.unit is not None or mention.currency or mention.scale != 1 or mention.parts \
                    or mention.kind not in ("digits", "words") or not 0 < (mention.value or 0) <= 100:
                continue
            points = self.lex.points_after_re.match(text, mention.end)
            if points is None:
                continue
            start, end = self._sentence_around(text, mention.start, mention.end)
            shares = any(other.unit in ("%", "percentage points") and start <= other.start < end for other in mentions)
            if (shares or self.lex.poll_word_re.search(text, start, end)) and not self.lex.index_word_re.search(text, start, end):
                out[i] = replace(mention, end=points.end(), unit="percentage points")
        return out

    def _sentence_around(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence around a span, read from the text (at most 300 characters each way)."""
        low = max(0, start - 300)
        breaks = [match.end() for match in self.lex.sentence_break_re.finditer(text, low, start)]
        after = self.lex.sentence_break_re.search(text, end, min(len(text), end + 300))
        return (breaks[-1] if breaks else low), (after.start() if after else min(len(text), end + 300))

    def _join_durations(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"2 hours 20 minutes", "3 min 40 sec", "two years, five months and 12 days": one span of time, stated in its
        smallest unit as written (140 minutes), as the annotated sets value it."""
        seconds = self.lex.time_unit_seconds
        out: list[Mention] = []
        for mention in mentions:
            first = out[-1] if out else None
            if first is not None and self._continues_duration(text, first, mention):
                # (first.value is already in the unit of the part before this one)
                last = first.parts[-1] if first.parts else first
                value = first.value * seconds[last.unit] / seconds[mention.unit] + mention.value
                out[-1] = replace(first, end=mention.end, core_end=mention.core_end, value=value, raw=value, unit=mention.unit,
                                  parts=(first.parts or (first,)) + (mention,))
            else:
                out.append(mention)
        return out

    def _continues_duration(self, text: str, before: Mention, mention: Mention) -> bool:
        """`mention` is the next, smaller part of the span of time `before` states: a smaller unit, short of one of
        the unit before it (not "3 days, 40 hours of footage"), after a space, a comma or 'and'."""
        seconds = self.lex.time_unit_seconds
        last = before.parts[-1] if before.parts else before
        if before.value_max is not None or before.from_to or before.by_to or before.currency or mention.currency \
                or mention.qualifier or mention.parts or before.unit not in seconds or last.unit not in seconds \
                or mention.unit not in seconds or any(part.unit not in seconds for part in before.parts):
            return False
        if mention.kind not in ("digits", "words") or last.kind not in ("digits", "words") or mention.scale != 1 \
                or last.scale != 1 or before.value is None or mention.value is None:
            return False
        return 0 < mention.value * seconds[mention.unit] < seconds[last.unit] \
            and self.lex.feet_inches_gap_re.match(text[last.end:mention.start]) is not None

    def _drop_rate_bases(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"6.8 per 100,000 residents", "3.1 doctors per 1,000 people": the round base of a rate
        states no figure of its own; the rate is the figure before it."""
        kept: list[Mention] = []
        for mention in mentions:
            before = kept[-1] if kept else None
            if before is not None and mention.value in _RATE_BASES and mention.unit is None and not mention.currency \
                    and not mention.qualifier and mention.kind in ("digits", "words") and before.value is not None \
                    and self.lex.rate_base_gap_re.match(text[before.end:mention.start]):
                continue
            kept.append(mention)
        return kept

    def _share_units(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"34 and 38 °C", "6, 9 and 13 kg", "2 or 3 million": bare figures coordinated with a
        measured one take its unit and scale (right to left, so a list shares its last unit)."""
        mentions = list(mentions)
        for i in range(1, len(mentions)):
            first, second = mentions[i - 1], mentions[i]
            # "took 48.2 per cent against his 47.9": the share it is set against
            if first.unit in ("%", "percentage points") and second.unit is None and second.kind == "digits" \
                    and not second.currency and second.scale == 1 and 0 <= (second.value or 0) <= 100 \
                    and self.lex.against_gap_re.fullmatch(text, first.end, second.start) \
                    and self.lex.against_end_re.match(text, second.end):
                mentions[i] = replace(second, unit=first.unit)
            elif first.unit and not first.currency and first.scale == 1 and second.unit is None and second.kind == "digits" \
                    and not second.currency and second.scale == 1 and not second.qualifier and first.value and second.value \
                    and 0.2 <= second.value / first.value <= 5 \
                    and self.lex.against_gap_re.fullmatch(text, first.end, second.start) \
                    and self.lex.against_end_re.match(text, second.end):
                mentions[i] = replace(second, unit=first.unit)  # "79.4 years, compared with 83.1 for women"
            elif first.unit and not first.currency and first.scale == 1 and second.unit is None and second.kind == "digits" \
                    and not second.currency and second.scale == 1 and not second.qualifier and first.value and second.value \
                    and (0.2 <= second.value / first.value <= 5 or (first.unit == "%" and second.value <= 100)) \
                    and re.fullmatch(r"\s+to\s+", text[first.end:second.start]) \
                    and self.lex.from_re.search(text, max(0, first.start - 8), first.start) \
                    and self.lex.against_end_re.match(text, second.end):
                mentions[i] = replace(second, unit=first.unit)  # "rose from 12 minutes to 18"
            elif second.unit and second.unit != "times" and first.unit is None and not first.currency and first.kind == "digits" \
                    and first.scale == 1 and second.scale == 1 and not first.qualifier and first.value and second.value \
                    and 0.2 <= first.value / second.value <= 5 and re.fullmatch(r"\s+to\s+", text[first.end:second.start]) \
                    and self.lex.from_re.search(text, max(0, first.start - 8), first.start):
                mentions[i - 1] = replace(first, unit=second.unit, currency=second.currency)  # "fell from 5.25 to 4.5 per cent"
            elif first.currency and first.scale >= 1e6 and not second.currency and second.kind == "digits" \
                    and not second.qualifier and (self.lex.against_gap_re.fullmatch(text, first.end, second.start) or (
                        re.fullmatch(r"\s+to\s+", text[first.end:second.start])
                        and self.lex.from_re.search(text, max(0, first.start - 8), first.start))):
                money = self._money_ellipsis(text, first, second)
                if money is not None:
                    mentions[i] = money  # "£450m from 520m", "$1.2bn, compared with 900m": the same money
            elif first.unit and second.unit is None and second.kind == "digits" and not second.currency \
                    and second.scale == 1 and first.scale == 1 and not second.qualifier and first.value and second.value \
                    and 0.2 <= second.value / first.value <= 5 \
                    and self.lex.for_group_gap_re.fullmatch(text, first.end, second.start) \
                    and self.lex.for_group_end_re.match(text, second.end):
                mentions[i] = replace(second, unit=first.unit, currency=first.currency)
        joined = [False] * len(mentions)  # shared over "and"/"or": a list a comma may extend ("5, 10 and 25 kg")
        for i in range(len(mentions) - 2, -1, -1):
            first, second = mentions[i], mentions[i + 1]
            if first.currency and first.unit == second.unit and first.scale == 1 and first.kind == "digits" \
                    and self._from_to_scaled(text, first, second, text[first.end:second.start]):
                mentions[i] = replace(first, scale=second.scale, value=first.value * second.scale)  # "from $1.2 to $1.5bn"
                continue
            if first.unit or first.currency or first.scale != 1 or first.kind not in ("digits", "words") or first.value is None:
                continue
            if not (second.unit or second.scale != 1) or second.kind not in ("digits", "words") or second.qualifier:
                continue
            if second.unit == "times":
                continue  # "3 and four times": a multiplier is no unit
            gap = text[first.end:second.start]
            if not self.lex.coordination_gap_re.match(gap) and not self._from_to_scaled(text, first, second, gap):
                continue
            if gap.strip() == "," and not joined[i + 1]:
                continue  # "In round 3, 2 million watched": a lone comma lists nothing
            if "," in gap and gap.strip() != "," and not (i > 0 and text[mentions[i - 1].end:first.start].strip() == ","):
                continue  # "Form 1040, and 150 million returns": ", and" ends a list ("5, 10, and 25 kg"), else joins clauses
            if text[second.start:second.core_start].strip():
                continue  # "40 and $50": the second carries its own currency sign
            value = first.value * second.scale if second.scale != 1 else first.value
            mentions[i] = replace(first, unit=second.unit, currency=second.currency, scale=second.scale,
                                  value=value, raw=first.value)
            joined[i] = True
        return mentions

    def _money_ellipsis(self, text: str, first: Mention, second: Mention) -> Optional[Mention]:
        """The sum set against a scaled sum, its currency left out: "520m" is millions, not metres, and
        "2.4 billion" is euros after "€3.1 billion" (not "from 520m people", a count of its own)."""
        if second.unit is None and second.scale >= 1e6:
            end = second.end
        elif second.unit is not None and re.split(r" per |/", second.unit)[0] == "m" and second.scale == 1 \
                and text[second.core_end:second.core_end + 1] == "m":
            end = second.core_end + 1  # (the "m" glued to it was read as metres, with any "a year" after it)
        else:
            return None
        if re.match(r"\s+(?:[a-z]+s|people|children|men|women)\b", text[end:end + 30]) or not 0.1 <= (
                second.value * (1e6 if second.scale == 1 else 1)) / first.value <= 10:
            return None
        scale = second.scale if second.scale > 1 else 1e6
        return replace(second, end=end, unit=first.unit, currency=True, scale=scale, value=second.raw * scale)

    def _from_to_scaled(self, text: str, first: Mention, second: Mention, gap: str) -> bool:
        """"grew from 1.2 to 1.5 billion", "fell from 3.1 to 2.8 million": both ends share the scale
        (not "from 200 to 1.5 million", where the first end is a figure of its own)."""
        if second.scale == 1 or first.qualifier or not re.fullmatch(r"\s+to\s+", gap) \
                or not self.lex.from_re.search(text[max(0, first.start - 8):first.start]) or not second.value:
            return False
        return 0.1 <= first.value * second.scale / second.value <= 10

    def _range(self, text: str, first: Mention, second: Mention, gap: str) -> Optional[Mention]:
        lex = self.lex
        if first.value is None or second.value is None or first.kind in ("multiplier", "vague") or second.kind in ("multiplier", "vague"):
            return None
        if first.kind == "fraction" and first.value < 1 <= second.value and second.scale > 1:
            return None  # "rose by half to 3 million barrels": a change and a level
        prefix = text[max(0, first.start - 32):first.start]
        between = lex.between_re.search(prefix)
        if gap.strip().lower() == "and" and not between:
            return None
        if first.unit and second.unit and first.unit != second.unit:
            return None
        if first.unit and not second.unit and not first.currency and not (first.unit == "times" and first.kind != "multiplier"):
            return None  # "grew 0.5 per cent to 67 million": a change and a level, no range ("a factor of two to three" is one)
        low, high = first.value, second.value
        if first.scale == 1 and second.scale > 1 and first.raw is not None and first.raw * second.scale <= high:
            low = first.raw * second.scale
        elif first.plain_integer and 0 < low < 1000 and gap.strip() in _DASHES and not first.unit and high == int(high) \
                and text[second.core_start:second.core_end].endswith(",000") and low * 1000 <= high < low * 10000:
            low *= 1000  # "20-25,000 visitors": the thousands are written once
        if low >= high:  # "won 46 percent to 42 percent", "an 80-19 vote", "a 4-4 tie": two figures, no range
            if not between:
                return None
            low, high = high, low  # "between −2 and −7‰" still bounds a range
        start = first.start
        from_to = False
        if between and not between.group("what"):
            start -= len(between.group(0))
        elif gap.strip().lower() in ("to", "through", "thru"):
            came_from = lex.from_re.search(prefix)
            if came_from:
                start -= len(came_from.group(0))
                from_to = True
        # "grew by 610,000 to 68.3 million", "rose $5 to $20": a change, then the level it reached, when the
        # parse shows a change verb before it (not "by 2 to 3 per cent", "by 5,000 to 8,000 jobs": one figure
        # with its own unit or a far bigger one)
        # (nor "fell by 20,000 to 45,000.": two counts with nothing counted after the second end a clause as a level does)
        # (but "rose by 15% to 20%": two shares this close, each with its sign, bound one change; a change to a level
        # of a rate is far from it, "fell by 0.3% to 4.1%", or twice it, "raised by 0.25% to 0.5%")
        close_shares = first.unit in _SHARE_UNITS and second.unit == first.unit and 0 < low and high < 2 * low
        by_to = gap.strip().lower() == "to" and not from_to and not between and not close_shares and (
            bool(text[first.core_end:first.end].strip()) or first.currency or high >= 5 * low
            or (not first.unit and not second.unit and not second.currency and lex.level_end_re.match(text, second.end) is not None))
        return Mention(start, second.end, first.core_start, second.core_end, low, value_max=high,
                       unit=first.unit or second.unit, qualifier=first.qualifier, kind=first.kind,
                       raw=first.raw, scale=second.scale, currency=first.currency or second.currency,
                       from_to=from_to, by_to=by_to, parts=(first, second))
