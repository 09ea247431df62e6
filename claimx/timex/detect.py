"""Find temporal expressions in text: run the data-driven patterns, drop the
readings that are not dates (the verb 'may', ages, counts, percentages),
keep the longest of overlapping matches, widen by modifiers ('early', 'more
than') and pair the two ends of ranges ('from A to B', 'since A')."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .lexicon import Lexicon, Pattern, lexicon, patterns


@dataclass
class Mention:
    start: int
    end: int
    kind: str
    type: str
    groups: dict
    pattern: str
    mod: Optional[str] = None
    # range pairing: "since" | "until" | "first" | "second" (of a two-ended range)
    range_role: Optional[str] = None
    partner: Optional["Mention"] = field(default=None, repr=False)
    year_hint: Optional[int] = None


class TokenIndex:
    """Character offset -> spaCy token, for the few checks that need a part of speech."""

    def __init__(self, doc):
        self.doc = doc
        self._starts: Optional[list[int]] = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:  # built on first use: most texts never need it
            self._starts = self.doc.to_array("IDX").tolist() if self.doc is not None and len(self.doc) else []
        return self._starts

    def at(self, offset: int):
        if self.doc is None or not self.starts:
            return None
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.doc[index] if index >= 0 else None

    def after(self, offset: int):
        """The first token starting at or after `offset`."""
        if self.doc is None:
            return None
        index = bisect.bisect_left(self.starts, offset)
        return self.doc[index] if index < len(self.starts) else None


@dataclass(frozen=True)
class _Context:
    """Compiled helper expressions built from the lexicon."""

    date_mod: re.Pattern
    duration_mod: re.Pattern
    word_before: re.Pattern
    range_gap: re.Pattern
    range_opener: re.Pattern
    since: re.Pattern
    until: re.Pattern
    age_before: re.Pattern


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _context() -> _Context:
    lex = lexicon()
    date_mods = [w for w in lex.date_modifiers if not w.endswith("-")]
    hyphen_mods = [w[:-1] for w in lex.date_modifiers if w.endswith("-")]
    return _Context(
        date_mod=re.compile(
            rf"(?<![\w-])(?:(?P<mod>{_alt(date_mods)})\s+|(?P<hmod>{_alt(hyphen_mods)})\s*-\s*)$", re.I
        ),
        duration_mod=re.compile(rf"(?<![\w-])(?P<mod>{_alt(lex.duration_modifiers)})\s+$", re.I),
        word_before=re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)?)\W*$"),
        range_gap=re.compile(r"\s*(?P<conn>to|until|till|through|thru|and|[-–—])\s*", re.I),
        range_opener=re.compile(r"(?<![\w-])(?P<opener>from|between)\s+$", re.I),
        since=re.compile(rf"(?<![\w-])(?P<word>{_alt(lex.data['range_since'])})\s+(?:(?:in|on|at)\s+)?$", re.I),
        until=re.compile(rf"(?<![\w-])(?P<word>{_alt(lex.data['range_until'])})\s+(?:(?:in|on|at)\s+)?$", re.I),
        age_before=re.compile(rf"(?<![\w-])(?:{_alt(lex.data['age_words_before'])})\s+$", re.I),
    )


_CLOCK_RANGE_END = re.compile(r"\d:[0-5]\d\s*(?:to|and|-|\u2013)\s*$")


def _sentence_words(text: str, at: int) -> list[str]:
    """The lower-case words of the sentence around `at` (within 200 characters each way)."""
    left = text[max(0, at - 200):at]
    right = text[at:at + 200]
    cut = max(left.rfind(". "), left.rfind("! "), left.rfind("? "), left.rfind("\n"))
    left = left[cut + 1:] if cut >= 0 else left
    ends = [i for i in (right.find(". "), right.find("! "), right.find("? "), right.find("\n")) if i >= 0]
    right = right[:min(ends)] if ends else right
    return re.findall(r"[a-z][a-z-]*", (left + right).lower())


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \t\"'“‘")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def _word_before(text: str, start: int) -> str:
    match = _context().word_before.search(text, max(0, start - 30), start)
    return match.group(1).lower() if match else ""


def _plural_noun_after(tokens: TokenIndex, end: int) -> bool:
    following = tokens.after(end)
    return following is not None and following.tag_ == "NNS" and following.text.islower()


def _keep(text: str, match: re.Match, pattern: Pattern, lex: Lexicon, tokens: TokenIndex) -> bool:
    """False for readings that are not temporal (by local context)."""
    start, end = match.span()
    groups = match.groupdict()
    kind = pattern.kind
    after = text[end:end + 12]
    before_word = _word_before(text, start)

    if groups.get("weekday") and groups.get("day") and not (groups.get("month") or groups.get("mon")) \
            and groups["day"].isdigit() and re.match(r"\s+[a-z]", after):
        return False  # 'said on Sunday 12 people were arrested': a count after the weekday, not its day
    if (groups.get("month") or groups.get("month_full")) and groups.get("day") and not groups.get("year") \
            and before_word == "in" and _plural_noun_after(tokens, end):
        return False  # 'In March 12 people died': a month, then a count ('on March 12' stays a day)
    if re.match(r"[-\s]point", after) and match.group(0).lower().endswith(("quarter", "half")):
        return False  # 'a quarter-point cut', 'half a point': a size of a rate change, no time
    if kind == "date" and pattern.name == "month":
        name = match.group(0).lower()
        token = tokens.at(start)
        if name in lex.ambiguous_months and before_word not in lex.words("month_context_words"):
            if token is None or token.ent_type_ != "DATE":  # the verb 'may', a 'march'
                return False
        links = lex.words_regex("name_links_after_month")
        linked = re.match(rf"\s+(?:{links})\s+(?:the\s+)?([A-Z][a-z]+)", text[end:end + 30])
        if name in lex.ambiguous_months and linked and linked.group(1).lower() not in lex.months:
            return False  # 'the March for Life', 'the March on Washington' (not 'from March to June')
        # 'April Ryan', 'June Carter': a first name, not a month.
        if re.match(r"\s+(?-i:[A-Z][a-z])", after) and before_word not in lex.words("month_context_words"):
            return False
        # sentence-initial imperative 'March on' / name as subject is rare; a following verb is a hint
        following = tokens.after(end)
        if following is not None and name in lex.ambiguous_months and following.tag_ in ("VB", "VBP", "VBZ", "VBD", "MD") \
                and (before_word not in lex.words("months_before_a_verb_after") or following.lower_ in lex.words("person_verbs_after_month")):
            return False
    if kind == "year":
        if groups.get("yy"):
            return before_word in lex.words("short_year_context_words")
        following = tokens.after(end)
        if not groups.get("pre") and following is not None and following.idx - end <= 1 and following.tag_ in ("NNS", "NNPS"):
            # '1850 employees' is a count; 'the 1992 protests' (a determiner, or the NER's DATE) is a year
            token = tokens.at(start)
            counted = before_word not in lex.words("year_determiners")
            if counted and not (token is not None and token.ent_type_ == "DATE"):
                return False
        if re.match(rf"\s*(?:{lex.words_regex('count_words_after_year')})\b", text[end:end + 20], re.I):
            return False
        preceding = text[max(0, start - 8):start]
        if re.search(rf"(?:{lex.words_regex('number_markers_before_year')})\s*$", preceding):
            return False
        year = int(groups["year"])
        if year < 1800 and before_word not in lex.words("month_context_words"):
            return False
        token = tokens.at(start)
        if token is not None and token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
            return False
    if kind in ("duration", "ago"):
        if re.match(r"\s*(?:-|\s)?olds?\b", after, re.I) or _context().age_before.search(text, max(0, start - 12), start):
            return False
        unit = (groups.get("unit") or groups.get("units") or groups.get("unit_sg") or "").lower()
        number = (groups.get("num") or "").lower()
        if unit.startswith("second") and (not number or number in ("a", "an", "one")):
            return False
        if unit.startswith("quarter") and (not number and pattern.name != "period_ending" or re.match(r"\s+of\b", after)):
            return False  # 'a quarter of the votes' is a fraction
        if pattern.name == "unit_long" and unit.startswith(("second", "minute", "hour", "quarter", "weekend")):
            return False
    if kind == "season":
        if not groups.get("year") and before_word not in lex.words("month_context_words") | lex.words("season_context_words"):
            return False
        season = (groups.get("season") or "").lower()
        if not groups.get("year") and groups.get("season", "")[:1].isupper() and re.match(r"\s+(?-i:[A-Z])[a-z]", after):
            return False  # 'the Winter Gala', 'Summer Olympics': part of a name
        if not groups.get("year") and re.match(r"\s+of\s+(?!\d)", after):
            return False
        if season == "fall" and not groups.get("year") and not match.group(0).lower().startswith("the"):
            if before_word not in lex.words("fall_context_words"):
                return False
        if season in ("spring", "fall"):
            token = tokens.at(start + match.group(0).lower().rfind(season))
            if token is not None and token.pos_ == "VERB":
                return False
    if kind == "quarter":
        if (groups.get("qunit") or "").lower() == "half" and not (groups.get("year") or groups.get("qyearword")):
            # 'the first half' of a year, not of a match or a century
            if not match.group(0).lower().startswith("the") or re.match(r"\s+of\b", after):
                return False
            if lex.words("match_words").intersection(_sentence_words(text, start)):
                return False  # 'scored twice early in the second half': a half of a match
    if kind == "set" and pattern.name == "set_word":
        word = match.group(0).lower()
        if word in lex.set_adverb_only:
            token = tokens.at(start)
            if token is not None and token.pos_ != "ADV":
                return False
        if word in lex.data["set_words_also_newspapers"] and re.match(r"\s+(?-i:[A-Z])", after):
            return False  # 'the party daily Granma': a newspaper
    if kind == "deictic":
        if match.group(0)[:1].isupper() and not _sentence_start(text, start) and re.search(r"(?-i:[A-Z][\w.&-]*)\s+$", text[max(0, start - 20):start]):
            return False  # 'USA Today', 'Russia Today': part of a name
        phrase = re.sub(r"\s+", " ", match.group(0).lower())
        if phrase in lex.data["discourse_markers"] and _sentence_start(text, start):
            return False  # 'Now, the question is…', 'Now the league faces…': a discourse marker

        needed = lex.deictic_context.get(phrase)
        if needed is not None and before_word not in needed and not _modifier_use(text, start, phrase, lex, tokens):
            return False
    if kind == "time":
        if groups.get("clockword") and before_word in lex.words("clock_word_idioms_before"):
            return False  # 'high noon'
        if groups.get("hour24") and not (groups.get("weekday") or groups.get("tz") or groups.get("month")):
            # a bare 14:30 is a time only near clock words; scores and ratios look the same
            if not re.search(rf"\b(?:{lex.words_regex('clock_prepositions')})\s+$", text[max(0, start - 12):start], re.I) \
                    and not _CLOCK_RANGE_END.search(text, max(0, start - 16), start):
                return False  # (the end of `from 03:00 to 11:00`, `between 22:00 and 05:30` counts too)
        if groups.get("hour_oclock") is None and groups.get("clockword") is None and groups.get("hour24") is None:
            if groups.get("hour") and int(re.sub(r"\D", "", groups["hour"]) or 0) > 12 and groups.get("ampm"):
                return False
    return True


def _modifier_use(text: str, start: int, phrase: str, lex: Lexicon, tokens: TokenIndex) -> bool:
    """'future storms', 'the city's future': the word dates the noun it modifies or that owns it."""
    if phrase not in lex.data["deictic_as_modifier"]:
        return False
    if re.search(r"['’]s\s+$", text[max(0, start - 4):start]):
        return True
    token = tokens.at(start)
    return token is not None and token.tag_ == "JJ" and token.dep_ == "amod"


