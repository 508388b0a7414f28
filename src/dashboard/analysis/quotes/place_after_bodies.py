"""The place that closes the name of a body the recogniser missed, after "of": "The Flight Attendants' Guild of Ireland
said" names the guild of Ireland, though the run of capitalised words that names it stops before "of", and the
recogniser tagged only "Ireland", a country."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import entities_of
from dashboard.analysis.names import ORGANISATION_HEADS

#: The most words a place closing a body's name has ("of New South Wales").
_LONGEST_PLACE = 3


def with_place_after(last: Token, name: str) -> str:
    """`name`, of a run of words that ends with `last`, the noun of a body ("Guild", "Association"), with the place
    tagged whole right after it and "of" ("… of Ireland"); `name` alone otherwise."""
    doc, i = last.doc, last.i
    if last.lower_ not in ORGANISATION_HEADS or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return name
    place = doc[i + 2]
    if place.ent_type_ != "GPE" or place.ent_iob_ != "B":
        return name
    end = next((e.end for e in entities_of(doc) if e.start == place.i), place.i + 1)
    return f"{name} of {doc[place.i : end].text}" if end - place.i <= _LONGEST_PLACE else name
