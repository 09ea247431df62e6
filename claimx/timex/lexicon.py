"""Word lists and compiled patterns of the date extractor, built once per process
from `models/time/lexicon.json` and `models/time/patterns.json`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..resources import load_json

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)(?::([a-z0-9_]+))?\}")


@dataclass(frozen=True)
class Pattern:
    name: str
    kind: str
    type: str
    regex: re.Pattern
    priority: int
    trigger: Optional[re.Pattern] = None  # must occur in the lower-cased text for the pattern to be tried


def _alternation(words) -> str:
    """Longest first, so 'September' wins over 'Sep'; spaces and apostrophes are flexible."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(escaped)
    return "|".join(parts)


def _cased(words) -> list[str]:
    """Title-case and upper-case forms of lower-case names (names are matched case-sensitively)."""
    forms = []
    for word in words:
        title = " ".join(part[:1].upper() + part[1:] for part in word.split(" "))
        forms += [title, word.upper()]
    return forms


class Lexicon:
    """The word lists, with the regular-expression fragments they make."""

    def __init__(self, data: dict):
        self.data = data
        self.months: dict[str, int] = data["months"]
        self.weekdays: dict[str, int] = data["weekdays"]
        self.numbers: dict[str, float] = data["numbers"]
        self.vague: set[str] = set(data["vague_quantities"])
        self.ordinals: dict[str, int] = data["ordinals"]
        self.units: dict[str, list] = {k: v for k, v in data["units"].items() if not k.startswith("_")}
        self.unit_plurals: dict[str, str] = data["unit_plurals"]
        self.seasons: dict[str, str] = data["seasons"]
        self.season_months: dict[str, list] = data["season_months"]
        self.parts: dict[str, str] = data["parts_of_day"]
        self.clock_words: dict[str, str] = data["clock_words"]
        self.holidays: dict[str, dict] = {k: v for k, v in data["holidays"].items() if not k.startswith("_")}
        self.deictic: dict[str, dict] = {k: v for k, v in data["deictic"].items() if not k.startswith("_")}
        self.deictic_context: dict[str, list] = {
            k: v for k, v in data["deictic_need_context"].items() if not k.startswith("_")
        }
        self.relative: dict[str, int] = {k: v for k, v in data["relative"].items() if not k.startswith("_")}
        self.anchored_relatives: set[str] = set(data["anchored_relatives"])
        self.ago_words: dict[str, int] = data["ago_words"]
        self.anchored_ago_words: set[str] = set(data["anchored_ago_words"])
        self.set_words: dict[str, str] = data["set_words"]
        self.set_adverb_only: set[str] = set(data["set_words_adverb_only"])
        self.date_modifiers: dict[str, str] = {k: v for k, v in data["date_modifiers"].items() if not k.startswith("_")}
        self.duration_modifiers: dict[str, str] = data["duration_modifiers"]
        self.ambiguous_months: set[str] = set(data["ambiguous_months"])
        self.timezones: list[str] = data["timezones"]
        self.relational_set = frozenset(data["relational_verbs"])
        self.context: dict[str, frozenset] = {
            k: frozenset(v) for k, v in data["context"].items() if not k.startswith("_")
        }
        self.season_reference_month: dict[str, int] = data["season_reference_month"]
        self.quarter_ordinals: dict[str, int] = data["quarter_ordinals"]
        self.event_nouns = frozenset(data["event_nouns"])
        self.event_noun_suffixes = tuple(data["event_noun_suffixes"])
        self._regexes: dict[str, str] = {}

    def month_of(self, groups: dict) -> Optional[int]:
        """The month a match names by its name ('Sept.', 'December'), or None."""
        name = groups.get("month") or groups.get("month_full")
        return self.months.get(name.lower().rstrip(".")) if name else None

    def words(self, name: str) -> frozenset:
        """A context word list of lexicon.json ('month_context_words' …)."""
        return self.context[name]

    def words_regex(self, name: str) -> str:
        """The same list as a regex alternation (longest first, flexible spaces); built once per list."""
        cached = self._regexes.get(name)
        if cached is None:
            cached = self._regexes[name] = _alternation(self.context[name])
        return cached

    def fragments(self, lowered: bool = False) -> dict[str, str]:
        """Placeholder -> regex body (the group is added around it by `expand`).

        `lowered` gives the lower-case forms of the names, for triggers: a case-sensitive search of
        lower-case text lets the regex engine skip to the possible first letters, which an
        ignore-case search that opens with a look-behind cannot."""
        cased = (lambda words: [word.lower() for word in words]) if lowered else _cased
        abbreviations = set(self.data["month_abbreviations_need_period"])
        month_words = []
        for name in self.months:
            month_words += cased([name])
            if name in abbreviations:
                month_words += [form + "." for form in cased([name])]
        full_months = cased([name for name in self.months if name not in abbreviations])
        unit_words = list(self.units)
        plural_words = [word + "s" for word in unit_words if word not in ("century", "millennium")]
        plural_words += list(self.unit_plurals)
        number_words = list(self.numbers) + sorted(self.vague)
        tens = _alternation(self.data["number_tens"])
        ones = _alternation(self.data["number_ones"])
        number = (
            rf"\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|(?:{tens})[\s-](?:{ones})|" + _alternation(number_words)
        )
        holiday_forms = cased(self.holidays)
        timezones = [zone.lower() for zone in self.timezones] if lowered else self.timezones
        return {
            "MONTH": "(?-i:" + _alternation(month_words) + ")",
            "MONTH_FULL": "(?-i:" + _alternation(full_months) + ")",
            "WEEKDAY": "(?-i:" + _alternation(cased(self.weekdays)) + ")",
            "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
            "YEAR": r"(?:1[6-9]|20)\d\d(?![\d%])",
            "NUM": number,
            "UNIT": _alternation(unit_words + plural_words),
            "UNIT_SG": _alternation(unit_words),
            "UNITS": _alternation(plural_words),
            "SEASON": _alternation(self.seasons),
            "PART": _alternation(self.parts),
            "TZ": "(?-i:" + _alternation(timezones) + ")",
            "HOLIDAY": "(?-i:" + _alternation(holiday_forms) + ")",
            "REL": _alternation(self.relative),
            "DEICTIC": _alternation(self.deictic),
            "DEICTIC_DAY": _alternation([w for w, v in self.deictic.items() if "days" in v and " " not in w]),
            "SETWORD": _alternation(self.set_words),
            "ORD": _alternation(self.data["quarter_ordinals"]),
            "ORDWORD": _alternation(self.ordinals),
            "HOURWORD": _alternation(self.data["hour_words"]),
            "CLOCK": (
                r"(?P<hour>[01]?\d|2[0-3])(?:(?::\s?|\.)(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b)"
                r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?!\d|:\d|\.\d|\s*(?:-|–|to)\s*\d(?![0-9]?:[0-5]\d))"  # (a ratio range, not 'from 03:00 to 11:00')
                r"|(?P<clockword>noon|midnight|midday)"
                r"|(?P<hour_oclock>\d{1,2}|" + _alternation(self.data["hour_words"]) + r")\s+o['’]clock"
            ),
        }

    def expand(self, template: str, fragments: dict[str, str]) -> str:
        def replace(match: re.Match) -> str:
            key, group = match.group(1), match.group(2)
            body = fragments[key]
            if key == "CLOCK":  # carries its own groups
                return body
            return f"(?P<{group or key.lower()}>{body})"

        return _PLACEHOLDER.sub(replace, template)

    def unit(self, word: str) -> tuple[str, float, bool] | None:
        """('Y', 10, False) for 'decades'."""
        word = re.sub(r"\s+", " ", word.lower())
        word = self.unit_plurals.get(word, word)
        if word not in self.units and word.endswith("s"):
            word = word[:-1]
        entry = self.units.get(word)
        return tuple(entry) if entry else None

    def number(self, text: str) -> float | None:
        """2 for 'two' or '2', None for vague amounts ('several')."""
        text = re.sub(r"\s+", " ", text.lower().strip())
        if text in self.numbers:
            return self.numbers[text]
        text = text.replace("½", " 1/2").strip()
        half = text.endswith(" 1/2")
        if half:
            text = text[:-4].strip()
        try:
            return float(text) + (0.5 if half else 0)
        except ValueError:
            pass
        parts = re.split(r"[\s-]", text)
        if len(parts) == 2 and parts[0] in self.numbers and parts[1] in self.numbers:
            return self.numbers[parts[0]] + self.numbers[parts[1]]
        return None


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    return Lexicon(load_json("time/lexicon.json"))


@lru_cache(maxsize=None)
def patterns() -> tuple[Pattern, ...]:
    lex = lexicon()
    fragments = lex.fragments()
    trigger_fragments = lex.fragments(lowered=True)
    compiled = []
    for priority, spec in enumerate(load_json("time/patterns.json")["patterns"]):
        source = lex.expand(spec["regex"], fragments)
        regex = re.compile(r"(?<![\w'’])(?:" + source + r")", re.IGNORECASE)
        trigger = re.compile(lex.expand(spec["trigger"], trigger_fragments)) if spec.get("trigger") else None
        compiled.append(Pattern(spec["name"], spec["kind"], spec["type"], regex, priority, trigger))
    return tuple(compiled)