def _mentions_from(match: re.Match, pattern: Pattern) -> list[Mention]:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    if pattern.kind not in ("day_range", "month_range", "year_range"):
        return [Mention(match.start(), match.end(), pattern.kind, pattern.type, groups, pattern.name)]
    text = match.string
    first_end = match.start("dash")
    while first_end > match.start() and text[first_end - 1].isspace():
        first_end -= 1
    second_start = match.end("dash")
    while second_start < match.end() and text[second_start].isspace():
        second_start += 1
    shared = {k: v for k, v in groups.items() if not k.endswith("2") and k != "dash"}
    first_groups = dict(shared)
    second_groups = dict(shared)
    for key in ("day", "month", "year"):
        if key + "2" in groups:
            second_groups[key] = groups[key + "2"]
    if pattern.kind == "year_range":
        first_year = int(groups["year"])
        second = groups["year2"]
        second_year = int(second) if len(second) == 4 else first_year // 100 * 100 + int(second)
        if second_year <= first_year or second_year - first_year > 200:
            return []
        first_groups = {"year": groups["year"]}
        second_groups = {"year": str(second_year)}
        kind = "year"
    else:
        kind = "date"
        if pattern.kind == "day_range":
            if int(re.sub(r"\D", "", groups["day2"])) <= int(re.sub(r"\D", "", groups["day"])):
                return []
        if pattern.kind == "month_range":
            first_groups["month"] = groups["month_full"]
            second_groups["month"] = groups["month2"]
            first_groups.pop("month_full", None)
            second_groups.pop("month_full", None)
            months = lexicon().months
            first_month = months.get(first_groups["month"].lower().rstrip("."))
            second_month = months.get(second_groups["month"].lower().rstrip("."))
            if first_groups.get("year") and first_month and second_month and first_month > second_month:
                # 'from December to March 2024': the year is the end's; December is the one before
                first_groups["year"] = str(int(first_groups["year"]) - 1)
    first = Mention(match.start(), first_end, kind, pattern.type, first_groups, pattern.name, range_role="first")
    second = Mention(second_start, match.end(), kind, pattern.type, second_groups, pattern.name, range_role="second")
    first.partner, second.partner = second, first
    return [first, second]


