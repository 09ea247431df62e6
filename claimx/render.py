"""The terminal view of a record: quotes, a timeline, numeric claims."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

_UNIT_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£"}


def _shorten(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


def _period(period: dict[str, Any] | None) -> str:
    if not period:
        return ""
    start, end = period.get("start"), period.get("end")
    if start == end:
        return start or ""
    return f"{start or '…'} – {end or '…'}"


def _event_sort_key(event: dict[str, Any]) -> tuple:
    value_range = event.get("range") or {}
    return (value_range.get("start") or "9999", event.get("value") or "", event["start"])


def render_record(console: Console, record: dict[str, Any]) -> None:
    title = Text(str(record.get("id") or "article"), style="bold")
    title.append(f"  published {record.get('published') or 'unknown'}", style="dim")
    console.rule(title)

    quotes = record["quotes"]
    table = Table(title=f"Quotes ({len(quotes)})", title_justify="left", expand=True, show_lines=True)
    table.add_column("Speaker", style="cyan", ratio=1)
    table.add_column("Quote", ratio=4)
    table.add_column("Cue", style="dim", ratio=1)
    roles_shown = set()
    for quote in quotes:
        speaker = Text(quote.get("speaker") or "?")
        mention = (quote.get("speaker_mention") or {}).get("text")
        # A mention that spells out the name adds nothing the name and role lines do not show.
        if mention and not (quote.get("speaker") and quote["speaker"] in mention):
            speaker.append(f"\n({mention})", style="dim")
        role = quote.get("speaker_role")
        if role and (quote.get("speaker"), role) not in roles_shown:  # a role once per speaker is enough
            roles_shown.add((quote.get("speaker"), role))
            speaker.append(f"\n{role}", style="dim")
        shown = _shorten(quote["text"])
        body = Text(f"“{shown}”" if quote["direct"] else shown, style="" if quote["direct"] else "italic")
        cue = (quote.get("cue") or "") + ("" if quote["direct"] else "\n(reported)")
        table.add_row(speaker, body, Text(cue))
    console.print(table)

    events = sorted(record["events"], key=_event_sort_key)
    table = Table(title=f"Timeline ({len(events)})", title_justify="left", expand=True)
    table.add_column("Value", style="green", no_wrap=True)
    table.add_column("Expression", ratio=1)
    table.add_column("Type", style="dim")
    table.add_column("Event", ratio=3)
    for event in events:
        value = Text(event.get("value") or "?")
        if event.get("range") and event["range"].get("start") != event["range"].get("end"):
            value.append(f"\n{_period(event['range'])}", style="dim")
        table.add_row(
            value, Text(event["text"]), event["type"], Text(_shorten((event.get("event") or {}).get("text", ""), 160))
        )
    console.print(table)

    numbers = record["numbers"]
    table = Table(title=f"Numeric claims ({len(numbers)})", title_justify="left", expand=True)
    table.add_column("Value", style="yellow", no_wrap=True)
    table.add_column("As written", ratio=1)
    table.add_column("Counted", ratio=2)
    table.add_column("Period", no_wrap=True)
    table.add_column("Source", ratio=2)
    for number in numbers:
        table.add_row(
            Text(format_value(number)),
            Text(number["text"]),
            Text((number.get("counted") or {}).get("text", "")),
            _period(number.get("period")),
            Text(number.get("source") or ""),
        )
    console.print(table)
    console.print()
