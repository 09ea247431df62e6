"""Find an article's publication date in its metadata header.

Relative dates are anchored on this date, so a wrong guess is worse than none:
only explicit header forms are read (a first line `date 2025-11-26 …`,
`Published: …`, `Date: …`, YAML front matter), never a date from the body.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from .settings import HEADER_MAX_LINES

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_DATE_FORMS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<year>\d{4})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})\b"),  # 26.11.2025: day first wherever dots are used
    re.compile(r"\b" + _MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(?P<year>\d{4})\b", re.I),
]

# A header line names the date: `date 2025-11-26 …`, `Published: …`, `Date: …`,
# `Published on …`, `Published on: …`, `Date published: …`; `Updated: …` is not the
# publication date and is skipped.
_HEADER_KEY = re.compile(
    r"^\s*(?:\*\*)?(?P<key>date published|first published|date|published|publication date|pubdate|posted|dateline)"
    r"(?:\*\*)?(?:\s*[:=]\s*|\s+(?:on|at)\s*:?\s+|(?P<bare>\s+))",
    re.I,
)
_EOL = r"(?:\r\n|\r|\n)"
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*" + _EOL + r"(?P<body>.*?)" + _EOL + r"(?:---|\.\.\.)[ \t]*(?:" + _EOL + r"|\Z)", re.S
)


@dataclass(frozen=True)
class Header:
    published: Optional[str]  # ISO date
    end: int  # char offset where the body starts


def parse_date(text: str, *, at_start: bool = False) -> Optional[str]:
    """The first explicit calendar date in `text` (or at its very start), as an ISO string."""
    for form in _DATE_FORMS:
        match = form.match(text) if at_start else form.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mon"]) if parts.get("mon") else _MONTHS[parts["month"].lower()]
        try:
            return dt.date(int(parts["year"]), month, int(parts["day"])).isoformat()
        except ValueError:
            continue
    return None


def parse_date_loosely(text: str) -> Optional[str]:
    """Unusual header forms ("Tue, 26 Nov 2025 10:00 GMT", "26.11.2025") through dateparser.

    Only a full day-month-year is accepted: a header that names no year must not
    be completed from today's clock.
    """
    import dateparser

    parsed = dateparser.parse(
        text.strip()[:60],
        languages=["en"],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "DATE_ORDER": "DMY",
            "PARSERS": ["custom-formats", "absolute-time"],  # never "yesterday" from the clock
        },
    )
    return parsed.date().isoformat() if parsed else None


def read_header(text: str) -> Header:
    """Publication date from the article's header, and where the header ends."""
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group("body").splitlines():
            key = _HEADER_KEY.match(line)
            if key and key.group("key").lower() != "dateline":
                date = parse_date(line[key.end():]) or parse_date_loosely(line[key.end():])
                if date:
                    return Header(date, front.end())
        return Header(None, front.end())

    offset = 0
    for index, line in enumerate(text.splitlines(keepends=True)):
        if index >= HEADER_MAX_LINES:
            break
        stripped = line.strip()
        offset += len(line)
        if not stripped:
            continue
        key = _HEADER_KEY.match(line)
        if key:
            # `date 2025-11-26 …` (no colon) counts only when the date follows at once.
            rest = line[key.end():][:80]
            date = parse_date(rest, at_start=bool(key.group("bare")))
            if date is None and not key.group("bare"):
                date = parse_date_loosely(rest)
            if date:
                return Header(date, offset)
        # Only the first non-empty lines can be a header: stop at the first line of prose.
        if len(stripped) > 80 or stripped.endswith((".", '"', "”")):
            break
    return Header(None, 0)
