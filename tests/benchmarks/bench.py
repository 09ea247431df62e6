"""claimx benchmark: run by hand, prints figures (not part of the test suite).

    .venv/bin/python tests/benchmarks/bench.py            # full run (about 6 minutes)
    .venv/bin/python tests/benchmarks/bench.py --quick    # smaller corpora

Measures, on a corpus of news-length articles assembled from samples/:
  (a) the bare spaCy pipeline (same model, all its components) with nlp.pipe,
  (b) `claimx extract --jobs 1`, (c) `claimx extract --jobs 2`,
their words/s and the ratios b/a (time) and b/c (speed-up); the peak memory of
claimx on corpora of 1,000 and 10,000 articles; the wall time of `claimx --help`; the time of
single pathological articles (run-on lists of quotes, JSON-like text, thousands of paragraphs).
Every figure is a whole-process wall time, model loading included.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
CLAIMX = [sys.executable, "-m", "claimx"]


def sample_paragraphs(samples: Path = SAMPLES) -> list[str]:
    """Body paragraphs of our own sample articles (headers dropped)."""
    paragraphs = []
    for path in sorted(samples.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        for block in text.split("\n\n")[1:]:
            if len(block.split()) > 12:
                paragraphs.append(block.strip())
    if not paragraphs:
        sys.exit(f"no samples found under {samples}")
    return paragraphs


def make_corpus(folder: Path, count: int, paragraphs_per_article: int, seed: int = 7, samples: Path = SAMPLES) -> int:
    """`count` articles of shuffled sample paragraphs; returns the number of words."""
    pool = sample_paragraphs(samples)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for index in range(count):
        day = 1 + index % 28
        body = "\n\n".join(rng.sample(pool, min(paragraphs_per_article, len(pool))))
        text = f"Date: 2025-03-{day:02}\n\n{body}\n"
        words += len(text.split())
        (folder / f"article-{index:05}.txt").write_text(text, encoding="utf-8")
    return words


BARE = """
import sys, pathlib, spacy
from claimx.pipeline import resolve_model_name
nlp = spacy.load(resolve_model_name(None))
paths = sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))
texts = (p.read_text(encoding="utf-8") for p in paths)
for doc in nlp.pipe(texts, batch_size=32):
    pass
