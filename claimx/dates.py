"""claimx_dates: TODO(helper) — replaced by the real extractor."""

from __future__ import annotations

from spacy.language import Language

from .extensions import register_extensions


class DateExtractor:
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name

    def __call__(self, doc):
        doc._.events = []
        return doc


@Language.factory("claimx_dates", default_config={})
def make_dates(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor(nlp, name)
