"""The mark of a plural possessive inside the name of a members' body the recogniser missed: in "The Maritime Rural
Physicians’ Society said" the run of capitalised words that names the body goes on past "Physicians’" to "Society",
as in "the Harbour Pilots' Association" or "the Lakeshore Tenants’ Council", and the body is not called "Society"."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.names import ORGANISATION_HEADS

_MARKS = frozenset({"\u2019", "'"})


def possessive_in_name(doc: Doc, i: int) -> bool:
    """Whether token i is the mark of a plural possessive between two words of one name: set tight after a
    capitalised plural of letters ("Physicians’", not "Mary’s" or "the physicians’") and followed by the
    capitalised noun of a body ("Society", "Association")."""
    if doc[i].text not in _MARKS or not 0 < i < len(doc) - 1:
        return False
    owner, body = doc[i - 1], doc[i + 1]
    plural = owner.is_alpha and owner.is_title and owner.text.endswith("s") and not owner.whitespace_
    return plural and body.is_title and body.lower_ in ORGANISATION_HEADS
