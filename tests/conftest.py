"""Shared fixtures: one claimx pipeline for the whole session (loading costs a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def nlp():
    from claimx.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=None) -> the JSON record, with the session pipeline."""
    from claimx.api import extract_batch

    def run(text: str, published=None) -> dict:
        return next(extract_batch([{"id": "t", "text": text, "published": published}], nlp=nlp))

    return run
