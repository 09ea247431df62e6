"""claimx_quotes: TODO(helper) — replaced by the real extractor."""

from __future__ import annotations

from spacy.language import Language

from .extensions import register_extensions


class QuoteExtractor:
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name

    def __call__(self, doc):
        doc._.quotes = []
        return doc


@Language.factory("claimx_quotes", default_config={})
def make_quotes(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
