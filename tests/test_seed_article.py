"""The user's example article (kept in ../shared, never copied here) gives what issue 2 asks."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-article.txt"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="../shared/examples/seed-article.txt not present")


@pytest.fixture(scope="module")
def seed(extract):
    text = SEED.read_text(encoding="utf-8")
    return text, extract(text)


def test_published_from_header(seed):
    assert seed[1]["published"] == "2025-11-26"


def test_quotes_are_all_taras_kachkas(seed):
    text, record = seed
    quotes = record["quotes"]
    direct = [q for q in quotes if q["direct"]]
    reported = [q for q in quotes if not q["direct"]]
    assert len(direct) == 2
    assert {q["speaker"] for q in quotes} == {"Taras Kachka"}
    assert direct[1]["speaker_mention"]["text"] == "the Deputy Prime Minister"
    assert direct[1]["cue"] == "added"
    assert {q["cue"] for q in reported} >= {"believes", "emphasized"}
    # Exactly two direct quotes: the conference title in quote marks is no quote.
    assert any(q["speaker_role"] and q["speaker_role"].startswith("Deputy Prime Minister for European") for q in quotes)


def event(record, text):
    return next(e for e in record["events"] if e["text"] == text)


def test_dates(seed):
    _, record = seed
    assert event(record, "Wednesday")["value"] == "2025-11-26"
    november = event(record, "November 2022")
    assert november["value"] == "2022-11"
    assert "announced" in november["event"]["text"]
    march = event(record, "March 2023")
    assert march["value"] == "2023-03"
    assert "began" in march["event"]["text"]
    start, end = event(record, "February 24, 2022"), event(record, "August 31, 2024")
    assert start["range"] == end["range"] == {"start": "2022-02-24", "end": "2024-08-31"}


def test_numbers(seed):
    _, record = seed
    by_text = {n["text"]: n for n in record["numbers"]}
    cases = by_text["376"]
    assert cases["value"] == 376
    assert cases["counted"]["text"].startswith("cases of conflict-related sexual violence")
    assert cases["period"] == {"start": "2022-02-24", "end": "2024-08-31"}
    assert cases["source"].startswith("the UN Human Rights Monitoring Mission")
    assert by_text["33"]["counted"]["text"] == "states"
    date_digits = {"24", "2022", "31", "2024", "2023", "2025", "26", "11"}
    assert not date_digits & set(by_text)
