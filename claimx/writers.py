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
from collections import Counter
from pathlib import Path
from typing import IO, Any, Optional


class OutputError(Exception):
    """The records could not be written (disk full, quota, I/O error); the message says where."""

    def __init__(self, where: str, error: OSError):
        super().__init__(f"cannot write {where}: {error.strerror or error}")


def dumps_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A text file that appears under its name only when closed without error."""

    def __init__(self, path: Path):
        self.path = path
        folder = path.parent if str(path.parent) else Path(".")
        fd, self.temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        os.chmod(self.temp_name, 0o666 & ~_umask())  # mkstemp makes 0600; a plain file follows the umask
        # Lone surrogates (from undecodable file names or JSON escapes) are written as
        # \udcxx escapes, which keep JSON valid, instead of stopping the batch.
        self.handle = os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n")

    def commit(self) -> None:
        try:
            self.handle.close()  # (the last buffered records are written here)
            os.replace(self.temp_name, self.path)
        except OSError as error:
            raise OutputError(str(self.path), error) from error

    def discard(self) -> None:
        try:
            self.handle.close()  # (flushing may fail again on a full disk)
        except OSError:
            pass
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
        self.fd = os.open(path, flags, 0o666)  # os.open applies the umask, as AtomicFile does

    def write(self, text: str) -> None:
        data = text.encode("utf-8", "backslashreplace")
        while data:
            written = os.write(self.fd, data)
            data = data[written:]

    def flush(self) -> None:
        pass

    def close(self) -> None:
        os.close(self.fd)


def done_ids(path: Path) -> Counter:
    """How often each id stands in a JSONL output (ids as strings).

    Only a torn last line (no line end: the run was killed mid-write) is cut
    off; a bad line elsewhere is left as it is and does not count.
    """
    ids: Counter = Counter()
    if not path.exists():
        return ids
    with open(path, "rb+") as handle:
        data = handle.read()
        complete = data.rfind(b"\n") + 1
        if complete < len(data):
            handle.truncate(complete)
    for line in data[:complete].splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "id" in record:
            ids[str(record["id"])] += 1
    return ids


class RecordWriter:
    """Writes records one at a time in the chosen format."""

    def __init__(self, stream: IO[str], format: str, *, single: bool, color: bool = False, name: str = "stdout"):
        self.stream = stream
        self.name = name  # where the records go, for an error message
        self.format = format
        self.single = single
        self.count = 0
        self.console = None
        if format == "text":
            from rich.console import Console

            class PipeConsole(Console):
                def on_broken_pipe(self) -> None:  # rich would exit 1; the CLI stops quietly
                    raise BrokenPipeError

            self.console = PipeConsole(
                # (no_color=None lets rich honour NO_COLOR on a terminal)
                file=stream, force_terminal=color, no_color=None if color else True, soft_wrap=False, highlight=False
            )

    def write(self, record: dict[str, Any]) -> None:
        try:
            self._write(record)
        except BrokenPipeError:
            raise  # the reader has gone: not an error (the CLI stops quietly)
        except OSError as error:
            raise OutputError(self.name, error) from error

    def _write(self, record: dict[str, Any]) -> None:
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
        try:
            if self.format == "json" and not self.single:
                self.stream.write("[]\n" if self.count == 0 else "\n]\n")
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(self.name, error) from error


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
