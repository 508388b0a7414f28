"""The full stop of an abbreviated rank ends no sentence: "Navy spokesperson Capt. Ilse Brandt said …" is one
sentence, not "Navy spokesperson Capt." and "Ilse Brandt said …". The parser ends a sentence there, whether the
tokenizer keeps the rank whole ("Cmdr.") or splits its full stop off ("Capt" "."), which cuts the speaker off from her
role and service. This pipeline step, run before the parser, marks the capitalised word after such a rank as no
sentence start, which the parser then respects."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dashboard.analysis.abbreviations import ABBREVIATED_TITLES
from dashboard.analysis.doc_text import places_of
from dashboard.analysis.step_failures import SENTENCE_STARTS, undone_on_failure

#: The name of the pipeline step.
STEP = "rank_stops"
#: Abbreviated military ranks whose full stop the tokenizer splits off ("Col" "."), with their full stop.
_SPLIT_RANKS = frozenset({"col.", "capt.", "maj.", "gen.", "adm.", "lt.", "sgt."})
_RANKS = ABBREVIATED_TITLES | _SPLIT_RANKS
#: The ranks without their full stop, as the tokenizer leaves them when it splits the full stop off.
_STEMS = frozenset(rank[:-1] for rank in _RANKS if rank.endswith("."))


@Language.component(STEP)
@undone_on_failure(SENTENCE_STARTS)
def rank_stops(doc: Doc) -> Doc:
    """The document with the capitalised word after an abbreviated rank marked as no sentence start: after a rank
    kept whole ("Cmdr."), or after the full stop split off one and written right after it ("Capt" ".")."""
    after_ranks = [i + 1 for i in places_of(doc, _RANKS, lower=True)]
    for i in places_of(doc, _STEMS, lower=True):
        rank = doc[i]
        if i + 1 < len(doc) and doc[i + 1].text == "." and not rank.whitespace_ and rank.text[:1].isupper():
            after_ranks.append(i + 2)
    for i in after_ranks:
        if i < len(doc) and doc[i].text[:1].isupper():
            doc[i].is_sent_start = False
    return doc
