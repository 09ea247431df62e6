"""claimx_quotes: direct quotes (in quote marks) and reported speech, with speakers.

Two passes over the parsed article. Quote marks are paired by a small state
machine per paragraph, so an odd mark only costs the paragraph it sits in, and
a quote that runs over paragraphs (each opens with a mark, only the last
closes) stays one quote. Each quoted span is then attributed from the text
around it (`," she said`, `Smith said:`, `—Smith`, `according to Smith`, the
quote it continues, a colon introduction). Reported speech comes from the
parse: a reporting verb with a clausal complement outside quote marks.
Speakers are resolved to the article's fullest name by `claimx.speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from .extensions import doc_text, note_failure, register_extensions
from .records import Quote, TextSpan
from .resources import load_json
from .settings import SPEAKER_WINDOW_SENTENCES
from .spans import SentenceIndex
from .speakers import Lexicon, Speaker, SpeakerIndex, is_age_noun, is_agency_dateline, is_dateline, mention_bounds, span_of

_SPACE_BEFORE_CLOSE_OK = {"\u00bb", "\u203a"}  # French guillemets: « texte »
_SPACE_AFTER_OPEN_OK = {"\u00ab", "\u2039"}
_OPEN_LEFT = set(" \t\r\n\u00a0([{<>\u2014\u2013-/:;,\u201c\u2018\"'\u00ab\u201e")  # (`<p>"…`: after a tag)
_AMBIGUOUS_MARKS = {"\"", "'", "''", "\u201d"}
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d\d(?:[ap]\.?m\.?)?$|[ap]\.?m\.?$|GMT$|BST$|CET$|ET$|UTC$", re.IGNORECASE)
_DECADE = re.compile(r"\d\d(?:s\b|\b)")
_LETTERS = re.compile(r"[A-Za-z]+")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_WORDS = re.compile(r"[\w'\u2019\-]+")
_PLAIN_WORDS = re.compile(r"[\w\-]+")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")
_DASH_ATTRIBUTION = re.compile(
    r"[ \t\u00a0]*(?:&nbsp;|<[^<>\n]{0,80}>)*[ \t\u00a0]*(?:\u2014|\u2013|\u2015|--|-(?=\s)|&mdash;|&ndash;|&#821[12];)"
    r"(?:[ \t\u00a0]|&nbsp;|<[^<>\n]{0,80}>)*(?=[A-Z])"
)  # (`"…" &mdash; <em>Smith</em>`: scraped copy keeps its entities and tags)
# Markup a scraper left in the text: tags and character entities. They are never a speaker or a cue.
_TAG_OR_ENTITY = r"<[^<>\n]{0,300}>|&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});"
_MARKUP = re.compile(_TAG_OR_ENTITY)
_MARKUP_START = re.compile(r"</?[A-Za-z]|&(?:#\d|#x|[A-Za-z]{2,8};)")
_MARKUP_LEAD = re.compile(rf"^(?:\s|{_TAG_OR_ENTITY})*")
_MARKUP_TAIL = re.compile(rf"(?:\s|{_TAG_OR_ENTITY})+$")
_VERB_POS = {"VERB", "AUX"}
# Words a title leaves in lower case however long ("Contract with America", "Gone with the Wind").
_TITLE_SMALL_WORDS = frozenset({"with", "from", "into", "onto", "over", "upon", "than", "that", "versus", "within", "without"})
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "as", "from", "vs"})
_TITLE_LABELS = {"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"}
# A transcript line: an upper-case speaker label and a colon at the start of a paragraph.
# A headline-style attribution: a title-case name, a colon, then what was said (`Ruiz: Port Will Reopen`).
_TITLE_CASE_WORDS = r"[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,%d}"  # a label of title-case words, at most n+1
# (`Ruiz camp:` / `Ruiz spokesman:`: the name may be followed by the body or role it stands for)
_NAME_COLON = re.compile(r"(?P<label>%s(?: [a-z][a-z\-]+)?):[ \t]+(?=\S)" % (_TITLE_CASE_WORDS % 4))
_STRAY_SINGLE_CLOSE = re.compile(r"(?<=[.!?])[\u2019'](?=[ \t]+[A-Z\u201c\"])")
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2014\u201c\"]))[\u2018'](?=\w)")
_LINE = re.compile(r"[^\n]+")
_LINE_LABEL = re.compile(r"[ \t]*(?P<label>%s):[ \t]+(?=\S)" % (_TITLE_CASE_WORDS % 3))  # a transcript line's speaker
# An interview's question and answer labels opening a paragraph (`Q: …` / `A: …`, `**Q.**`).
_QA_LABEL = re.compile(r"[*_]{0,2}(?P<label>Q|A|Question|Answer)[*_]{0,2}[ \t]*[:.\u2014\u2013][*_]{0,2}[ \t]+(?=\S)")
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_SPEAKER_LABEL = re.compile(r"[\"\u201c\u201d]?(?P<label>[A-Z][A-Z'\u2019.\- ]{1,38}[A-Z.]):[ \t]+(?=\S)")

# How far around a quote its attribution is looked for: a sentence of prose, never a whole list
# of quoted items run together (which would make every quote scan all the others).
_FRAME_TOKENS = 80
_MAX_REPORT_TOKENS = 250  # no reported clause in news runs longer (the longest sentences run ~120 tokens)
_FRAME_CHARS = 600


_FIGURE_LABELS = ("CARDINAL", "PERCENT", "MONEY", "QUANTITY")


def _named_earlier(word: Token) -> bool:
    """The word was written earlier capitalised right after a capitalised proper noun, as a surname is
    (`Aoife Kiely chairs …`), so a later sentence opening with it names that person."""
    doc = word.doc
    return any(
        t.text == word.text and t.i > 0 and not t.is_sent_start and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper()
        for t in doc[max(0, word.i - 2000):word.i]
    )


def _relative_verb(verb: Token) -> bool:
    """The verb of a relative clause whose subject is `who`/`which` (`one resident, who asked …`)."""
    return verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children)


def _named_with_article(token: Token) -> bool:
    """`the Gazette`, `the Herald`: a name with an article is a paper or a body, not a person."""
    return token.pos_ == "PROPN" and any(c.dep_ == "det" for c in token.children)


def _prepositional_object(head: Token, is_preposition) -> Optional[Token]:
    """The object of the first preposition under `head` that has one
    ('according [to X]', 'announced [by X]')."""
    for prep in head.children:
        if is_preposition(prep):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


@dataclass
class _Marked:
    """A span between a pair of quote marks (content offsets exclude the marks)."""

    open_start: int
    start: int
    end: int
    close_end: int
    closed: bool
    paragraph: int


@dataclass
class _Attribution:
    speaker: Speaker
    cue: Optional[str]
    how: str


@dataclass
class _Found:
    start: int
    end: int
    direct: bool
    marked: Optional[_Marked] = None
    attribution: Optional[_Attribution] = None
    drop: bool = False
    extra: dict = field(default_factory=dict)


def _describing_participle(token: Token, statement_nouns: frozenset = frozenset()) -> bool:
    """`a statement read to the court`, `remarks delivered at the hearing`: a cue that only describes a noun
    (also when the parse read the participle as a subjectless verb right after the noun: `said in remarks
    read out at the hearing`, `read` a complement of `said`)."""
    if token.dep_ == "acl":
        return token.tag_ == "VBN" and token.head.pos_ == "NOUN" and token.head.i < token.i
    if token.tag_ not in ("VBN", "VBD") or token.i == 0:
        return False
    noun = token.doc[token.i - 1]
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.lemma_.lower() in statement_nouns and token.dep_ in ("ccomp", "conj", "advcl", "relcl") \
        and token.head.i < noun.i and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _subject_pronoun_that(token: Token) -> bool:
    """`said that was a mistake`: `that` is the subject of the verb right after it (no other subject), not
    a complementiser to leave out of what was said."""
    if token.dep_ != "nsubj" or token.i + 1 >= len(token.doc) or token.i == 0 or token.doc[token.i - 1].pos_ not in ("VERB", "AUX"):
        return False  # (right after the cue: `said that was …`)
    following, head = token.doc[token.i + 1], token.head
    return following.pos_ in ("AUX", "VERB") and following.tag_ in ("VBD", "VBZ", "MD") and (following == head or following.head == head) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c != token for c in head.children)


def _opens_sentence(text: str, at: int) -> bool:
    """A quote mark at `at` opens a sentence (or a paragraph, or what a colon introduces)."""
    before = text[max(0, at - 3):at].rstrip(" \t")
    return before == "" or before.endswith(("\n", ".", "!", "?", ":"))


def _one_word_utterance(text: str, marked: "_Marked") -> bool:
    """`'No', she said.` / `said: 'Yes.'`: a single-quoted word that opens a sentence and is closed
    before its comma, or ends its own sentence inside the marks (elsewhere one word in single marks
    is a term, or a stray apostrophe)."""
    return _opens_sentence(text, marked.open_start) and (
        text[marked.close_end:marked.close_end + 1] in (",", "!", "?") or text[marked.end - 1:marked.end] in (".", "!", "?")
    )


class MarkPairer:
    """Pairs quote marks into quoted spans; knows apostrophes from single quotes."""

    def __init__(self) -> None:
        data = load_json("quotes/marks.json")
        self.pairs = data["pairs"]
        self.open_kind = {pair["open"]: pair["kind"] for pair in self.pairs}
        self.closers_of = {pair["open"]: set(pair["close"]) for pair in self.pairs}
        self.tolerated = {kind: set(marks) for kind, marks in data["tolerated_close"].items()}
        self.elisions = set(data["elisions"])
        marks = {pair["open"] for pair in self.pairs}
        for pair in self.pairs:
            marks.update(pair["close"])
        for extra in self.tolerated.values():
            marks.update(extra)
        self.kind_marks = {
            kind: {m for m in marks if self.open_kind.get(m) == kind or m in self.tolerated[kind] or any(m in p["close"] for p in self.pairs if p["kind"] == kind)}
            for kind in self.tolerated
        }
        self.pattern = re.compile("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))

    # -- mark classification --
    def _can_open(self, text: str, mark: str, at: int, kind: str) -> bool:
        if mark not in self.open_kind or self.open_kind[mark] != kind:
            return False
        after = at + len(mark)
        right = text[after] if after < len(text) else "\n"
        left = text[at - 1] if at > 0 else "\n"
        if right.isspace():
            if mark not in _SPACE_AFTER_OPEN_OK or not text[after:after + 3].strip()[:1].isalnum():
                return False  # (only French guillemets take a space inside: « texte »)
        if mark in _AMBIGUOUS_MARKS:
            if left not in _OPEN_LEFT:
                return False
        if kind == "single":
            if left.isalnum():
                return False
            word = _LETTERS.match(text, after, after + 12)
            if word and word.group(0).lower() in self.elisions:
                return False
            if _DECADE.match(text, after):
                return False
        return True

    def _can_close(self, text: str, mark: str, at: int, opener: str, kind: str) -> bool:
        if mark not in self.closers_of.get(opener, ()) and mark not in self.tolerated[kind]:
            return False
        after = at + len(mark)
        right = text[after] if after < len(text) else "\n"
        left = text[at - 1] if at > 0 else "\n"
        if left.isspace() and mark not in _SPACE_BEFORE_CLOSE_OK:
            return False
        if (right.isalnum() or right == "_") and not (kind != "single" and left in ",.!?\u2026"):
            # a closer glued to a word is an apostrophe (don't) or an opener, never a closer, unless
            # the quote has just ended its sentence (`won,”she said`, `ready."Then`: a lost space)
            return False
        if mark == opener and mark not in ("\"", "'") and mark not in self.closers_of.get(opener, ()):
            return False
        if mark not in self.closers_of.get(opener, ()) and self._can_open(text, mark, at, kind) and not left.isalnum() and left not in ".,!?;:)\u2026":
            return False
        return True

    @staticmethod
    def paragraphs(text: str, start: int) -> list[tuple[int, int]]:
        """Paragraph ranges of text[start:]: blank-line separated if the text has blank lines."""
        splitter = _PARAGRAPH_BREAK if _BLANK_LINE.search(text, start) else _LINE_BREAK
        ranges, position = [], start
        for match in splitter.finditer(text, start):
            if match.start() > position:
                ranges.append((position, match.start()))
            position = match.end()
        if position < len(text):
            ranges.append((position, len(text)))
        return ranges

    def find(self, text: str, start: int) -> list[_Marked]:
        paragraphs = self.paragraphs(text, start)
        found = self._find_kind(text, paragraphs, "double")
        # single marks quote at top level too (British style) wherever they are not nested in double ones
        singles = [
            m for m in self._find_kind(text, paragraphs, "single")
            if (len(text[m.start:m.end].split()) >= 2 or _one_word_utterance(text, m))
            and not any(d.open_start < m.close_end and m.open_start < d.close_end for d in found)
        ]
        return sorted(found + singles, key=lambda m: m.open_start) if singles else found

    def _find_kind(self, text: str, paragraphs: list[tuple[int, int]], kind: str) -> list[_Marked]:
        found: list[_Marked] = []
        marks_of_kind = self.kind_marks[kind]
        carried: Optional[tuple[str, int, int]] = None  # opener mark, offset, paragraph it opened in
        for number, (p_start, p_end) in enumerate(paragraphs):
            opener = carried
            carried = None
            marks = [(m.group(0), m.start()) for m in self.pattern.finditer(text, p_start, p_end) if m.group(0) in marks_of_kind]
            skip_first = opener is not None
            for mark, at in marks:
                if skip_first:
                    skip_first = False
                    continue
                if opener is None:
                    if self._can_open(text, mark, at, kind):
                        opener = (mark, at, number)
                    continue
                if self._can_close(text, mark, at, opener[0], kind):
                    found.append(_Marked(opener[1], opener[1] + len(opener[0]), at, at + len(mark), True, opener[2]))
                    opener = None
                elif self._can_open(text, mark, at, kind):
                    opener = (mark, at, number)  # the earlier mark never closed: start again here
            if opener is None:
                continue
            following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            if following is not None:
                head = self.pattern.match(text, following[0])
                if head and head.group(0) == opener[0] and self._can_open(text, head.group(0), following[0], kind):
                    carried = opener  # a quote running on into the next paragraph (which reopens with the same mark)
                    continue
            if kind == "double":
                # `“Let’s go. We can do it.’ Ames was …`: a single mark ending a sentence, with no single
                # mark opened inside, closes a double quote typed with the wrong mark
                stray = _STRAY_SINGLE_CLOSE.search(text, opener[1] + len(opener[0]), p_end)
                if stray is not None and not _SINGLE_OPEN.search(text, opener[1] + len(opener[0]), stray.start()):
                    found.append(_Marked(opener[1], opener[1] + len(opener[0]), stray.start(), stray.end(), True, opener[2]))
                    continue
            end = p_end
            while end > opener[1] and text[end - 1].isspace():
                end -= 1
            if end > opener[1] + len(opener[0]):
                found.append(_Marked(opener[1], opener[1] + len(opener[0]), end, end, False, opener[2]))
        return found


class QuoteExtractor:
    """spaCy component writing `doc._.quotes` (claimx.records.Quote list)."""

    def __init__(self, nlp: Language, name: str, *, indirect: bool = True, max_quote_chars: int = 5000):
        register_extensions()
        self.name = name
        self.indirect = indirect
        self.max_quote_chars = max_quote_chars
        cues = load_json("quotes/cues.json")
        self.lexicon = Lexicon()
        self.speech_verbs = self.lexicon.speech_verbs
        self.cognition_verbs = frozenset(cues["cognition_verbs"]) - self.speech_verbs
        self.source_prepositions = frozenset(cues["source_prepositions"])
        self.trailing_participles = frozenset(cues["trailing_participles"])
        self.attribution_prepositions = frozenset(cues["attribution_prepositions"])
        self.temporal_marks = frozenset(cues["temporal_marks"])
        self.amount_prepositions = frozenset(cues["amount_prepositions"])
        self.prepositional_speech_acts = {verb: frozenset(preps) for verb, preps in cues["prepositional_speech_acts"].items()}
        self.narrator_connectives = {tuple(words.split()) for words in cues["narrator_connectives"]}
        self.longest_connective = max((len(words) for words in self.narrator_connectives), default=0)
        self.idiom_cues = dict(cues["idiom_cues"])
        self.particle_cues = dict(cues["particle_cues"])
        self.speech_nouns = frozenset(cues["speech_nouns"])
        self.voiced_nouns = frozenset(cues["voiced_nouns"])
        self.voicing_verbs = frozenset(cues["voicing_verbs"])
        self.addressee_verbs = frozenset(cues["addressee_verbs"])
        self.contact_verbs = frozenset(cues.get("contact_verbs", ())) | self.addressee_verbs
        self.hearing_bodies = frozenset(cues["hearing_bodies"])
        self.hearing_verbs = frozenset(cues["hearing_verbs"])
        self.inverted_cues = frozenset(cues["inverted_cues"])
        self.partial_quote_verbs = frozenset(cues["partial_quote_verbs"])
        self.question_verbs = frozenset(cues["question_verbs"])
        self.finding_nouns = frozenset(cues["finding_nouns"])
        self.refusal_verbs = frozenset(cues["refusal_verbs"])
        self.irregular_speech_forms = dict(cues["irregular_speech_forms"])
        self.narrator_comment_nouns = frozenset(cues["narrator_comment_nouns"])
        self.naming_verbs = frozenset(cues["naming_verbs"])
        self.object_cues = frozenset(cues.get("object_cues", ()))
        non_quotes = load_json("quotes/non_quotes.json")
        self.naming_words = frozenset(non_quotes["naming_words"])
        self.section_labels = frozenset(non_quotes["section_labels"])
        self.max_scare_words = int(non_quotes["max_scare_words"])
        self.markup_words = frozenset(non_quotes["markup_words"])
        self.max_title_words = int(non_quotes["max_title_words"])
        self.min_title_case_share = float(non_quotes["min_title_case_share"])
        self.marks = MarkPairer()
        self._lines_are_paragraphs = False  # set per document

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.quotes = self.extract(doc)
        except Exception as error:  # a parse we did not foresee must not lose the article
            note_failure(doc, self.name, error)
            doc._.quotes = []
        return doc

    # ------------------------------------------------------------------
    def extract(self, doc: Doc) -> list[Quote]:
        text = doc_text(doc)
        if not text or len(doc) == 0:
            return []
        body_start = min(max(int(doc._.header_end or 0), 0), len(text))
        self._lines_are_paragraphs = _lines_are_paragraphs(text)
        starts = doc.to_array(IDX).tolist()  # a Python loop over the tokens costs more than the rest of this setup
        context = _DocContext(doc, text, starts, body_start, self.marks.paragraphs(text, body_start))
        context.lines_are_paragraphs = self._lines_are_paragraphs
        if "<" in text or "&" in text:
            context.set_markup([(m.start(), m.end()) for m in _MARKUP.finditer(text)])
        speakers = SpeakerIndex(doc, self.lexicon, context.token_at(body_start) if body_start else 0, context.sentences)

        marked = [m for m in self.marks.find(text, body_start) if m.end - m.start <= self.max_quote_chars]
        context.marked_spans = [(m.open_start, m.close_end) for m in marked]
        context.marked_starts = [m.open_start for m in marked]
        context.marked_starts_set = set(context.marked_starts)
        for m in marked:
            if not m.closed:
                self._cut_at_attribution(context, m)
        direct = [_Found(m.start, m.end, True, m) for m in marked if text[m.start:m.end].strip()]
        for item in direct:
            if self._is_name_or_title(context, item):
                item.drop = True
        direct = [item for item in direct if not item.drop]
        context.quoted = [(item.marked.open_start, item.marked.close_end) for item in direct]
        context.quoted_starts = [span[0] for span in context.quoted]
        speakers.is_quoted = context.in_marks
        unmarked = self._unmarked_speech(context)
        for statement in unmarked:
            if not statement.direct:  # `Ames: Rival Has 'a Long Way to Go'`: the quoted words are part of the statement
                for item in direct:
                    if statement.start <= item.marked.open_start and item.marked.close_end <= statement.end:
                        item.drop = True
        if unmarked:
            context.quoted = sorted(context.quoted + [(item.start, item.end) for item in unmarked])
            context.quoted_starts = [span[0] for span in context.quoted]

        # Attribute in text order so that pronouns resolve against earlier speakers.
        candidates = list(direct) + unmarked
        if self.indirect:
            candidates += self._reported_speech(context, direct)
        candidates.sort(key=lambda item: (item.start, item.end))
        for item in candidates:
            if item.marked is not None:
                item.attribution = self._attribute_direct(context, item, speakers)
            else:
                item.attribution = self._resolve_pending(item, speakers)
        self._fill_unattributed(context, candidates, speakers)

        quotes = []
        for item in candidates:
            if item.drop:
                continue
            if item.direct and item.attribution is None and not self._looks_like_speech(context, item):
                continue
            if item.direct and not item.extra.get("reported") and self._is_scare_quote(context, item):
                continue
            quotes.append(self._record(text, item))
        return quotes

    # -- records -------------------------------------------------------
    def _record(self, text: str, item: _Found) -> Quote:
        start, end = item.start, item.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or (item.direct and text[end - 1] == ",")):
            end -= 1
        attribution = item.attribution
        if attribution is None:
            return Quote(text[start:end], start, end, item.direct)
        speaker = attribution.speaker
        mention, name = speaker.mention, speaker.name
        glued = _MARKUP_START.search(mention.text)
        if glued is not None and glued.start() > 0:
            # `Ana Ruiz</em>`: the tokenizer glued a closing tag to the name
            cut = len(mention.text[:glued.start()].rstrip())
            mention = TextSpan(mention.text[:cut], mention.start, mention.start + cut)
            name = name.split("<", 1)[0].split("&", 1)[0].rstrip() or mention.text
        lead = _MARKUP_LEAD.match(mention.text)
        if lead is not None and 0 < lead.end() < len(mention.text):
            # `<p>Officials said …`: the parser took the paragraph tag into the subject
            mention = TextSpan(mention.text[lead.end():], mention.start + lead.end(), mention.end)
            name = name[_MARKUP_LEAD.match(name).end():] or mention.text
        if self._plausible_speaker(mention.text) and not self._plausible_speaker(name):
            name = mention.text  # resolved to markup residue ('<p>Prices' read as a company): keep the mention
        if not self._plausible_speaker(mention.text):
            return Quote(text[start:end], start, end, item.direct)
        return Quote(text[start:end], start, end, item.direct, name, mention, _clean_role(speaker.role), attribution.cue)

    def _plausible_speaker(self, words: str) -> bool:
        """A name, role, pronoun or organisation: letters, and not only scraper markup (`nbsp`, `</a>`)."""
        if not words or _MARKUP.search(words):
            return False
        # (a markup word written as a name is one: `Li said`, not `<li>` residue)
        return any((w.lower() not in self.markup_words or w[:1].isupper() and w[1:].islower() and len(w) > 1) and any(ch.isalpha() for ch in w)
                   for w in _PLAIN_WORDS.findall(words))

    def _cut_at_attribution(self, context: "_DocContext", marked: _Marked) -> None:
        """An unclosed quote that runs into `, Smith said …` ends before that comma."""
        doc = context.doc
        tokens = context.tokens_in(marked.start, marked.end)
        for token in tokens:
            if not self._is_cue(token, cognition=False):
                continue
            subject = self._subject(token, loose_right=True)
            if subject is None or not (subject.pos_ in ("PROPN", "PRON") or self.lexicon.is_title_word(subject)):
                continue
            first = min(subject.left_edge.i, token.i)
            if first > 0 and doc[first - 1].text == "," and doc[first - 1].idx > marked.start:
                comma = doc[first - 1].idx
                marked.end, marked.close_end = comma, comma + 1
                return

    # -- non-quotes ------------------------------------------------------
    def _is_name_or_title(self, context: "_DocContext", item: _Found) -> bool:
        """Titles, slogans, nicknames and scare quotes are quoted names, not speech."""
        text = context.text
        content = text[item.start:item.end]
        words = _WORDS.findall(content)
        if not words:
            return True
        before = text[max(0, item.marked.open_start - 40):item.marked.open_start]
        before_words = _PLAIN_WORDS.findall(before.lower())
        naming = bool(before_words) and (before_words[-1] in self.naming_words or (len(before_words) > 1 and before_words[-2] in self.naming_words and before_words[-1] in ("as", "the", "a", "an", "of")))
        if naming and content[:1].islower() and item.marked.open_start > 0:
            noun = context.doc[context.token_at(item.marked.open_start) - 1]
            if noun.dep_ == "dobj" and noun.pos_ == "NOUN" and noun.head.lemma_.lower() in self.partial_quote_verbs:
                naming = False  # `called the project "a monument to waste"`: a judgement of the project, not its name
        long_words = [w for w in words if len(w) > 3 and w not in _TITLE_SMALL_WORDS]  # "Contract with America"
        capitalised = [w for w in long_words if w[:1].isupper()]
        if len(words) >= 3 and content.isupper() and not naming:
            p_start, p_end = context.paragraph_of(item.marked.open_start)
            if text[p_start:p_end].isupper():
                return False  # `STRIKE: "WE WILL NOT BACK DOWN," SAYS MINISTER`: a shouted line tells nothing by its capitals
        title_case = bool(long_words) and len(capitalised) / len(long_words) >= self.min_title_case_share
        sentence_inside = _SENTENCE_INSIDE.search(content.strip()) is not None
        if content.rstrip().endswith((",", "!", "?")) and (
            len(words) >= 3 or content.isupper() or any(t.pos_ in _VERB_POS for t in context.tokens_in(item.start, item.end))
        ):
            # (`"NEVER AGAIN," she said`: two shouted words are no title either; nor is `"It's November," he said`)
            verb = self._tight_speaker_after(context, item.marked)
            if verb is not None and self._is_cue(verb, cognition=False):
                return False  # `"With an eye to March, Ohio," he said`: an utterance, whatever its capitals
        after_proper_noun = False
        previous = context.token_at(item.marked.open_start) - 1
        if previous >= 0:
            token = context.doc[previous]
            after_proper_noun = token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_punct
            if token.lower_ in ("'s", "\u2019s") and previous > 0:
                owner = context.doc[previous - 1]  # `ABC's "This Week."`
                after_proper_noun = owner.pos_ == "PROPN" and owner.text[:1].isupper()
        # a short title-cased name ("Face the Nation", "Fox News Sunday,", a sentence-final "Silent Night.")
        # is a title whatever precedes it
        ending = content.rstrip()
        if len(words) <= 4 and ending.endswith(".") and not any(t.pos_ in _VERB_POS for t in context.tokens_in(item.start, item.end)):
            ending = ending[:-1]  # `"We're America."` has a verb: a sentence, not a name
        short_title = len(words) <= 8 and len(capitalised) >= 2 and not ending.endswith((".", "!", "?"))
        # a title-cased line in quote marks standing alone as a paragraph is a subheading
        p_start, p_end = context.paragraph_of(item.marked.open_start)
        alone = not text[p_start:item.marked.open_start].strip() and not text[item.marked.close_end:p_end].strip(" \t.!?")
        if len(words) <= self.max_title_words and title_case and not sentence_inside and (after_proper_noun or naming or short_title or alone):
            return True
        if naming and len(words) <= 6 and not content.rstrip().endswith((".", "!", "?", ",")):
            return True
        return False

    def _tight_speaker_after(self, context: "_DocContext", marked: _Marked) -> Optional[Token]:
        """The verb of `"…," Smith barked` / `"…!" beamed Smith` right after the closing mark: in this
        frame any verb of saying or manner reports the quote, not only the lexicon's."""
        doc = context.doc
        first = context.token_at(marked.close_end)
        while first < len(doc) and context.is_markup(doc[first]):
            first += 1
        if first >= len(doc) or "\n" in context.text[marked.close_end:doc[first].idx]:
            return None
        window = [t for t in doc[first:min(first + 6, len(doc))] if not context.is_markup(t)]
        verb_index = next((k for k, t in enumerate(window) if t.pos_ in _VERB_POS), None)
        if verb_index is None:
            return None
        verb = window[verb_index]
        if verb.lemma_.lower() in ("be", "have", "do") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") and not context.is_quoted(c.idx)
               and not marked.open_start <= c.idx < marked.close_end for c in verb.children):
            return None  # (the quote itself parsed as the verb's complement is what the verb reports)
        before = window[:verb_index]
        if before:
            # `she said` / `Smith barked` / `the 52-year-old asked`: a short subject right before the verb
            subjects = [t for t in before if t.dep_ == "nsubj" and t.head.i == verb.i and t.tag_ not in ("WDT", "WP")]
            if len(before) > 4 or not subjects:
                return None
            subject = subjects[0]
            if any(not (t.is_punct or subject.left_edge.i <= t.i <= subject.right_edge.i) for t in before):
                return None  # `"…," while Smith refers to …`: the clause is not the attribution
            if not self._is_cue(verb) and not (
                subject.pos_ in ("PROPN", "PRON") or self.lexicon.is_title_word(subject) or is_age_noun(subject) or subject.ent_type_ in ("PERSON", "ORG", "NORP")
            ):
                return None  # `"…!" the balloons cascaded down`: only a person barks or beams a quote
            return verb
        following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if following is not None and following.pos_ in ("PROPN", "DET", "NOUN", "PRON") and not following.is_punct:
            return verb  # `beamed Smith`
        return None

    def _is_scare_quote(self, context: "_DocContext", item: _Found) -> bool:
        """A word or two in quote marks is a quoted term, unless it stands alone as an utterance (`"No," she said`)."""
        if item.marked is not None and context.text[max(0, item.marked.open_start - 12):item.marked.open_start].rstrip().lower().endswith("so-called"):
            return True  # `claiming a win in the so-called "derby."`: the writer's distance from a label, not anyone's words
        content = context.text[item.start:item.end].rstrip()
        if len(content.split()) > self.max_scare_words:
            return False
        attribution = item.attribution
        if attribution is None:
            return True
        inside = context.text[item.marked.start:item.marked.end].rstrip() if item.marked is not None else content
        tight = (attribution.how in ("after", "dash", "colon") or attribution.how in ("before", "sentence") and self._introduced(context, item)) \
            and inside.endswith((",", ".", "!", "?", "\u2026"))  # (`a man yelled, "Taxes,"`)
        if not tight and attribution.how == "after" and _opens_sentence(context.text, item.marked.open_start) \
                and context.text[item.marked.close_end:item.marked.close_end + 1] in (",", ".", "!", "?"):
            tight = True  # `'No', she said.` / `« Nous verrons », a diplomat said`: the comma outside the marks
        if not tight and attribution.how in ("sentence", "before") and self._is_partial_quote(context, item):
            return False
        # `"…," she told them. "They will fail."`: a whole short sentence continuing a quote
        sentence = attribution.how in ("before", "continues", "next") and content[:1].isupper() and content.endswith((".", "!", "?"))
        utterance = tight or sentence
        return not utterance

    def _looks_like_speech(self, context: "_DocContext", item: _Found) -> bool:
        """An unattributed quoted span is kept only if it reads like a sentence someone said."""
        content = context.text[item.start:item.end]
        if len(content.split()) <= self.max_scare_words + 1:
            return False
        tokens = context.tokens_in(item.start, item.end)
        return any(t.pos_ in _VERB_POS for t in tokens) and len(content.split()) >= 6

    # -- direct quotes ---------------------------------------------------
    def _is_cue(self, token: Token, cognition: bool = True) -> bool:
        if token.lower_ == "according":
            return any(c.lower_ == "to" for c in token.children)
        if token.pos_ not in _VERB_POS and token.tag_[:2] != "VB":
            return token.text.isupper() and self._shouted_speech_verb(token)
        if token.dep_ == "amod":
            return False  # `a proposed toll increase`, `the announced cuts`: a participle that describes a noun
        lemma = token.lemma_.lower()
        if lemma in self.particle_cues:
            # `Smith shot back, …`: the verb reports speech only with its particle
            following = token.nbor(1) if token.i + 1 < len(token.doc) else None
            return following is not None and following.lower_ == self.particle_cues[lemma] and following.head.i == token.i
        if lemma in self.idiom_cues:
            # `as Smith put it, …`: the verb is a cue only with its fixed object
            return any(child.dep_ == "dobj" and child.lower_ == self.idiom_cues[lemma] for child in token.children)
        if lemma in self.hearing_verbs:
            return self._heard_by_court(token)
        return lemma in self.speech_verbs or (cognition and lemma in self.cognition_verbs)

    def _heard_by_court(self, token: Token) -> bool:
        """`The court heard that …`: hearing reports only when a court or inquest hears, and a clause follows."""
        return any(c.dep_ == "nsubj" and self._hearing_body(c) for c in token.children) \
            and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)

    def _told_to_court(self, token: Token) -> Optional[Token]:
        """`Jurors were told that …`: the hearers of a court report, told in the passive by nobody named."""
        if token.lemma_.lower() != "tell" or not any(c.dep_ == "ccomp" and c.i > token.i for c in token.children) \
                or any(c.dep_ == "agent" for c in token.children):
            return None
        return next((c for c in token.children if c.dep_ == "nsubjpass" and self._hearing_body(c)), None)

    def _hearing_body(self, token: Token) -> bool:
        # (`Jurors` opening a sentence may be tagged a name, whose lemma keeps the plural)
        return token.lemma_.lower() in self.hearing_bodies or token.lower_.rstrip("s") in self.hearing_bodies

    def _shouted_speech_verb(self, token: Token) -> bool:
        """`MINISTER TELLS NURSES`: in an all-capitals headline the tagger reads the verb as a name."""
        word = token.lower_
        if len(word) < 3 or token.i == 0 or not token.doc[token.i - 1].text.isupper():
            return False
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return False  # (`RED STATES OUTNUMBER …`: a plural noun, not a verb with its subject)
        forms = {word, word[:-1], word[:-2], self.irregular_speech_forms.get(word, word)}
        return any(form in self.speech_verbs for form in forms)

    def _cue_text(self, token: Token) -> str:
        if token.lower_ == "according":
            return "according to"
        if token.lemma_.lower() in self.particle_cues and token.i + 1 < len(token.doc):
            return token.doc[token.i:token.i + 2].text
        particles = [c for c in token.rights if c.dep_ == "prt"]
        if particles and particles[0].i == token.i + 1:
            return token.doc[token.i:particles[0].i + 1].text
        return token.text

    def _subject(self, cue: Token, loose_right: bool = False, depth: int = 0) -> Optional[Token]:
        """The speaker's head token for a reporting cue, never on an earlier line of a page whose lines
        are paragraphs (the parser runs `Cruz pivoted …\nChristie added that …` into one sentence)."""
        subject = self._parsed_subject(cue, loose_right, depth)
        if subject is not None and self._lines_are_paragraphs and subject.i < cue.i and cue.i - subject.i < _FRAME_TOKENS:
            if any(t.is_space and "\n" in t.text for t in cue.doc[subject.i + 1:cue.i]):
                return None
        return subject

    @staticmethod
    def _aside_closed_before(host: Token, cue: Token) -> bool:
        """`… - where the Panthers played - while chanting`: `host` is a clause set off by dashes or
        brackets (opened by a wh-word), and the cue's clause comes after the closing one."""
        doc = host.doc
        opener, closer = host.left_edge.i - 1, cue.left_edge.i - 1
        if opener < 0 or closer <= host.i or not any(t.tag_ in ("WRB", "WDT", "WP") for t in doc[host.left_edge.i:host.i]):
            return False
        pairs = {"-": "-", "--": "--", "\u2014": "\u2014", "\u2013": "\u2013", "(": ")"}
        return pairs.get(doc[opener].text) == doc[closer].text

    def _parsed_subject(self, cue: Token, loose_right: bool = False, depth: int = 0) -> Optional[Token]:
        """The speaker's head token for a reporting cue, as the parse gives it."""
        if cue.lower_ == "according":
            source = _prepositional_object(cue, lambda prep: prep.lower_ == "to")
            if source is not None and source.lemma_.lower() in self.lexicon.statement_nouns:
                # `according to a statement from the ministry`: the statement's author speaks
                author = _prepositional_object(source, lambda prep: prep.lower_ in ("from", "by", "of"))
                if author is None:
                    author = _relative_clause_subject(source)  # `according to an interview his sister gave to the BBC`: who gave it speaks
                if author is None:
                    author = _misparsed_relative_author(cue, source)
                if author is not None and author.pos_ in ("PROPN", "NOUN"):
                    return author
            if source is not None and source.lemma_.lower() in self.finding_nouns:
                # `according to a count by the Herald`: who counted (not `a study of 500 firms`: what was studied)
                author = _prepositional_object(source, lambda prep: prep.lower_ in ("from", "by"))
                released = next((c for c in source.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
                if author is None and released is not None:
                    author = _prepositional_object(released, lambda prep: prep.dep_ == "agent")  # (`a summary released by aides`)
                if author is not None and author.pos_ in ("PROPN", "NOUN"):
                    return author
            return source
        subject = None
        for child in cue.children:
            if child.dep_ in ("nsubj", "csubj"):
                subject = child
            elif child.dep_ == "nsubjpass":
                # `it was announced by X`: the agent speaks; `X was told / was expected to`: nobody named does
                return _prepositional_object(cue, lambda prep: prep.dep_ == "agent")
        if subject is not None and subject.ent_type_ in ("DATE", "TIME") and subject.pos_ != "PRON" and not is_age_noun(subject):
            # `Saturday at the convention Sen. Ames (D-Vt.) said`: a misparsed date is never the speaker;
            # the noun right before the verb is
            index = cue.i - 1
            if index >= 0 and cue.doc[index].text == ")":
                while index > 0 and cue.i - index < 12 and cue.doc[index].text != "(":
                    index -= 1
                index -= 1
            candidate = cue.doc[index] if index >= 0 else None
            if candidate is not None and candidate.pos_ in ("NOUN", "PROPN") and candidate.ent_type_ not in ("DATE", "TIME"):
                return candidate
            return None
        if subject is not None and (is_dateline(subject) or is_agency_dateline(subject)):
            # `CLEVELAND — Former judge Ana Roe said`: the parse makes the dateline the subject
            named = [t for t in subject.subtree if t.dep_ == "appos" and t.i > subject.i]
            after_dash = [t for t in named if any(d.text in ("-", "--", "\u2014", "\u2013", "\u2015") for d in subject.doc[subject.i:t.i])]
            named = after_dash or named  # (the agency in `LISBON (Reuters) —` is who reports, not who speaks)
            return named[0] if named else None
        if subject is not None and subject.pos_ in _VERB_POS:
            # `sources privy to the talks say`: the parser made the modifier the subject; its own subject speaks
            misread = subject
            subject = next((c for c in misread.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if subject is None and misread.i == misread.left_edge.i and misread.text[:1].isupper():
                # `Harbour chief Ana Silva said`: a capitalised word read as a verb, the name as its object
                subject = next((c for c in misread.rights if c.dep_ in ("dobj", "appos", "attr") and c.pos_ == "PROPN"), None)
            if subject is None:
                return None
        if subject is None and cue.tag_ in ("VBZ", "VBD") and cue.dep_ == "advcl" and cue.i >= 2:
            # `Man held after fire as owner's son says '…'`: a headline's `as X says`, X read as the object of `as`
            before = cue.doc[cue.i - 1]
            if before.pos_ in ("NOUN", "PROPN") and before.dep_ == "pobj" and before.head.lower_ in ("as", "while") and before.head.head == cue.head:
                return before
        if subject is None and cue.tag_ in ("VBP", "VBD", "VBZ"):
            # `Roughly 3 in 5 say …`: a share of people read as a number modifying the verb
            subject = next((c for c in cue.lefts if c.dep_ in ("nummod", "npadvmod") and c.like_num and c.ent_type_ not in ("DATE", "TIME", "MONEY")), None)
        if subject is None and cue.tag_ in ("VBP", "VBD", "VBZ") and cue.i >= 2:
            # `"…," Kiely said`: a surname the tagger read as an adverb; right after the closing mark,
            # a capitalised word can only be a name
            previous, mark = cue.doc[cue.i - 1], cue.doc[cue.i - 2]
            if previous.head.i == cue.i and previous.dep_ in ("advmod", "npadvmod", "amod", "compound") and previous.is_alpha \
                    and previous.text[:1].isupper() and not previous.text.isupper() and mark.is_quote and mark.i > 0 \
                    and cue.doc[mark.i - 1].text in (",", "!", "?", "—"):
                subject = previous
            elif previous.head.i == cue.i and previous.dep_ == "advmod" and previous.is_sent_start and previous.is_alpha \
                    and previous.text[:1].isupper() and previous.text[1:].islower() and _named_earlier(previous):
                subject = previous  # `Kiely said the board …` once `Aoife Kiely` was met: the surname, not an adverb
        if subject is not None and subject.lemma_.lower() in self.lexicon.statement_nouns:
            # `a statement from the ministry said`: the statement's author speaks
            author = _prepositional_object(subject, lambda prep: prep.lower_ in ("from", "by"))
            if author is not None and author.pos_ in ("PROPN", "NOUN", "PRON"):
                subject = author
        if subject is not None and subject.ent_type_ in ("ORG", "GPE", "FAC"):
            # `Professor Ellen Radford of University College London said`: the parse made the college the
            # subject and hung the person on it; the person "of" the body speaks
            person = next((
                t for t in subject.lefts
                if t.dep_ in ("nmod", "compound") and t.ent_type_ == "PERSON" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
            ), None)
            subject = person or subject
        if subject is not None:
            if subject.lower_ in ("'s", "\u2019s"):
                return None  # `Let's say …` proposes, it does not report
            if subject.lower_ in ("who", "which", "that") and cue.dep_ == "relcl":
                return subject  # `Smith, who said …`: the mention is "who", the speaker Smith
            if subject.lower_ in ("this", "that", "which", "what"):
                return None
            return subject
        if cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN"):
            return cue.head
        if cue.dep_ == "acl" and cue.head.i < cue.i and (
            cue.tag_ == "VBD" and cue.head.pos_ in ("NOUN", "PROPN") or is_age_noun(cue.head)
            or cue.head.pos_ == "PROPN" and cue.doc[cue.i - 1].text == ","  # `Romney, the former governor, tweeted`
        ):
            return cue.head  # `the 43-year-old asked`: a finite verb misread as a modifier of its subject
        if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.i < cue.i and cue.head.pos_ in ("NOUN", "PROPN") and self._is_cue(cue, cognition=False) and any(
            c.dep_ == "ccomp" and c.i > cue.i for c in cue.children
        ):
            source = cue.head
            if source.dep_ == "pobj" and source.head.lower_ != "of":
                # `a letter to residents saying …`: the letter says it, not the residents
                holder = source.head.head
                if holder.pos_ in _VERB_POS:
                    holder = next((c for c in holder.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < source.i), None)
                if holder is not None and holder.pos_ in ("NOUN", "PROPN"):
                    source = holder
                elif source.lemma_.lower() not in self.finding_nouns:
                    return None  # (`builds on earlier research suggesting …`: the research suggests it)
            if source.lemma_.lower() in self.lexicon.statement_nouns:
                # `circulated remarks Berg gave in 2019 saying …`: who made the remarks said them
                maker = _relative_clause_subject(source, before=cue.i)
                if maker is not None and maker.pos_ in ("PROPN", "NOUN", "PRON"):
                    return maker
            lex = self.lexicon
            # `Marsh texted friends saying …`: the people written to are not who says it;
            # `The firm issued a statement saying …`: the firm speaks
            people_reached = source.dep_ in ("dobj", "dative") and source.head.lemma_.lower() in self.contact_verbs and source.tag_ == "NNS" and (
                source.lemma_.lower() in lex.people_plurals or source.lemma_.lower() in lex.person_nouns or lex.is_title_word(source)
            )
            if people_reached or source.lemma_.lower() in lex.statement_nouns and source.dep_ == "dobj":
                sender = next((c for c in source.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
                if sender is not None:
                    return sender
            return source  # `a letter saying that …` / `calls saying shots were fired`: the letter, the calls
        if cue.dep_ in ("advcl", "ccomp") and cue.i < cue.head.i and cue.tag_ in ("VBN", "VBD"):
            return None  # `Asked about the tax, Smith said`: Smith was asked, nobody named asked
        if cue.tag_ == "VBN" and cue.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ == "aux" for c in cue.children):
            return None  # `…, she said when asked which side she took`: a passive participle names no speaker
        if cue.dep_ in ("xcomp", "advcl") and cue.tag_ == "VBG" and cue.head.pos_ in _VERB_POS:
            heard = next((c for c in cue.head.children if c.dep_ == "nsubjpass"), None)
            if heard is not None:
                return heard  # `X can be heard yelling that …` / `X was caught saying …`: X speaks
        before = cue.doc[cue.i - 1] if cue.i > 0 else None
        if cue.dep_ == "advcl" and cue.tag_ == "VBG" and before is not None and before.dep_ == "pobj" and before.pos_ == "NOUN" \
                and before.lemma_.lower() in self.finding_nouns:
            return before  # `builds on earlier research suggesting that …`, the participle hung on the verb: the research suggests
        if cue.dep_ == "xcomp" and cue.head.pos_ in _VERB_POS and self._introduces_quote(cue):
            # `X was prompted to say, "…"`: the words are there, so the one made to say them said them
            made = next((c for c in cue.head.children if c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if made is not None:
                return made
        if depth < 2 and cue.dep_ in ("conj", "xcomp", "advcl") and cue.head.pos_ in _VERB_POS:
            host = cue.head
            if cue.dep_ == "conj" and host.dep_ == "ccomp" and host.head.lemma_ == cue.lemma_ and host.head.tag_ == cue.tag_:
                host = host.head  # `Lund said A and said B`, the second "said" hung on A: Lund says both (`says A and said B` may not)
            elif cue.dep_ == "conj" and host.dep_ == "ccomp" and cue.tag_ == "VBD" and self._is_cue(host.head) and (
                host.lemma_ == "be" or any(c.dep_ == "nsubjpass" for c in host.children)
            ) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or self._speakers_own_conjunct(cue):
                host = host.head  # `Nunes said the budget was sound and urged MPs …`: Nunes urged, not the budget
            elif cue.dep_ == "advcl" and cue.tag_ == "VBG" and host.dep_ == "ccomp" and host.head.i < host.i and self._is_cue(host.head, cognition=False) \
                    and any(t.text == "," for t in cue.doc[max(0, cue.i - 2):cue.i]):
                host = host.head  # `Lund told the Herald that Ames "…," adding, "…"`: Lund adds, not Ames
            elif cue.dep_ == "advcl" and self._aside_closed_before(host, cue):
                # `looping the streets around the stadium - where the Panthers played - while chanting, "…"`:
                # the aside between dashes has closed; the participle goes on with the clause outside it
                return self._subject(host.head, False, depth) if host.head.i != host.i and host.head.pos_ in _VERB_POS else None
            return self._subject(host, False, depth + 1)
        if depth < 2 and cue.dep_ == "dep" and cue.head.i < cue.i and cue.head.pos_ in _VERB_POS and cue.tag_ in ("VBP", "VBD", "VBZ"):
            return self._subject(cue.head, False, depth + 1)  # `Sources privy to the talks say`: "say" left hanging
        if depth < 2 and cue.dep_ == "pcomp" and cue.tag_ == "VBG" and cue.head.dep_ == "prep" and cue.head.head.pos_ in _VERB_POS:
            host = cue.head.head
            # (not a closing `»` the parse also made a subject)
            quoted = next((c for c in host.children if c.dep_ == "nsubjpass" and not c.is_punct), None) if cue.head.lower_ == "as" else None
            if quoted is not None:
                return quoted  # `X was quoted (by a paper) as saying …`: X said it, the paper only printed it
            return self._subject(host, False, depth + 1)  # `X replied before adding that …`: X adds
        if loose_right:
            objects = ("attr", "npadvmod", "appos", "oprd") if cue.lemma_.lower() in self.addressee_verbs else ("dobj", "attr", "npadvmod", "appos", "oprd", "dative")
            for child in cue.rights:
                if child.dep_ in objects and child.pos_ in ("PROPN", "NOUN", "PRON"):
                    return child
        return None

    def _speakers_own_conjunct(self, verb: Token) -> bool:
        """`Pryce said the Chancellor had broken her word and accused her …`: a simple past joined to a
        reported clause with `had`/`would` does not go on with that clause (it would read `and (had)
        accuse(d)`); it goes on with the past verb of saying, whose speaker it shares."""
        host = verb.head
        if not (verb.dep_ == "conj" and host.dep_ == "ccomp" and host.head.tag_ == "VBD" and self._is_cue(host.head, cognition=False)
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)):
            return False
        auxiliaries = [c for c in host.children if c.dep_ in ("aux", "auxpass") and c.i < host.i]
        if verb.tag_ == "VBD" and host.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have") for c in auxiliaries):
            return True
        # `said prices were rising and urged calm`: a simple past does not go on with a progressive
        if verb.tag_ == "VBD" and host.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxiliaries):
            return True
        # `said towns had had rain, and forecast more`: a base form after a comma and the conjunction cannot
        # go on with `had`/`was` (that needs a participle); a verb of saying there is the speaker's
        return verb.tag_ == "VB" and host.tag_ == "VBN" and bool(auxiliaries) and not any(c.tag_ == "MD" for c in auxiliaries) \
            and verb.i >= 2 and verb.doc[verb.i - 1].dep_ == "cc" and verb.doc[verb.i - 2].text == "," and self._is_cue(verb, cognition=False)

    def _speaker_from_cue(
        self, context: "_DocContext", cue: Token, speakers: SpeakerIndex, how: str, loose_right: bool = False, head: Optional[Token] = None
    ) -> Optional[_Attribution]:
        head = head or self._subject(cue, loose_right)
        if head is not None and head.i < cue.i:
            asked = self._named_before_asked_aside(cue)
            if asked is not None and asked.i > head.i and not context.is_quoted(asked.idx):
                head = asked  # `The row began after Hale, asked about it, said: "…"`: the parse shared a far subject
        if head is None or context.is_quoted(head.idx) or not _has_letters(head):
            head = self._adjacent_speaker(context, cue)
        if head is None:
            return None
        head, start, end = speakers.mention(head)
        if any(context.is_quoted(context.doc[i].idx) for i in (start, end - 1)):
            start, end = head.i, head.i + 1
        return _Attribution(speakers.resolve(head, start, end), self._cue_text(cue), how)

    def _is_temporal_clause(self, clause: Token) -> bool:
        """`…, after he admitted …` parsed as a complement is the time of saying."""
        # (not `it had since rated the home`: an adverb after the auxiliary)
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in self.temporal_marks and c.i < clause.i
                   and not (c.i > 0 and c.doc[c.i - 1].dep_ in ("aux", "auxpass") and c.doc[c.i - 1].head == clause)
                   for c in clause.children)

    def _adjacent_speaker(self, context: "_DocContext", cue: Token) -> Optional[Token]:
        """When the parse gives no usable subject: the name right before the cue, or right after it (`Said Ellis:`)."""
        doc = context.doc
        index = cue.i - 1
        while index >= 0 and ((doc[index].pos_ == "ADV" or doc[index].dep_ == "aux" and doc[index].tag_ != "TO") and not context.is_quoted(doc[index].idx) or context.is_markup(doc[index])):
            index -= 1  # (`Berg, asked about it, had said`: an auxiliary and the aside stand between name and verb; not `was asked`)
        if index >= 0 and doc[index].text == ")":
            # `Sen. Ann Ames (D-Vt.) said`: the name before the parenthesis
            opening = index - 1
            while opening >= 0 and cue.i - opening < 12 and doc[opening].text != "(":
                opening -= 1
            if opening >= 1 and doc[opening].text == "(":
                index = opening - 1
        elif index >= 1 and doc[index].text == ",":
            # `Bill Ames, wearing a hat and "Vote Ames" pins, said`: the name before the aside
            opening = index - 1
            while opening >= 0 and cue.i - opening < 16 and doc[opening].text != "," and not doc[opening].is_sent_start:
                opening -= 1
            if opening >= 2 and doc[opening].text == "," and doc[opening - 1].ent_type_ in ("GPE", "LOC"):
                # `Tom Varga, now 79 and living in Leeds, England, said`: the aside's place is no speaker
                further = opening - 2
                while further >= 0 and cue.i - further < 24 and doc[further].text != "," and not doc[further].is_sent_start:
                    further -= 1
                if further >= 1 and doc[further].text == "," and doc[further - 1].pos_ == "PROPN" and doc[further - 1].ent_type_ not in ("GPE", "LOC"):
                    opening = further
            if opening >= 1 and doc[opening].text == "," and doc[opening - 1].pos_ == "PROPN":
                index = opening - 1
            elif doc[index - 1].pos_ == "PROPN" and doc[index - 1].ent_type_ not in ("DATE", "TIME", "GPE", "LOC"):
                index -= 1  # `her chief of staff, Ana Ruiz, said:` with the name parsed away from the verb
        def nameable(token: Token) -> bool:
            return token.ent_type_ not in ("DATE", "TIME") and not context.is_quoted(token.idx) and not token.is_punct and not context.is_markup(token)

        if index >= 0 and (doc[index].pos_ in ("PROPN", "NOUN", "PRON") or is_age_noun(doc[index])) and nameable(doc[index]):
            return doc[index]
        if cue.lemma_.lower() in self.addressee_verbs:
            return None  # `telling reporters, "…"`: whom one tells is never who speaks
        index = cue.i + 1
        while index < len(doc) and context.is_markup(doc[index]):
            index += 1
        if index < len(doc) and doc[index].pos_ in ("PROPN", "DET", "NOUN") and nameable(doc[index]):
            while index + 1 < len(doc) and doc[index + 1].pos_ in ("PROPN", "NOUN") and not doc[index + 1].is_punct:
                index += 1
            if doc[index].pos_ in ("PROPN", "NOUN"):
                return doc[index]
        return None

    def _reports_elsewhere(self, context: "_DocContext", cue: Token, item: _Found) -> bool:
        """A cue whose own clause (outside this quote) is what it reports is not this quote's cue;
        nor one after a finished quoted sentence that introduces the next quote (`"…." She replied, "No."`)."""
        if cue.idx >= item.marked.close_end and context.text[item.start:item.end].rstrip().endswith((".", "?", "!")) \
                and self._introduced(context, item):
            last = cue.i
            while last + 1 < len(cue.doc) and cue.doc[last + 1].dep_ in ("prt", "npadvmod") and cue.doc[last + 1].head.i == cue.i:
                last += 1
            following = cue.doc[last + 1:last + 3]
            if len(following) == 2 and following[0].text in (",", ":") and following[1].idx in context.marked_starts_set:
                return True
            if context.doc[context.sentence(cue.i).start].idx >= item.marked.close_end:
                return True  # `Ames said, "…." The star then recalled …`: a new sentence tells something else
        paragraph = context.paragraph_of(cue.idx)
        set_off = cue.idx >= item.marked.close_end and self._set_off_utterance(context, item)
        # `The row began after Hale, asked about it, said: "…"`: a verb right before the colon and the opening
        # mark introduces this quote, whatever clause before it the parse hung on it
        following = cue.doc[cue.i + 1:cue.i + 3]
        introducing = len(following) == 2 and following[0].text in (":", ",") and following[1].idx == item.marked.open_start
        for child in cue.children:
            if (
                child.dep_ == "ccomp" and not (item.marked.open_start <= child.idx < item.marked.close_end)
                and context.paragraph_of(child.idx) == paragraph and not self._is_temporal_clause(child)
                # `…," said Ana Ruiz, half joking`: a bare participle is a manner, not a reported clause
                and not (child.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in child.children))
                # `railed against the plan - "…," he said, "…" -`: the narration before a set-off quote is not reported
                and not (set_off and child.i < cue.i and child.idx < item.marked.open_start)
                and not (introducing and child.i < cue.i)
                and not _describing_participle(child, self.lexicon.statement_nouns)  # (`said in remarks read out at …: "…"`)
            ):
                # (the clause's first tokens tell: a run-on "sentence" may hold thousands)
                span = cue.doc[child.left_edge.i:min(child.right_edge.i + 1, child.left_edge.i + _FRAME_TOKENS)]
                content = [t for t in span if not t.is_punct]
                quote_words_end = len(context.text[:item.marked.end].rstrip(" ,.;:!?"))
                if child.left_edge.idx <= item.marked.open_start and quote_words_end <= child.right_edge.idx + len(child.right_edge.text):
                    continue  # (`This is "…," reported Reuters`: the clause holds this very quote)
                unquoted = [t for t in content if not context.in_marks(t.idx)]
                # (`Russia insisted that the north "stop its games"`: a report may end in quoted words of its own)
                if len(content) >= 3 and any(t.pos_ in _VERB_POS for t in content) and (
                    len(unquoted) == len(content) or len(unquoted) >= 2 and content[0] in unquoted
                    and any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in ("nsubj", "nsubjpass") for t in unquoted)
                ):
                    return True  # (`… minister tells unions | World news`: a site's section after a bar is no clause)
        return False

    @staticmethod
    def _set_off_utterance(context: "_DocContext", item: _Found) -> bool:
        """A quoted sentence set apart from the narration by a dash or parenthesis (`… - "I love it," he
        said -`): the words before it are the writer's, not part of what was said."""
        content = context.text[item.start:item.end].lstrip()
        if not content[:1].isupper():
            return False
        before = context.text[max(0, item.marked.open_start - 4):item.marked.open_start].rstrip()
        return before.endswith(("-", "\u2013", "\u2014", "("))

    def _inside_other_report(self, context: "_DocContext", token: Token, item: _Found, start: int, end: int) -> bool:
        """The cue sits in the clause another cue of the frame reports (a few heads up, never the whole sentence)."""
        for depth, ancestor in enumerate(token.ancestors):
            if depth >= 6 or not start <= ancestor.i < end:
                return False
            if self._is_cue(ancestor) and self._reports_elsewhere(context, ancestor, item):
                return True
        return False

    @staticmethod
    def _words_introducing(context: "_DocContext", item: _Found, count: int):
        """The `count` tokens before a comma or colon right before the opening mark (`Officials said, "…"`),
        or None when no comma or colon stands there."""
        doc = context.doc
        index = context.token_at(item.marked.open_start) - 1
        while index >= 0 and doc[index].is_space:
            index -= 1
        if index < 1 or doc[index].text not in (",", ":"):
            return None
        return doc[max(0, index - count):index]

    def _introduced(self, context: "_DocContext", item: _Found) -> bool:
        """`Officials said, "…"`: a cue (within a few words) and a comma or colon right before the opening mark."""
        words = self._words_introducing(context, item, 4)
        return words is not None and any(self._is_cue(t) for t in words)

    def _attribute_direct(self, context: "_DocContext", item: _Found, speakers: SpeakerIndex) -> Optional[_Attribution]:
        doc = context.doc
        marked = item.marked
        after_from, after_to = context.after_frame(marked)
        before_from, before_to = context.before_frame(marked)

        after_cues = [t for t in doc[after_from:after_to] if self._is_cue(t) and not self._reports_elsewhere(context, t, item)]
        # not a verb inside another cue's report (`"…." Jones said the protests would continue`)
        after_cues = [t for t in after_cues if not self._inside_other_report(context, t, item, after_from, after_to)]
        # not a cue of a clause joined after the quote (`called it "a fair ask", while the union described it as …`)
        after_cues = [t for t in after_cues if not any(
            w.dep_ in ("mark", "cc") and w.lower_ in _CLAUSE_JOINERS and w.head.pos_ in _VERB_POS for w in doc[after_from:t.i]
        )]
        # not the verb of a relative clause set off inside the speaker's phrase when the phrase's own verb
        # follows (`"…," one resident, who asked not to be named, told the paper`)
        after_cues = [t for t in after_cues if not (_relative_verb(t) and any(later.i > t.right_edge.i for later in after_cues))]
        before_cues = [t for t in doc[before_from:before_to] if self._is_cue(t) and not self._reports_elsewhere(context, t, item)]
        # (`Vell replied, mocking a councillor who promised free parking: "…"`: a relative clause with its
        # own object says what someone else once said; the main clause's cue introduces the quote)
        before_cues = [t for t in before_cues if not (
            _relative_verb(t) and any(c.dep_ in ("dobj", "xcomp", "ccomp") and c.idx < item.marked.open_start for c in t.rights)
            and any(other.i < t.i for other in before_cues)
        )]
        if len(before_cues) > 1:
            # (`said in a statement read to the court: "…"`: the participle describes the statement)
            before_cues = [t for t in before_cues if not _describing_participle(t, self.lexicon.statement_nouns)] or before_cues
        if before_cues and after_cues and (
            context.text[item.start:item.end].rstrip().endswith((".", "!", "?")) or context.text[marked.close_end:marked.close_end + 1] in (".", "!", "?")
        ):
            # `Marsh said he had "preyed on them". She told Pellow: …`: the quote's own sentence has its cue
            after_cues = [t for t in after_cues if doc[context.sentence(t.i).start].idx < marked.close_end]
        # 0. `When a man yelled, "Taxes," Okafor laughed`: a quote introduced by a cue is that cue's
        introducing = self._words_introducing(context, item, 4)
        for cue in reversed([t for t in introducing or () if t in before_cues]):
            found = self._speaker_from_cue(context, cue, speakers, "before")
            if found:
                return found
        # 1. `"…," she said` / `"…," said Smith` right after the closing mark
        for cue in after_cues[:1]:
            lead = [t for t in doc[after_from:cue.i] if not (t.is_punct or t.is_space or context.is_markup(t))]
            subject = self._subject(cue, loose_right=True)
            opener = context.token_at(marked.open_start)
            if subject is not None and subject.i < opener and cue.idx >= marked.close_end and any(t.text == ":" for t in doc[subject.i + 1:opener]):
                # `Storm Ida: "…," says farmer`: a label before the quote is no speaker; the inverted one is
                subject = next((
                    c for c in cue.rights
                    if c.dep_ in ("dep", "dobj", "attr", "npadvmod", "appos", "oprd", "nsubj") and c.pos_ in ("NOUN", "PROPN")
                    and c.ent_type_ not in ("DATE", "TIME") and c.lemma_.lower() not in self.lexicon.statement_nouns
                ), None) if cue.lemma_.lower() not in self.addressee_verbs else None
                lead = [t for t in lead if t.i > subject.i] if subject is not None else lead
            if subject is None:
                continue
            between = [t for t in lead if not (subject.left_edge.i <= t.i <= subject.right_edge.i)]
            if 1 < len(between) <= 8 and cue.dep_ == "pcomp":
                # `"…," Tran was quoted (by the agency) as saying`: the verbs the cue hangs on, their auxiliaries
                # and the agent are the frame
                chain = [a for a in cue.ancestors][:3]
                frame = {a.i for a in chain} | {c.i for a in chain for c in a.children if c.dep_ in ("aux", "auxpass")} \
                    | {t.i for a in chain for c in a.children if c.dep_ == "agent" for t in c.subtree}
                between = [t for t in between if t.i not in frame]
            if len(between) <= 1:
                found = self._speaker_from_cue(context, cue, speakers, "after", loose_right=True, head=subject)
                if found:
                    return found
        # 1b. `"…," Smith barked` / `"…!" beamed Smith`: a verb outside the lexicon in the tight frame
        if not after_cues and context.text[item.start:item.end].rstrip().endswith((",", "!", "?")):
            verb = self._tight_speaker_after(context, marked)
            if verb is not None and not self._reports_elsewhere(context, verb, item):  # (`He answered, "…"` opens the next quote)
                found = self._speaker_from_cue(context, verb, speakers, "after", loose_right=True)
                if found:
                    return found
        # 2. `Smith said: "…"` / `According to Smith, "…"`
        for cue in reversed(before_cues):
            found = self._speaker_from_cue(context, cue, speakers, "before")
            if found:
                return found
        # 2b. `In her words, "…"` / `in the words of Smith, "…"`
        for token in doc[before_from:before_to]:
            if token.lower_ == "words" and token.head.lower_ == "in":
                owner = next((c for c in token.children if c.dep_ == "poss"), None) or _prepositional_object(token, lambda prep: prep.lower_ == "of")
                if owner is not None and not context.is_quoted(owner.idx):
                    head, start, end = speakers.mention(owner)
                    if end - 1 > head.i and doc[end - 1].dep_ == "case":
                        end -= 1
                    return _Attribution(speakers.resolve(head, start, end), None, "before")
        # 3. a cue later in the sentence: `"…" was how Smith put it`, `"…," Smith, who …, said`
        for cue in after_cues:
            found = self._speaker_from_cue(context, cue, speakers, "after", loose_right=True)
            if found:
                return found
        # 4. `"…" —Smith`
        dash = _DASH_ATTRIBUTION.match(context.text, marked.close_end)
        if dash:
            token_index = context.token_at(dash.end())
            if token_index < len(doc):
                head = doc[token_index]
                while head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN" and doc[head.i + 1].text[:1].isupper() and "\n" not in doc[head.i:head.i + 2].text:
                    head = doc[head.i + 1]
                # `"…" - Fleet captain Ivan Soler`: a role in lower case between capitalised words; the name ends the run
                run = head.i + 1
                while run < len(doc) and run - token_index < 8 and "\n" not in doc[run - 1:run + 1].text and (
                        doc[run].pos_ == "PROPN" and doc[run].text[:1].isupper() or self.lexicon.is_title_word(doc[run]) and doc[run].is_lower):
                    run += 1
                if run - 1 > head.i and doc[run - 1].pos_ == "PROPN" and any(self.lexicon.is_title_word(t) for t in doc[head.i + 1:run - 1]):
                    head = doc[run - 1]
                if head.pos_ in ("PROPN", "NOUN"):
                    start = token_index
                    role = _appositive_after(doc, head.i + 1)
                    speaker = speakers.resolve(head, start, head.i + 1)
                    if role and not speaker.role:
                        speaker.role = role
                    return _Attribution(speaker, None, "dash")
        # 5. the subject of the sentence the quote sits in: `Smith called it "…"`; of the verb the quoted
        # words complete when that is not the main one (`They meet on Friday in what Hale called "…"`)
        sentence = context.sentence(context.token_at(item.start))
        root = sentence.root
        opener = context.token_at(marked.open_start)
        nickname = len(context.text[item.start:item.end].split()) <= 2
        naming = next((
            t for t in reversed(doc[max(before_from, opener - 6):opener])
            if t.pos_ in _VERB_POS and t.lemma_.lower() in self.partial_quote_verbs and t.i < opener <= t.right_edge.i + 1
        ), None)
        if naming is not None and naming.i != root.i and before_to > before_from and not context.is_quoted(naming.idx):
            head = self._subject(naming)
            if head is None and naming.dep_ in ("conj", "advcl") and naming.head.i < naming.i and naming.head.pos_ in _VERB_POS:
                head = self._subject(naming.head)  # `X denied it and called it "…"` / `X denied it, calling it "…"`
            if head is not None and head.tag_ not in ("WDT", "WP") and not context.is_quoted(head.idx) \
                    and (head.pos_ in ("PROPN", "PRON") or self.lexicon.is_title_word(head) or head.lemma_.lower() in self.lexicon.org_nouns or head.tag_ == "NNS" and not nickname):
                head, start, end = speakers.mention(head)
                item.extra["predicate"] = naming
                return _Attribution(speakers.resolve(head, start, end), self._cue_text(naming), "sentence")
        if before_to > before_from and root.i < before_to and root.pos_ in _VERB_POS and not context.is_quoted(root.idx):
            head = self._subject(root)
            if head is not None and not context.is_quoted(head.idx) and (head.pos_ in ("PROPN", "PRON") or self.lexicon.is_title_word(head)
                                                                     or head.tag_ == "NNS" and root.lemma_.lower() in self.partial_quote_verbs and not nickname):
                # (`Opponents called the plan "…"`: people named by a plural; not `Audiences can expect "…"`,
                # nor `Locals call it the 'ghost road'`, a nickname)
                head, start, end = speakers.mention(head)
                item.extra["predicate"] = root
                return _Attribution(speakers.resolve(head, start, end), self._cue_text(root), "sentence")
        return None

    def _is_partial_quote(self, context: "_DocContext", item: _Found) -> bool:
        """`Ames called the plan "cruel and pointless."` / `pledged to fight it "to the end."`: a few
        quoted words that complete the speaker's own verb of saying or naming are the speaker's words."""
        attribution = item.attribution
        verb = item.extra.get("predicate") if attribution.how == "sentence" else None
        if verb is None and attribution.how == "before":
            opener = context.token_at(item.marked.open_start)
            verb = next((t for t in reversed(context.doc[max(0, opener - 12):opener])
                         if t.pos_ in _VERB_POS and (self._is_cue(t, cognition=False) or self._completed_by_quote(t, opener))), None)
        if verb is None or verb.lemma_.lower() not in self.partial_quote_verbs:
            return False
        if verb.lemma_.lower() in self.naming_verbs and all(w[:1].isupper() for w in _LETTERS.findall(context.text[item.start:item.end])):
            return False  # `calls his rival "Mr. Mayor"`: a name or a form of address, not a judgement
        if any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "off", "up") and c.i == verb.i + 1 for c in verb.children):
            return False  # `called for a "reset"`, `called on them to "act"`: a demand, not the speaker's words
        doc = context.doc
        opener = context.token_at(item.marked.open_start)
        if not verb.i < opener <= verb.right_edge.i + 1:
            return False
        after = context.token_at(item.marked.close_end)
        # the quoted words end the verb's phrase (not `a "reset" button`)
        return after >= len(doc) or doc[after].text in (".", ",", ";", ":", "!", "?", ")", "\u2014") or doc[after].is_sent_start \
            or doc[after].lower_ in ("and", "but") and doc[after].dep_ == "cc" and doc[after].head.i == verb.i \
            or context.text[item.end - 1:item.end] in (".", ",", "!", "?")

    def _completed_by_quote(self, verb: Token, opener: int) -> bool:
        """`X denied the report, calling it "…"`: a naming verb of the speaker's own, nearer than the cue,
        whose phrase the quoted words end (not `so-called "…"`, `what is called "…"`, `calling for X to "…"`)."""
        doc = verb.doc
        return verb.lemma_.lower() in self.partial_quote_verbs and verb.tag_ != "VBN" and verb.i < opener <= verb.right_edge.i + 1 \
            and not (verb.i > 0 and doc[verb.i - 1].text == "-") \
            and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "off", "up") and c.i == verb.i + 1 or c.dep_ in ("auxpass", "nsubjpass")
                        for c in verb.children)

    def _fill_unattributed(self, context: "_DocContext", items: list[_Found], speakers: SpeakerIndex) -> None:
        """Quotes without attribution of their own: continue the previous quote, or take a neighbour's."""
        previous: Optional[_Found] = None
        for index, item in enumerate(items):
            if item.marked is not None and item.attribution is None and self._asked_of_someone(context, item):
                continue  # `Okafor was asked, "…?" He answered, "…"`: the unnamed asker's question, not the answer's speaker's
            if item.marked is not None and item.attribution is None:
                attribution = None
                marked = item.marked
                # a colon introduction right before: `And from the minister:` / `Smith said:`
                intro = context.colon_intro(marked)
                if intro is not None:
                    attribution = self._colon_attribution(context, intro, speakers)
                # the quote it continues (same paragraph, or the paragraph before ended in a quote)
                if attribution is None and previous is not None and previous.attribution is not None and previous.marked is not None:
                    same_paragraph = previous.marked.paragraph == marked.paragraph
                    adjacent = marked.paragraph - previous.marked.paragraph == 1 and context.starts_paragraph(marked)
                    if same_paragraph or adjacent:
                        attribution = _Attribution(previous.attribution.speaker, previous.attribution.cue, "continues")
                # the next sentence only names the speaker: `"…" That is what Smith said.`
                if attribution is None:
                    attribution = self._next_sentence_attribution(context, item, speakers)
                # `Smith criticised the plan. "It is a disaster."`: the sentence just before, in the same paragraph
                if attribution is None:
                    attribution = self._lead_sentence_attribution(context, item, previous, speakers)
                # a speaker of the last few sentences
                if attribution is None and previous is not None and previous.attribution is not None:
                    distance = context.sentence_distance(previous.end, item.start)
                    if distance <= SPEAKER_WINDOW_SENTENCES and previous.attribution.speaker.is_person:
                        attribution = _Attribution(previous.attribution.speaker, previous.attribution.cue, "window")
                item.attribution = attribution
            if item.attribution is not None:
                previous = item

    def _asked_aside(self, verb: Token) -> bool:
        """`The minister, asked about the delays, said …`: a participle of asking set off right after the
        noun it is about (not `Hale, the mayor, asked whether …`, where an apposition ends at the comma)."""
        if verb.lemma_.lower() not in self.question_verbs or verb.tag_ not in ("VBD", "VBN") or verb.i < 2:
            return False
        if verb.doc[verb.i - 1].text != ",":
            return False
        noun = verb.i - 2
        return verb.dep_ == "acl" and verb.head.i == noun or any(c.dep_ in ("nsubj", "nsubjpass") and c.i == noun for c in verb.children)

    def _named_before_asked_aside(self, cue: Token) -> Optional[Token]:
        """`Hale, asked about the fares, said`: the name right before an aside of asking that ends at the cue."""
        doc = cue.doc
        if cue.i < 4 or doc[cue.i - 1].text != ",":
            return None
        opening = cue.i - 2
        while opening > 0 and cue.i - opening < 12 and doc[opening].text != "," and not doc[opening].is_sent_start:
            opening -= 1
        if opening < 1 or doc[opening].text != "," or opening + 1 >= cue.i - 1:
            return None
        verb, name = doc[opening + 1], doc[opening - 1]
        if verb.lemma_.lower() not in self.question_verbs or verb.tag_ not in ("VBD", "VBN"):
            return None
        return name if name.pos_ == "PROPN" or self.lexicon.is_title_word(name) else None

    def _asked_of_someone(self, context: "_DocContext", item: _Found) -> bool:
        """`Okafor was asked, "…"`: a passive verb of asking right before the opening mark."""
        words = self._words_introducing(context, item, 3)
        return words is not None and any(
            t.lemma_.lower() in self.question_verbs and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
            for t in words
        )

    def _lead_sentence_attribution(
        self, context: "_DocContext", item: _Found, previous: Optional[_Found], speakers: SpeakerIndex
    ) -> Optional[_Attribution]:
        """A quote that opens its sentence, right after a sentence of the same paragraph about a
        person, is that person's: the attribution the previous sentence ends with, or its subject."""
        doc, marked = context.doc, item.marked
        opener = context.token_at(marked.open_start)
        if opener == 0:
            return None
        last = opener - 1
        while last > 0 and doc[last].is_space:
            last -= 1
        if doc[last].text not in (".", "!", "?"):
            return None  # the quote must open a sentence of its own
        if context.is_quoted(doc[last].idx):
            return None
        if context.starts_paragraph(marked):
            # `Fire chief Ana Ortiz described the scene.` then a paragraph that is all quote: the
            # paragraph before introduces its speaker, if it is plain narration
            before = context.paragraph_of(doc[last].idx)
            if before == context.paragraph_of(marked.open_start) or any(
                context.in_marks(t.idx) for t in doc[context.token_at(before[0]):last]
            ):
                return None
        elif doc[last].idx < context.paragraph_of(marked.open_start)[0]:
            return None
        sentence = context.sentence(last)
        if sentence.start >= opener or doc[sentence.start].idx < context.body_start:
            return None
        if previous is not None and previous.attribution is not None and previous.marked is None and sentence.start_char <= previous.start < sentence.end_char:
            reporter = previous.extra.get("cue")
            # (`The mayor defended the plan against critics who say …`: a report inside a relative clause
            # is not what the sentence is about; its subject introduces the quote)
            if reporter is None or reporter.dep_ not in ("relcl", "acl"):
                return _Attribution(previous.attribution.speaker, previous.attribution.cue, "lead")
        root = sentence.root
        if root.pos_ not in _VERB_POS or context.is_quoted(root.idx):
            return None
        head = self._subject(root)
        if head is None or context.is_quoted(head.idx) or head.lower_ in ("it", "this", "that", "there", "i", "we", "you"):
            return None
        if not (head.ent_type_ == "PERSON" or head.pos_ == "PRON" or self.lexicon.is_title_word(head)):
            return None
        head, start, end = speakers.mention(head)
        return _Attribution(speakers.resolve(head, start, end), None, "lead")

    def _colon_attribution(self, context: "_DocContext", span: tuple[int, int], speakers: SpeakerIndex) -> Optional[_Attribution]:
        doc = context.doc
        tokens = doc[span[0]:span[1]]
        for cue in reversed(list(tokens)):
            if self._is_cue(cue) and not _describing_participle(cue, self.lexicon.statement_nouns):
                found = self._speaker_from_cue(context, cue, speakers, "colon")
                if found:
                    return found
        for token in tokens:
            # `Dunmore was unsparing in her closing remarks:` - the subject of the introducing clause
            if token.pos_ in _VERB_POS and not (span[0] <= token.head.i < span[1] and token.head.i != token.i):
                head = self._subject(token) or self._adjacent_speaker(context, token)
                if head is not None and head.lemma_.lower() in self.lexicon.statement_nouns:
                    # `The mayor's message was blunt:` - whose message it is
                    head = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")), head)
                if head is not None and (head.pos_ in ("PROPN", "PRON") or self.lexicon.is_title_word(head)):
                    head, start, end = speakers.mention(head)
                    if end - 1 > head.i and doc[end - 1].dep_ == "case":
                        end -= 1  # (`The mayor's` names the mayor)
                    return _Attribution(speakers.resolve(head, start, end), None, "colon")
        for token in reversed(list(tokens)):
            if token.lower_ in self.source_prepositions:
                objects = [c for c in token.children if c.dep_ == "pobj"]
                if objects:
                    head, start, end = speakers.mention(objects[0])
                    return _Attribution(speakers.resolve(head, start, end), None, "colon")
        first, last = tokens[0], tokens[-1]
        if first.lower_ in self.inverted_cues and first.text[:1].isupper() and len(tokens) >= 2:
            # `Said Ellis:` / `Added the mayor:` read by the tagger as a name
            head = last if last.pos_ in ("PROPN", "NOUN") else None
            if head is not None:
                _, start, end = speakers.mention(head)
                start = max(start, first.i + 1)
                return _Attribution(speakers.resolve(head, start, end), first.text, "colon")
        words = [t for t in tokens if not t.is_punct]
        dashes = [t.i for t in tokens if t.text in ("-", "--", "\u2014", "\u2013")]
        if dashes:
            words = [t for t in words if t.i > dashes[-1]]  # `RIVAL TOWNS AGREE - Ana Ruiz:`: a kicker, then the name
        if not words:
            return None
        topic = next((k for k, t in enumerate(words) if t.lower_ == "on"), None)
        if topic is not None and 1 <= topic <= 4 and context.text[context.paragraph_of(first.idx)[0]:first.idx].strip() == "":
            # a headline `Union Chief on Layoffs: '…'`: who speaks, then the topic
            speaker_words = words[:topic]
            if all(t.text[:1].isupper() and (t.pos_ == "PROPN" or self.lexicon.is_title_word(t)) for t in speaker_words) \
                    and not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for t in speaker_words):
                head = speaker_words[-1]
                return _Attribution(speakers.resolve(head, speaker_words[0].i, head.i + 1), None, "colon")
        if words and len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and self._looks_like_name_label(words):
            # `Obi: "…"` - a bare name and a colon, as in a transcript
            _, start, end = speakers.mention(words[-1])
            return _Attribution(speakers.resolve(words[-1], max(start, words[0].i), end), None, "colon")
        if last.pos_ == "PROPN" and last.ent_type_ == "PERSON":
            # `… does not surprise pollster Dana Kim:` - the person the colon introduces
            head, start, end = speakers.mention(last)
            return _Attribution(speakers.resolve(head, start, end), None, "colon")
        return None

    def _next_sentence_attribution(self, context: "_DocContext", item: _Found, speakers: SpeakerIndex) -> Optional[_Attribution]:
        doc = context.doc
        nxt_start = context.token_at(item.marked.close_end)
        while nxt_start < len(doc) and (doc[nxt_start].is_space or doc[nxt_start].is_punct):
            nxt_start += 1
        if nxt_start >= len(doc) or "\n" in context.text[item.marked.close_end:doc[nxt_start].idx]:
            return None
        sentence = context.sentence(nxt_start)
        if any(context.is_quoted(t.idx) for t in sentence if not t.is_punct):
            return None
        for cue in sentence:
            if not self._is_cue(cue, cognition=False):
                continue
            if any(c.dep_ == "ccomp" for c in cue.children):
                # `"Enough is enough." Jones said the protests would go on`: a sentence that opens with
                # the speaker of a report gives the quote before it that speaker
                subject = self._subject(cue)
                if subject is None or subject.left_edge.i != sentence.start or subject.pos_ not in ("PROPN", "PRON", "NOUN"):
                    continue
            found = self._speaker_from_cue(context, cue, speakers, "next")
            if found:
                return found
        return None

    # -- speech without quote marks ------------------------------------
    def _unmarked_speech(self, context: "_DocContext") -> list[_Found]:
        """Verbatim speech set off without quote marks: a paragraph introduced by
        `Smith added:`, and transcript lines (`SMITH: Well, …`)."""
        text, paragraphs = context.text, context.paragraphs
        found: list[_Found] = []
        labelled = [(p, _SPEAKER_LABEL.match(text, p[0], p[1])) for p in paragraphs]
        labelled = [(p, m) for p, m in labelled if m and not context.is_quoted(m.start("label"))]
        if len(labelled) >= 2:  # one "WORD:" line is a dateline or a heading, several are a transcript
            for (p_start, p_end), match in labelled:
                first, last = context.token_at(match.start("label")), context.token_at(match.end("label") - 1)
                item = self._paragraph_item(context, match.end(), p_end)
                if item is not None:
                    item.extra = {"speaker_head": context.doc[last], "speaker_span": (first, last + 1)}
                    found.append(item)
        for p_start, p_end in paragraphs:
            if "\n" in text[p_start:p_end]:
                found.extend(self._transcript_lines(context, p_start, p_end, found))
        for p_start, p_end in paragraphs:
            item = self._name_colon_item(context, p_start, p_end, found)
            if item is not None:
                found.append(item)
        found.extend(self._interview_answers(context, found))
        for number, (p_start, p_end) in enumerate(paragraphs[:-1]):
            intro = text[p_start:p_end].rstrip()
            n_start, n_end = paragraphs[number + 1]
            if not intro.endswith(":") or self.marks.pattern.match(text, n_start) or context.is_quoted(n_start):
                continue
            if text[n_start:n_end].rstrip().endswith(":"):
                continue  # (an embedded post dropped by the scraper: the next paragraph introduces another)
            if any(item.start <= n_start < item.end for item in found):
                continue
            colon = context.token_at(p_start + len(intro) - 1)
            sentence_start = context.sentence(colon).start
            cues = [
                t for t in context.doc[max(sentence_start, context.token_at(p_start)):colon]
                if self._is_cue(t, cognition=False) and not (t.tag_ == "VB" and t.i == sentence_start)
            ]  # (`Read the latest updates below:` tells the reader what to do; nobody speaks)
            if not cues:
                continue
            head = self._subject(cues[-1], loose_right=True) or self._adjacent_speaker(context, cues[-1])
            item = self._paragraph_item(context, n_start, n_end)
            if head is not None and item is not None:
                item.extra = {"cue": cues[-1], "speaker_head": head}
                found.append(item)
        return found

    def _interview_answers(self, context: "_DocContext", known: list[_Found]) -> list[_Found]:
        """An interview set out as questions and answers (`Q: …?` / `A: …`, or question paragraphs each
        followed by the answer): the answers are the words of the person the introduction says was
        interviewed (`In an interview with the Gazette, the minister …`, `We spoke to her …`)."""
        text, paragraphs = context.text, context.paragraphs
        units = []  # paragraphs, or the lines of one that holds `Q: …` / `A: …` lines
        for p_start, p_end in paragraphs:
            lines = [(m.start(), m.end()) for m in _LINE.finditer(text, p_start, p_end)] if "\n" in text[p_start:p_end] else []
            if len(lines) > 1 and sum(1 for line in lines if _QA_LABEL.match(text, *line)) > 1:
                units.extend(lines)
            else:
                units.append((p_start, p_end))
        labels = [(p, _QA_LABEL.match(text, p[0], p[1])) for p in units]
        kinds = [m.group("label")[0] if m and not context.is_quoted(m.start()) else None for _, m in labels]
        if "Q" in kinds and "A" in kinds:
            answers, asking = [], False
            for index, ((p_start, p_end), match) in enumerate(labels):
                if kinds[index] == "Q":
                    asking = True
                elif kinds[index] == "A":
                    answers.append((match.end(), p_end))
                    asking = "Q" in kinds[index + 1:]  # (the answer may run on until the next question)
                elif asking and answers and kinds[index - 1] in ("A", None) and "Q" in kinds[index + 1:]:
                    answers.append((p_start, p_end))
            first_question = units[kinds.index("Q")][0]
        else:
            questions = [
                k for k, (p_start, p_end) in enumerate(paragraphs)
                if text[p_start:p_end].rstrip().endswith("?") and "\n" not in text[p_start:p_end].strip()
                and len(text[p_start:p_end].split()) <= 30 and not self.marks.pattern.search(text, p_start, p_end)
            ]
            addressed = [k for k in questions if _YOU.search(text, *paragraphs[k])]
            if len(questions) < 2 or 2 * len(addressed) < len(questions):
                return []  # (an explainer's `What happens next?` headings ask no one; an interviewer asks "you")
            answers = []
            for order, k in enumerate(questions):
                stop = questions[order + 1] if order + 1 < len(questions) else min(k + 2, len(paragraphs))
                answers.extend(paragraphs[k + 1:stop])
            first_question = paragraphs[questions[0]][0]
        if not answers:
            return []
        head = self._interviewee(context, first_question)
        if head is None:
            return []
        start, end = mention_bounds(head)
        found = []
        for a_start, a_end in answers:
            item = self._paragraph_item(context, a_start, a_end, min_words=1)
            if item is not None and not any(other.start <= item.start < other.end for other in known):
                item.extra = {"speaker_head": head, "speaker_span": (start, end)}
                found.append(item)
        return found

    def _interviewee(self, context: "_DocContext", before: int) -> Optional[Token]:
        """Who the introduction before `before` says was interviewed: the object of `interviewed` / `spoke
        to`, the person in `an interview with X`, or else the subject of the clause the interview is in."""
        doc = context.doc
        found = None
        for token in context.doc[context.token_at(context.body_start):context.token_at(before)]:
            lemma = token.lemma_.lower()
            if lemma == "interview" and token.pos_ == "VERB":
                candidates = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
            elif lemma in ("interview", "conversation"):
                candidates = [g for c in token.rights if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
                verb = token.head
                while verb.pos_ not in _VERB_POS and verb.head.i != verb.i:
                    verb = verb.head
                candidates += [c for c in verb.children if c.dep_ == "nsubj"]
            elif lemma in ("speak", "talk") and token.pos_ == "VERB":
                listeners = [g for c in token.rights if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children if g.dep_ == "pobj"]
                if any(c.lower_ in ("we", "i") for c in token.children if c.dep_ == "nsubj"):
                    candidates = listeners  # `We spoke to her after training`
                elif any(g.lower_ in ("us", "me") or self._is_press(g) for g in listeners):
                    # `She talked to us about …`, `The chief executive spoke to the Herald about …`
                    candidates = [c for c in token.children if c.dep_ == "nsubj"]
                else:
                    continue
            else:
                continue
            person = next((c for c in candidates if self._could_be_interviewed(c)), None)
            if person is not None:
                found = person
        return found

    def _is_press(self, token: Token) -> bool:
        """The side that asks: a paper or broadcaster by name (`the Northgate Herald`), or reporters."""
        if token.lemma_.lower() in self.lexicon.press_nouns:
            return True
        return token.pos_ == "PROPN" and (token.ent_type_ == "ORG" or _named_with_article(token))

    def _could_be_interviewed(self, token: Token) -> bool:
        if token.pos_ == "PRON":
            return token.lower_ in ("he", "she", "him", "her")
        if token.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME"):
            return False
        if _named_with_article(token):
            return False  # (`an interview with the Gazette`: a paper, not a person)
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
            return True  # (`The port's harbourmaster, Ines Calloway, spoke to …`: a description with the name beside it)
        return token.ent_type_ == "PERSON" or token.pos_ == "PROPN" or self.lexicon.is_title_word(token)

    def _transcript_lines(self, context: "_DocContext", p_start: int, p_end: int, known: list[_Found]) -> list[_Found]:
        """`Interviewer: …` / `Ruiz: Not for a second …` on lines of one paragraph: each line is its
        label's speech, when one label comes back (a transcript, not a list of headings)."""
        text, doc = context.text, context.doc
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, p_start, p_end)]
        labelled = [(line, _LINE_LABEL.match(text, line[0], line[1])) for line in lines]
        labelled = [(line, m) for line, m in labelled if m is not None and not context.is_quoted(m.start())]
        labels = [m.group("label").lower() for _, m in labelled]
        if len(labelled) < 2 or len(set(labels)) == len(labels):
            return []
        found = []
        for (_, line_end), match in labelled:
            tokens = [t for t in context.tokens_in(match.start("label"), match.end("label")) if not t.is_punct]
            if not tokens or match.group("label").upper() in ("Q", "A") or not self._looks_like_label_speaker(tokens):
                continue
            item = self._paragraph_item(context, match.end(), line_end)
            if item is not None and not any(other.start <= item.start < other.end for other in known):
                item.extra = {"speaker_head": tokens[-1], "speaker_span": (tokens[0].i, tokens[-1].i + 1)}
                found.append(item)
        return found

    def _looks_like_label_speaker(self, tokens: list[Token]) -> bool:
        """A transcript label names someone (`Ruiz`, `Interviewer`), not a section or a date."""
        if any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") or t.is_stop for t in tokens):
            return False
        return not any(t.lower_ in self.section_labels for t in tokens)

    def _name_colon_item(self, context: "_DocContext", p_start: int, p_end: int, found: list[_Found]) -> Optional[_Found]:
        """`Ana Ruiz: Port Will Reopen in May` - a name and a colon open the paragraph; the rest is what the name said."""
        text, doc = context.text, context.doc
        match = _NAME_COLON.match(text, p_start, p_end)
        if match is None or context.is_quoted(match.start("label")):
            return None
        if context.is_quoted(match.end()):
            # `Ana Ruiz: 'Of Course' the Levy Will Fail`: a quoted phrase may open the statement, not be all of it
            marks = context.marks_around(match.end())
            if marks is None or len(text[marks[1]:p_end].split()) < 3:
                return None
        if match.group("label").isupper():
            return None  # `UPDATE:` / `NEWSLETTER:` label a section (transcripts are handled apart)
        if any(item.start <= match.end() < item.end for item in found):
            return None
        tokens = [t for t in context.tokens_in(match.start("label"), match.end("label")) if not t.is_punct and t.lower_ not in ("'s", "\u2019s")]
        if len(tokens) >= 2 and tokens[-1].text.islower():
            if not (self.lexicon.is_title_word(tokens[-1]) or tokens[-1].lemma_ in self.lexicon.org_nouns):
                return None  # `Ruiz camp:`, `Ruiz spokesman:` speak; `Ruiz unbound:` is a headline
            tokens = tokens[:-1]
        if not tokens or len(tokens) > 5 or self.lexicon.is_title_word(tokens[-1]):
            return None
        if not all(t.pos_ == "PROPN" or self._named_elsewhere(context, t) for t in tokens):
            return None
        if any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for t in tokens):
            return None  # `Monday:` / `Kyiv:` head a section or a dateline
        if not self._looks_like_name_label(tokens):
            return None
        item = self._paragraph_item(context, match.end(), p_end, min_words=4)
        if item is None or len(text[item.start:item.end].split()) < 6 and not any(t.pos_ in _VERB_POS for t in context.tokens_in(item.start, item.end)):
            return None  # (a short statement has its verb: `Ruiz: Budget Row Has Moved On`, not `Porto Diary: Ten Days of Rain`)
        item.direct = False
        label = [t for t in context.tokens_in(match.start("label"), match.end("label")) if not t.is_punct]
        item.extra = {"speaker_head": label[-1], "speaker_span": (label[0].i, label[-1].i + 1)}
        return item

    @staticmethod
    def _named_elsewhere(context: "_DocContext", token: Token) -> bool:
        """`Ruiz: I Am Confident …`: a headline's first word is often tagged a common noun; the
        article naming the same word as a person tells it is a name."""
        if not token.text[:1].isupper() or not token.is_alpha:
            return False
        return any(i != token.i for i in context.proper_nouns().get(token.text, ()))

    def _looks_like_name_label(self, tokens: list[Token]) -> bool:
        """The words before a colon name someone who can speak (`Ana Ruiz:`), not a title or a section."""
        last = tokens[-1]
        if self.lexicon.is_title_word(last) or last.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
            return False  # `Monday:` / `Kyiv:` head a section or a dateline
        if any(t.is_stop for t in tokens):
            return False  # `Calm Over The Harbour: …`: a title (names have no function words in capitals)
        if last.lower_ in self.naming_words or any(t.ent_type_ in _TITLE_LABELS for t in tokens):
            return False  # `Climate Summit: …` names an event or a work, not a speaker
        if any(t.lower_ in self.section_labels for t in tokens):
            return False  # `Correction: …`, `Editor's Note: …` label a part of the page
        return True

    @staticmethod
    def _paragraph_item(context: "_DocContext", start: int, end: int, min_words: int = 6) -> Optional[_Found]:
        text = context.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < min_words:
            return None
        return _Found(start, end, True)

    # -- reported speech ------------------------------------------------
    def _reported_speech(self, context: "_DocContext", direct: list[_Found]) -> list[_Found]:
        doc = context.doc
        found = []
        body_token = context.token_at(context.body_start)
        for token in doc[body_token:]:
            if token.lower_ == "according":
                item = self._according_to(context, token)
                if item:
                    found.append(item)
                continue
            if token.pos_ == "NOUN" and (token.lemma_.lower() in self.speech_nouns or token.lemma_.lower() in self.voiced_nouns):
                item = self._owned_statement(context, token)
                if item:
                    found.append(item)
                continue
            if token.pos_ not in _VERB_POS or not self._is_cue(token) or context.is_quoted(token.idx) \
                    or token.dep_ != "acl" and _describing_participle(token, self.lexicon.statement_nouns):
                continue
            subject, subject_span = self._subject(token), None
            if subject is None and token.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
                # `In a meeting with the Post Trump said that …`: the parse hid the subject in the phrase before
                before = token.doc[token.i - 1] if token.i > 0 else None
                if before is not None and before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG", ""):
                    subject, subject_span = before, (before.i, before.i + 1)
            if subject is None and token.tag_ in ("VBD", "VBZ") and token.i > 0 and doc[token.i - 1].text == "," \
                    and token.lemma_.lower() not in self.addressee_verbs and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children):
                # `The bridge will reopen, wrote the engineer Ana Ruiz`: the inverted subject parsed as an object
                subject = next((c for c in token.rights if c.dep_ in ("dobj", "attr", "oprd") and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ not in ("DATE", "TIME")), None)
            if subject is None and token.lemma_.lower() in self.speech_verbs:
                # `Hale, asked whether the plant would close, said …`: the parse gave Hale to the aside
                aside = next((c for c in token.lefts if c.dep_ in ("ccomp", "advcl") and self._asked_aside(c)), None)
                if aside is None and token.dep_ in ("ccomp", "conj") and token.head.i < token.i and self._asked_aside(token.head):
                    aside = token.head  # (or made the saying a complement of the asking)
                subject = next((c for c in aside.children if c.dep_ == "nsubj"), None) if aside is not None else None
            if subject is None and token.dep_ == "xcomp" and token.tag_ == "VBN" and token.head.tag_ == "VBN" \
                    and any(c.lower_ == "have" and c.dep_ == "aux" for c in token.children):
                # `The minister is understood to have told aides that …`, `X is said to have warned …`: a past report
                subject = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
            unnamed = None
            aside = self._misparsed_aside(token, subject) if token.lemma_.lower() in self.speech_verbs else None
            if aside is not None:
                subject = aside[0]  # `Demand, a ministry spokeswoman, Lena Birk, said, had outstripped supply`: she speaks
            if subject is None:
                subject = unnamed = self._told_to_court(token)  # (the hearers frame the clause; they are no speaker)
            if subject is None or context.is_quoted(subject.idx) or not _has_letters(subject):
                continue  # (`___` rules between items are no speaker)
            if self._asked_aside(token):
                continue  # `Dana Ruiz, asked if she would resign, said …`: she was asked; the question is not hers
            if any(child.dep_ == "neg" for child in token.children):
                continue  # `did not say that …` reports nothing
            if token.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
                continue  # `there is reason to believe …`, `a plan to announce that …`: nobody has said it
            if token.dep_ == "xcomp" and (token.head.lemma_.lower() in self.refusal_verbs or any(c.dep_ == "neg" for c in token.head.children)):
                continue  # `declined to comment on which sites …`, `would not say whether …`: nothing was said
            if any(child.dep_ == "mark" and child.lower_ in ("if", "whether") for child in token.children):
                continue  # `Asked if she believed A, …` / `If he says A, …`: a question or a condition, not a report
            if token.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in token.children) \
                    and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
                continue  # `names mentioned as nominees are …`: a participle that describes the names
            if token.lemma_.lower() in self.cognition_verbs and subject.lower_ == "it":
                continue  # `it seems/shows` without a named source
            if token.lemma_.lower() in self.cognition_verbs and (
                subject.lower_ in ("i", "we", "you", "one") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
            ):
                continue  # the writer's own view, or a hypothetical: not a report
            span = aside[1] if aside is not None else self._reported_clause(token, subject)
            said_object = span is None and token.lemma_.lower() in self.object_cues
            if said_object:
                span = self._said_object(token)
            if span is None:
                continue
            start, end = context.clip_to_paragraph(token, *span)
            end = min(end, start + _MAX_REPORT_TOKENS)  # a run-on "sentence" of reports must stay linear
            while start < end and context.is_markup(doc[start]):
                start += 1  # (`said:&nbsp;"…"`: the entity read as the complement is no part of what was said)
            start, end = self._trim_clause(doc, start, end)
            # (`declared that the tax "works"` with the verb tagged as a noun: the `that` tells it is a clause)
            introduced = start > 0 and doc[start - 1].lower_ == "that" and doc[start - 1].dep_ == "mark"
            if end - start < 2 or not (introduced or said_object or any(t.pos_ in _VERB_POS for t in doc[start:end])) \
                    or end - start == 2 and not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[start:end]):
                continue  # (`Doe said profits rose` reports two words: a subject and its verb)
            for start, end in self._that_clauses(token, start, end):
                char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
                opening = context.marks_around(char_start)
                if opening is not None and opening[0] < char_start and opening[1] < char_end:
                    char_start = opening[0]  # `… said the theme, "Rivers and Roads," …`: a report never starts inside quote marks
                if char_start < context.body_start:
                    continue
                line_end = context.text.find("\n", token.idx, char_end)
                if line_end > char_start and _is_headline(context.text, context.text.rfind("\n", 0, token.idx) + 1, line_end):
                    # `Mayor Says She Will Close The Pier\nMayor Ana Cole said …`: a headline's report ends with its line
                    char_end = len(context.text[:line_end].rstrip())
                    if char_end <= char_start:
                        continue
                item = _Found(char_start, char_end, False)
                item.extra = {"cue": token, "speaker_head": None if unnamed is not None else subject}
                if subject_span is not None:
                    item.extra["speaker_span"] = subject_span
                found.append(item)
        return self._merge_with_direct(context, found, direct)

    def _misparsed_aside(self, cue: Token, subject: Optional[Token]) -> Optional[tuple[Token, tuple[int, int]]]:
        """A parenthetical `X said` the parse made the sentence's verb, with the report's subject as its subject and
        the rest of the report, without a subject, as its complement: the speaker set off by commas and the whole
        sentence as the report. `Demand, a ministry spokeswoman, Lena Birk, said on Friday, had outstripped
        supply`; `The strike, said union leader Ada Frey, would last a week`; `Rather than raise fares, said
        Paul Renner, the board wants a grant` (the speaker parsed as the subject of the report's verb)."""
        doc = cue.doc
        if cue.i == 0 or doc[cue.i - 1].text != ",":
            return None  # (every form has a comma right before the verb)
        clause = next((c for c in cue.rights if c.dep_ == "ccomp" and c.pos_ in _VERB_POS), None)
        if clause is None:
            return None
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
        if subject is None and cue.i > 0 and doc[cue.i - 1].text == "," and subjects and clause.i > cue.i \
                and subjects[0].left_edge.i == cue.i + 1 and subjects[0].pos_ == "PROPN":
            speaker = subjects[0]  # `…, said Paul Renner, the authority's chief, the board wants …`
            comma = max((t.i for t in doc[speaker.i + 1:clause.i] if t.text == ","), default=None)
            # (the report's own subject after the last comma: parsed as its subject, or as the speaker's apposition)
            if comma is None or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[comma + 1:clause.i]):
                return None
            first = min(t.left_edge.i for t in cue.lefts) if any(True for _ in cue.lefts) else cue.i
            return speaker, (first, clause.right_edge.i + 1)
        reported = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
        if reported is None or subjects or not any(t.text == "," for t in doc[reported.i + 1:cue.i]) \
                or not any(t.text == "," for t in doc[cue.i + 1:clause.left_edge.i + 1]):
            return None
        if reported.pos_ not in ("NOUN", "PROPN") or reported.ent_type_ == "PERSON" or self.lexicon.is_title_word(reported):
            return None  # (`Ruiz, a nurse, said, …` is Ruiz speaking)
        subject = reported
        inverted = next((c for c in cue.rights if c.dep_ == "nsubj" and c.i < clause.i), None)
        # (the parse may join the speaker as a conjunct set off by a comma, with no `and`)
        described = next((c for c in subject.rights if (c.dep_ == "appos" or c.dep_ == "conj" and not any(t.dep_ == "cc" for t in doc[subject.i:c.i]))
                          and c.i < cue.i and doc[c.left_edge.i - 1].text == "," and (self.lexicon.is_title_word(c) or c.ent_type_ == "PERSON")), None)
        speaker = inverted or described
        if speaker is None or inverted is not None and not (inverted.pos_ == "PROPN" or self.lexicon.is_title_word(inverted)):
            return None
        return speaker, (subject.left_edge.i, clause.right_edge.i + 1)

    @staticmethod
    def _said_object(cue: Token) -> Optional[tuple[int, int]]:
        """`forecast heavy showers until Thursday`, `promised a pay rise`: a noun object right after the cue is
        what was said, with the phrases on the cue that follow it (no clause, no pronoun, no person)."""
        doc = cue.doc
        said = next((c for c in cue.rights if c.dep_ == "dobj"), None)
        if cue.dep_ not in ("ROOT", "conj") or _relative_verb(cue):
            return None  # (`an official who promised faster buses`: a clause about someone, not a report)
        if said is None or said.pos_ != "NOUN" or said.left_edge.i != cue.i + 1 or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
            return None
        end = said.right_edge.i + 1
        for child in cue.rights:
            if child.i < end:
                continue
            if child.dep_ in ("prep", "npadvmod") and child.i == end and not any(t.is_punct for t in doc[child.i:child.right_edge.i + 1]):
                end = child.right_edge.i + 1  # (`until Thursday`: when, part of the forecast)
            else:
                break
        return cue.i + 1, end

    @staticmethod
    def _that_clauses(cue: Token, start: int, end: int) -> list[tuple[int, int]]:
        """`said A, and that B`: each `that` clause set apart by a comma is a report of its own (same speaker),
        as if the verb were written twice. Token ranges of the reports."""
        doc = cue.doc
        pieces, first = [], start
        # the `that` of a clause joined to the cue or to one of its reports (walked from the parse, not the words)
        marks, hosts = [], [cue] + [c for c in cue.children if c.dep_ == "ccomp" and start <= c.i < end]
        while hosts:
            host = hosts.pop()
            for clause in host.children:
                if clause.dep_ in ("conj", "advcl") and clause.i > host.i and clause.right_edge.i < end:
                    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that" and start + 2 <= m.i < clause.i), None)
                    if mark is not None:
                        marks.append(mark)
                        hosts.append(clause)
        if not marks:
            return [(start, end)]
        listed = start > 0 and doc[start - 1].lower_ == "that"  # (`said that A, that B and that C`: a comma joins them too)
        for token in sorted(marks, key=lambda m: m.i):
            cut = token.i - 1
            # (the comma sets the clauses apart: `said A and that B` without one is mostly read as one report;
            # `said A, but that B` qualifies A within one statement)
            if not (doc[cut].lower_ == "and" and (doc[cut - 1].text == "," or listed and len(pieces) > 0) or listed and doc[cut].text == ","):
                continue
            while cut > first and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                cut -= 1
            if cut - first < 2:
                continue
            pieces.append((first, cut))
            first = token.i + 1
        pieces.append((first, end))
        return pieces

    @staticmethod
    def _introduces_quote(cue: Token) -> bool:
        """`… to say, "…"` / `… to say: "…"`: a comma or colon, then a quote mark, right after the cue."""
        following = cue.doc[cue.i + 1:cue.i + 3]
        return len(following) == 2 and following[0].text in (",", ":") and following[1].is_quote

    @staticmethod
    def _opens_quoted_sentence(cue: Token) -> bool:
        following = cue.doc[cue.i + 1:cue.i + 4]
        return len(following) == 3 and following[0].text in (",", ":") and following[1].is_quote and following[1].whitespace_ == "" \
            and following[2].text[:1].isupper()

    def _reported_clause(self, cue: Token, subject: Token) -> Optional[tuple[int, int]]:
        """Token range of what `cue` reports: its clausal complement, or the clause around a parenthetical `X said`."""
        # (`said later that …`: the parse may hang the clause on an adverb right after the verb)
        hosts = [cue] + [a for a in cue.rights if a.dep_ == "advmod" and a.i <= cue.i + 2 and a.pos_ == "ADV"]
        clauses = [
            c for host in hosts for c in host.children
            if c.dep_ == "ccomp" and (host is cue or c.i > host.i) and _has_letters(c) and not self._is_temporal_clause(c) and not (c.i < cue.i and _set_apart(cue.doc, c.right_edge.i, subject.left_edge.i))
            and not (c.i < cue.i and self._asked_aside(c)) and not _describing_participle(c, self.lexicon.statement_nouns)
            and not _result_clause(cue, c)
        ]  # (a dash read as a verb, `LEEDS ― …`, is no clause)  # `A happened on Friday: X said …`: a clause set apart by a colon is the writer's, not X's
        stranded = self._stranded_that_clause(cue) if cue.lemma_.lower() in self.speech_verbs else None
        opens_quote = self._opens_quoted_sentence(cue)
        if clauses and clauses[0].i < cue.i and opens_quote and self._is_cue(clauses[0], cognition=False) \
                and any(c.dep_ == "nsubj" for c in clauses[0].children):
            # `She said A, and when asked B, she said, "No."`: the parser hung the earlier report on the
            # cue that introduces a quote; that report is her own, and this cue reports the quote
            return None
        if clauses:
            clause = clauses[0]
            start, end = clause.left_edge.i, clause.right_edge.i + 1
            lost_subject = next((
                c for c in cue.rights
                if c.dep_ == "prep" and c.i == cue.i + 1 and c.right_edge.i + 1 == start and c.lower_ in self.amount_prepositions
            ), None) if start > cue.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children) else None
            if lost_subject is not None:
                start = lost_subject.left_edge.i  # `said between 60 and 90 people were missing`: the subject parsed as the verb's phrase
            if stranded is not None and stranded[0] < start and start > cue.i:
                return stranded[0], max(end, stranded[1])  # `said … that A and "B"`, B parsed as the complement
            if start <= cue.i < end or start <= subject.i < end:
                if not (clause.i > cue.i and self._relative_before_speaker(cue, subject, start)):
                    return None
                # `the rules, which officials said will take effect in May`: what follows the cue was said
                start = cue.i + 1
                if cue.dep_ == "relcl" and cue.head.dep_ == "ROOT" and cue.head.pos_ in ("NOUN", "PROPN"):
                    # (`The rules, which … said will take effect, apply to all`: the parser gave the sentence's
                    # own verb to the report as a conjunct; the report ends at the comma before it)
                    cut = next((c.i - 1 for c in clause.rights if c.dep_ == "conj" and c.pos_ in _VERB_POS and cue.doc[c.i - 1].text == ","), None)
                    end = cut if cut is not None and cut > start else end
            if start > cue.i and not any(t.dep_ == "mark" and t.lower_ == "that" for t in clause.children):
                # `Even if it fails, Smith said, he …`: a clause before the speaker belongs to the report
                # (`When he wrote the book, Smith said that …` is the time of saying, not what was said)
                lead = [
                    c for c in cue.lefts
                    if c.dep_ in ("advcl", "ccomp") and c.i < subject.left_edge.i
                    and not any(m.dep_ in ("mark", "advmod") and m.lower_ in self.temporal_marks for m in c.children)
                    and any(a.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for a in c.children)
                ]  # `Asked about the tax, Smith said …`: a clause without a subject is the occasion, not the report
                parenthetical = cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].text == ","
                conditional = lead and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in lead[0].children)
                if lead and (parenthetical or conditional) and cue.doc[subject.left_edge.i - 1].text == ",":
                    start = lead[0].left_edge.i  # (`Though A, experts say B` reports only B; `If A, X said B` reports both)
            if end <= min(cue.i, subject.left_edge.i):
                end = max(end, self._report_resumed(cue, subject))
            elif start > cue.i:
                end = max(end, self._further_complements(cue, clauses, end))
                end = self._before_next_report(cue, start, end)
            return start, end
        if stranded is not None:
            return stranded
        misread = self._misread_complement(cue) if cue.lemma_.lower() in self.speech_verbs else None
        if misread is not None:
            return misread
        if cue.lemma_.lower() in self.question_verbs:
            question = next((
                c for c in cue.rights
                if c.dep_ == "advcl" and c.pos_ in _VERB_POS and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") and m.i < c.i for m in c.children)
            ), None)  # `asked workers if they planned to vote`: the question, parsed as a condition
            if question is not None:
                return question.left_edge.i, question.right_edge.i + 1
        gerund = next((
            c for c in cue.rights
            if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == cue.i + 1 and cue.lemma_.lower() in self.speech_verbs
            and any(g.pos_ == "VERB" and g.tag_ in ("VBZ", "VBP", "VBD") for g in c.subtree if g.i != c.i)
        ), None)  # `economists say taxing land encourages growth`: a gerund subject read as the verb's complement
        if gerund is not None:
            return gerund.left_edge.i, gerund.right_edge.i + 1
        if opens_quote:
            # `…, he said, "I never said that."`: the cue opens a quoted sentence; the clause around it is not
            # what it reports (unlike `A, the lawyers said, "all command …"`, whose quote goes on with A)
            return None
        fronted = self._fronted_report(cue, subject) if cue.lemma_.lower() in self.speech_verbs else None
        if fronted is not None:
            return fronted
        as_source = cue.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" and m.i < subject.i for m in cue.children) and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "advcl") and c.i > cue.i and not (c.dep_ == "dobj" and self.idiom_cues.get(cue.lemma_.lower()) == c.lower_)
            or c.dep_ == "prep" and c.lower_ == "with" for c in cue.children
        )  # `As the paper reported, A` (`As X put it, A`: the idiom's own object): the clause the `as` phrase hangs on is the report (not `as X spoke about B`,
        # nor `as X joked with a friend`, which tells when)
        host = cue.head
        if cue.dep_ == "parataxis" and host.pos_ not in _VERB_POS and host.dep_ in ("nsubj", "nsubjpass") and host.head.pos_ in _VERB_POS:
            host = host.head  # `The difference, he told me, is that …`: the parenthetical hangs on the subject
        # (`Rain floods the valley, he noted, …`: a verb the tagger read as a plural noun still has its object)
        verb_read_as_noun = host.pos_ == "NOUN" and host.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in host.children)
        if (cue.dep_ == "parataxis" or as_source) and (host.pos_ in _VERB_POS or verb_read_as_noun):
            # `The museum, the president said, would …`: the host clause minus the parenthetical
            start, end = host.left_edge.i, host.right_edge.i + 1
            left, right = cue.left_edge.i, cue.right_edge.i + 1
            first = subject.left_edge.i
            if left < first - 1 and cue.doc[first - 1].text == "," and cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].text == "," \
                    and all(c.i >= first or c.dep_ in ("advcl", "prep", "punct") for c in cue.lefts) \
                    and not any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in self.temporal_marks for m in c.children) for c in cue.lefts):
                # `To understand A, X said, B`: a fronted phrase the parse hung on the parenthetical goes
                # with the sentence around it, as when it hangs on the main verb
                left = first
            elif subject.i > cue.i and left < cue.i - 1 and cue.doc[cue.i - 1].text == "," \
                    and all(c.dep_ in ("advcl", "prep", "punct") for c in cue.lefts) \
                    and not any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in self.temporal_marks for m in c.children) for c in cue.lefts):
                left = cue.i  # (`Rather than raise fares, said X, the board wants …`: the same with the speaker after the verb)
            before = cue.doc[max(left - 2, 0):cue.i]
            if any(t.is_quote for t in before):
                return None  # `"…," Okafor said, …`: a direct quote's attribution, not reported speech
            words_end = end
            while words_end > right and (cue.doc[words_end - 1].is_punct or cue.doc[words_end - 1].is_space):
                words_end -= 1  # (the full stop hangs on the host: `A, X said, as B.` still ends with the parenthetical)
            if left <= start or all(t.is_punct or t.dep_ == "cc" for t in cue.doc[start:left]):
                start = right  # (`But, the minister said, …`: a leading conjunction is the narrator's)
            elif right >= words_end:
                end = max(left, self._report_resumed(cue, subject))
            elif any(
                c.dep_ == "prep" and c.lower_ in self.attribution_prepositions and cue.doc[c.i - 1].text == ","
                and not any(t.pos_ in _VERB_POS for t in c.subtree) for c in cue.rights
            ):
                end = left  # `A, he said, on condition of anonymity because …`: the reason is for the anonymity
            else:
                following = next((t for t in cue.doc[right:end] if not t.is_punct), None)
                if following is not None and following.tag_ == "VBG" and following.lemma_.lower() in self.trailing_participles:
                    end = left  # `A, the people said, declining to be named …`, the participle hung on A by the parse
            return start, end
        return None

    @staticmethod
    def _relative_before_speaker(cue: Token, subject: Token, start: int) -> bool:
        """`which officials said …` / `what she said is …`: a relative pronoun, the speaker, (auxiliaries,) the cue."""
        doc = cue.doc
        if doc[start].tag_ not in ("WDT", "WP") or subject.left_edge.i != start + 1 or subject.i > cue.i:
            return False
        return all(t.dep_ in ("aux", "advmod", "neg") and t.head.i == cue.i for t in doc[subject.right_edge.i + 1:cue.i])

    def _further_complements(self, cue: Token, clauses: list[Token], end: int) -> int:
        """`said A, but that B` / `said A should B happen`: more complements of the same verb after
        the first belong to the report. Token end of the last of them."""
        for child in cue.rights:
            if child.i < end:
                continue
            second_clause = child.dep_ == "ccomp" and child in clauses
            if second_clause and self._is_cue(child, cognition=False) and child.tag_ in ("VBD", "VBZ", "VBP") \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) and not any(c.dep_ == "mark" for c in child.children) \
                    and not any(t.is_quote for t in cue.doc[end:child.i]):
                break  # `… said A, and more than half said B`: a second speaker's report, parsed as a further complement
            that_conjunct = (
                child.dep_ == "conj" and child.pos_ in _VERB_POS and not self._is_cue(child)
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < child.i for m in child.children)
            )
            if second_clause or that_conjunct:
                end = child.right_edge.i + 1
            elif child.dep_ not in ("punct", "cc"):
                break
        return end

    def _fronted_report(self, cue: Token, subject: Token) -> Optional[tuple[int, int]]:
        """`The top fifth paid 20 percent, the agency said, …` parsed with the clause as a modifier of
        "said": a finite clause with its own subject and no conjunction, right before `, X said`,
        is what was said (and the report goes on after the parenthetical)."""
        doc = cue.doc
        first = subject.left_edge.i
        if first < 2 or doc[first - 1].text != ",":
            return None
        for clause in cue.lefts:
            if clause.dep_ not in ("advcl", "ccomp") or clause.pos_ not in _VERB_POS or clause.right_edge.i != first - 2:
                continue
            if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children):
                return None  # `When the vote ended, X said …`: an adverbial clause of the saying
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
                return None  # `Asked about the tax, X said`
            start, end = clause.left_edge.i, clause.right_edge.i + 1
            return start, max(end, self._report_resumed(cue, subject))
        return None

    def _before_next_report(self, cue: Token, start: int, end: int) -> int:
        """`Smith said A, though she noted B` / `… A and said B`: a report joined on to the reported
        clause is a second report, not part of the first. Token end of the first."""
        doc = cue.doc
        for token in doc[start + 2:end]:
            if token.dep_ not in ("advcl", "conj") or not start <= token.head.i < end or token.head.dep_ != "ccomp":
                continue
            naming = token.lemma_.lower() in self.partial_quote_verbs and any(
                m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in token.children)  # (`…, while the ministry called them a ploy`)
            if token.pos_ not in _VERB_POS or not (self._is_cue(token, cognition=False) or self._prepositional_speech_act(token) or naming):
                continue
            if token.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                continue  # `…, saying …` hangs on the clause without a speaker of its own
            if token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("than", "as") and m.i < token.i for m in token.children):
                continue  # `proved harder than surveys had suggested, and that …`: a comparison inside the report
            if token.dep_ == "advcl" and self._is_temporal_clause(token) and not any(
                m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in token.children
            ):  # (`…, while the union warned that …` contrasts a second report)
                continue  # `… before he announced his bid` dates what was said, it is no second report
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            passive_host = (any(c.dep_ == "nsubjpass" for c in token.head.children) or token.head.lemma_ == "be") and token.tag_ == "VBD" \
                or self._speakers_own_conjunct(token)
            if token.dep_ == "conj" and not own_subject and token.lemma_ != cue.lemma_ and not any(c.dep_ == "ccomp" for c in token.children) \
                    and not passive_host:
                continue  # `he met the rebels and asked them to disarm`: one doer, one reported clause
                # (not `said trees had been cleared and warned of delays`, `said the budget was sound and urged …`:
                # trees and budgets warn nobody, the speaker does)
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
                continue  # `… and that the inquiry would continue`: a further complement of the same report
            cut = token.left_edge.i
            while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].dep_ in ("cc", "mark")):
                cut -= 1
            if cut - start >= 3:
                return cut
        return end

    def _prepositional_speech_act(self, verb: Token) -> bool:
        """`called on the bank to rethink`, `appealed for calm`: a speech act made by its preposition."""
        preps = self.prepositional_speech_acts.get(verb.lemma_.lower())
        return bool(preps) and any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)

    def _report_resumed(self, cue: Token, subject: Token) -> int:
        """`A covered many topics, the paper said, including B`: after a parenthetical `X said,` the
        sentence goes on with the report. Token end of what follows, or 0."""
        doc = cue.doc
        last = max(cue.i, subject.right_edge.i)
        first = min(cue.i, subject.left_edge.i)
        after_quote = first >= 1 and doc[first - 1].is_quote or first >= 2 and doc[first - 1].text == "," and doc[first - 2].is_quote
        for child in cue.rights:
            if (
                child.i == last + 1 and not after_quote and child.right_edge.i - child.i < 6
                and (child.dep_ == "prep" and child.lower_ in ("in", "on", "during") or child.dep_ == "npadvmod")
            ):  # `…, the agency said in a report, …`: where it was said is part of the attribution
                last = child.right_edge.i  # (not after a direct quote: `"…," said X at the time, …` ends there)
        if last + 1 >= len(doc) or doc[last + 1].text != ",":
            return 0
        tail = [
            c for c in cue.rights if c.i > last + 1 and (
                c.dep_ in ("prep", "advcl", "npadvmod", "ccomp", "xcomp")
                # `A, the agency said, and B`: the report goes on (unless B is a report of its own)
                or c.dep_ == "conj" and c.pos_ in _VERB_POS and not self._is_cue(c) and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
                # (`He had no links, the airline added, and had passed every check`: the report's subject goes on)
                or c.dep_ == "conj" and c.pos_ in _VERB_POS and not self._is_cue(c) and any(
                    g.dep_ == "aux" and (g.lemma_ == "have" or g.tag_ == "MD") for g in c.children
                )
            )
        ]
        if tail and tail[0].tag_ == "VBG" and tail[0].lemma_.lower() in self.trailing_participles:
            return 0  # `…, X said, noting …`: the participle belongs to the saying
        if not tail:
            return 0
        first = tail[0]
        if first.dep_ == "advcl" and any(m.lower_ in self.temporal_marks and m.lower_ != "until" for m in first.children if m.dep_ in ("mark", "advmod")):
            return 0  # `…, Smith said, after the vote`: the time of saying
        if first.dep_ == "prep" and first.lower_ in self.temporal_marks and first.lower_ != "until":
            return 0  # `…, Smith said, after the vote`
        if first.dep_ == "prep" and any(
            o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in self.lexicon.statement_nouns for o in first.children if o.dep_ == "pobj"
        ):
            return 0  # `…, Smith said, on Friday` / `…, in a statement`
        if first.dep_ == "prep" and first.lower_ in self.attribution_prepositions and first.right_edge.i - first.i < 6 \
                and not any(t.pos_ in _VERB_POS for t in first.subtree):
            return 0  # `…, Smith wrote, on Facebook` / `…, he said, on condition of anonymity`: how it was said
        return tail[-1].right_edge.i + 1

    @staticmethod
    def _stranded_that_clause(cue: Token) -> Optional[tuple[int, int]]:
        """`said outside the court that …` parsed as a clause of "court": a `that` complementiser
        (not a relative pronoun) still opens what was said."""
        for token in cue.doc[cue.i + 1:min(cue.right_edge.i + 1, cue.i + 12)]:
            if token.dep_ == "mark" and token.lower_ == "that" and token.head.dep_ in ("acl", "relcl", "advcl") and token.head.i > token.i:
                clause = token.head
                if _result_clause(cue, clause):
                    return None
                return clause.left_edge.i, clause.right_edge.i + 1
            if token.i == cue.i + 1 and token.dep_ == "mark" and token.lower_ == "that" and token.head.dep_ == "dobj" \
                    and token.head.head == cue and token.head.i > token.i + 2:
                # `warned that cutting it would "strand" projects`: a quoted verb misread, the clause hung
                # on its object as the cue's own; everything after `that` up to the object's end was said
                return token.i + 1, token.head.right_edge.i + 1
        return None

    @staticmethod
    def _misread_complement(cue: Token) -> Optional[tuple[int, int]]:
        """`said after the meeting he would resign` parsed as an adverbial clause (`after … he would`):
        a finite clause with its own subject and no conjunction of its own is what was said, from its subject."""
        for clause in cue.rights:
            if clause.dep_ != "advcl" or clause.pos_ not in _VERB_POS:
                continue
            if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children):
                continue  # `… when she resigned`: a real adverbial clause
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i and c.tag_ not in ("WDT", "WP")]
            finite = clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in clause.children if c.i < clause.i)
            if subjects and finite and subjects[0].left_edge.i > cue.i:
                return subjects[0].left_edge.i, clause.right_edge.i + 1
        listener = next((c for c in cue.rights if c.dep_ in ("dobj", "dative")), None)
        if listener is not None and listener.pos_ == "NOUN" and cue.lemma_.lower() not in ("tell", "ask") \
                and any(c.dep_ == "det" for c in listener.children):
            # `said a video titled "Facts" had been shared`: the subject of the report read as the cue's object,
            # its verb as a clause of the participle after it
            for named in (c for c in listener.rights if c.dep_ == "acl" and c.tag_ == "VBN"):
                verb = next((c for c in named.rights if c.dep_ == "ccomp" and c.pos_ in _VERB_POS), None)
                if verb is not None and any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children):
                    return listener.left_edge.i, verb.right_edge.i + 1
        if listener is not None and cue.lemma_.lower() == "tell":
            # `told the inquest the council had failed`: the report parsed as a relative clause of the listener
            clause = next((c for c in listener.rights if c.dep_ == "relcl" and (c.pos_ in _VERB_POS or c.pos_ == "ADJ")), None)  # (`had "panicked"` tagged an adjective)
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i] if clause is not None else []
            # (the clause opens on its own subject right after the listener, and has an auxiliary:
            # not `told the woman he married …`)
            if subjects and subjects[0].tag_ not in ("WDT", "WP") and subjects[0].left_edge.i == clause.left_edge.i == listener.i + 1 \
                    and any(c.dep_ in ("aux", "auxpass") and c.i < clause.i for c in clause.children):
                return subjects[0].left_edge.i, clause.right_edge.i + 1
        following = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
        if following is not None and following.dep_ == "prep" and following.head.i == cue.i:
            # `said about a fifth of the crop was spoiling`: an approximate figure read as a preposition
            # whose object is the reported clause
            clause = next((c for c in following.children if c.dep_ == "pcomp" and c.pos_ in _VERB_POS), None)
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None) if clause is not None else None
            # (the subject is the figure: not `argued about who owns the name`, a topic)
            if subject is not None and any(t.like_num or t.ent_type_ in _FIGURE_LABELS for t in cue.doc[following.i + 1:subject.i + 1]) \
                    and (clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in clause.children if c.i < clause.i)):
                return following.i, clause.right_edge.i + 1
        return None

    @staticmethod
    def _after_dateline(doc: Doc, start: int, end: int) -> int:
        """A dateline (`YORK —`) is not part of what was said."""
        for index in range(start, min(start + 10, end)):  # (`SAN JOSE, Calif. (AP) —` runs to eight tokens)
            if doc[index].text in ("\u2014", "\u2013", "\u2015", "--", "-") and index > start:
                agency = any(t.text == "(" for t in doc[start:index])  # (`Oct 14 (Reuters) -`, the place cut off by the parse)
                if (index - start <= 4 or doc[start].text.isupper() or agency) and all(
                    t.text.isupper() or t.pos_ == "PROPN" or t.is_punct or t.like_num or _CLOCK_TIME.match(t.text) for t in doc[start:index]
                ):  # (a live page's `10:05 —` stamps an entry as a dateline does)
                    # (`LISBON, March 4 (Reuters) -`: a dated dateline too)
                    return index + 1
                break
        return start

    def _trim_clause(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        start = self._after_dateline(doc, start, end)
        if start < end and doc[start].is_sent_start:
            # `Still, most voters back him, the poll found`: the link to the sentence before is the writer's
            for size in range(1, self.longest_connective + 1):
                if start + size + 1 < end and doc[start + size].text == "," \
                        and tuple(t.lower_ for t in doc[start:start + size]) in self.narrator_connectives:
                    start += size + 1
                    break
        # `Health chief: "…," says Dr Ruiz`: a short label before a colon that opens a quote is not what was said
        for index in range(start + 1, min(start + 3, end - 1)):
            if doc[index].text == ":" and doc[index + 1].is_quote:
                start = index + 1
                break
        # `argued, as he has before, that …`: an aside before the complementiser is the narrator's
        for index in range(start + 1, min(start + 12, end - 1)):
            if doc[start].lower_ == "that" and doc[start].dep_ == "mark":
                break  # (`said that A, that B`: a second `that` clause, not one after an aside)
            if doc[index].lower_ == "that" and doc[index].dep_ == "mark" and doc[index - 1].text == "," and doc[index].head.i > index:
                start = index
                break
        if start + 2 < end and doc[start].lower_ in ("only", "simply", "merely", "just") and doc[start + 1].lower_ == "that":
            start += 1  # `said only that "all talks are welcome"`: how little was said is the narrator's
        while start < end and (doc[start].lower_ == "that" and doc[start].dep_ in ("mark", "dobj", "nsubj") and not _subject_pronoun_that(doc[start])
                               or doc[start].is_punct or doc[start].is_space):
            start += 1
        # `said on Monday the bridge would reopen`: the time of saying, parsed into the report
        lead = start
        if lead < end and doc[lead].lower_ in ("on", "late", "early") and lead + 1 < end and doc[lead + 1].ent_type_ == "DATE":
            lead += 1
        if lead < end and doc[lead].ent_type_ == "DATE" and doc[lead].pos_ == "PROPN":
            while lead < end and doc[lead].ent_type_ == "DATE":
                lead += 1
            if lead < end - 2 and doc[lead].pos_ in ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"):
                start = lead
        while start < end and (doc[start].lower_ == "that" and doc[start].dep_ == "mark" or doc[start].is_punct):
            start += 1
        # the narrator's own additions after the report: `…; they learned …`, `…, which …` at the end,
        # and an apposition tacked on its last noun (`… with NATO, the alliance that …`, `…, a move that …`)
        for index in range(start + 1, end - 1):
            # (`said A: "B," she claimed`: a quote after a colon is attributed on its own)
            if doc[index].text == ";" or doc[index].text == ":" and doc[index + 1].is_quote and index - start >= 3 or (
                doc[index].text == "," and doc[index + 1].lower_ in ("which", "who", "whose") and doc[index + 1].head.right_edge.i >= end - 2
            ) or (
                doc[index].text in (",", "\u2014", "\u2013", "--") and index - start >= 3 and any(
                    t.dep_ == "appos" and t.pos_ == "NOUN" and t.left_edge.i == index + 1 and t.right_edge.i >= end - 2 and t.head.i < index
                    and not any(c.dep_ in ("cc", "conj") for c in t.subtree)  # (`tax fairness, lower fees and …` is a list)
                    for t in doc[index + 1:min(end, index + 6)]
                )
            ) or (
                doc[index].text in (",", "\u2014", "\u2013", "--") and index - start >= 3 and self._narrator_comment(doc, index + 1, end)
            ):
                end = index
                break
        # `…, citing …` / `…, adding …` belongs to the reporting verb
        for index in range(start + 1, end - 1):
            if doc[index].text != ",":
                continue
            following = index + 1
            if doc[following].is_quote and following + 1 < end:
                following += 1  # `… by Cleveland,” referring to …`
            if doc[following].tag_ == "VBG" and doc[following].lemma_.lower() in self.trailing_participles:
                end = following if following > index + 1 else index
                break
        while end > start and ((doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in ("%",) or doc[end - 1].dep_ == "cc"):
            end -= 1  # (a dangling `and` is where the parser cut a coordination, not part of what was said)
        return start, end

    def _narrator_comment(self, doc: Doc, first: int, end: int) -> bool:
        """`…, a swipe at his rival` / `…, the latter a reference to …`: the writer's gloss on what was said."""
        index = first
        while index < min(end, first + 4) and (doc[index].pos_ in ("DET", "ADJ") or doc[index].lower_ in ("latter", "former", "what")):
            index += 1
        if index >= end - 1 or doc[index].lemma_.lower() not in self.narrator_comment_nouns or doc[index].pos_ != "NOUN":
            return False
        following = doc[index + 1]
        return following.pos_ == "ADP" or following.lower_ in ("that", "which") or following.is_punct

    def _owned_statement(self, context: "_DocContext", noun: Token) -> Optional[_Found]:
        """`Smith's claim that …` / `the warning by the agency that …`: the clause is what its owner said."""
        doc = context.doc
        if context.is_quoted(noun.idx):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON", "NOUN")), None)
        if owner is None:
            by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
            owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.voicing_verbs \
                and not any(c.dep_ in ("neg", "auxpass") for c in noun.head.children):
            # `Ruiz voiced concern that …`, `The firm issued a warning that …`: who voices it says it
            owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            lex = self.lexicon
            if owner is not None and not (
                owner.pos_ == "PROPN" or owner.lower_ in ("he", "she", "they", "who") or lex.is_title_word(owner)
                or owner.lemma_.lower() in lex.org_nouns or owner.lemma_.lower() in lex.person_nouns or owner.lemma_.lower() in lex.document_nouns
            ):
                owner = None  # (`It raises the possibility that …`, `The ruling raises the prospect that …`: no one speaks)
        if owner is None:
            return None
        clause = next(
            (c for c in noun.rights if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in _VERB_POS
             and any(m.lower_ == "that" and m.dep_ in ("mark", "dobj", "nsubj") and m.i < c.i for m in c.children)
             and any(m.dep_ in ("nsubj", "nsubjpass", "expl") and m.lower_ != "that" for m in c.children)),
            None,
        )
        if clause is None:
            return None
        start, end = context.clip_to_paragraph(noun, clause.left_edge.i, clause.right_edge.i + 1)
        if noun.head.i > noun.i and start < noun.head.i < end:
            end = noun.head.i  # `The warning that rivers could flood came too late`: the verb of the noun is not reported
        start, end = self._trim_clause(doc, start, end)
        if end - start < 3:
            return None
        char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if char_start < context.body_start:
            return None
        item = _Found(char_start, char_end, False)
        item.extra = {"cue": noun, "speaker_head": owner}
        return item

    def _according_to(self, context: "_DocContext", according: Token) -> Optional[_Found]:
        doc = context.doc
        if not any(c.lower_ == "to" for c in according.children) or context.is_quoted(according.idx):
            return None
        if self._subject(according) is None:
            return None
        sentence = context.sentence(according.i)
        left, right = according.left_edge.i, according.right_edge.i + 1
        host = according.head
        if host.i >= right and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in host.children):
            # `According to economists at the Fed, feed and fuel costs have risen`: the clause's subject,
            # parsed as one more source after a comma, starts the report
            cut = next((t.i for t in doc[according.i + 2:right - 1] if t.text == "," and doc[t.i + 1].dep_ == "conj" and doc[t.i + 1].pos_ == "NOUN"), None)
            if cut is not None:
                right = cut
        source = _prepositional_object(according, lambda prep: prep.lower_ == "to")
        if source is not None and source.lemma_.lower() in self.lexicon.statement_nouns and _misparsed_relative_author(according, source) is not None:
            host = according  # (the verb of `an interview his brother gave` is no clause that was reported)
            right = sentence.end
        while host.dep_ == "conj" and host.i < according.i and host.head.pos_ in _VERB_POS and host.head.i < host.i:
            host = host.head  # `A rose, B fell and C held, according to X`: X gives all three, not only the last
        if host.i != according.i and host.pos_ in _VERB_POS and sentence.start <= host.i < sentence.end:
            # the clause `according to X` hangs on, on the side of its verb
            start, end = max(host.left_edge.i, sentence.start), min(host.right_edge.i + 1, sentence.end)
            if host.i < left:
                # `A paid X, according to Y, and B paid Z`: a report going on after the phrase keeps it inside
                # (not `A leads according to Y, but B has vowed …`: without the comma before, the phrase ends A)
                if not (left > 0 and doc[left - 1].text == "," and right < end and doc[right].text == "," and right + 1 < end and doc[right + 1].dep_ == "cc"):
                    end = min(end, left)
                # `A has not hurt the city: B was the fastest-growing, according to Y`: Y gives only what follows the colon
                colon = next((t.i for t in reversed(doc[start:left]) if t.text == ":" and not context.in_marks(t.idx)), None)
                if colon is not None and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in doc[colon + 1:left]):
                    start = colon + 1
            else:
                start = max(start, right)
                subjects = [c for c in host.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.i >= start]
                comma = next((t.i for t in doc[start + 1:host.i] if t.text == "," and subjects and t.i > subjects[0].i), None)
                if len(subjects) >= 2 and doc[start].text == "," and comma is not None and subjects[1].i > comma:
                    # `According to X, the mayor's chief of staff, the budget was …`: the apposition naming the
                    # source (parsed as a second subject) is no part of the report
                    start = comma + 1
        else:
            sides = [(sentence.start, left), (right, sentence.end)]
            start, end = max(sides, key=lambda side: side[1] - side[0])
        start, end = context.clip_to_paragraph(according, start, end)
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_punct and doc[end - 1].text != "%" or doc[end - 1].is_space):
            end -= 1  # (`fell to 2.1%`: the sign is part of the figure)
        start = self._after_dateline(doc, start, end)  # (`LISBON (AP) — A fell, according to X`)
        if end - start < 4:
            return None
        char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if char_start < context.body_start:
            return None
        item = _Found(char_start, char_end, False)
        item.extra = {"cue": according}
        return item

    def _merge_with_direct(self, context: "_DocContext", reported: list[_Found], direct: list[_Found]) -> list[_Found]:
        """Reported speech that is (nearly) one direct quote is that quote; quotes inside it are part of it."""
        kept = []
        direct = sorted(direct, key=lambda quote: quote.marked.open_start)
        close_ends = [quote.marked.close_end for quote in direct]  # marked spans do not overlap: sorted too

        def cue_after(item: _Found, quote: _Found) -> bool:
            cue = item.extra.get("cue")
            return cue is not None and quote.marked.close_end <= cue.idx < quote.marked.close_end + 40
        for item in reported:
            length = item.end - item.start
            covered = 0
            inside = []
            first = bisect_right(close_ends, item.start)
            for quote in direct[first:]:
                if quote.marked.open_start >= item.end:
                    break
                overlap = min(item.end, quote.marked.close_end) - max(item.start, quote.marked.open_start)
                if overlap > 0:
                    covered += overlap
                    inside.append(quote)
            largest = max((min(item.end, q.marked.close_end) - max(item.start, q.marked.open_start) for q in inside), default=0)
            # `said, "We will see," when asked …`: a report that opens with a whole quoted sentence is that quote
            opens_with_quote = any(
                q.marked.open_start <= item.start <= q.start + 1 and context.text[q.start:q.end].rstrip().endswith((",", ".", "!", "?"))
                for q in inside
            )
            # `railed against it - "I love it," he said, "…"`: the cue attributes the set-off quote, not the narration
            if any(q.marked.open_start > item.start and q.marked.close_end >= item.end - 1 and cue_after(item, q) and self._set_off_utterance(context, q) for q in inside):
                continue
            if largest >= 0.8 * length or opens_with_quote or (covered >= 0.5 * length and any(q.marked.close_end > item.end + 3 or q.marked.open_start < item.start for q in inside)):
                for quote in inside:
                    quote.extra["reported"] = True  # `told them that "he loves you"`: the quote is what was said
                continue
            for quote in inside:
                if quote.marked.open_start < item.start <= quote.start:
                    item.start = quote.marked.open_start  # `said "great things" would follow`: keep the opening mark
                if quote.marked.open_start >= item.start and quote.end <= item.end + 3:
                    quote.drop = True  # a partial quote inside reported speech is part of it
                    if quote.marked.close_end > item.end:
                        item.end = quote.marked.close_end
            kept.append(item)
        # a clause reported inside another report by the same speaker (He said he thinks that …) is one report
        kept.sort(key=lambda item: (item.start, -item.end))
        result = []
        for item in kept:
            outer = result[-1] if result else None
            if outer is not None and item.start >= outer.start and item.end <= outer.end and _same_subject(outer, item):
                continue
            result.append(item)
        return result

    def _resolve_pending(self, item: _Found, speakers: SpeakerIndex) -> Optional[_Attribution]:
        cue = item.extra.get("cue")
        head = item.extra.get("speaker_head")
        if head is None and cue is not None:
            head = self._subject(cue)
        if head is None:
            return None
        if cue is None:
            start, end = item.extra["speaker_span"]
            return _Attribution(speakers.resolve(head, start, end), None, "label")
        if "speaker_span" in item.extra:
            start, end = item.extra["speaker_span"]
            return _Attribution(speakers.resolve(head, start, end), self._cue_text(cue), "reported")
        head, start, end = speakers.mention(head)
        return _Attribution(speakers.resolve(head, start, end), self._cue_text(cue), "reported")


