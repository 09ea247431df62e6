"""Batch behaviour: long texts, time limits, failures, worker processes, resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from claimx.engine import Done, Failure, Job, Processor, split_text
from claimx.extensions import register_extensions

PARAGRAPH = (
    'The port authority said on Monday that 4,200 containers had been held up since March 3. '
    '"We expect the backlog to clear by the end of the month," said Anil Mehta, its director.\n\n'
)


def slices_back(text: str, record: dict) -> bool:
    for kind in ("quotes", "events", "numbers"):
        for item in record[kind]:
            if text[item["start"]:item["end"]] != item["text"]:
                return False
            for nested in ("speaker_mention", "event", "counted"):
                span = item.get(nested)
                if span and text[span["start"]:span["end"]] != span["text"]:
                    return False
    return True


@pytest.mark.parametrize("text, limit", [
    ("a" * 250, 100),
    ("word " * 90, 100),
    ("One. Two. Three. " * 20, 50),
    ("para one\n\npara two\n" * 30, 64),
])
def test_split_text_covers_the_text_in_order(text, limit):
    chunks = split_text(text, limit)
    assert "".join(piece for _, piece in chunks) == text
    assert all(len(piece) <= limit for _, piece in chunks)
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in chunks)


def test_long_article_is_chunked_with_offsets_into_the_original(nlp):
    text = "Published: 2024-05-02\n\n" + PARAGRAPH * 12
    whole = Processor(nlp).run([Job("a", text)])[0].record
    chunked = Processor(nlp, chunk_chars=700).run([Job("a", text)])[0].record
    assert chunked["published"] == "2024-05-02"
    assert slices_back(text, chunked)
    # Each paragraph stands alone, so chunking at paragraph breaks changes nothing.
    assert chunked == whole


@Language.component("test_stall_on_marker")
def stall_on_marker(doc):
    if "STALL" in doc.text:
        while True:
            time.sleep(0.01)
    if "CRASH" in doc.text:
        raise RuntimeError("bad component")
    return doc


@pytest.fixture(scope="module")
def fragile_nlp():
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("test_stall_on_marker")
    from claimx.pipeline import keep_error_on_doc

    nlp.default_error_handler = keep_error_on_doc
    return nlp


def test_time_limit_fails_only_the_pathological_article(fragile_nlp):
    jobs = [Job("ok1", "fine"), Job("slow", "STALL here"), Job("ok2", "also fine")]
    results = Processor(fragile_nlp, seconds=0.3).run(jobs)
    assert [type(result) for result in results] == [Done, Failure, Done]
    assert results[1].id == "slow" and "timed out" in results[1].message
    assert [results[0].record["id"], results[2].record["id"]] == ["ok1", "ok2"]


def test_a_component_error_fails_only_its_article(fragile_nlp):
    results = Processor(fragile_nlp).run([Job("a", "x"), Job("b", "CRASH"), Job("c", "y")])
    assert isinstance(results[1], Failure) and "bad component" in results[1].message
    assert results[0].record["id"] == "a" and results[2].record["id"] == "c"


@pytest.mark.parametrize("name, text", [
    ("quote marks", '"' * 10_000),
    ("mixed marks", "“‘«„" * 2_500),
    ("one long line", ("Officials said 12 people were hurt on Monday " * 3_000)),
    ("endless digits", "1" * 50_000),
    ("digits and separators", "1,0" * 20_000),
    ("control characters", "\x00\x01\x02\x1b\u202e" * 5_000),
])
def test_pathological_inputs_end_with_a_clear_outcome(nlp, name, text):
    result = Processor(nlp, seconds=60, chunk_chars=20_000).run([Job(name, text)])[0]
    if isinstance(result, Failure):
        assert result.message
    else:
        assert slices_back(text, result.record)


def write_corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    for index in range(count):
        body = PARAGRAPH.replace("4,200", f"{1000 + index:,}").replace("Mehta", f"Mehta{index}")
        (folder / f"article-{index:03}.txt").write_text(f"Date: 2024-04-{1 + index % 28:02}\n\n{body}", encoding="utf-8")


def claimx_command(*args) -> list[str]:
    return [sys.executable, "-m", "claimx", "extract", *map(str, args)]


def test_jobs_two_gives_byte_identical_output(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 24)
    samples = Path(__file__).resolve().parent.parent / "samples"
    inputs = [corpus] + ([samples] if samples.is_dir() else [])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    subprocess.run(claimx_command(*inputs, "-o", one, "-q", "--jobs", "1"), check=True)
    subprocess.run(claimx_command(*inputs, "-o", two, "-q", "--jobs", "2"), check=True)
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_text(encoding="utf-8").splitlines()) >= 24


def test_killed_run_resumes_to_the_same_records(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 120)
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    subprocess.run(claimx_command(corpus, "-o", full, "-q"), check=True)

    process = subprocess.Popen(claimx_command(corpus, "-o", partial, "-q"))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if partial.exists() and partial.stat().st_size > 0:
            break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    lines_before = partial.read_text(encoding="utf-8").count("\n")
    assert 0 < lines_before < 120

    resumed = subprocess.run(claimx_command(corpus, "-o", partial, "--resume"), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{lines_before} already done" in resumed.stderr
    records = partial.read_text(encoding="utf-8").splitlines()
    assert len(records) == 120
    assert sorted(records) == sorted(full.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("signum, status, word", [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")])
def test_a_stopped_run_keeps_whole_lines_and_says_so(tmp_path, signum, status, word):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 200)
    out = tmp_path / "out.jsonl"
    with open(out, "wb") as stdout:
        process = subprocess.Popen(claimx_command(corpus, "-q"), stdout=stdout, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None and out.stat().st_size == 0:
            time.sleep(0.05)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == status
    # (the line, wherever it stands: a loaded machine may let a warning from the model come first)
    assert f"claimx: {word} after " in stderr.decode() and "Traceback" not in stderr.decode()
    data = out.read_text(encoding="utf-8")
    assert data.endswith("\n")
    assert 0 < len([json.loads(line) for line in data.splitlines()]) < 200


def test_a_stopped_json_run_leaves_an_array_of_its_finished_records(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 200)
    out = tmp_path / "out.json"
    with open(out, "wb") as stdout:
        process = subprocess.Popen(claimx_command(corpus, "-q", "-f", "json"), stdout=stdout, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None and out.stat().st_size == 0:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "claimx: interrupted after " in stderr.decode()
    records = json.loads(out.read_text(encoding="utf-8"))
    assert 0 < len(records) < 200 and all(record["id"] for record in records)


def test_errors_file_lists_failures_as_json_lines(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Nothing to see.", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    out = subprocess.run(
        claimx_command(good, tmp_path / "missing.txt", "--errors", errors, "-f", "jsonl"), capture_output=True, text=True
    )
    assert out.returncode == 1
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == [str(good)]
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"id": str(tmp_path / "missing.txt"), "error": "no such file"}]


def test_resume_needs_a_jsonl_output_file(tmp_path):
    out = subprocess.run(claimx_command(tmp_path, "--resume"), capture_output=True, text=True)
    assert out.returncode == 2
    assert "--resume" in out.stderr


def test_a_failing_extractor_keeps_the_others_results_and_says_so(nlp, monkeypatch):
    dates = nlp.get_pipe("claimx_dates")

    def broken(doc):
        raise ValueError("no calendar today")

    monkeypatch.setattr(dates, "extract", broken)
    result = Processor(nlp).run([Job("a", PARAGRAPH)])[0]
    assert isinstance(result, Done)
    assert result.record["events"] == []
    assert result.record["quotes"]
    assert result.warnings == ("claimx_dates failed (ValueError: no calendar today); its items are left out",)


def test_chunks_do_not_read_a_header_of_their_own(nlp):
    first = "Officials met on Tuesday to discuss the budget plan.\n\n" * 12
    text = first + "Date: 2001-01-01\n\nThe vote came on Tuesday after a long debate.\n"
    whole = Processor(nlp).run([Job("a", text)])[0].record
    chunked = Processor(nlp, chunk_chars=len(first) + 5).run([Job("a", text)])[0].record
    assert chunked["published"] is None
    assert [e["value"] for e in chunked["events"]] == [e["value"] for e in whole["events"]]


def test_resume_counts_repeated_ids_and_keeps_lines_after_a_bad_one(tmp_path):
    corpus = tmp_path / "dup.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": id, "text": f"Text {n}."}) + "\n" for n, id in enumerate(["d", "d", "e", "f"])),
        encoding="utf-8",
    )
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    subprocess.run(claimx_command(corpus, "-o", full, "-q"), check=True)
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    # the first record, a stray blank line, the third record, and a torn fourth
    partial.write_text(lines[0] + "\n" + lines[2] + lines[3][:10], encoding="utf-8")
    subprocess.run(claimx_command(corpus, "-o", partial, "--resume", "-q"), check=True)
    kept = [line for line in partial.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sorted(kept) == sorted(line.rstrip("\n") for line in lines)


def test_api_reports_a_bad_date_without_losing_the_batch(nlp):
    from claimx.api import extract_batch

    errors = []
    items = [{"id": "a", "text": "One."}, {"id": "b", "text": "Two.", "published": "yesterday"}, {"id": "c", "text": "3."}]
    records = list(extract_batch(items, nlp=nlp, on_error=lambda id, message: errors.append(id)))
    assert [r["id"] for r in records] == ["a", "c"]
    assert errors == ["b"]


def test_the_package_exposes_the_documented_api_lazily():
    code = (
        "import sys, inspect, claimx\n"
        "assert 'spacy' not in sys.modules and 'claimx.api' not in sys.modules\n"
        "from claimx import extract, extract_batch, load_pipeline, ClaimxError, UsageError\n"
        "assert 'spacy' not in sys.modules\n"
        "assert issubclass(UsageError, ClaimxError)\n"
        "assert 'published' in inspect.signature(extract).parameters and extract.__doc__\n"
        "assert extract_batch.__doc__ and load_pipeline.__doc__\n"
        "assert {'extract', 'ClaimxError'} <= set(dir(claimx))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_api_rejects_what_is_not_text_clearly(nlp):
    import claimx

    with pytest.raises(TypeError, match="str, not bytes"):
        claimx.extract(b"He said 5 people came.")
    with pytest.raises(TypeError, match="not tuple"):
        list(claimx.extract_batch([("a", "He said 5 people came.")], nlp=nlp))
    errors = []
    records = list(claimx.extract_batch([{"id": "a", "text": 7}, {"id": "b", "text": None}], nlp=nlp,
                                        on_error=lambda id, message: errors.append((id, message))))
    assert [r["id"] for r in records] == ["b"]  # None is an empty text
    assert errors == [("a", "'text' must be a string, not int")]
    with pytest.raises(claimx.UsageError):
        list(claimx.extract_batch([{"id": "a", "text": 7}], nlp=nlp))


def test_the_package_is_marked_as_typed():
    import claimx

    assert (Path(claimx.__file__).parent / "py.typed").is_file()  # mypy reads claimx's hints in users' code