"""


def component_shares(corpus: Path) -> None:
    """Seconds spent in each pipeline component over the corpus (one process, no batching
    effects hidden: every doc goes through each component in turn)."""
    from claimx.api import make_doc
    from claimx.pipeline import load_pipeline

    nlp = load_pipeline()
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    spent = {name: 0.0 for name in nlp.pipe_names}
    for text in texts:
        doc = make_doc(nlp, text)
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            spent[name] += time.perf_counter() - started
    spacy_total = sum(seconds for name, seconds in spent.items() if not name.startswith("claimx_"))
    print("time per component (share of the spaCy components' time):")
    for name, seconds in spent.items():
        print(f"  {name:18} {seconds:6.2f} s  {100 * seconds / spacy_total:5.1f}%")


def pathological_inputs() -> None:
    """Seconds for texts that once made a component quadratic; each should stay near the parse's own
    time (twice the size, about twice the time)."""
    from claimx.api import extract

    shapes = {
        "one-word paragraphs": lambda n: "word\n\n" * (n // 6),
        "JSON-like text": lambda n: '{"key":"value","n":3},' * (n // 22),
        "run-on quoted list": lambda n: " ".join(f"\u201citem{i}\u201d," for i in range(n // 12)),
        "run-on quotes with cues": lambda n: " ".join(f"\u201cWe won {i},\u201d she said," for i in range(n // 24)),
        "run-on reports": lambda n: " ".join(f"Officials{i} said taxes would rise by {i % 9 + 1}%" for i in range(n // 40)),
    }
    extract("warm up the model")
    print("pathological inputs (claimx.extract, one article):")
    for name, make in shapes.items():
        times = []
        for size in (25_000, 50_000):
            started = time.perf_counter()
            extract(make(size))
            times.append(time.perf_counter() - started)
        print(f"  {name:24} 25 KB {times[0]:5.1f} s   50 KB {times[1]:5.1f} s")


def run_timed(command: list[str]) -> tuple[float, int]:
    """(wall seconds, peak RSS in MiB of the process or its largest worker).

    On Linux, the rusage wait4 gives for a child already folds in the peak of
    the grandchildren it waited for (the worker processes)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=240, help="articles in the speed corpus (default 240)")
    parser.add_argument("--memory-sizes", default="1000,10000", help="corpus sizes for the memory runs")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs of (a), (b), (c); medians (default 3)")
    parser.add_argument("--quick", action="store_true", help="60 articles, one run, memory at 200 and 1,000")
    parser.add_argument("--samples", type=Path, default=SAMPLES,
                        help="folder of articles the corpus is built from (default samples/; pass an older copy "
                             "to compare with figures measured before samples were added)")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.memory_sizes, args.repeat = 60, "200,1000", 1

    work = Path(tempfile.mkdtemp(prefix="claimx-bench-"))
    try:
        corpus = work / "speed"
        words = make_corpus(corpus, args.articles, paragraphs_per_article=20, samples=args.samples)  # ~550 words, news length
        print(f"corpus: {args.articles} articles, {words:,} words (from {args.samples}), cores: {os.cpu_count()}")

        # Interleaved repeats, medians: a shared machine's noise hits all three alike.
        times: dict[str, list[float]] = {"bare": [], "one": [], "two": []}
        for _ in range(args.repeat):
            times["bare"].append(run_timed([sys.executable, "-c", BARE, str(corpus)])[0])
            seconds, mem_one = run_timed(CLAIMX + ["extract", str(corpus), "-q", "-o", str(work / "one.jsonl"), "--jobs", "1"])
            times["one"].append(seconds)
            times["two"].append(run_timed(CLAIMX + ["extract", str(corpus), "-q", "-o", str(work / "two.jsonl"), "--jobs", "2"])[0])
        bare, one, two = (statistics.median(times[key]) for key in ("bare", "one", "two"))
        if args.repeat > 1:
            print(f"median of {args.repeat} interleaved runs each")
        same = (work / "one.jsonl").read_bytes() == (work / "two.jsonl").read_bytes()
        print(f"(a) bare spaCy nlp.pipe     {bare:7.1f} s  {words / bare:8,.0f} words/s")
        print(f"(b) claimx --jobs 1         {one:7.1f} s  {words / one:8,.0f} words/s  peak {mem_one} MiB")
        print(f"(c) claimx --jobs 2         {two:7.1f} s  {words / two:8,.0f} words/s")
        print(f"b/a time ratio              {one / bare:7.2f}   (target <= 1.25)")
        print(f"b/c speed-up with 2 jobs    {one / two:7.2f}   (target >= 1.7)   identical output: {same}")

        component_shares(corpus)

        for size in [int(part) for part in args.memory_sizes.split(",") if part]:
            folder = work / f"memory-{size}"
            short_words = make_corpus(folder, size, paragraphs_per_article=1, seed=size, samples=args.samples)
            seconds, peak = run_timed(
                CLAIMX + ["extract", str(folder), "-q", "-o", str(work / f"memory-{size}.jsonl"), "--jobs", "2"]
            )
            print(f"memory, {size:6,} short articles ({short_words:,} words, --jobs 2): peak {peak} MiB per process, {seconds:.1f} s")
            shutil.rmtree(folder)

        runs = []
        for _ in range(7):
            started = time.perf_counter()
            subprocess.run(CLAIMX + ["--help"], stdout=subprocess.DEVNULL, check=True)
            runs.append(time.perf_counter() - started)
        print(f"claimx --help wall time     {statistics.median(runs):7.3f} s median of 7 (target < 0.3)")
        # last: big articles raise this process's own peak, which Linux reports for every child it forks later
        pathological_inputs()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