class _DocContext:
    """Offsets, paragraphs and quoted regions of one Doc, for quick lookups."""

    def __init__(self, doc: Doc, text: str, starts: list[int], body_start: int, paragraphs: list[tuple[int, int]]):
        self.doc = doc
        self.text = text  # Doc.text is rebuilt on every access
        self.starts = starts
        self.body_start = body_start
        self.paragraphs = paragraphs
        self.paragraph_starts = [p[0] for p in paragraphs]
        self.quoted: list[tuple[int, int]] = []
        self.quoted_starts: list[int] = []
        self.marked_spans: list[tuple[int, int]] = []
        self.marked_starts: list[int] = []
        self.marked_starts_set: set[int] = set()
        self.sentences = SentenceIndex(doc)
        self._proper_nouns: Optional[dict[str, list[int]]] = None
        self.markup_starts: list[int] = []
        self.markup_ends: list[int] = []
        self.lines_are_paragraphs = False

    def set_markup(self, spans: list[tuple[int, int]]) -> None:
        self.markup_starts = [span[0] for span in spans]
        self.markup_ends = [span[1] for span in spans]

    def is_markup(self, token: Token) -> bool:
        """The token lies inside a tag or an entity left by a scraper (`<`, `/a`, `>`, `nbsp`)."""
        if not self.markup_starts:
            return False
        index = bisect_right(self.markup_starts, token.idx) - 1
        return index >= 0 and token.idx + len(token.text) <= self.markup_ends[index]

    def sentence(self, index: int):
        """The sentence (Span) of token `index`, by lookup."""
        return self.sentences.sentence(index)

    def token_at(self, char: int) -> int:
        """Index of the token containing (or first after) character `char`."""
        index = bisect_right(self.starts, char) - 1
        if index < 0:
            return 0
        token = self.doc[index]
        if char >= token.idx + len(token.text) and index + 1 < len(self.doc):
            return index + 1
        return index

    def tokens_in(self, start: int, end: int):
        first, last = self.token_at(start), self.token_at(max(start, end - 1))
        return self.doc[first:last + 1]

    def marks_around(self, char: int) -> Optional[tuple[int, int]]:
        """The quote marks (open, close end) around character `char`, also of one dropped as a title."""
        index = bisect_right(self.marked_starts, char) - 1
        if index >= 0 and char < self.marked_spans[index][1]:
            return self.marked_spans[index]
        return None

    def proper_nouns(self) -> dict[str, list[int]]:
        """Token indices of each word tagged a proper noun or a person's name (built once, on demand)."""
        if self._proper_nouns is None:
            self._proper_nouns = {}
            for token in self.doc:
                if token.pos_ == "PROPN" or token.ent_type_ == "PERSON":
                    self._proper_nouns.setdefault(token.text, []).append(token.i)
        return self._proper_nouns

    def in_marks(self, char: int) -> bool:
        """Inside any pair of quote marks, also one dropped as a title."""
        index = bisect_right(self.marked_starts, char) - 1
        return index >= 0 and char < self.marked_spans[index][1]

    def is_quoted(self, char: int) -> bool:
        index = bisect_right(self.quoted_starts, char) - 1
        return index >= 0 and char < self.quoted[index][1]

    def paragraph_of(self, char: int) -> tuple[int, int]:
        index = max(bisect_right(self.paragraph_starts, char) - 1, 0)
        return self.paragraphs[index] if self.paragraphs else (0, len(self.text))

    def starts_paragraph(self, marked: _Marked) -> bool:
        p_start, _ = self.paragraph_of(marked.open_start)
        return not self.text[p_start:marked.open_start].strip()

    def _neighbour_quote_edges(self, marked: _Marked) -> tuple[int, int]:
        """End of the previous quoted region and start of the next one."""
        index = bisect_right(self.quoted_starts, marked.open_start) - 1
        before = self.quoted[index - 1][1] if index >= 1 else 0
        after = self.quoted[index + 1][0] if index + 1 < len(self.quoted) else len(self.text)
        return before, after

    def _next_utterance(self, marked: _Marked) -> int:
        """Start of the next quoted region after `marked`, passing over a word or two quoted inside the
        attribution (`"…," Bill Ames, wearing "Vote Ames" pins, said`)."""
        index = bisect_right(self.quoted_starts, marked.open_start)
        horizon = marked.close_end + _FRAME_CHARS  # an attribution is near its quote: never walk a whole list
        while index < len(self.quoted) and self.quoted[index][0] < horizon:
            start, end = self.quoted[index]
            before = self.text[max(start - 2, 0):start].strip()
            if len(self.text[start:end].split()) > 3 or not before or before[-1:] in ".!?:":
                return start
            index += 1
        return len(self.text)

    def after_frame(self, marked: _Marked) -> tuple[int, int]:
        doc = self.doc
        first = self.token_at(marked.close_end)
        if first >= len(doc) or doc[first].idx < marked.close_end:
            first = min(first + 1, len(doc)) if first < len(doc) and doc[first].idx < marked.close_end else first
        if first >= len(doc):
            return first, first
        _, p_end = self.paragraph_of(marked.close_end)
        limit = min(p_end, self._next_utterance(marked))
        if self.lines_are_paragraphs:
            line_end = self.text.find("\n", marked.close_end, limit)
            limit = line_end if line_end >= 0 else limit  # (a page whose lines are its paragraphs)
        # the sentence of the first word after the quote
        probe = first
        while probe < len(doc) and (doc[probe].is_punct or doc[probe].is_space or self.is_markup(doc[probe])) and doc[probe].idx < limit:
            probe += 1
        if probe >= len(doc) or doc[probe].idx >= limit:
            return first, first
        sent_end = min(self.sentence(probe).end, first + _FRAME_TOKENS)
        last = first
        while last < sent_end and last < len(doc) and doc[last].idx < limit:
            last += 1
        return first, last

    def before_frame(self, marked: _Marked) -> tuple[int, int]:
        doc = self.doc
        last = self.token_at(marked.open_start)
        p_start, _ = self.paragraph_of(marked.open_start)
        previous_quote, _ = self._neighbour_quote_edges(marked)
        limit = max(p_start, previous_quote, self.body_start)
        if self.lines_are_paragraphs:
            limit = max(limit, self.text.rfind("\n", limit, marked.open_start) + 1)
        if last == 0 or doc[last - 1].idx < limit:
            return last, last
        sent_start = max(self.sentence(last - 1).start, last - _FRAME_TOKENS)
        first = last - 1
        while first > sent_start and doc[first - 1].idx >= limit:
            first -= 1
        return first, last

    def colon_intro(self, marked: _Marked) -> Optional[tuple[int, int]]:
        """Tokens of the clause right before the quote if it ends with a colon."""
        doc, text = self.doc, self.text
        before = text[:marked.open_start].rstrip()
        if self.markup_starts and not before.endswith(":"):
            tail = _MARKUP_TAIL.search(text, max(0, marked.open_start - 400), marked.open_start)
            if tail is not None:
                before = text[:tail.start()].rstrip()  # `Smith said:&nbsp;"…"` / `said:</p><p>"…"`
        if not before.endswith(":") or len(before) <= self.body_start:
            return None
        colon = self.token_at(len(before) - 1)
        start = colon
        previous_quote, _ = self._neighbour_quote_edges(marked)
        sent_start = self.sentence(colon).start
        while start > sent_start and start > 0 and doc[start - 1].idx >= max(previous_quote, self.body_start) and not doc[start - 1].is_space:
            start -= 1
        return (start, colon) if colon > start else None

    def clip_to_paragraph(self, anchor: Token, start: int, end: int) -> tuple[int, int]:
        """Keep doc[start:end] inside the paragraph of `anchor` (the parser may run across one)."""
        p_start, p_end = self.paragraph_of(anchor.idx)
        doc = self.doc
        while start < end and doc[start].idx < p_start:
            start += 1
        while end > start and doc[end - 1].idx >= p_end:
            end -= 1
        return start, end

    def sentence_distance(self, char_a: int, char_b: int) -> int:
        doc = self.doc
        a, b = self.token_at(char_a), self.token_at(char_b)
        if a >= len(doc) or b >= len(doc):
            return 99
        sentences = 0
        for token in doc[a:b]:
            if token.is_sent_start:
                sentences += 1
        return sentences


