"""Turn command-line PATHs into a lazy stream of articles.

A PATH is a text file, `-` (stdin), a folder (every *.txt / *.md below it,
sorted) or a `.jsonl` (`.ndjson`, or JSON Lines in a `.json`) file of
{"id", "text", "published"} records. Nothing is
read before it is needed, so a folder of thousands of files costs no memory up
front. A bad input becomes an `InputFailure` in the stream, never an exception,
so one bad file never stops the others.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

from .api import normalize_published
from .errors import UsageError
from .settings import MAX_FILE_BYTES

TEXT_SUFFIXES = (".txt", ".md")
# Tried in order after UTF-8: cp1252 covers most "smart quote" Windows files,
# latin-1 decodes any byte sequence, so text is never lost.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass
class Article:
    id: Any
    text: str
    published: Optional[str] = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class InputFailure:
    id: str
    message: str


Input = Union[Article, InputFailure]


_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13, 27))


def utf16_encoding(data: bytes) -> Optional[str]:
    """'utf-16' for text with a byte-order mark, 'utf-16-le'/'-be' for BOM-less text
    whose every other byte is NUL (ASCII-range UTF-16), else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:512]
    if len(head) >= 8 and len(head) % 2 == 0:
        odd_nuls, even_nuls = head[1::2].count(0), head[0::2].count(0)
        if odd_nuls > 0.9 * len(head) // 2 and even_nuls == 0:
            return "utf-16-le"
        if even_nuls > 0.9 * len(head) // 2 and odd_nuls == 0:
            return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KiB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text has NULs too; it is decoded, not rejected.
        return utf16_encoding(data) is None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and controls / len(head) > 0.1


def decode(data: bytes) -> tuple[str, Optional[str]]:
    """Text of `data` and, if it was not UTF-8, the encoding used instead."""
    wide = utf16_encoding(data)
    if wide:
        return data.decode(wide), wide
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")


def read_text_bytes(id: str, data: bytes) -> Input:
    if looks_binary(data):
        return InputFailure(id, "binary file, not text")
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError as error:
        return InputFailure(id, f"cannot decode as {error.encoding}: {error.reason}")
    article = Article(id, text)
    if encoding:
        article.warnings.append(f"not UTF-8, decoded as {encoding}")
    return article


def read_file(path: Path, id: str) -> Input:
    try:
        if path.exists() and not path.is_file():
            return InputFailure(id, "not a regular file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return InputFailure(id, f"file too large ({size:,} bytes; limit {MAX_FILE_BYTES:,})")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # a file growing while read is capped too
        if len(data) > MAX_FILE_BYTES:
            return InputFailure(id, f"file too large (over {MAX_FILE_BYTES:,} bytes)")
    except FileNotFoundError:
        return InputFailure(id, "no such file")
    except IsADirectoryError:
        return InputFailure(id, "is a directory")
    except PermissionError:
        return InputFailure(id, "permission denied")
    except OSError as error:
        return InputFailure(id, f"cannot read: {error.strerror or error}")
    return read_text_bytes(id, data)


def read_jsonl(path: Path, label: str) -> Iterator[Input]:
    """One article per line; a bad line is a failure of its own, the others go on."""
    try:
        handle = open(path, "rb")
    except OSError as error:
        yield InputFailure(label, f"cannot read: {error.strerror or error}")
        return
    with handle:
        yield from read_jsonl_lines(handle, label)


_FIRST_LINE = re.compile(rb"\s*([^\r\n]*)")


def looks_like_jsonl(data: bytes) -> bool:
    """`cat corpus.jsonl | claimx extract -`: stdin whose first line is a {"text": …} record is JSONL
    (no article opens with one)."""
    first = _FIRST_LINE.match(data, 0, MAX_FILE_BYTES).group(1)  # (the first line only: the rest may be gigabytes)
    if not first.lstrip().startswith(b"{"):
        return False
    try:
        record = json.loads(first.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(record, dict) and isinstance(record.get("text"), str)


def read_jsonl_lines(lines: Iterable[bytes], label: str) -> Iterator[Input]:
    """Records of a JSONL file or stream; a bad line is a failure of its own, the others go on."""
    for number, raw in enumerate(lines, start=1):
        where = f"{label}:{number}"
        if not raw.strip():
            continue
        if len(raw) > MAX_FILE_BYTES:
            yield InputFailure(where, f"line too large ({len(raw):,} bytes; limit {MAX_FILE_BYTES:,})")
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            yield InputFailure(where, f"not a JSON line ({error.__class__.__name__})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputFailure(where, 'each line must be an object with a "text" string')
            continue
        id = record["id"] if record.get("id") is not None else where  # kept as given (1 stays 1)
        try:
            published = normalize_published(record.get("published"))
        except UsageError as error:
            yield InputFailure(id, str(error))
            continue
        yield Article(id, record["text"], published)


JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _first_line(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.readline(MAX_FILE_BYTES)
    except OSError:
        return b""


def is_jsonl(path: str) -> bool:
    """Records, one per line: a .jsonl / .ndjson file, or a .json file whose first line is
    a {"text": …} record (pandas writes JSON Lines as .json with `to_json(lines=True)`)."""
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return True
    return lower.endswith(".json") and looks_like_jsonl(_first_line(Path(path)))


def walk_directory(folder: Path) -> list[Path]:
    """Every *.txt / *.md below `folder`, sorted by path, hidden folders skipped."""
    found = [
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in TEXT_SUFFIXES
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(found)


def read_stdin(stream=None) -> bytes:
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read()
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    return data


def iter_inputs(paths: list[str], stdin=None) -> Iterator[Input]:
    """Articles (or failures) for every PATH, in the order given."""
    for given in paths:
        if given == "-":
            data = read_stdin(stdin)
            if looks_like_jsonl(data):
                yield from read_jsonl_lines(data.splitlines(keepends=True), "-")
            else:
                yield read_text_bytes("-", data)
            continue
        path = Path(given)
        if path.is_dir():
            files = walk_directory(path)
            if not files:
                yield InputFailure(given, "folder holds no .txt or .md files")
            for file in files:
                yield from _file_inputs(file, str(file))
        else:
            yield from _file_inputs(path, given)


def _file_inputs(path: Path, label: str) -> Iterator[Input]:
    if is_jsonl(label) and path.is_file():
        yield from read_jsonl(path, label)
    elif label.lower().endswith(".json") and _first_line(path).lstrip().startswith(b"["):
        yield InputFailure(label, "a JSON array; claimx reads JSON Lines, one {\"id\", \"text\", \"published\"} "
                                  "record per line (jq -c '.[]' in.json > in.jsonl)")
    else:
        yield read_file(path, label)


def count_inputs(paths: list[str]) -> Optional[int]:
    """How many articles the PATHs hold, for a progress bar; None if unknown (stdin)."""
    total = 0
    for given in paths:
        if given == "-":
            return None
        path = Path(given)
        files = walk_directory(path) if path.is_dir() else [path]
        for file in files:
            if is_jsonl(str(file)) and file.is_file():
                try:
                    with open(file, "rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
