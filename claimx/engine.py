"""Run the claimx pipeline over many articles.

What a batch of real archives needs and a bare `nlp.pipe` does not give:
long articles split into chunks (offsets still into the original text), a
time limit per article, one failing article never stopping the others, and
worker processes that each load the model once while output keeps input order.
"""

from __future__ import annotations

import multiprocessing
import re
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Optional, Union

from .settings import BATCH_SIZE, CHUNK_CHARS


@dataclass(frozen=True)
class Job:
    id: Optional[str]
    text: str
    published: Optional[str] = None  # ISO date; None: read the article's header


@dataclass(frozen=True)
class Failure:
    id: Optional[str]
    message: str


@dataclass(frozen=True)
class Done:
    record: dict
    warnings: tuple[str, ...] = ()  # components that failed on this article (their items are missing)


Result = Union[Done, Failure]


class ArticleTimeout(BaseException):
    """The time limit for one article (or one batch) ran out.

    A BaseException, so that spaCy's per-component error handler (which catches
    Exception) cannot swallow it.
    """


@contextmanager
def time_limit(seconds: Optional[float]):
    """Raise ArticleTimeout in this thread after `seconds` (main thread only; else no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise ArticleTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_BREAKS = [re.compile(pattern) for pattern in (r"\n\s*\n", r"\n", r"(?<=[.!?])\s+", r"\s+")]


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) chunks of at most `limit` chars, cut at the best break available:
    a blank line, a line end, a sentence end, a space, or (last resort) anywhere."""
    if len(text) <= limit:
        return [(0, text)]
    chunks = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for pattern in _BREAKS:
            ends = [match.end() for match in pattern.finditer(window) if match.end() > limit // 2]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        chunks.append((start, text[start : start + cut]))
        start += cut
    chunks.append((start, text[start:]))
    return chunks


def _shift(value: Any, offset: int) -> Any:
    """A record item with every start/end moved by `offset` (for chunks after the first)."""
    if isinstance(value, dict):
        shifted = {key: _shift(item, offset) for key, item in value.items()}
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
            shifted["start"] = value["start"] + offset
            shifted["end"] = value["end"] + offset
        return shifted
    if isinstance(value, list):
        return [_shift(item, offset) for item in value]
    return value


class Processor:
    """Turns a list of jobs into results with one loaded pipeline (one per process)."""

    def __init__(self, nlp, *, seconds: Optional[float] = None, chunk_chars: int = CHUNK_CHARS):
        self.nlp = nlp
        self.seconds = seconds
        self.chunk_chars = chunk_chars

    def _docs(self, job: Job) -> list:
        from .api import make_doc
        from .published import Header, read_header

        pieces = split_text(job.text, self.chunk_chars)
        if len(pieces) == 1:
            return [make_doc(self.nlp, job.text, job.published)]
        header = read_header(job.text)
        docs = []
        for offset, piece in pieces:
            chunk_header = Header(header.published, max(0, min(header.end - offset, len(piece))))
            doc = make_doc(self.nlp, piece, job.published, header=chunk_header)
            doc.user_data["claimx_offset"] = offset
            docs.append(doc)
        return docs

    def _merge(self, job: Job, docs: list) -> Done:
        from .extensions import FAILURES_KEY
        from .output import doc_to_record

        merged = doc_to_record(docs[0], job.id)
        for doc in docs[1:]:
            part = _shift(doc_to_record(doc, job.id), doc.user_data["claimx_offset"])
            for kind in ("quotes", "events", "numbers"):
                merged[kind].extend(part[kind])
        warnings = tuple(dict.fromkeys(note for doc in docs for note in doc.user_data.get(FAILURES_KEY, ())))
        return Done(merged, warnings)

    def _result(self, job: Job, docs: list, survivors: set) -> Result:
        """The record of a job whose docs went through nlp.pipe, or why it failed."""
        from .pipeline import PIPE_ERROR_KEY

        dropped = [doc for doc in docs if id(doc) not in survivors]
        if dropped:
            return Failure(job.id, dropped[0].user_data.get(PIPE_ERROR_KEY, "processing failed"))
        try:
            return self._merge(job, docs)
        except Exception as error:
            return Failure(job.id, f"failed: {type(error).__name__}: {error}")

    def _run_one(self, job: Job) -> Result:
        try:
            with time_limit(self.seconds):
                docs = self._docs(job)
                survivors = {id(doc) for doc in self.nlp.pipe(docs)}
        except ArticleTimeout:
            return Failure(job.id, f"timed out after {self.seconds:g}s")
        except Exception as error:  # the tokenizer or header reader on text it cannot take
            return Failure(job.id, f"failed: {type(error).__name__}: {error}")
        return self._result(job, docs, survivors)

    def run(self, jobs: list[Job]) -> list[Result]:
        """All jobs in one nlp.pipe call; on a time-out or an error outside the
        components, again one at a time so that only the culprit fails."""
        try:
            with time_limit(self.seconds):
                per_job = [self._docs(job) for job in jobs]
                flat = [doc for docs in per_job for doc in docs]
                survivors = {id(doc) for doc in self.nlp.pipe(flat, batch_size=len(flat) or 1)}
        except (ArticleTimeout, Exception):
            return [self._run_one(job) for job in jobs]
        return [self._result(job, docs, survivors) for job, docs in zip(jobs, per_job)]


# --- worker processes ---------------------------------------------------------

_worker: Optional[Processor] = None


def _prepare_worker() -> None:
    """Signals in a worker: Ctrl-C and SIGTERM are the parent's to handle, and a
    worker must not outlive a parent killed outright (kill -9)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def _init_worker(model: Optional[str], seconds: Optional[float]) -> None:
    global _worker
    from .pipeline import load_pipeline

    _prepare_worker()
    _worker = Processor(load_pipeline(model), seconds=seconds)


def _work(jobs: list[Job]) -> list[Result]:
    assert _worker is not None
    return _worker.run(jobs)


def _batches(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process(
    jobs: Iterable[Job],
    *,
    nlp=None,
    model: Optional[str] = None,
    n_jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    seconds: Optional[float] = None,
) -> Iterator[Result]:
    """Results for `jobs`, in order, streamed: at most a few batches are in memory."""
    if n_jobs <= 1:
        from .pipeline import load_pipeline

        processor = Processor(nlp or load_pipeline(model), seconds=seconds)
        for batch in _batches(jobs, batch_size):
            yield from processor.run(batch)
        return

    # Fork where the platform has it: workers then share the parent's loaded model.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    if nlp is not None and context.get_start_method() == "fork":
        global _worker
        _worker = Processor(nlp, seconds=seconds)
        initializer, initargs = _prepare_worker, ()
    else:
        initializer, initargs = _init_worker, (model, seconds)
    # Small batches keep both workers busy; a bounded window keeps memory flat.
    size = max(1, min(batch_size, 8))
    pool = ProcessPoolExecutor(n_jobs, mp_context=context, initializer=initializer, initargs=initargs)
    finished = False
    try:
        window: deque = deque()
        for batch in _batches(jobs, size):
            window.append(pool.submit(_work, batch))
            if len(window) >= 2 * n_jobs + 1:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
        finished = True
    finally:
        # On an interruption, drop the queued batches instead of finishing them.
        pool.shutdown(wait=finished, cancel_futures=not finished)
