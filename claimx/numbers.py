"""claimx_numbers: TODO(helper) — replaced by the real extractor."""

from __future__ import annotations

from spacy.language import Language

from .extensions import register_extensions


class NumberExtractor:
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name

    def __call__(self, doc):
        doc._.numbers = []
        return doc


@Language.factory("claimx_numbers", default_config={})
def make_numbers(nlp: Language, name: str) -> NumberExtractor:
    return NumberExtractor(nlp, name)