def _result_clause(cue: Token, clause: Token) -> bool:
    """`tells so many lies that voters stop listening`: a `that` clause after `so`/`such` between the cue and
    it tells what came of it, not what was said."""
    if clause.i < cue.i or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return False
    return any(t.lower_ in ("so", "such") for t in cue.doc[cue.i + 1:clause.left_edge.i])


def _is_headline(text: str, start: int, end: int) -> bool:
    """A line in title case without a full stop at its end (`Mayor Says She Will Close The Pier`)."""
    line = text[start:end].rstrip()
    if not line or line[-1] in ".,;:!?\"\u201d'\u2019":
        return False
    words = _LETTERS.findall(line)
    if len(words) < 4:
        return False
    capitalised = sum(1 for word in words if word[0].isupper() or word in _HEADLINE_SMALL_WORDS)
    return capitalised == len(words)


def _lines_are_paragraphs(text: str) -> bool:
    """Each line is a paragraph (a scraped page), not a hard-wrapped line of one: most lines that have
    a next line end a sentence, or run longer than any wrapping width."""
    if "\n" not in text:
        return False
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 3:
        return False
    ended = sum(1 for line in lines if len(line) > 100 or line[-1] in ".!?:\"\u201d\u2019)")
    return ended >= 0.6 * len(lines)


