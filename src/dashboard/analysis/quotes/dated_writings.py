"""A writing named after a cue that closes its sentence, with the participle that says when or how it came out
("…, Y, a modelling firm, said in an estimate released last week", "…, the ministry said in a statement issued on
Monday"): the participle dates the writing the speaker spoke in and says nothing of what was said, so, like the
"when" and "where" after such a cue, it leaves the cue closing the sentence and reporting the words before its comma.
A participle with an object or a clause of its own ("in a report showing that …") is more than that."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import DOCUMENT_NOUNS

#: Verbs of bringing a writing out, whose participle after it dates it ("released", "issued", "published").
_ISSUING = words("release issue publish post send distribute circulate file present deliver update revise")
#: Writings a cue's phrase may name besides documents: what a firm or an agency publishes as figures.
_ESTIMATES = words("estimate estimates forecast forecasts projection projections outlook update briefing")
#: Dependents that give a participle more to say than when, where or by whom.
_SAYING = frozenset({"dobj", "ccomp", "xcomp", "nsubj", "nsubjpass", "advcl", "conj"})


def dates_a_writing(token: Token) -> bool:
    """Whether a verb is the participle after a writing that says only when, where or by whom it came out
    ("released last week", "issued on Monday", "published by the agency")."""
    writing = (lemma := token.head.lemma_.lower()) in DOCUMENT_NOUNS or lemma in _ESTIMATES
    plain = not any(c.dep_ in _SAYING for c in token.children)
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in _ISSUING and writing and plain
