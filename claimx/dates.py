"""claimx_dates: dated events (TIMEX3) of an article, as `doc._.events`.

Rule-based like HeidelTime: patterns and word lists under `models/time/`
find the expressions (without their leading preposition), the dependency
parse gives each one the clause it dates and that clause's tense, and the
publication date anchors relative expressions. Nothing is read from the
system clock: without a publication date, relative values stay unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from spacy.language import Language

from .extensions import doc_text, note_failure, register_extensions
from .records import DateRange, TimeExpression
from .timex.detect import Mention, TokenIndex, find_mentions
from .timex.events import FUTURE, PAST, RUNS_TO, after_since, clause_tense, event_anchor, event_span, firm_future, governor
from .timex.lexicon import lexicon, patterns
from .timex.normalize import Normalizer, Resolved, _add, value_range



class DateExtractor:
    def __init__(self, nlp: Language, name: str, *, attach_events: bool = True, day_parts: bool = False,
                 vague_durations: bool = False):
        register_extensions()
        self.name = name
        self.attach_events = attach_events
        self.day_parts = day_parts
        self.vague_durations = vague_durations
        # compile the patterns now, not on the first document
        lexicon()
        patterns()

    def __call__(self, doc):
        try:
            doc._.events = self.extract(doc)
        except Exception as error:  # a bad date must never lose the article
            note_failure(doc, self.name, error)
            doc._.events = []
        return doc

    def extract(self, doc) -> list[TimeExpression]:
        text = doc_text(doc)
        body_start = min(max(int(doc._.header_end or 0), 0), len(text))
        mentions = find_mentions(text, body_start, doc)
        if not mentions:
            return []
        has_parse = doc.has_annotation("DEP")
        lex = lexicon()
        normalizer = Normalizer(doc._.published, lex, day_parts=self.day_parts)
        heads, resolved, tenses = {}, {}, {}
        tokens = TokenIndex(doc) if has_parse else None
        previous = previous_dated = None
        for mention in mentions:
            head = governor(doc, mention.start, mention.end) if has_parse else None
            heads[id(mention)] = head
            tense = clause_tense(text, mention.start, head, lex)
            if tense != PAST and has_parse and _right_after_past_verb(tokens, mention.start):
                tense = PAST  # 'said on Monday the bridge …', 'the deal, announced on Monday, is expected …'
            if tense is None and previous is not None and previous.kind == "duration" and RUNS_TO.fullmatch(text, previous.end, mention.start):
                tense = tenses.get(id(previous))  # 'narrowed in the six months ending in December': the clause's tense
            tenses[id(mention)] = tense
            previous = mention
            if mention.range_role == "first" and mention.partner is not None:
                mention.year_hint = _partner_year(mention, normalizer)
            elif mention.year_hint is None:
                mention.year_hint = _year_of_date_before(text, mention, previous_dated, resolved, tense, normalizer.published)
            firm = tense == FUTURE and firm_future(head, lex)
            since = tense == PAST and after_since(text, mention.start, lex)
            result = normalizer.resolve(mention, tense, firm=firm, since=since)
            if result is not None and result.year is not None and normalizer.published is not None \
                    and result.year > normalizer.published.year and mention.kind == "relative" \
                    and (mention.groups.get("rel") or "the").lower() == "the" and after_since(text, mention.start, lex):
                # 'has lost 27% since the start of the year' after a forecast for next year: a start still to come is no start
                normalizer.reference_year = normalizer.published.year
                result = normalizer.resolve(mention, tense, firm=firm, since=since)
            if result is not None:
                resolved[id(mention)] = result
                if mention.kind == "date" and mention.groups.get("year") and result.day is not None:
                    previous_dated = mention
            if result is not None and mention.range_role == "second" and mention.partner is not None:
                pair_tense = tense or tenses.get(id(mention.partner))  # the end may hang on the start, with no verb of its own
                _order_range(mention.partner, mention, resolved, normalizer.published, pair_tense)
        _clock_days_from_next(text, mentions, resolved)
        _clock_range_days(mentions, resolved)
        _periods_ending_on_a_date(text, mentions, resolved)
        events = []
        for mention in mentions:
            result = resolved.get(id(mention))
            if result is None or not self.vague_durations and _vague_without_length(text, mention, result):
                continue
            if mention.pattern == "period_ending" and result.range is None:
                continue  # 'the quarter to $254 million': no date after all
            head = heads[id(mention)]
            if head is None and mention.partner is not None:
                head = heads.get(id(mention.partner))
            if self.attach_events and head is not None:
                head = event_anchor(doc, head, mention.start, mention.end)
            other = (mention.partner.start, mention.partner.end) if mention.partner is not None else None
            event = event_span(doc, mention.start, mention.end, head, text, other) if self.attach_events and head is not None else None
            if event is not None and event.start < body_start:
                event = None  # the metadata header is no clause of the article
            events.append(
                TimeExpression(
                    text=text[mention.start:mention.end],
                    start=mention.start,
                    end=mention.end,
                    type=result.type,
                    value=result.value,
                    range=_shared_range(mention, result, resolved),
                    event=event,
                    mod=result.mod,
                )
            )
        return events


_LASTING = re.compile(r"(?<![\w-])for\s+$", re.IGNORECASE)


def _vague_without_length(text: str, mention: Mention, result: Resolved) -> bool:
    """'a matter of days', 'in recent years', 'after weeks of talks' (PXD, PXY, PXW):
    no length and no place on a timeline, and TimeML news annotation mostly leaves
    them out. Kept where the phrase plainly measures how long something lasted:
    'halted for months', 'a decades-long feud'."""
    if result.type != "DURATION" or not result.value or "X" not in result.value:
        return False
    if text[mention.end - 5:mention.end].lower() == "-long":
        return False
    return not _LASTING.search(text, max(0, mention.start - 8), mention.start)


def _right_after_past_verb(tokens: TokenIndex, start: int) -> bool:
    """The date follows a past verb directly (`said Monday`, `announced on Monday`): it dates that
    verb, whatever clause the parser hung it on."""
    token = tokens.at(start)
    if token is None or token.idx != start or token.i < 1:
        return False
    doc = token.doc
    previous = doc[token.i - 1]
    if previous.lower_ == "on" and token.i >= 2:
        previous = doc[token.i - 2]
    if previous.tag_ == "VBD":
        return True
    return previous.tag_ == "VBN" and previous.dep_ in ("acl", "relcl") and not any(
        child.dep_ in ("aux", "auxpass") for child in previous.children
    )


def _partner_year(mention: Mention, normalizer: Normalizer):
    """'from February 24 to August 31, 2024': the first end takes the year of the second."""
    groups, other = mention.groups, mention.partner.groups
    if groups.get("year") or not other.get("year") or not (groups.get("month") or groups.get("month_full")):
        return None
    year = normalizer.full_year(other["year"])
    lex = lexicon()
    first_month, second_month = lex.month_of(groups), lex.month_of(other)
    if first_month and second_month and first_month > second_month:
        year -= 1
    return year


_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[A-Z\"'\u2018\u201c]|\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_NARRATIVE_REACH = 200  # characters from the full date; a longer gap starts another part of the story
_NARRATIVE_SPAN = dt.timedelta(days=183)  # how far after the full date the story's later days may lie


def _year_of_date_before(text: str, mention: Mention, before: Optional[Mention], resolved: dict,
                         tense: Optional[str] = None, published: Optional[dt.date] = None) -> Optional[int]:
    """'failed on 6 December 2025 and was not repaired until 15 December': a day and month without a
    year, after a full date in the same sentence, are in that year (or the next, for an earlier month).

    In a later sentence of the same paragraph, a day told in the past follows the story's year when
    it falls in the months after that date ('The pipe burst on 6 December 2023. It was mended on
    15 December.'). A background date ('founded on 4 March 1998') does not pull the news that
    follows it into its year, and what is still to come is placed from the writer's date."""
    if before is None or mention.kind != "date" or mention.groups.get("year") or mention.groups.get("relyear"):
        return None
    month = lexicon().month_of(mention.groups)
    if month is None or not mention.groups.get("day") or mention.start - before.end > _NARRATIVE_REACH:
        return None
    earlier = resolved[id(before)].day
    if earlier is None:
        return None
    year = earlier.year + 1 if month < earlier.month else earlier.year
    if not _SENTENCE_BREAK.search(text, before.end, mention.start):
        return year
    if _PARAGRAPH_BREAK.search(text, before.end, mention.start):
        return None
    if published is None:
        return year  # no writer's date to place it from: the story's year is the best there is
    if tense != PAST:
        return None
    try:
        day = dt.date(year, month, int(mention.groups["day"]))
    except (ValueError, TypeError):
        return None
    return year if earlier <= day <= min(published, earlier + _NARRATIVE_SPAN) else None


_DAY_GROUPS = ("weekday", "month", "month_b", "deictic_day")


def _clock_days_from_next(text: str, mentions: list[Mention], resolved: dict) -> None:
    """'at 9:15 a.m. (0615 GMT) Tuesday': a bare clock time takes the day named right after it."""
    for index, clock in enumerate(mentions):
        result = resolved.get(id(clock))
        if clock.kind != "time" or result is None or any(clock.groups.get(g) for g in _DAY_GROUPS):
            continue
        following = next((m for m in mentions[index + 1:] if m.kind != "time"), None)
        day = resolved.get(id(following)) if following is not None else None
        if day is None or day.day is None or following.start - clock.end > 50 or following.kind in ("duration", "set"):
            continue
        gap = re.sub(r"\([^()]*\)", "", text[clock.end:following.start])
        if not re.fullmatch(r"[\s,)]*(?:on\s+)?", gap) or not result.value or "T" not in result.value:
            continue
        resolved[id(clock)] = _on_day(result, day.day)


def _clock_range_days(mentions: list[Mention], resolved: dict) -> None:
    """'from 03:00 to 11:00 on Saturday': the first end is on the day the second names;
    'between 22:00 and 05:30': an end earlier in the day than the start is the next morning."""
    for second in mentions:
        first = second.partner
        if second.range_role != "second" or first is None or first.kind != "time" or second.kind != "time":
            continue
        one, two = resolved.get(id(first)), resolved.get(id(second))
        if one is None or two is None or one.day is None or two.day is None or "T" not in (one.value or "") or "T" not in (two.value or ""):
            continue
        first_dated = any(first.groups.get(g) for g in _DAY_GROUPS)
        second_dated = any(second.groups.get(g) for g in _DAY_GROUPS)
        if second_dated and not first_dated and one.day != two.day:
            one = _on_day(one, two.day)
            resolved[id(first)] = one
        if not second_dated and one.day == two.day and two.value < one.value:
            resolved[id(second)] = _on_day(two, two.day + dt.timedelta(days=1))


_LENGTH = re.compile(r"P(\d+)([YQMWD])")


def _periods_ending_on_a_date(text: str, mentions: list[Mention], resolved: dict) -> None:
    """'in the 12 months to March', 'the year ended June 30': the length runs up to that date's
    last day (UK and company reporting states a period so), which makes the period of a figure."""
    for length, date in zip(mentions, mentions[1:]):
        measured, dated = resolved.get(id(length)), resolved.get(id(date))
        if measured is None or dated is None or measured.type != "DURATION" or measured.range is not None:
            continue
        if dated.type not in ("DATE", "TIME") or dated.range is None or not dated.range.end:
            continue
        amount = _LENGTH.fullmatch(measured.value or "")
        if amount is None or not RUNS_TO.fullmatch(text, length.end, date.start):
            continue
        number, letter = int(amount.group(1)), amount.group(2)
        if letter == "Q":
            number, letter = 3 * number, "M"
        last = dt.date.fromisoformat(dated.range.end)
        try:
            first = _add(last + dt.timedelta(days=1), letter, -number)  # (three months to June 30: from April 1)
        except ValueError:
            continue
        resolved[id(length)] = Resolved(measured.value, measured.type, measured.mod, DateRange(first.isoformat(), last.isoformat()),
                                        measured.day, measured.year)


def _on_day(result: Resolved, day: dt.date) -> Resolved:
    """The clock time `result` on `day`."""
    value = day.isoformat() + result.value[result.value.index("T"):]
    return Resolved(value, result.type, result.mod, DateRange(day.isoformat(), day.isoformat()), day, result.year)


def _shifted(mention: Mention, result: Resolved, direction: int) -> Optional[Resolved]:
    """The same partial date a week (weekday) or a year (no year written) later or earlier."""
    if result.day is None:
        return None
    try:
        if mention.kind == "weekday":
            day = result.day + dt.timedelta(days=7 * direction)
        elif mention.kind == "date" and not mention.groups.get("year"):
            day = result.day.replace(year=result.day.year + direction)
        else:
            return None
    except (ValueError, OverflowError):
        return None
    suffix = result.value[10:] if result.value else ""
    return Resolved(day.isoformat() + suffix, result.type, result.mod, DateRange(day.isoformat(), day.isoformat()), day, result.year)


def _order_range(first: Mention, second: Mention, resolved: dict, published: Optional[dt.date], tense: Optional[str] = None) -> None:
    """'from Monday until Thursday', 'between January 1 and September 18': when the
    ends, placed one by one, come out backwards, move the end that was placed
    without a year or week of its own, whichever keeps the pair nearer the
    publication date."""
    one, two = resolved.get(id(first)), resolved.get(id(second))
    if one is not None and two is not None and one.day is None and two.day is None:
        _order_month_range(first, second, one, two, resolved, published, tense)
        return
    if one is None or two is None or one.day is None or two.day is None:
        return
    if first.pattern in _ONE_MONTH_RANGES and one.day.year != two.day.year:
        _same_year(first, second, one, two, resolved, tense)
        return
    if two.day >= one.day:
        return
    options = []
    later = _shifted(second, two, +1)
    if later is not None and later.day >= one.day:
        options.append((one, later))
    earlier = _shifted(first, one, -1)
    if earlier is not None and two.day >= earlier.day:
        options.append((earlier, two))
    if not options:
        return
    if published is not None:
        # 'will be closed between 30 December and 2 January': a plan lies ahead, a report behind
        if tense == FUTURE:
            options = [pair for pair in options if pair[1].day >= published] or options
        elif tense == PAST:
            options = [pair for pair in options if pair[0].day <= published] or options
        options.sort(key=lambda pair: abs((pair[0].day - published).days) + abs((pair[1].day - published).days))
    resolved[id(first)], resolved[id(second)] = options[0]


_ONE_MONTH_RANGES = ("month_day_range", "day_month_range")


def _same_year(first: Mention, second: Mention, one: Resolved, two: Resolved, resolved: dict,
               tense: Optional[str]) -> None:
    """'ran on August 2 and 3': the days of one month lie in one year, the earlier for a
    past report, the later for a plan (each end was placed alone, one of them with no verb)."""
    direction = two.day.year - one.day.year
    if abs(direction) != 1:
        return
    options = [(one, _shifted(second, two, -direction)), (_shifted(first, one, direction), two)]
    options = [pair for pair in options if pair[0] is not None and pair[1] is not None]
    if not options:
        return
    if tense == PAST:
        pick = min(options, key=lambda pair: pair[0].day)
    elif tense == FUTURE:
        pick = max(options, key=lambda pair: pair[0].day)
    else:
        pick = options[0]  # the first end carries the month or the day the reader meets first
    resolved[id(first)], resolved[id(second)] = pick


_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")


def _order_month_range(first: Mention, second: Mention, one: Resolved, two: Resolved, resolved: dict,
                       published: Optional[dt.date], tense: Optional[str]) -> None:
    """'between January and March', 'from November to February': an end month written
    without a year is the first such month from the start month on, not one placed on
    its own a year away. Told in the past, the whole range lies before publication."""
    placed_first, placed_end = _month_index(one.value), _month_index(two.value)
    if placed_first is None or placed_end is None:
        return
    first_free = not (first.groups.get("year") or first.groups.get("relyear") or first.year_hint is not None)
    if second.groups.get("year") or second.groups.get("relyear") or second.year_hint is not None:
        if first_free:  # 'from June to August last year': the start is the June before that August
            first_index = placed_end - (placed_end - placed_first % 12) % 12
            if first_index != placed_first:
                resolved[id(first)] = _month_resolved(first_index, one, published)
        return
    first_index = placed_first
    end_index = first_index + (placed_end % 12 - first_index) % 12
    if end_index == first_index and not first_free:
        end_index += 12  # 'from January 2024 to January': a year on
    if tense == PAST and first_free and published is not None and end_index > published.year * 12 + published.month - 1:
        first_index, end_index = first_index - 12, end_index - 12  # 'the ferry ran from October to January'
        resolved[id(first)] = _month_resolved(first_index, one, published)
    if end_index != placed_end:
        resolved[id(second)] = _month_resolved(end_index, two, published)


def _month_index(value: Optional[str]) -> Optional[int]:
    """'2024-03' -> 2024 * 12 + 2, the count of months that _month_resolved turns back into a value."""
    match = _MONTH_VALUE.match(value or "")
    return int(match.group(1)) * 12 + int(match.group(2)) - 1 if match else None


def _month_resolved(index: int, like: Resolved, published: Optional[dt.date]) -> Resolved:
    value = f"{index // 12:04d}-{index % 12 + 1:02d}"
    return Resolved(value, like.type, like.mod, value_range(value, like.mod, published), None, index // 12)


def _shared_range(mention: Mention, result: Resolved, resolved: dict):
    """Both ends of 'from A to B' carry A's first day and B's last; 'since A' is open-ended."""
    own = result.range
    if mention.range_role in ("first", "second") and mention.partner is not None:
        partner = resolved.get(id(mention.partner))
        other = partner.range if partner is not None else None
        first, last = (own, other) if mention.range_role == "first" else (other, own)
        return DateRange(first.start if first else None, last.end if last else None)
    if mention.range_role == "since" and own is not None:
        return DateRange(own.start, None)
    if mention.range_role == "until" and own is not None:
        return DateRange(None, own.end)
    return own


@Language.factory("claimx_dates", default_config={"attach_events": True, "day_parts": False, "vague_durations": False})
def make_dates(nlp: Language, name: str, attach_events: bool, day_parts: bool, vague_durations: bool) -> DateExtractor:
    """attach_events: find the clause each date belongs to (needs the parser).
    day_parts: write 'Friday night' as '…TNI' (TimeML) instead of the day alone.
    vague_durations: report every duration without a length ('in recent years' -> PXY),
    not only those that say how long something lasted ('for years')."""
    return DateExtractor(nlp, name, attach_events=attach_events, day_parts=day_parts, vague_durations=vague_durations)