def _choose(candidates: list[tuple[Mention, int]]) -> list[Mention]:
    """Longest first (ties: pattern order), without overlaps; range halves stay together."""
    def extent(item):
        mention = item[0]
        if mention.partner is not None:
            return min(mention.start, mention.partner.start), max(mention.end, mention.partner.end)
        return mention.start, mention.end

    ordered = sorted(candidates, key=lambda item: (-(extent(item)[1] - extent(item)[0]), item[1], item[0].start))
    taken: list[tuple[int, int]] = []
    chosen: list[Mention] = []
    seen: set[int] = set()
    for mention, _ in ordered:
        if id(mention) in seen:
            continue
        start, end = extent((mention, 0))
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        group = [mention] + ([mention.partner] if mention.partner is not None else [])
        for item in group:
            seen.add(id(item))
            chosen.append(item)
    return sorted(chosen, key=lambda m: m.start)


def _rates_are_sets(text: str, mentions: list[Mention], lex: Lexicon, tokens: TokenIndex) -> None:
    """'$60,000 a year', '40 hours a week', 'six crossings a day': a rate's 'a year' is a SET, not a duration."""
    rate_before = re.compile(rf"(?:\d|\b(?:{lex.words_regex('rate_words_before')}))\s*$", re.I)
    for mention in mentions:
        if mention.kind == "duration" and (mention.groups.get("num") or "").lower() in ("a", "an") and not mention.groups.get("rel"):
            if rate_before.search(text, max(0, mention.start - 20), mention.start) or _after_a_count(text, mention, tokens):
                mention.kind, mention.type = "set", "SET"


