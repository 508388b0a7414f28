"""A "’s" written on a name ends no sentence: "Ann Ross, speaking on ABC’s This Week, said …" and "Ross said on
CBS’s This Morning that …" are one sentence each, but the parser may end one after "ABC’s" when the programme's name
that follows reads like a phrase of time ("This Week"), which cuts the speaker off from the cue or the cue from what
was said. This pipeline step, run before the parser, marks the word after a "’s" written on a name as no sentence
start, which the parser then respects; the tagger may take that "’s" for "is" or punctuation, the name it is written
on tells it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import POSSESSIVE_MARKS
from dashboard.analysis.step_failures import SENTENCE_STARTS, undone_on_failure

#: The name of the pipeline step.
STEP = "possessive_stops"
#: Tags of a name that owns: the tagger may take the possessive after it for a verb ("is") or punctuation, but a name
#: with "’s" written on it does not end a sentence.
_NAME_TAGS = frozenset({"NNP", "NNPS"})


@Language.component(STEP)
@undone_on_failure(SENTENCE_STARTS)
def possessive_stops(doc: Doc) -> Doc:
    """The document with the word after each "’s" written on a name marked as no sentence start."""
    for i in places_of(doc, POSSESSIVE_MARKS, lower=True):
        owner = doc[i - 1] if i > 0 else None
        written_on_name = owner is not None and not owner.whitespace_ and owner.tag_ in _NAME_TAGS
        if written_on_name and i + 1 < len(doc) and not doc[i + 1].is_punct:
            doc[i + 1].is_sent_start = False
    return doc
