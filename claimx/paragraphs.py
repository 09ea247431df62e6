"""Paragraph breaks are sentence breaks.

The statistical parser happily joins a headline, a dateline or a metadata
header to the paragraph after it ("Published: 2024-11-20 In March, police
recorded …"), and then a date in the first sentence hangs on the header's verb
and loses its tense. Marking the first token after a blank line (and after the
header, or an HTML paragraph's tags in scraped copy) as a sentence start before
the parser runs keeps every paragraph's parse to itself: spaCy's parser
respects boundaries set before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text, register_extensions

_BLANK_LINES = re.compile(r"\n[ \t\r\u00a0]*\n\s*")
# Scraped copy may keep its paragraphs as HTML instead: a block ends after its closing tag (or a
# line break tag) and begins at its opening tag, so the tags stay with their own paragraph.
_BLOCK = r"(?:p|div|li|h[1-6]|blockquote|section|article|tr|td)"
_BLOCK_ENDS = re.compile(rf"(?i:</{_BLOCK}\s*>|<br\s*/?>)")
_BLOCK_STARTS = re.compile(rf"(?i:<{_BLOCK}(?:\s[^<>]{{0,200}})?>)")


class ParagraphBreaks:
    def __init__(self, name: str = "claimx_paragraphs"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        text = doc_text(doc)
        header_end = int(doc._.header_end or 0)
        breaks = [match.end() for match in _BLANK_LINES.finditer(text)]
        if "<" in text:
            breaks += [match.end() for match in _BLOCK_ENDS.finditer(text)]
            breaks += [match.start() for match in _BLOCK_STARTS.finditer(text)]
        if 0 < header_end < len(text):
            breaks.append(header_end)
        if not breaks:
            return doc
        offsets = doc.to_array([IDX]).tolist()
        starts = set()
        for position in breaks:
            index = bisect_left(offsets, position)  # the first token at or after the break
            while index < len(doc) and doc[index].is_space:
                index += 1
            if 0 < index < len(doc):
                starts.add(index)
        if starts:
            # all at once: setting Token.is_sent_start one by one rescans the doc each time
            values = doc.to_array([SENT_START])
            values[sorted(starts)] = 1
            doc.from_array([SENT_START], values)
        return doc


@Language.factory("claimx_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(name)