_NOT_A_RATE_AFTER = re.compile(r"\s*(?:after|before|later|earlier|ago|of|or|and\s+a\s+half)\b", re.I)


def _after_a_count(text: str, mention: Mention, tokens: TokenIndex) -> bool:
    """'40 cars a day', '300 metres of cable a day': the noun right before (or the one its 'of'
    hangs on) is counted by a number."""
    token = tokens.at(mention.start)
    if token is None or token.idx != mention.start or token.i < 1 or _NOT_A_RATE_AFTER.match(text, mention.end):
        return False
    noun = token.doc[token.i - 1]
    for _ in range(3):
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(child.dep_ == "nummod" for child in noun.children):
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return False
        noun = noun.head.head
    return False


def _widen_with_modifiers(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    context = _context()
    floor = 0
    for mention in mentions:
        window_start = max(floor, mention.start - 30)
        day_word = mention.kind == "deictic" and "days" in lex.deictic.get(
            re.sub(r"\s+", " ", mention.groups.get("deictic", "").lower()), {}
        )
        if mention.type in ("DATE", "TIME") and (mention.kind not in ("ago", "deictic", "set") or day_word):
            match = context.date_mod.search(text, window_start, mention.start)
            if match:
                word = (match.group("mod") or match.group("hmod") + "-").lower()
                word = re.sub(r"\s+", " ", word)
                mod = lex.date_modifiers.get(word)
                if mod and not mention.groups.get("pre"):
                    if not (mod in ("APPROX",) and mention.kind in ("weekday", "time")):
                        mention.mod = mod
                        mention.start = match.start()
                        if re.match(r"the\s+(?:early|late|mid)\b", word):
                            # 'the early 1990s': TimeML leaves the article out of an adjective's span
                            article = re.match(r"the\s+", text[match.start():match.end()], re.I)  # ('The late 1990s …')
                            mention.start = match.start() + (len(article.group(0)) if article else 0)
        elif mention.kind in ("duration", "ago") and mention.groups.get("num") and not mention.groups.get("rel"):
            match = context.duration_mod.search(text, window_start, mention.start)
            if match:
                mention.mod = lex.duration_modifiers[re.sub(r"\s+", " ", match.group("mod").lower())]
                mention.start = match.start()
        floor = mention.end


def _pair_ranges(text: str, mentions: list[Mention]) -> None:
    context = _context()
    datelike = [m for m in mentions if m.type in ("DATE", "TIME") and m.kind not in ("set", "ago")]
    for left, right in zip(datelike, datelike[1:]):
        if left.partner is not None or right.partner is not None:
            continue
        gap = context.range_gap.fullmatch(text, left.end, right.start)
        if not gap:
            continue
        connector = gap.group("conn").lower()
        opener = context.range_opener.search(text, max(0, left.start - 12), left.start)
        if connector == "and" and not (opener and opener.group("opener").lower() == "between"):
            continue
        if connector in ("to", "until", "till", "through", "thru") and not opener and left.kind == "weekday":
            continue
        left.range_role, right.range_role = "first", "second"
        left.partner, right.partner = right, left
    for mention in datelike:
        if mention.partner is not None or mention.kind == "deictic":
            continue
        window = max(0, mention.start - 20)
        if context.since.search(text, window, mention.start):
            mention.range_role = "since"
        elif context.until.search(text, window, mention.start):
            word = context.until.search(text, window, mention.start).group("word").lower()
            if re.sub(r"\s+", " ", word) in lexicon().words("until_words"):
                mention.range_role = "until"


def find_mentions(text: str, start: int = 0, doc=None) -> list[Mention]:
    """Temporal expressions in text[start:], in text order."""
    lex = lexicon()
    tokens = TokenIndex(doc)
    lowered = text.lower()  # never shorter than text, so `start` finds no less
    candidates: list[tuple[Mention, int]] = []
    for pattern in patterns():
        if pattern.trigger is not None and not pattern.trigger.search(lowered, start):
            continue
        for match in pattern.regex.finditer(text, start):
            if match.end() == match.start() or not _keep(text, match, pattern, lex, tokens):
                continue
            for mention in _mentions_from(match, pattern):
                candidates.append((mention, pattern.priority))
    mentions = _choose(candidates)
    _rates_are_sets(text, mentions, lex, tokens)
    _widen_with_modifiers(text, mentions, lex)
    _pair_ranges(text, mentions)
    return mentions
