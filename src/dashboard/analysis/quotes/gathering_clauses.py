"""A clause told that the parser hung on the gathering it was told at: "told DW on the sidelines of the meeting that
Berlin was losing patience", "said at the end of the summit that the talks would go on". The parser may read the
"that" clause as the complement of the last noun before it, as it would "the claim that …" or "the fear that …". A
claim or a fear holds what it says; a meeting, a summit or an interview holds no such clause, so one hung on it is
what the cue said."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.gatherings import GATHERINGS

#: Settings of what was said beside gatherings, which hold no clause of their own either.
_SETTINGS = GATHERINGS | words("sideline sidelines interview talks visit trip")


def clause_of_gathering(clause: Token) -> bool:
    """Whether `clause`, a "that" clause the parser made the complement of a noun, hangs on a gathering or a setting
    of speech rather than on a noun that holds a claim."""
    return clause.dep_ == "acl" and clause.head.lemma_.lower() in _SETTINGS
