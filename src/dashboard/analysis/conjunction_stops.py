"""A lower-case "but" or "and" written straight after a word ends no sentence: "X said the sale would ease the
pressure for now but that it still had large debts" is one sentence, but the parser may end one before "but that",
which cuts the second half of what was said off from its cue. A sentence opens with a capital, or after a full stop,
a question mark, an exclamation mark, a colon or a quotation mark at least. This pipeline step, run before the parser,
marks such a "but" or "and" as no sentence start, which the parser then respects."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dashboard.analysis.doc_text import places_of

#: The name of the pipeline step.
STEP = "conjunction_stops"
#: Joining words that a sentence, written with a capital, never opens in lower case.
_JOINS = ("but", "and")
#: Marks after which a sentence may open, in lower case too (a quotation, a list, a line of verse).
_OPENERS = frozenset({".", "!", "?", ":", ";", "\u2026", "...", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "-"})


@Language.component(STEP)
def conjunction_stops(doc: Doc) -> Doc:
    """The document with each lower-case "but" or "and" right after a word or a comma marked as no sentence start."""
    for i in places_of(doc, _JOINS):
        before = doc[i - 1] if i > 0 else None
        if (
            before is not None
            and before.text not in _OPENERS
            and not before.is_space
            and "\n" not in before.whitespace_
        ):
            doc[i].is_sent_start = False
    return doc
