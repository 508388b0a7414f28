"""Names inside a wire dateline ("FRANKFURT (Bloomberg) - …"): the place the story was filed from and the agency that
filed it, which the recogniser often tags organisations. Neither is anyone the story is about: the place employs no
one and the agency never speaks, so "the Swiss lender said" after one is not the agency."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.marks import dateline_end

#: How a parse hangs the speaker after a dateline on its place or country: in apposition, or joined to the country as a
#: second conjunct ("SAN LORENZO, Maravia -- The Central Bank of Maravia said", the bank a conjunct of "Maravia").
_SET_BESIDE = frozenset({"appos", "conj"})


def in_dateline(ent: Span) -> bool:
    """Whether an entity stands inside the dateline that opens its paragraph."""
    return ent.end < dateline_end(ent.doc)


def past_dateline(token: Token) -> Token | None:
    """The subject a parse hangs on a dateline's place ("LONDON (Reuters) - Harbor Re said", "FREETOWN, Sierra Leone
    (AP) — Soldiers who seized power said": the place is the parse's subject, the speaker set in apposition to it or to
    the country after it, or a second subject of the same verb: "DOHA (AFP) - Qatar's ministry said"), or None when
    the token opens no dateline."""
    end = dateline_end(token.doc)
    if (
        token.i == 0
        and token.text.isupper()
        and (after := [c for c in token.rights if c.dep_ == "appos" and c.i >= end])
    ):
        return after[-1]  # not the agency in the dateline's parentheses ("DOHA (AFP) -")
    if token.i >= end:
        return None
    set_after = next((t for t in token.subtree if t.dep_ in _SET_BESIDE and t.i >= end), None)
    return set_after or next((c for c in token.head.children if c.dep_ == token.dep_ and c.i >= end), None)
