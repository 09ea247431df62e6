"""claimx_dates: dated events (TIMEX3) of an article, as `doc._.events`.

Rule-based like HeidelTime: patterns and word lists under `models/time/`
find the expressions (without their leading preposition), the dependency
parse gives each one the clause it dates and that clause's tense, and the
publication date anchors relative expressions. Nothing is read from the
system clock: without a publication date, relative values stay unresolved.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Optional

from spacy.language import Language

from .extensions import register_extensions
from .records import DateRange, TimeExpression
from .timex.detect import Mention, find_mentions
from .timex.events import clause_tense, event_anchor, event_span, governor
from .timex.lexicon import lexicon, patterns
from .timex.normalize import Normalizer, Resolved

log = logging.getLogger(__name__)


class DateExtractor:
    def __init__(self, nlp: Language, name: str, *, attach_events: bool = True, day_parts: bool = False):
        register_extensions()
        self.name = name
        self.attach_events = attach_events
        self.day_parts = day_parts
        # compile the patterns now, not on the first document
        lexicon()
        patterns()

    def __call__(self, doc):
        try:
            doc._.events = self.extract(doc)
        except Exception:  # a bad date must never lose the article
            log.exception("claimx_dates failed on a document; no dates kept")
            doc._.events = []
        return doc

    def extract(self, doc) -> list[TimeExpression]:
        text = doc.text
        body_start = min(max(int(doc._.header_end or 0), 0), len(text))
        mentions = find_mentions(text, body_start, doc)
        if not mentions:
            return []
        has_parse = doc.has_annotation("DEP")
        lex = lexicon()
        normalizer = Normalizer(doc._.published, lex, day_parts=self.day_parts)
        heads, resolved = {}, {}
        for mention in mentions:
            head = governor(doc, mention.start, mention.end) if has_parse else None
            heads[id(mention)] = head
            tense = clause_tense(text, mention.start, head, lex)
            if mention.range_role == "first" and mention.partner is not None:
                mention.year_hint = _partner_year(mention, normalizer)
            result = normalizer.resolve(mention, tense)
            if result is not None and mention.range_role == "second" and mention.partner is not None:
                result = _after_first(mention, result, resolved.get(id(mention.partner)))
            if result is not None:
                resolved[id(mention)] = result
        events = []
        for mention in mentions:
            result = resolved.get(id(mention))
            if result is None:
                continue
            head = heads[id(mention)]
            if head is None and mention.partner is not None:
                head = heads.get(id(mention.partner))
            if self.attach_events and head is not None:
                head = event_anchor(doc, head, mention.start, mention.end)
            other = (mention.partner.start, mention.partner.end) if mention.partner is not None else None
            event = event_span(doc, mention.start, mention.end, head, text, other) if self.attach_events and head is not None else None
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


def _partner_year(mention: Mention, normalizer: Normalizer):
    """'from February 24 to August 31, 2024': the first end takes the year of the second."""
    groups, other = mention.groups, mention.partner.groups
    if groups.get("year") or not other.get("year") or not (groups.get("month") or groups.get("month_full")):
        return None
    year = normalizer.full_year(other["year"])
    lex = lexicon()
    first_month = lex.months.get((groups.get("month") or groups.get("month_full")).lower().rstrip("."))
    second_month = lex.months.get((other.get("month") or other.get("month_full") or "").lower().rstrip("."))
    if first_month and second_month and first_month > second_month:
        year -= 1
    return year


def _after_first(mention: Mention, result: Resolved, first: Optional[Resolved]) -> Resolved:
    """'from Monday until Thursday': a range's second end, placed without a year or
    week of its own, comes after the first (a week or a year later)."""
    if first is None or first.range is None or result.range is None or result.day is None:
        return result
    if result.range.start is None or first.range.start is None or result.range.start >= first.range.start:
        return result
    if mention.kind == "weekday":
        step = dt.timedelta(days=7)
    elif mention.kind == "date" and not mention.groups.get("year"):
        step = None
    else:
        return result
    try:
        day = result.day + step if step else result.day.replace(year=result.day.year + 1)
    except ValueError:
        return result
    suffix = result.value[10:] if result.value else ""
    return Resolved(day.isoformat() + suffix, result.type, result.mod, DateRange(day.isoformat(), day.isoformat()), day, result.year)


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


@Language.factory("claimx_dates", default_config={"attach_events": True, "day_parts": False})
def make_dates(nlp: Language, name: str, attach_events: bool, day_parts: bool) -> DateExtractor:
    """attach_events: find the clause each date belongs to (needs the parser).
    day_parts: write 'Friday night' as '…TNI' (TimeML) instead of the day alone."""
    return DateExtractor(nlp, name, attach_events=attach_events, day_parts=day_parts)
