"""The full stop of an abbreviated rank ends no sentence: "Navy spokesperson Capt. Ilse Brandt said …" is one
sentence, not "Navy spokesperson Capt." and "Ilse Brandt said …". The parser ends a sentence there, whether the
tokenizer keeps the rank whole ("Cmdr.") or splits its full stop off ("Capt" "."), which cuts the speaker off from her
role and service. This pipeline step, run before the parser, marks the capitalised word after such a rank as no
sentence start, which the parser then respects."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dashboard.analysis.abbreviations import ABBREVIATED_TITLES

#: The name of the pipeline step.
STEP = "rank_stops"
#: Abbreviated military ranks whose full stop the tokenizer splits off ("Col" "."), with their full stop.
_SPLIT_RANKS = frozenset({"col.", "capt.", "maj.", "gen.", "adm.", "lt.", "sgt."})
_RANKS = ABBREVIATED_TITLES | _SPLIT_RANKS


@Language.component(STEP)
def rank_stops(doc: Doc) -> Doc:
    """The document with the capitalised word after an abbreviated rank marked as no sentence start."""
    for token in doc[1:]:
        if token.text[:1].isupper() and _ends_a_rank(doc[token.i - 1]):
            token.is_sent_start = False
    return doc


def _ends_a_rank(token: Token) -> bool:
    """Whether the token is an abbreviated rank with its full stop ("Cmdr."), or the full stop split off one, written
    right after it ("Capt" ".")."""
    if token.lower_ in _RANKS:
        return True
    if token.text != "." or token.i == 0:
        return False
    rank = token.doc[token.i - 1]
    return not rank.whitespace_ and rank.text[:1].isupper() and f"{rank.lower_}." in _RANKS