def _set_apart(doc: Doc, start: int, end: int) -> bool:
    """A colon, semicolon, dash or sentence end from token start (the end of a clause) to end: the
    clauses either side are separate (`"…?" Smith said B`: a quoted sentence the parser ran into the
    report is not its content)."""
    last = start
    while last > 0 and (doc[last].is_quote or doc[last].is_space):
        last -= 1
    # (`Port strike: "…", says the minister`: a label before a colon is the headline's, not what was said)
    return doc[last].text in (".", "!", "?", ":", ";") or any(t.text in (":", ";", "\u2014", "--", ".", "!", "?") for t in doc[max(start, 0):end])


_CLAUSE_JOINERS = frozenset({"while", "whereas", "but", "although", "though", "and"})


def _has_letters(token: Token) -> bool:
    """A word or a figure (`6 in 10 say`), not a rule of underscores or dashes."""
    return any(ch.isalnum() and ch != "_" for ch in token.text)


def _misparsed_relative_author(according: Token, source: Token) -> Optional[Token]:
    """`according to an interview her brother gave to the radio`, parsed with `gave` as the sentence's
    verb and `according` hung on it: the subject between the noun and that verb gave the interview."""
    verb = according.head
    if verb.pos_ not in _VERB_POS or verb.i < source.i:
        return None
    if any(t.is_punct for t in source.doc[source.i:verb.i]):
        return None  # (`According to police, the man fled`: the phrase is set off; the clause after it is the report)
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == source.i + 1 and c.pos_ in ("NOUN", "PROPN")), None)


