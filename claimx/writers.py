"""Where records go: stdout or a file, as JSON, JSONL or the terminal view.

A file is written to a temporary name beside it and renamed at the end, so it
is never half-written. Each record is written as soon as it is done, so
`| head` and long batches stream.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Optional

FORMATS = ("text", "json", "jsonl")


def dumps_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class AtomicFile:
    """A text file that appears under its name only when closed without error."""

    def __init__(self, path: Path):
        self.path = path
        folder = path.parent if str(path.parent) else Path(".")
        fd, self.temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        self.handle.close()
        os.replace(self.temp_name, self.path)

    def discard(self) -> None:
        self.handle.close()
        try:
            os.unlink(self.temp_name)
        except OSError:
            pass


class LineFile:
    """A JSONL file written one whole line per system call.

    A run killed at any moment leaves only complete lines (a torn last line,
    possible only if the machine itself dies mid-write, is cut off on resume),
    so `--resume` can pick up where it stopped.
    """

    def __init__(self, path: Path, *, append: bool = False):
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        self.fd = os.open(path, flags, 0o644)

    def write(self, text: str) -> None:
        data = text.encode("utf-8")
        while data:
            written = os.write(self.fd, data)
            data = data[written:]

    def flush(self) -> None:
        pass

    def close(self) -> None:
        os.close(self.fd)


def done_ids(path: Path) -> set[str]:
    """Ids of the complete records in a JSONL output; a torn last line is cut off."""
    ids: set[str] = set()
    if not path.exists():
        return ids
    with open(path, "rb+") as handle:
        good_end = 0
        for line in handle:
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
            except ValueError:
                break
            if isinstance(record, dict) and "id" in record:
                ids.add(str(record["id"]))
            good_end += len(line)
        handle.truncate(good_end)
    return ids


class RecordWriter:
    """Writes records one at a time in the chosen format."""

    def __init__(self, stream: IO[str], format: str, *, single: bool, color: bool = False):
        self.stream = stream
        self.format = format
        self.single = single
        self.count = 0
        self.console = None
        if format == "text":
            from rich.console import Console

            self.console = Console(file=stream, force_terminal=color, no_color=not color, soft_wrap=False, highlight=False)

    def write(self, record: dict[str, Any]) -> None:
        if self.format == "jsonl":
            self.stream.write(dumps_line(record) + "\n")
        elif self.format == "json":
            text = json.dumps(record, ensure_ascii=False, indent=2)
            if self.single:
                self.stream.write(text + "\n")
            else:
                prefix = "[\n" if self.count == 0 else ",\n"
                self.stream.write(prefix + text)
        else:
            from .render import render_record

            render_record(self.console, record)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.format == "json" and not self.single:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


def open_destination(output: Optional[Path], format: str, *, append: bool = False):
    """(stream, atomic file or None) for -o FILE or stdout.

    JSONL goes straight to its file, a whole line at a time (so an interrupted
    batch keeps its finished records for --resume); JSON and the text view are
    written to a temporary file renamed at the end.
    """
    if output is None or str(output) == "-":
        return sys.stdout, None
    if format == "jsonl":
        return LineFile(output, append=append), None
    atomic = AtomicFile(output)
    return atomic.handle, atomic
