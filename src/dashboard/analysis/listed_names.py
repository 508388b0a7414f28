"""An organisation's name that lists its fields ("the Ministry of the Environment, Conservation and Parks", "the
Department of Children, Youth and Families"), which the recogniser cut after the comma before the last "and": the
capitalised words after that "and" belong to the name."""

from __future__ import annotations

from spacy.tokens import Span


def listed_to_the_end(ent: Span) -> Span:
    """The organisation `ent` with the "and …" that ends its list of fields, when it ends in ", Word" and the words
    after are "and" and capitalised ones; else `ent` as it is."""
    doc, end = ent.doc, ent.end
    if end - ent.start < 4 or doc[end - 2].text != "," or not doc[end - 1].text.istitle() or end + 1 >= len(doc):
        return ent
    if doc[end].lower_ != "and" or not (doc[end + 1].text.istitle() and doc[end + 1].is_alpha):
        return ent
    stop = end + 1
    while stop < len(doc) and doc[stop].text.istitle() and doc[stop].is_alpha and not doc[stop].is_sent_start:
        stop += 1
    return doc[ent.start : stop]
