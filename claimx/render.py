"""The terminal view of a record: quotes, a timeline, numeric claims."""

from __future__ import annotations

import calendar
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

_UNIT_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£"}


def _shorten(text: str, limit: int = 400) -> str:
    """One line of at most `limit` chars, cut at a word break (the offsets lead to the rest)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + " …"


def _chars(item: dict[str, Any]) -> Text:
    """Where the evidence is: its character offsets into the article."""
    return Text(f"{item['start']}–{item['end']}", style="dim")


def format_value(number: dict[str, Any]) -> str:
    """`$1.5 billion`-style reading of a numeric claim's value and unit."""
    value = number.get("value")
    if value is None:
        return number["text"]

    def show(x: float) -> str:
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(x) >= scale:
                return f"{x / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
        if float(x).is_integer():
            return f"{int(x):,}"
        return f"{x:,.3g}" if abs(x) < 1 else f"{x:,.2f}".rstrip("0").rstrip(".")

    shown = show(value)
    if number.get("value_max") is not None:
        shown += "–" + show(number["value_max"])
    unit = number.get("unit")
    if not unit:
        return shown
    if unit in _UNIT_PREFIX:
        return _UNIT_PREFIX[unit] + shown
    return f"{shown}{unit}" if unit == "%" else f"{shown} {unit}"


def _whole_span(start: str, end: str) -> str | None:
    """'2024' for 2024-01-01..2024-12-31, '2024-03' for a whole month, else None."""
    if len(start) != 10 or len(end) != 10 or start[8:] != "01":
        return None
    try:
        last_day = calendar.monthrange(int(end[:4]), int(end[5:7]))[1]
    except ValueError:
        return None
    if end[8:] != f"{last_day:02d}":
        return None
    if start[5:7] == "01" and end[5:7] == "12":
        return start[:4] if start[:4] == end[:4] else f"{start[:4]}–{end[:4]}"
    if start[:7] == end[:7]:
        return start[:7]
    return None


def _period(period: dict[str, Any] | None) -> str:
    """A range of ISO days as briefly as it reads: '2025-03-11', '2024', '2025-03', '2018–2022'."""
    if not period:
        return ""
    start, end = period.get("start"), period.get("end")
    if start == end:
        return start or ""
    if start and end:
        whole = _whole_span(start, end)
        if whole:
            return whole
    return f"{start or '…'} – {end or '…'}"


def _event_sort_key(event: dict[str, Any]) -> tuple:
    value_range = event.get("range") or {}
    return (value_range.get("start") or "9999", event.get("value") or "", event["start"])


def render_record(console: Console, record: dict[str, Any]) -> None:
    """The record as three tables; the last column of each gives the evidence's offsets."""
    title = Text(str(record.get("id") or "article"), style="bold")
    title.append(f"  published {record.get('published') or 'unknown'}", style="dim")
    console.rule(title)
    if not record.get("published") and any("X" in (event.get("value") or "") for event in record["events"]):
        console.print(
            Text("No publication date in the article: relative dates are left unresolved (XXXX-…); "
                 "give it with --published YYYY-MM-DD.", style="dim")
        )

    quotes = record["quotes"]
    table = Table(title=f"Quotes ({len(quotes)})", title_justify="left", expand=True, show_lines=True)
    table.add_column("Speaker", style="cyan", ratio=2, width=16, overflow="fold")
    table.add_column("Quote", ratio=6, overflow="fold")
    table.add_column("Cue", style="dim", ratio=1, width=10, overflow="fold")
    table.add_column("Chars", justify="right", no_wrap=True)
    roles_shown = set()
    for quote in quotes:
        speaker = Text(quote.get("speaker") or "?")
        mention = (quote.get("speaker_mention") or {}).get("text")
        role = quote.get("speaker_role")
        # a role once per speaker, and not when it is the speaker itself (`A spokesperson for the council`)
        show_role = bool(role) and role != quote.get("speaker") and (quote.get("speaker"), role) not in roles_shown
        # A mention that spells out the name, or is the role shown below, adds nothing.
        if mention and not (quote.get("speaker") and quote["speaker"] in mention) and not (show_role and mention == role):
            speaker.append(f"\n({mention})", style="dim")
        if show_role:
            roles_shown.add((quote.get("speaker"), role))
            speaker.append(f"\n{role}", style="dim")
        shown = _shorten(quote["text"])
        body = Text(f"“{shown}”" if quote["direct"] else shown, style="" if quote["direct"] else "italic")
        cue = (quote.get("cue") or "") + ("" if quote["direct"] else "\n(reported)")
        table.add_row(speaker, body, Text(cue), _chars(quote))
    console.print(table)

    events = sorted(record["events"], key=_event_sort_key)
    table = Table(title=f"Timeline ({len(events)})", title_justify="left", expand=True)
    table.add_column("Value", style="green", overflow="fold")
    table.add_column("Expression", ratio=1, width=10, overflow="fold")
    table.add_column("Type", style="dim", no_wrap=True)
    table.add_column("Event", ratio=3, width=16, overflow="fold")
    table.add_column("Chars", justify="right", no_wrap=True)
    for event in events:
        value = Text(event.get("value") or "?")
        covered = _period(event.get("range"))
        if covered and covered != event.get("value"):
            value.append(f"\n{covered}", style="dim")
        table.add_row(
            value,
            Text(event["text"]),
            event["type"],
            Text(_shorten((event.get("event") or {}).get("text", ""), 160)),
            _chars(event),
        )
    console.print(table)

    numbers = record["numbers"]
    table = Table(title=f"Numeric claims ({len(numbers)})", title_justify="left", expand=True)
    table.add_column("Value", style="yellow", overflow="fold")
    table.add_column("As written", ratio=2, width=10, overflow="fold")
    table.add_column("Counted", ratio=2, width=10, overflow="fold")
    table.add_column("Period", overflow="fold")
    table.add_column("Source", ratio=2, width=10, overflow="fold")
    table.add_column("Chars", justify="right", no_wrap=True)
    for number in numbers:
        table.add_row(
            Text(format_value(number)),
            Text(number["text"]),
            Text((number.get("counted") or {}).get("text", "")),
            Text(_period(number.get("period"))),
            Text(number.get("source") or ""),
            _chars(number),
        )
    console.print(table)
    console.print()