def _relative_clause_subject(noun: Token, before: Optional[int] = None) -> Optional[Token]:
    """The subject of the relative clause on `noun` (`an interview his sister gave`: "sister"),
    not a relative pronoun; only a clause starting before token `before`, when given."""
    clause = next((c for c in noun.rights if c.dep_ == "relcl" and (before is None or c.i < before)), None)
    if clause is None:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)


def _same_subject(outer: _Found, inner: _Found) -> bool:
    subjects = []
    for item in (outer, inner):
        cue = item.extra.get("cue")
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None) if cue is not None else None
        subjects.append(subject.lower_ if subject is not None else None)
    return subjects[0] == subjects[1] or None in subjects or subjects[1] in ("he", "she", "they", "it", "we", "i")


def _appositive_after(doc: Doc, index: int) -> Optional[str]:
    """`—Smith, a doctor in Kyiv` : the role after the dash attribution's name."""
    if index < len(doc) and doc[index].text == ",":
        end = index + 1
        while end < len(doc) and not doc[end].is_space and doc[end].text not in (".", "\n") and not doc[end].is_quote:
            end += 1
        if end > index + 1:
            return span_of(doc, index + 1, end).text
    return None


def _clean_role(role: Optional[str]) -> Optional[str]:
    if not role:
        return None
    role = role.strip(" ,;:—–-\n\t")
    return role or None


@Language.factory("claimx_quotes", default_config={"indirect": True, "max_quote_chars": 5000})
def make_quotes(nlp: Language, name: str, indirect: bool, max_quote_chars: int) -> QuoteExtractor:
    return QuoteExtractor(nlp, name, indirect=indirect, max_quote_chars=max_quote_chars)
