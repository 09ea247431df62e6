"""TIMEX3 values and covered day ranges for detected mentions.

Anchoring follows TimeML practice: deictic expressions ('last week', 'two
years ago') count from the publication date; anaphoric ones ('the next day',
'that year', 'three days later') from the last absolute date of the
narrative. A month or weekday without a year is placed by the tense of the
clause it belongs to. Without a publication date nothing is guessed: values
keep their unknown parts as X ('XXXX-11', 'XXXX-WXX-3')."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from ..records import DateRange
from .detect import Mention
from .lexicon import Lexicon, lexicon

PAST, PRESENT, FUTURE = "past", "present", "future"
# Without a tense, news reports the past: a later candidate counts this much farther away.
_LATER_WEIGHT = 1.5
_PRESENT_LATER_WEIGHT = 0.3  # a later day five ahead beats one two back: the present tells plans
# A past verb still dates a day this close ahead ('passed on Jan. 3' in copy stamped Dec. 30).
_PAST_AHEAD_DAYS = 14
# Through this month 'the new year' is the year just begun; later, the coming one.
_NEW_YEAR_LAST_MONTH = 2
# A day-first reading of 03/11/25 wins when it, and only it, lies this close to the publication date.
_NEAR_DAYS = 92
# A bare clock time belongs to the day named at most this many characters before it.
_CLOCK_REFERENCE_CHARS = 300
_HANDLERS = {"year": "year_kind", "weekday": "weekday_kind"}  # kinds whose method name is taken by a helper


@dataclass
class Resolved:
    value: Optional[str]
    type: str
    mod: Optional[str] = None
    range: Optional[DateRange] = None
    day: Optional[dt.date] = None  # the day it names, when it names one (for anaphora)
    year: Optional[int] = None


_SEASON_ORDER = ("SP", "SU", "FA", "WI")  # within a season year; winter is named by the year of its December


def _season_index(year: int, month: int) -> int:
    """Seasons counted from year 0, so 'the previous spring' is arithmetic; January belongs to the winter before."""
    if month in (12, 1, 2):
        return (year - (month <= 2)) * 4 + 3
    return year * 4 + (month - 3) // 3


def _month_of_value(value: Optional[str]) -> Optional[tuple[int, int]]:
    """The year and month a resolved value sits in, so 'the following winter' counts from 'June 2020'."""
    if not value:
        return None
    if m := re.match(r"(\d{4})-(\d{2})(?!\d)", value):
        return int(m[1]), int(m[2])
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return (int(m[1]) + 1, 1) if m[2] == "WI" else (int(m[1]), 3 * _SEASON_ORDER.index(m[2]) + 4)
    if re.fullmatch(r"\d{4}", value):
        return int(value), 7
    return None


def _nth_weekday_of(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The `nth` `weekday` (ISO, 1 = Monday) of the month, the last one for a negative `nth`; a fifth may run
    into the next month."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _digits(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _shift_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _add(day: dt.date, letter: str, amount: int) -> dt.date:
    if letter == "D":
        return day + dt.timedelta(days=amount)
    if letter == "W":
        return day + dt.timedelta(weeks=amount)
    if letter == "M":
        year, month = _shift_months(day.year, day.month, amount)
    else:  # Y
        year, month = day.year + amount, day.month
    if year < 1 or year > 9999:
        raise ValueError("out of range")
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week}"  # TimeBank writes weeks without a leading zero


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def value_range(value: Optional[str], mod: Optional[str] = None, published: Optional[dt.date] = None) -> Optional[DateRange]:
    """First and last day a TIMEX3 value covers (narrowed to a third by START/MID/END)."""
    if not value:
        return None
    first = last = None
    if value == "PRESENT_REF" and published:
        first = last = published
    elif m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
        try:
            first = last = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    elif m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        year, month = int(m[1]), int(m[2])
        first, last = dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    elif m := re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", value):
        try:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        first, last = monday, monday + dt.timedelta(days=6)
        if m[3]:
            first = monday + dt.timedelta(days=5)
    elif m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(m[1]), int(m[2])
        first = dt.date(year, 3 * quarter - 2, 1)
        last = dt.date(year, 3 * quarter, calendar.monthrange(year, 3 * quarter)[1])
    elif m := re.fullmatch(r"(\d{4})-H([12])", value):
        year, half = int(m[1]), int(m[2])
        first, last = (dt.date(year, 1, 1), dt.date(year, 6, 30)) if half == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    elif m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year = int(m[1])
        months = lexicon().season_months[m[2]]
        if m[2] == "WI":
            first, last = dt.date(year, 12, 1), dt.date(year + 1, 2, calendar.monthrange(year + 1, 2)[1])
        else:
            first = dt.date(year, months[0], 1)
            last = dt.date(year, months[1], calendar.monthrange(year, months[1])[1])
    elif m := re.fullmatch(r"\d{4}", value):
        first, last = dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    elif m := re.fullmatch(r"(\d{3})X?", value):
        first, last = dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    elif m := re.fullmatch(r"\d{2}", value):
        first, last = dt.date(max(1, int(value) * 100), 1, 1), dt.date(int(value) * 100 + 99, 12, 31)
    if first is None:
        return None
    if mod in ("START", "MID", "END") and last > first:
        third = (last - first).days // 3
        if mod == "START":
            last = first + dt.timedelta(days=third)
        elif mod == "MID":
            first, last = first + dt.timedelta(days=third), last - dt.timedelta(days=third)
        else:
            first = last - dt.timedelta(days=third)
    if mod in ("AFTER", "ON_OR_AFTER"):
        return DateRange(((last + dt.timedelta(days=1)) if mod == "AFTER" else first).isoformat(), None)
    if mod in ("BEFORE", "ON_OR_BEFORE"):
        return DateRange(None, ((first - dt.timedelta(days=1)) if mod == "BEFORE" else last).isoformat())
    return DateRange(first.isoformat(), last.isoformat())


def _duration_value(number: Optional[float], letter: str, multiplier: float, is_time: bool) -> str:
    """P3Y, PT5H30M, P1Y6M; PXY for an unknown amount."""
    prefix = "PT" if is_time else "P"
    if number is None:
        return f"{prefix}X{letter}"
    amount = number * multiplier
    if amount == int(amount):
        return f"{prefix}{int(amount)}{letter}"
    whole, fraction = int(amount), amount - int(amount)
    smaller = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False), "D": ("H", 24, True),
               "H": ("M", 60, True)}
    if letter in smaller and not (is_time and letter == "M"):
        small_letter, factor, small_time = smaller[letter]
        rest = round(fraction * factor)
        if is_time or not small_time:
            head = f"{whole}{letter}" if whole else ""
            return f"{prefix}{head}{rest}{small_letter}"
        head = f"P{whole}{letter}" if whole else "P"
        return f"{head}T{rest}{small_letter}"
    return f"{prefix}{amount:g}{letter}"


class Normalizer:
    """Resolves mentions of one document, in text order (anaphora needs the order)."""

    def __init__(self, published: Optional[str], lex: Optional[Lexicon] = None, *, day_parts: bool = False):
        self.lex = lex or lexicon()
        self.day_parts = day_parts  # 'Friday night' -> '…TNI' (TimeML) or the day alone (TimeBank's usual practice)
        self._firm_future = self._since = False  # set per mention by resolve()
        self.published: Optional[dt.date] = None
        if published:
            try:
                self.published = dt.date.fromisoformat(published[:10])
            except ValueError:
                self.published = None
        self.reference: Optional[dt.date] = self.published
        self.reference_year: Optional[int] = self.published.year if self.published else None
        self.reference_at: Optional[int] = None  # where the narrative's last day was named
        # the month the narrative last named, at any precision ('June 2020', 'the spring of 2018', '2019')
        self.reference_month: Optional[tuple[int, int]] = (self.published.year, self.published.month) if self.published else None

    # -- placing partial dates -------------------------------------------------

    def _pick_year_for_day(self, month: int, day: int, tense: Optional[str], weekday_name: Optional[str] = None) -> Optional[int]:
        """`weekday_name`: the day's weekday as written ('Monday, February 1'), which rules out the years it does not fit."""
        anchor = self.published
        if anchor is None:
            return None
        options = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                options.append((dt.date(year, month, day) - anchor).days)
            except ValueError:
                options.append(None)
        if weekday_name:
            weekday = self.lex.weekdays[weekday_name.lower()]
            fitting = [d if d is not None and (anchor + dt.timedelta(days=d)).isoweekday() == weekday else None for d in options]
            if any(d is not None for d in fitting):
                options = fitting
        return anchor.year - 1 + self._choose(options, tense, far=10 ** 6 if self._since else 180)

    def _pick_year_for_month(self, month: int, tense: Optional[str], anchor: Optional[dt.date] = None) -> Optional[int]:
        anchor = anchor or self.published
        if anchor is None:
            return None
        options = [(year * 12 + month) - (anchor.year * 12 + anchor.month) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
        far = 12 if (self._firm_future or self._since) and anchor is self.published else 6  # ('will reopen in May', written in June: next May)
        return anchor.year - 1 + self._choose(options, tense, near=2, far=far)

    @staticmethod
    def _choose(deltas: list, tense: Optional[str], near: int = 45, far: int = 180) -> int:
        """Index of the option the tense makes right: past -> latest not after, future -> earliest not before.

        Present tense: the nearest. Without a tense, news reports the past: a later
        option counts `_LATER_WEIGHT` times farther away.
        A tense never pushes a date `far` away when one `near` lies on the other side
        (the deadline 'by Jan. 14' in a report written on the 15th)."""
        valid = [(i, d) for i, d in enumerate(deltas) if d is not None]
        chosen = None
        if tense == PAST:
            past = [(i, d) for i, d in valid if d <= 0]
            if past:
                chosen = max(past, key=lambda item: item[1])
        elif tense == FUTURE:
            future = [(i, d) for i, d in valid if d >= 0]
            if future:
                chosen = min(future, key=lambda item: item[1])
        if chosen is None:
            weight = 1 if tense == PRESENT else _LATER_WEIGHT
            return min(valid, key=lambda item: (-item[1] if item[1] <= 0 else weight * item[1]))[0]
        if abs(chosen[1]) > far:
            # a past verb reaches a day ahead only when copy may be stamped early
            ahead = near if tense == FUTURE else min(near, _PAST_AHEAD_DAYS)
            close = [(i, d) for i, d in valid if -near < d < ahead]
            if close:
                return close[0][0]
        return chosen[0]

    def _nearest_weekday(self, weekday: int, tense: Optional[str], anchor: Optional[dt.date] = None) -> Optional[dt.date]:
        anchor = anchor or self.published
        if anchor is None:
            return None
        forward = (weekday - anchor.isoweekday()) % 7
        if forward == 0:
            return anchor
        backward = forward - 7
        if tense == PAST:
            # Always back, even six days: reading it as the day after the publication date
            # fits wire copy stamped a day early, but misdates news whose date is exact.
            step = backward
        elif tense == FUTURE:
            step = forward
        else:  # the nearer one; without a tense a later day counts farther (news reports the past),
            # with a present one nearer (`They face Dunmore on Saturday` is a fixture, not last week's)
            weight = _PRESENT_LATER_WEIGHT if tense == PRESENT else _LATER_WEIGHT
            step = forward if weight * forward < -backward else backward
        return anchor + dt.timedelta(days=step)

    def full_year(self, text: str) -> int:
        year = _digits(text)
        if year < 100:
            pivot = (self.published.year if self.published else 2000) % 100 + 10
            year += 2000 if year <= pivot else 1900
        return year

    # -- main entry ------------------------------------------------------------

    def resolve(self, mention: Mention, tense: Optional[str], firm: bool = False, since: bool = False) -> Optional[Resolved]:
        """`firm`: a future told with will/shall, which no month behind the writer can satisfy;
        `since`: a start ('since March'), which no day after the writer's can be."""
        self._firm_future = firm
        self._since = since
        handler = getattr(self, "_" + _HANDLERS.get(mention.kind, mention.kind), None)
        if handler is None:
            return None
        try:
            resolved = self._run(handler, mention, tense)
        except (ValueError, OverflowError, KeyError, IndexError):
            # past the calendar's edges (year 1, 9999): the value stays unresolved, as without a date
            saved = self.published, self.reference, self.reference_year
            self.published = self.reference = self.reference_year = None
            try:
                resolved = self._run(handler, mention, tense)
            except (ValueError, OverflowError, KeyError, IndexError):
                resolved = None
            finally:
                self.published, self.reference, self.reference_year = saved
        if resolved is None:
            return None
        if resolved.day is not None and mention.kind in ("date", "weekday", "time", "holiday", "relative", "ago"):
            self.reference = resolved.day
            self.reference_at = mention.end
        if resolved.year is not None:
            self.reference_year = resolved.year
        elif resolved.day is not None:
            self.reference_year = resolved.day.year
        if resolved.type in ("DATE", "TIME"):
            named = (resolved.day.year, resolved.day.month) if resolved.day is not None else _month_of_value(resolved.value)
            self.reference_month = named or self.reference_month
        return resolved

    def _run(self, handler, mention: Mention, tense) -> Optional[Resolved]:
        resolved = handler(mention, mention.groups, tense)
        if resolved is None:
            return None
        if mention.mod and not resolved.mod:
            resolved.mod = mention.mod
        if resolved.range is None and resolved.type in ("DATE", "TIME"):
            resolved.range = value_range(resolved.value, resolved.mod, self.published)
        return resolved

    def _day_resolved(self, day: Optional[dt.date], type_: str = "DATE", suffix: str = "", unknown: str = "XXXX-XX-XX") -> Resolved:
        if day is None:
            return Resolved(unknown + suffix, type_)
        return Resolved(day.isoformat() + suffix, type_, day=day)

    def _time_suffix(self, groups: dict) -> tuple[str, bool]:
        """('T14:30', True) from clock groups, ('TNI', True) from a part of day, ('', False)."""
        if groups.get("clockword"):
            return "T" + self.lex.clock_words[groups["clockword"].lower()], True
        hour = minute = None
        if groups.get("hour24"):
            hour, minute = int(groups["hour24"]), int(groups.get("minute24") or 0)
        elif groups.get("hour_oclock"):
            text = groups["hour_oclock"].lower()
            hour = int(text) if text.isdigit() else int(self.lex.numbers[text])
            minute = 0
        elif groups.get("hour"):
            text = groups["hour"].lower()
            hour = int(text) if text.isdigit() else int(self.lex.numbers[text])
            minute = int(groups.get("minute") or 0)
            ampm = (groups.get("ampm") or "").lower()
            part = (groups.get("part") or "").lower()
            pm = ampm.startswith("p") or part in ("afternoon", "evening", "night") and hour < 12 and not (part == "night" and hour < 5)
            if pm and hour < 12:
                hour += 12
            if ampm.startswith("a") and hour == 12:
                hour = 0
        if hour is not None and hour <= 24 and minute is not None:
            return f"T{hour:02d}:{minute:02d}", True
        if groups.get("part") and self.day_parts:
            return "T" + self.lex.parts[groups["part"].lower()], True
        return "", False

    # -- kinds (named after the `kind` of the patterns) --------------------------

    def _date(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        if groups.get("month_b"):
            groups = dict(groups, month=groups["month_b"], day=groups["day_b"])
        month = int(groups["mon"]) if groups.get("mon") else None
        if month is None:
            month = self.lex.month_of(groups)
        day = _digits(groups["day"]) if groups.get("day") else None
        year = self.full_year(groups["year"]) if groups.get("year") else None
        if month is None and day is not None and groups.get("weekday"):
            # 'Friday the 13th': the nearest such day in the tense's direction
            return self._weekday_date(groups, day, tense)
        if year is None and groups.get("relyear"):
            year = self._relative_year(groups["relyear"])
        if year is None and mention.year_hint is not None:
            year = mention.year_hint
        suffix, has_time = self._time_suffix(groups)
        if day is None:
            if year is None:
                year = self._pick_year_for_month(month, tense)
            if year is None:
                return Resolved(f"XXXX-{month:02d}", "DATE")
            return Resolved(_month_value(year, month), "DATE", year=year)
        if year is None:
            year = self._pick_year_for_day(month, day, tense, groups.get("weekday"))
        if year is None:
            return Resolved(f"XXXX-{month:02d}-{day:02d}{suffix}", "TIME" if has_time else "DATE")
        date = dt.date(year, month, day)
        return Resolved(date.isoformat() + suffix, "TIME" if has_time else "DATE", day=date)

    def _relative_year(self, word: str) -> Optional[int]:
        """'February this year', 'April next year': the year the phrase names."""
        word = word.lower()
        if word == "that":
            return self.reference_year
        if self.published is None:
            return None
        return self.published.year + self.lex.relative.get(word, 0)

    def _week_of(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        """'the week of March 6', 'the week beginning 7 December': the ISO week holding that day."""
        if groups.get("month_b"):
            groups = dict(groups, month=groups["month_b"], day=groups["day_b"])
        day = self._date(mention, groups, tense)
        if day is None or day.day is None:
            return Resolved("XXXX-WXX", "DATE")
        first = day.day
        if groups.get("week_from") and first.isoweekday() == 7:
            first += dt.timedelta(days=1)  # a week beginning on a Sunday is mostly the ISO week after it
        return Resolved(week_value(first), "DATE")

    def _weekday_date(self, groups: dict, day: int, tense) -> Optional[Resolved]:
        if self.published is None:
            return Resolved("XXXX-XX-%02d" % day, "DATE")
        options = []
        for step in (-1, 0, 1):
            year, month = _shift_months(self.published.year, self.published.month, step)
            try:
                options.append(dt.date(year, month, day))
            except ValueError:
                continue
        weekday = self.lex.weekdays[groups["weekday"].lower()]
        matching = [d for d in options if d.isoweekday() == weekday] or options
        deltas = [(d - self.published).days for d in matching]
        chosen = matching[self._choose(deltas, tense)]
        return Resolved(chosen.isoformat(), "DATE", day=chosen)

    def _numeric_date(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        first, second = int(groups["first"]), int(groups["second"])
        if groups.get("sep") == ".":
            day, month = first, second
        else:
            month, day = first, second
        if month > 12 and day <= 12:
            month, day = day, month
        year = self.full_year(groups["year"])
        date = dt.date(year, month, day)
        if month != day and month <= 12 and day <= 12 and self.published is not None:
            # 03/11/25 reads either way: month first (US) unless only day first is near the publication date
            other = dt.date(year, day, month)
            distance = lambda d: (self.published - d).days if d <= self.published else _LATER_WEIGHT * (d - self.published).days
            if distance(other) <= _NEAR_DAYS < distance(date):
                date = other
        return Resolved(date.isoformat(), "DATE", day=date)

    def _year_kind(self, mention: Mention, groups: dict, tense) -> Resolved:
        year = self.full_year(groups.get("year") or groups["yy"])
        pre = (groups.get("pre") or "").lower()
        mod = "AFTER" if pre == "post-" else "BEFORE" if pre == "pre-" else None
        return Resolved(f"{year:04d}", "DATE", mod=mod, year=year)

    def _weekday_kind(self, mention: Mention, groups: dict, tense) -> Resolved:
        weekday = self.lex.weekdays[groups["weekday"].lower()]
        suffix, has_time = self._time_suffix(groups)
        day = self._nearest_weekday(weekday, tense)
        type_ = "TIME" if has_time else "DATE"
        return self._day_resolved(day, type_, suffix, unknown=f"XXXX-WXX-{weekday}")

    def _nth_weekday(self, mention: Mention, groups: dict, tense) -> Resolved:
        """'the last Sunday of October', 'the first Monday in May': a weekday counted in its month."""
        weekday = self.lex.weekdays[groups["weekday"].lower()]
        if groups.get("rel"):
            if self.published is None:
                return Resolved("XXXX-XX", "DATE")
            step = self.lex.relative.get(re.sub(r"\s+", " ", groups["rel"].lower()), 0)
            year, month = _shift_months(self.published.year, self.published.month, step)
        else:
            month = self.lex.months[groups["month"].lower().rstrip(".")]
            year = self.full_year(groups["year"]) if groups.get("year") else self._pick_year_for_month(month, tense)
        if year is None:
            return Resolved(f"XXXX-{month:02d}", "DATE")
        word = groups["nth"].lower()
        day = _nth_weekday_of(year, month, weekday, -1 if word in ("last", "final") else self.lex.ordinals.get(word) or int(word[0]))
        return self._day_resolved(day) if day.month == month else Resolved(f"{year:04d}-{month:02d}", "DATE", year=year)

    def _nth_weekday_set(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        """'the second Monday of each month' recurs once a month: no one Monday to date."""
        return self._set(mention, {"unit": groups["unit"]}, tense)  # the unit alone, not the weekday's XXXX-WXX

    def _new_year(self, mention: Mention, groups: dict, tense) -> Resolved:
        """'in the new year': the year about to begin, or in its first weeks the one just begun."""
        if self.published is None:
            return Resolved("XXXX", "DATE")
        year = self.published.year + (0 if self.published.month <= _NEW_YEAR_LAST_MONTH else 1)
        return Resolved(f"{year:04d}", "DATE", year=year)

    def _time(self, mention: Mention, groups: dict, tense) -> Resolved:
        suffix, _ = self._time_suffix(groups)
        day = None
        if groups.get("month_b"):
            groups = dict(groups, month=groups["month_b"], day=groups["day_b"])
        elif groups.get("month_c"):
            groups = dict(groups, month=groups["month_c"], day=groups["day_c"])  # 'at 5pm on Friday 27 November'
        if groups.get("month") and groups.get("day"):
            month = self.lex.months[groups["month"].lower().rstrip(".")]
            if groups.get("year"):
                year = self.full_year(groups["year"])
            else:
                year = self._pick_year_for_day(month, _digits(groups["day"]), tense, groups.get("weekday"))
            day = dt.date(year, month, _digits(groups["day"])) if year else None
        elif groups.get("weekday"):
            day = self._nearest_weekday(self.lex.weekdays[groups["weekday"].lower()], tense)
        elif groups.get("deictic_day"):
            offset = self.lex.deictic[groups["deictic_day"].lower()]["days"]
            day = self.published + dt.timedelta(days=offset) if self.published else None
        elif self.reference_at is not None and mention.start - self.reference_at <= _CLOCK_REFERENCE_CHARS:
            day = self.reference  # 'on March 3 … at 10 a.m.': the day just named
        else:
            day = self.published  # a live blog's '3:15 a.m.': the publication day
        return self._day_resolved(day, "TIME", suffix)

    def _decade(self, mention: Mention, groups: dict, tense) -> Resolved:
        if groups.get("decade"):
            value = groups["decade"]
        elif groups.get("decade_yy"):
            digit = int(groups["decade_yy"])
            now = self.published.year if self.published else 2000
            century = now // 100 if digit * 10 <= now % 100 else now // 100 - 1
            value = f"{century}{digit}"
        else:
            digit = self.lex.data["decade_words"][groups["decade_word"].lower()]
            century = self.lex.data["century_words"].get((groups.get("decade_century") or "").lower(), 19)
            value = f"{century}{digit}"
        return Resolved(value + "X", "DATE")  # TempEval-3 writes the 1990s as 199X

    def _century(self, mention: Mention, groups: dict, tense) -> Resolved:
        number = int(groups["century"]) if groups.get("century") else self.lex.ordinals[groups["century_word"].lower()]
        return Resolved(f"{number - 1:02d}", "DATE")

    def _quarter(self, mention: Mention, groups: dict, tense) -> Resolved:
        if groups.get("qcode"):
            letter, number = groups["qcode"][0].upper(), int(groups["qcode"][1])
        else:
            letter = "H" if groups.get("qunit", "").lower() == "half" else "Q"
            # 'the last (final, latter, back) quarter of 2025' counts from the year's end
            number = (4 if letter == "Q" else 2) if groups.get("last_of") else self.lex.quarter_ordinals[groups["ord"].lower()]
        if letter == "H" and number > 2:
            return None
        year = None
        for key in ("year", "year2", "fy_yy", "yy"):
            if groups.get(key):
                year = self.full_year(groups[key])
        if year is None and self.published is not None:
            relative_year = (groups.get("qrel") or "").lower()
            current = (self.published.month - 1) // (3 if letter == "Q" else 6) + 1
            year = self.published.year
            if relative_year == "last":
                year -= 1
            elif relative_year == "next":
                year += 1
            elif tense == PAST and number > current:
                year -= 1
            elif tense == FUTURE and number < current:
                year += 1
        if year is None:
            return Resolved(f"XXXX-{letter}{number}", "DATE")
        return Resolved(f"{year:04d}-{letter}{number}", "DATE", year=year)

    def _fiscal(self, mention: Mention, groups: dict, tense) -> Resolved:
        text = groups.get("fy_year") or groups.get("year") or groups.get("yy") or groups.get("fy_yy")
        year = self.full_year(text)
        if groups.get("year2"):
            second = groups["year2"]
            year = int(second) if len(second) == 4 else year // 100 * 100 + int(second)
        return Resolved(f"FY{year:04d}", "DATE", range=None, year=year)

    def _season(self, mention: Mention, groups: dict, tense) -> Resolved:
        code = self.lex.seasons[groups["season"].lower()]
        if groups.get("year"):
            year = self.full_year(groups["year"])
        else:
            year = self._pick_year_for_month(self.lex.season_reference_month[code], tense)
            if year is None:
                return Resolved(f"XXXX-{code}", "DATE")
            if code == "WI":
                year -= 1  # the year of its January was picked; a winter is named by its December
        return Resolved(f"{year:04d}-{code}", "DATE", year=year)

    def _holiday_date(self, name: str, year: int) -> dt.date:
        rule = self.lex.holidays[re.sub(r"\s+", " ", name.lower().replace("’", "'"))]
        if "fixed" in rule:
            return dt.date(year, *rule["fixed"])
        if "nth_weekday" in rule:
            return _nth_weekday_of(year, *rule["nth_weekday"])
        if "election_day" in rule:  # the Tuesday after the first Monday of November
            first = dt.date(year, 11, 1)
            monday = first + dt.timedelta(days=(1 - first.isoweekday()) % 7)
            return monday + dt.timedelta(days=1)
        # Easter (anonymous Gregorian algorithm), plus an offset
        a, b, c = year % 19, year // 100, year % 100
        d, e = divmod(b, 4)
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = divmod(c, 4)
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l_) // 451
        month, day = divmod(h + l_ - 7 * m + 114, 31)
        return dt.date(year, month, day + 1) + dt.timedelta(days=rule["easter"])

    def _holiday(self, mention: Mention, groups: dict, tense, step: int = 0) -> Resolved:
        name = groups["holiday"]
        if groups.get("year"):
            date = self._holiday_date(name, self.full_year(groups["year"]))
            return Resolved(date.isoformat(), "DATE", day=date)
        if self.published is None:
            probe = self._holiday_date(name, 2001)
            return Resolved(f"XXXX-{probe.month:02d}-{probe.day:02d}", "DATE")
        years = range(self.published.year - 2, self.published.year + 3)
        rule = self.lex.holidays[re.sub(r"\s+", " ", name.lower().replace("’", "'"))]
        if rule.get("even_years"):  # US federal elections
            years = [year for year in years if year % 2 == 0]
        else:
            years = years[1:-1]
        options = [self._holiday_date(name, year) for year in years]
        deltas = [(d - self.published).days for d in options]
        if step < 0:
            deltas = [d if d < 0 else None for d in deltas]
            tense = PAST
        elif step > 0:
            deltas = [d if d > 0 else None for d in deltas]
            tense = FUTURE
        chosen = options[self._choose(deltas, tense)]
        return Resolved(chosen.isoformat(), "DATE", day=chosen)

    def _relative(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        resolved = self._relative_value(mention, groups, tense)
        if resolved is not None and groups.get("edge"):
            edge = re.sub(r"\s+", " ", groups["edge"].lower())
            resolved.mod = self.lex.data["edge_modifiers"].get(edge)
        return resolved

    def _relative_value(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        rel = re.sub(r"\s+", " ", (groups.get("rel") or "the").lower())
        if groups.get("relword"):
            step = -1 if groups["relword"].lower() == "before" else 1
            anchored = True
        else:
            step = self.lex.relative.get(rel, 0)
            anchored = rel in self.lex.anchored_relatives or rel == "the"
        anchor = self.reference if anchored else self.published
        if anchor is None:
            return self._unresolved_relative(groups, step)
        unit = (groups.get("unit") or "").lower()
        if groups.get("weekday"):
            weekday = self.lex.weekdays[groups["weekday"].lower()]
            if step < 0:
                back = (anchor.isoweekday() - weekday) % 7 or 7
                day = anchor - dt.timedelta(days=back)
            elif step > 0 and rel not in ("the next", "the following", "following"):
                ahead = (weekday - anchor.isoweekday()) % 7 or 7
                day = anchor + dt.timedelta(days=ahead)
            elif step > 0:
                ahead = (weekday - anchor.isoweekday()) % 7 or 7
                day = anchor + dt.timedelta(days=ahead)
            else:
                day = self._nearest_weekday(weekday, tense, anchor)
            suffix, has_time = self._time_suffix(groups)
            return Resolved(day.isoformat() + suffix, "TIME" if has_time else "DATE", day=day)
        # 'the previous March' counts from the month last named, which may be named without a day
        point = self.reference_month if anchored and self.reference_month else (anchor.year, anchor.month)
        if groups.get("month_full"):
            month = self.lex.months[groups["month_full"].lower()]
            if step < 0:
                year = point[0] if month < point[1] else point[0] - 1
            elif step > 0:
                year = point[0] if month > point[1] else point[0] + 1
            elif anchored:
                year = self.reference_year or anchor.year
            else:
                year = anchor.year
            return Resolved(_month_value(year, month), "DATE", year=year)
        if groups.get("season"):
            code = self.lex.seasons[groups["season"].lower()]
            now, wanted = _season_index(*point), _SEASON_ORDER.index(code)
            if step < 0:
                year = (now - ((now - wanted) % 4 or 4)) // 4
            elif step > 0:
                year = (now + ((wanted - now) % 4 or 4)) // 4
            elif now % 4 == wanted:
                year = now // 4  # 'this winter' in January is the winter that began in December
            else:
                year = (self.reference_year if anchored else None) or anchor.year
            return Resolved(f"{year:04d}-{code}", "DATE", year=year)
        if groups.get("holiday"):
            return self._holiday(mention, groups, tense, step=step)
        if unit in ("day", "morning", "afternoon", "evening", "night"):
            if not anchored and rel in ("next", "last", "this"):
                if unit == "day":
                    return None  # 'next day' without a narrative is not a date we can place
            day = anchor + dt.timedelta(days=step)
            if unit == "day" or not self.day_parts:
                return Resolved(day.isoformat(), "DATE", day=day)
            return Resolved(day.isoformat() + "T" + self.lex.parts[unit], "TIME", day=day)
        if unit == "weekend" and rel == "the" and self.published is not None:
            # 'fought at the weekend': the last one in a past clause, else the coming one
            anchor = self.published
            since_sunday, to_saturday = anchor.isoweekday(), 6 - anchor.isoweekday()
            if to_saturday > 0 and (tense == PAST or tense != FUTURE and since_sunday <= 2 * to_saturday):
                step = -1
        if unit in ("week", "weekend"):
            day = anchor + dt.timedelta(weeks=step)
            value = week_value(day) + ("-WE" if unit == "weekend" else "")
            return Resolved(value, "DATE")
        if unit == "month":
            year, month = _shift_months(*point, step)
            return Resolved(_month_value(year, month), "DATE", year=year)
        if unit == "quarter":
            index = point[0] * 4 + (point[1] - 1) // 3 + step
            return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "DATE", year=index // 4)
        if unit == "year":
            year = (self.reference_year if anchored and self.reference_year else anchor.year) + step
            if groups.get("fiscal"):
                return Resolved(f"FY{year:04d}", "DATE", year=year)
            return Resolved(f"{year:04d}", "DATE", year=year)
        if unit == "decade":
            return Resolved(f"{anchor.year // 10 + step:03d}X", "DATE")
        if unit == "century":
            return Resolved(f"{anchor.year // 100 + step:02d}", "DATE")
        return None

    def _any_year_value(self, groups: dict) -> Optional[str]:
        """A weekday, month or season of no particular year ('XXXX-WXX-2', 'XXXX-04', 'XXXX-SU')."""
        if groups.get("weekday"):
            return f"XXXX-WXX-{self.lex.weekdays[groups['weekday'].lower()]}"
        if groups.get("month_full"):
            return f"XXXX-{self.lex.months[groups['month_full'].lower()]:02d}"
        if groups.get("season"):
            return f"XXXX-{self.lex.seasons[groups['season'].lower()]}"
        return None

    def _unresolved_relative(self, groups: dict, step: int) -> Resolved:
        unit = (groups.get("unit") or "").lower()
        generic = self._any_year_value(groups)
        if generic:
            return Resolved(generic, "DATE")
        forms = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                 "year": "XXXX", "quarter": "XXXX-QX", "decade": "XXXX", "century": "XX"}
        if unit in forms:
            return Resolved(forms[unit], "DATE")
        return Resolved("PAST_REF" if step < 0 else "FUTURE_REF" if step > 0 else "PRESENT_REF", "DATE")

    def _ago(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        unit = self.lex.unit(groups["unit"])
        if unit is None:
            return None
        letter, multiplier, is_time = unit
        word = re.sub(r"\s+", " ", groups["ago"].lower())
        direction = self.lex.ago_words[word]
        number = self.lex.number(groups["num"]) if groups.get("num") else (1 if not groups["unit"].lower().endswith("s") else None)
        anchor = self.reference if word in self.lex.anchored_ago_words else self.published
        if number is None or anchor is None:
            return Resolved("PAST_REF" if direction < 0 else "FUTURE_REF", "DATE")
        amount = number * multiplier * direction
        if letter == "Y" and word in self.lex.anchored_ago_words and self.reference_year and amount == int(amount):
            year = self.reference_year + int(amount)  # 'joined in 1985 and left two years later'
            return Resolved(f"{year:04d}", "DATE", year=year)
        if letter == "WE":
            letter, amount = "W", number * direction
        if is_time:
            return Resolved(anchor.isoformat(), "DATE", day=anchor)
        if amount != int(amount):
            if letter == "Y":
                letter, amount = "M", amount * 12
            elif letter == "M":
                letter, amount = "D", amount * 30
            elif letter == "W":
                letter, amount = "D", amount * 7
            amount = round(amount)
        day = _add(anchor, letter, int(amount))
        if letter == "Y":
            return Resolved(f"{day.year:04d}", "DATE", year=day.year)
        if letter == "M":
            return Resolved(_month_value(day.year, day.month), "DATE", year=day.year)
        if letter == "W":
            return Resolved(week_value(day), "DATE")
        return Resolved(day.isoformat(), "DATE", day=day)

    def _duration(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        unit_text = groups.get("unit") or groups.get("units") or groups.get("unit_sg")
        unit = self.lex.unit(unit_text)
        if unit is None:
            return None
        letter, multiplier, is_time = unit
        number_text = groups.get("num")
        plural = unit_text.lower().endswith("s") or unit_text.lower() in self.lex.unit_plurals
        if number_text:
            number = self.lex.number(number_text)
        else:
            number = None if plural else 1
        if number is not None and (groups.get("half") or groups.get("halfnum")):
            number += 0.5
        if letter == "WE":
            letter, multiplier = "D", 2 * multiplier
        value = _duration_value(number, letter, multiplier, is_time)
        if groups.get("unit2") and number is not None:
            value = self._compound(value, groups)
        span_range = None
        rel = (groups.get("rel") or "").lower()
        if self.published and number is not None and not is_time and rel:
            amount = int(number * multiplier) if number * multiplier == int(number * multiplier) else None
            if amount is not None and rel in ("past", "last", "previous", "recent", "preceding"):
                begin = _add(self.published, letter, -amount) + dt.timedelta(days=1)
                span_range = DateRange(begin.isoformat(), self.published.isoformat())
            elif amount is not None and rel in ("next", "coming", "following", "ensuing"):
                finish = _add(self.published, letter, amount) - dt.timedelta(days=1)
                span_range = DateRange(self.published.isoformat(), finish.isoformat())
        return Resolved(value, "DURATION", range=span_range)

    def _compound(self, value: str, groups: dict) -> str:
        """'2 hours 21 minutes' -> PT2H21M: the second part appended in its own unit."""
        letter, multiplier, is_time = self.lex.unit(groups["unit2"])
        number = self.lex.number(groups["num2"])
        if number is None:
            return value
        part = _duration_value(number, letter, multiplier, is_time)
        if is_time and "T" not in value:
            return value + part[1:]  # P2D + PT3H -> P2DT3H
        return value + part[2 if is_time else 1:]

    def _deictic(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        entry = self.lex.deictic[re.sub(r"\s+", " ", groups["deictic"].lower().replace("’", "'"))]
        if "ref" in entry:
            return Resolved(entry["ref"], "DATE")
        suffix = "T" + entry["part"] if entry.get("part") and self.day_parts else ""
        type_ = entry.get("type", "DATE") if suffix else "DATE"
        if self.published is None:
            return Resolved("XXXX-XX-XX" + suffix, type_)
        day = self.published + dt.timedelta(days=entry["days"])
        return Resolved(day.isoformat() + suffix, type_, day=day)

    def _set(self, mention: Mention, groups: dict, tense) -> Optional[Resolved]:
        if groups.get("setword"):
            return Resolved(self.lex.set_words[groups["setword"].lower()], "SET")
        generic = self._any_year_value(groups)
        if generic:
            return Resolved(generic, "SET")
        if groups.get("part"):
            return Resolved(f"XXXX-XX-XXT{self.lex.parts[groups['part'].lower()]}", "SET")
        unit_text = groups.get("unit") or groups.get("unit_sg")
        unit = self.lex.unit(unit_text)
        if unit is None:
            return None
        letter, multiplier, is_time = unit
        number = self.lex.number(groups["num"]) if groups.get("num") else 1
        if groups.get("other"):
            number = 2
        if letter == "WE":
            return Resolved("XXXX-WXX-WE", "SET")
        return Resolved(_duration_value(number, letter, multiplier, is_time), "SET")


