"""An organisation's name the recogniser cut before "of" and a country it left untagged or tagged a person:
"Central Bank of Kenya Governor X" is tagged "Central Bank" alone, yet the name ends with the country, as "the
Reserve Bank of India" does where the recogniser keeps it whole. (A country the recogniser tagged a place is joined
where the mentions are read.)"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import ORGANISATION_HEADS
from dashboard.analysis.quotes.countries import is_country

#: What the recogniser may tag such a country: nothing, a person ("Malawi"), or a place the mentions did not join.
_MISTAGS = frozenset({"", "PERSON", "GPE"})


def with_untagged_country(ent: Span, name: str) -> tuple[str, tuple[Token, ...]]:
    """The organisation's name and tokens with "of" and the untagged country after it ("Central Bank" + "of Kenya",
    "Electoral Commission" + "of South Sudan"), when the name ends with an organisation's noun; as they were
    otherwise."""
    doc, end = ent.doc, ent.end
    if ent[-1].lower_ not in ORGANISATION_HEADS or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return name, tuple(ent)
    for size in (3, 2, 1):  # the longest country first ("Central African Republic", "South Sudan")
        place = doc[end + 1 : end + 1 + size]
        whole = len(place) == size and all(t.is_title and t.ent_type_ in _MISTAGS for t in place)
        cut = place.end < len(doc) and doc[place.end].ent_iob_ == "I"  # a longer name goes on after it
        if whole and not cut and is_country(place.text) and not name.endswith(place.text):
            return f"{name} of {place.text}", (*ent, doc[end], *place)
    return name, tuple(ent)
