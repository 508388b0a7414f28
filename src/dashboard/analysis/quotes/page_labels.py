"""A label a web page glues to the start of a paragraph, before the words of the article: a pointer to another story
("Read more: …", "Related: …", "WATCH | …", "ANALYSIS | …"), a promotion ("Sign up for our newsletter …", "Listen to
this article", "Advertisement") or a timestamp ("Posted: May 2, 2025 6:00 AM ET | Last Updated: …"). The scraper
leaves it in the same block as the next sentence, so a quotation after it ("Read more: Town votes to borrow “The pier
will not last,” she said") reads as a reported quote opened by the label. The label is no part of what anyone said, so
the content of a cue starts after it, as after a dateline.

The label words themselves ("Read more:", "Posted:") are cut wherever they open a paragraph. What follows them (a
headline, a promotion's words, a date) is cut only when it runs, with no sentence's end in it, into a quotation that is
a sentence of its own (a capital inside the opening mark, a final comma or stop inside the closing one): a sentence
that runs into a quotation ("The pier is “unsafe,” she said") opens with no label and keeps all its words."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dashboard.analysis.doc_text import kept, text_of
from dashboard.analysis.quotes.marks import MONTHS, OPENING_CURLY, dateline_end, quotation_spans, token_at

#: Labels that point to another story or name a section, before a headline: "Read more:", "WATCH |".
_POINTERS = (
    r"(?:read|see) (?:more|also)|also (?:read|see)|more (?:on|from) [\w' ]{1,30}|related(?: (?:story|stories|coverage|"
    r"content|articles?|reading|video))?|recommended(?: reading)?|watch|listen|analysis|opinion|commentary|explainer|"
    r"exclusive|video|photos|gallery|podcast|live|breaking(?: news)?|trending|top stories|must read|don'?t miss|"
    r"in pictures|fact check"
)
#: Labels that introduce a timestamp: "Posted:", "Last Updated:".
_STAMPS = r"(?:last |first )?(?:updated|posted|published|modified|edited)(?: (?:on|at))?"
_LABEL = re.compile(rf"\s*(?:(?P<pointer>{_POINTERS})|(?P<stamp>{_STAMPS}))\s*[:|]\s*", re.I)
#: Promotions that are labels as a whole, up to the quotation: "Sign up for our newsletter …".
_PROMOTION = re.compile(
    r"\s*(?:sign up|subscribe|listen to this (?:article|story)|advertisement|click here|follow us|download (?:our|the)"
    r"|get (?:our|the) (?:latest|newsletter|app)|support (?:our|independent) journalism)\b",
    re.I,
)
#: The words of a timestamp: dates, times, zones, weekdays, and the labels and bars between its parts.
_STAMP_WORD = re.compile(
    r"(?:\d{1,4}(?::\d\d)?(?:st|nd|rd|th)?|[ap]\.?m\.?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|\||[\u00b7\u2022\u2013\u2014-]|at|on|last|first|updated:?|posted:?|published:?|modified:?|edited:?|ago|hours?"
    r"|minutes?|mins?|hrs?)\.?,?:?",
    re.I,
)
_ZONE = re.compile(r"(?:[A-Z]{1,3}T|GMT|UTC),?")
_YEAR_OR_TIME = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
#: A sentence's end inside a headline ("Town votes. Mayor …"), not an initial ("U.S. tariffs").
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=\s)")
#: A headline or a promotion before the quotation has at most this many words.
_MOST_WORDS = 30


def words_start(doc: Doc) -> int:
    """The index of the first token of the paragraph's own words: after a dateline or a page label, if one opens it."""
    return max(dateline_end(doc), label_end(doc))


def label_end(doc: Doc) -> int:
    """The index of the first token after a page label that opens the paragraph (see the module docstring), or 0;
    worked out once per paragraph."""
    return kept(doc, "dashboard.label_end", _label_end)


def _label_end(doc: Doc) -> int:
    text = text_of(doc)
    label = _LABEL.match(text)
    promotion = None if label else _PROMOTION.match(text)
    mark = text.find(OPENING_CURLY) if OPENING_CURLY in text else text.find('"')
    cut = 0
    if mark > 0 and _opens_sentence_quotation(text, mark):
        stretch = text[label.end() if label else 0 : mark]
        if label and label.group("pointer") or promotion:
            cut = mark if _headline(stretch) else 0
        elif _timestamp(stretch, bare=not label):
            cut = mark
    if not cut and label:
        cut = label.end()
    return token_at(doc, cut) if cut else 0


def _opens_sentence_quotation(text: str, mark: int) -> bool:
    """Whether the quotation at `mark` is a sentence of its own: a capital after the opening mark, and a comma or a
    stop before the closing one (or a quotation left open, running on)."""
    span = next((s for s in quotation_spans(text) if s[0] == mark), None)
    if span is None:
        return False
    said = text[span[0] + 1 : span[1]].strip().rstrip("\u201d\"'").rstrip()
    return bool(said) and said[0].isupper() and said[-1] in ",.!?"


def _headline(stretch: str) -> bool:
    """A headline or a promotion's words: opening with a capital (or empty), no sentence's end in it, not too long."""
    words = stretch.split()
    opens = not words or words[0][0].isupper() or not words[0][0].isalpha()
    return opens and len(words) <= _MOST_WORDS and not _SENTENCE_END.search(stretch.strip() + " ")


def _timestamp(stretch: str, *, bare: bool) -> bool:
    """Whether a stretch is a date or a time and nothing else; a bare one (with no "Posted:" before it) must hold a
    year or a clock time ("Mar 3, 2026", "5:00 AM")."""
    words = stretch.split()
    if not words or bare and not _YEAR_OR_TIME.search(stretch):
        return False
    return all(_STAMP_WORD.fullmatch(w) or _ZONE.fullmatch(w) or w.lower().rstrip(".,") in MONTHS for w in words)
