"""Paragraph breaks are sentence breaks.

The statistical parser happily joins a headline, a dateline or a metadata
header to the paragraph after it ("Published: 2024-11-20 In March, police
recorded …"), and then a date in the first sentence hangs on the header's verb
and loses its tense. Marking the first token after a blank line (and after the
header) as a sentence start before the parser runs keeps every paragraph's
parse to itself: spaCy's parser respects boundaries set before it.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions


class ParagraphBreaks:
    def __init__(self, name: str = "claimx_paragraphs"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        text = doc.text
        header_end = int(doc._.header_end or 0)
        starts = []
        last_end = None  # end of the last token that is not whitespace
        for token in doc:
            if token.is_space:
                continue
            if last_end is not None and (
                text.count("\n", last_end, token.idx) >= 2 or 0 < header_end and last_end <= header_end <= token.idx
            ):
                starts.append(token.i)
            last_end = token.idx + len(token.text)
        if starts:
            # all at once: setting Token.is_sent_start one by one rescans the doc each time
            values = doc.to_array([SENT_START])
            values[starts] = 1
            doc.from_array([SENT_START], values)
        return doc


@Language.factory("claimx_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(name)
