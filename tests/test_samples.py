"""Golden end-to-end test: whole articles in samples/ against hand annotations.

Each samples/<desk>-<slug>.txt has a samples/<desk>-<slug>.expected.json written
by a person following the record spec (not copied from claimx's output). The
test checks recall over the listed items and precision only through the
`not_quotes` / `not_numbers` lists, so an annotation never has to guess how
many extra items an extractor may find. Depends on the statistical model:
rule tests live in the extractors' own test files.

Expected-file format:
  published    ISO date read from the article's own header
  quotes       {text_contains, direct?, speaker?, cue?}; one predicted quote may
               satisfy several items (a split quote may come back whole or in parts)
  events       {text, value?, type?, range?}; matched one to one by exact text
  numbers      {text, value?, value_max?, unit?, qualifier?, counted_contains?};
               one to one by exact text; a key present with null means "must be null"
  not_quotes   texts in quote marks that are not quotes (titles, terms); no direct quote
               may take them in, though reported speech may contain them
  not_numbers  texts no numeric claim may overlap (years, dates, ages, names)
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any, Optional

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_TEXTS = sorted(SAMPLES.glob("*.txt"))
DESKS = ("politics", "economy", "science", "sport", "conflict", "courts")

_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _expected_path(sample: Path) -> Path:
    return sample.with_name(sample.stem + ".expected.json")


def _norm(text: Optional[str]) -> str:
    """Compare texts regardless of curly/straight marks, line breaks and case."""
    return " ".join((text or "").translate(_QUOTE_MARKS).split()).casefold()


def _norm_name(name: Optional[str]) -> str:
    return re.sub(r"^the ", "", _norm(name))


def _overlaps(item: dict, start: int, end: int) -> bool:
    return item["start"] < end and start < item["end"]


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _short(item: dict) -> str:
    return json.dumps(item, ensure_ascii=False)


def test_samples_present():
    assert len(SAMPLE_TEXTS) >= 6, f"want at least six samples in {SAMPLES}, found {len(SAMPLE_TEXTS)}"
    missing = [path.name for path in SAMPLE_TEXTS if not _expected_path(path).exists()]
    assert not missing, f"samples without an .expected.json: {missing}"
    desks = {path.name.split("-", 1)[0] for path in SAMPLE_TEXTS}
    assert set(DESKS) <= desks, f"desks without a sample: {sorted(set(DESKS) - desks)}"
    for path in SAMPLE_TEXTS:
        expected = json.loads(_expected_path(path).read_text(encoding="utf-8"))
        assert {"published", "quotes", "events", "numbers"} <= set(expected), path.name


@pytest.fixture(scope="module")
def records(nlp) -> dict[str, dict]:
    """All samples through one extract_batch call; published=None so each header is read."""
    from claimx.api import extract_batch

    items = [{"id": path.stem, "text": path.read_text(encoding="utf-8"), "published": None} for path in SAMPLE_TEXTS]
    return {record["id"]: record for record in extract_batch(items, nlp=nlp)}


@pytest.fixture(scope="module")
def cue_lemmas(nlp):
    """'said' and 'say' name the same cue: accept the lemma or the word as written."""
    cache: dict[str, str] = {}

    def lemma(cue: str) -> str:
        if cue not in cache:
            cache[cue] = " ".join(token.lemma_.casefold() for token in nlp(cue))
        return cache[cue]

    return lemma


def _offset_problems(text: str, record: dict) -> list[str]:
    problems = []
    for kind in ("quotes", "events", "numbers"):
        for item in record[kind]:
            spans = [("", item)] + [(f".{key}", value) for key, value in item.items() if isinstance(value, dict) and "text" in value]
            for where, span in spans:
                if text[span["start"]:span["end"]] != span["text"]:
                    problems.append(
                        f"{kind}{where}: text {span['text']!r} != input[{span['start']}:{span['end']}] "
                        f"{text[span['start']:span['end']]!r}"
                    )
    return problems


def _quote_differences(expected: dict, quote: dict, cue_lemma) -> list[str]:
    differences = []
    if "direct" in expected and quote.get("direct") != expected["direct"]:
        differences.append(f"direct={quote.get('direct')} (want {expected['direct']})")
    if "speaker" in expected and _norm_name(quote.get("speaker")) != _norm_name(expected["speaker"]):
        differences.append(f"speaker={quote.get('speaker')!r} (want {expected['speaker']!r})")
    if "cue" in expected:
        got = quote.get("cue")
        same = got is not None and (
            _norm(got) == _norm(expected["cue"]) or cue_lemma(got) == cue_lemma(expected["cue"])
        )
        if not same:
            differences.append(f"cue={got!r} (want {expected['cue']!r})")
    return differences


def _quote_problems(expected: dict, record: dict, cue_lemma) -> list[str]:
    problems = []
    for want in expected["quotes"]:
        needle = _norm(want["text_contains"])
        candidates = [quote for quote in record["quotes"] if needle in _norm(quote["text"])]
        if not candidates:
            problems.append(f"quote missing: {want['text_contains']!r} ({want.get('speaker')})")
            continue
        differences = [_quote_differences(want, quote, cue_lemma) for quote in candidates]
        if not any(not found for found in differences):
            best = min(differences, key=len)
            problems.append(f"quote {want['text_contains']!r}: " + ", ".join(best))
    return problems


def _event_differences(want: dict, event: dict) -> list[str]:
    differences = []
    for key in ("value", "type"):
        if key in want and event.get(key) != want[key]:
            differences.append(f"{key}={event.get(key)!r} (want {want[key]!r})")
    if "range" in want and event.get("range") != want["range"]:
        differences.append(f"range={event.get('range')} (want {want['range']})")
    return differences


def _number_differences(want: dict, number: dict) -> list[str]:
    differences = []
    for key in ("value", "value_max"):
        if key not in want:
            continue
        got, wanted = number.get(key), want[key]
        if wanted is None or got is None:
            ok = got is None and wanted is None
        else:
            ok = math.isclose(got, wanted, rel_tol=1e-3)
        if not ok:
            differences.append(f"{key}={got!r} (want {wanted!r})")
    if "unit" in want and number.get("unit") != want["unit"]:
        differences.append(f"unit={number.get('unit')!r} (want {want['unit']!r})")
    if "qualifier" in want and _norm(number.get("qualifier")) != _norm(want["qualifier"]):
        differences.append(f"qualifier={number.get('qualifier')!r} (want {want['qualifier']!r})")
    if "counted_contains" in want:
        counted = (number.get("counted") or {}).get("text")
        if _norm(want["counted_contains"]) not in _norm(counted):
            differences.append(f"counted={counted!r} (want it to contain {want['counted_contains']!r})")
    return differences


def _one_to_one(kind: str, wanted_items: list[dict], predicted: list[dict], differences) -> list[str]:
    """Pair items of equal text, perfect matches first; describe what is still wrong."""
    unused = list(range(len(predicted)))
    unmatched = []
    for want in wanted_items:
        perfect = next(
            (i for i in unused if predicted[i]["text"] == want["text"] and not differences(want, predicted[i])), None
        )
        if perfect is None:
            unmatched.append(want)
        else:
            unused.remove(perfect)
    problems = []
    for want in unmatched:
        same_text = [i for i in unused if predicted[i]["text"] == want["text"]]
        if same_text:
            index = min(same_text, key=lambda i: len(differences(want, predicted[i])))
            unused.remove(index)
            problems.append(f"{kind} {want['text']!r}: " + ", ".join(differences(want, predicted[index])))
            continue
        near = [item["text"] for item in predicted if want["text"] in item["text"] or item["text"] in want["text"]]
        hint = f" (overlapping predictions: {near})" if near else ""
        problems.append(f"{kind} missing: {_short(want)}{hint}")
    return problems


def _not_quote_problems(text: str, expected: dict, record: dict) -> list[str]:
    problems = []
    for title in expected.get("not_quotes", []):
        places = [(m.start(), m.end()) for m in re.finditer(re.escape(title), text)]
        for quote in record["quotes"]:
            # (reported speech may contain a title or term: only a direct quote may not take it in)
            if _norm(quote["text"]).strip(" .,;:'\"") == _norm(title) or quote["direct"] and any(_overlaps(quote, *p) for p in places):
                problems.append(f"not a quote, but extracted: {title!r} (as quote {quote['text'][:80]!r})")
                break
    return problems


def _not_number_problems(text: str, expected: dict, record: dict) -> list[str]:
    problems = []
    for distractor in expected.get("not_numbers", []):
        places = _occurrences(text, distractor)
        for number in record["numbers"]:
            if number["text"] == distractor or any(_overlaps(number, *p) for p in places):
                problems.append(f"not a numeric claim, but extracted: {distractor!r} (as number {number['text']!r})")
                break
    return problems


@pytest.mark.parametrize("sample", SAMPLE_TEXTS, ids=[path.stem for path in SAMPLE_TEXTS])
def test_sample(sample: Path, records, cue_lemmas):
    text = sample.read_text(encoding="utf-8")
    expected: dict[str, Any] = json.loads(_expected_path(sample).read_text(encoding="utf-8"))
    record = records[sample.stem]

    problems: list[str] = []
    if record["published"] != expected["published"]:
        problems.append(f"published={record['published']!r} (want {expected['published']!r})")
    problems += _offset_problems(text, record)
    problems += _quote_problems(expected, record, cue_lemmas)
    problems += _one_to_one("event", expected["events"], record["events"], _event_differences)
    problems += _one_to_one("number", expected["numbers"], record["numbers"], _number_differences)
    problems += _not_quote_problems(text, expected, record)
    problems += _not_number_problems(text, expected, record)

    if problems:
        wanted = len(expected["quotes"]) + len(expected["events"]) + len(expected["numbers"])
        summary = f"{sample.name}: {len(problems)} problem(s) over {wanted} expected items"
        pytest.fail(summary + "\n  " + "\n  ".join(problems), pytrace=False)
