"""Names inside a wire dateline ("FRANKFURT (Bloomberg) - …"): the place the story was filed from and the agency that
filed it, which the recogniser often tags organisations. Neither is anyone the story is about: the place employs no
one and the agency never speaks, so "the Swiss lender said" after one is not the agency."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.marks import dateline_end


def in_dateline(ent: Span) -> bool:
    """Whether an entity stands inside the dateline that opens its paragraph."""
    return ent.end < dateline_end(ent.doc)
