"""A lower-case "but that" or "and that" written straight after a word opens no sentence: "X said the sale would ease
the pressure for now but that it still had large debts" is one sentence, but the parser may end one before "but
that", which cuts the second half of what was said off from its cue. Such a "that" opens a second clause of what the
cue before reports; a sentence opens with a capital, or after a full stop, a question mark, an exclamation mark, a
colon or a quotation mark at least. This pipeline step, run before the parser, marks such a "but" or "and" as no
sentence start, which the parser then respects. Other joins are left to the parser ("whether and how", "and he")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.step_failures import SENTENCE_STARTS, undone_on_failure

#: The name of the pipeline step.
STEP = "conjunction_stops"
#: Joining words that a sentence, written with a capital, never opens in lower case.
_JOINS = ("but", "and")
#: Marks after which a sentence may open, in lower case too (a quotation, a list, a line of verse).
_OPENERS = frozenset({".", "!", "?", ":", ";", "\u2026", "...", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "-"})


@Language.component(STEP)
@undone_on_failure(SENTENCE_STARTS)
def conjunction_stops(doc: Doc) -> Doc:
    """The document with each lower-case "but that" or "and that" right after a word or a comma marked as no sentence
    start."""
    for i in places_of(doc, _JOINS):
        before = doc[i - 1] if i > 0 else None
        opened = before is None or before.text in _OPENERS or before.is_space or "\n" in before.whitespace_
        if not opened and i + 1 < len(doc) and doc[i + 1].text == "that":
            doc[i].is_sent_start = False
    return doc
