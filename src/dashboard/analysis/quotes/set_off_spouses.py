"""Whom "her husband" names when the article brought in a couple as one name and a spouse set off after it: after
"Gord Tamm and his wife, Lina, were first in line" and "Lina Tamm said …", "Her husband said …" is Gord Tamm, the name
the spouse noun is joined to by "and". (The other way round, "His wife said …" is the name set off, which the kin
rules find already.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import surname
from dashboard.analysis.quotes.kinship import SPOUSES
from dashboard.analysis.quotes.lexicon import PERSON_POSSESSIVES

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker


def spouse_set_off(cast: Cast, p: int, owner: str) -> Speaker | None:
    """The one named first in a couple "X and his wife, Y," (up to paragraph p) whose spouse set off is `owner`, a full
    name: set off in full, or by the given name alone when X has the owner's surname; None when there is no such
    couple."""
    given, last = owner.split()[0], surname(owner)
    for doc in cast.docs[: p + 1]:
        for spouse in (doc[i] for i in places_of(doc, SPOUSES)):
            couple = _couple(spouse)
            if couple is None:
                continue
            name, set_off = couple
            if set_off == owner or set_off == given and surname(name) == last:
                return cast.person(name)
    return None


def _couple(spouse: Token) -> tuple[str, str] | None:
    """(the full name, the name set off) of "Gord Tamm and his wife, Lina,": a spouse noun owned by "his" or "her",
    joined by "and" to a name of two words or more, with a name set off after it by a comma."""
    head = spouse.head
    if spouse.dep_ != "conj" or head.pos_ != "PROPN" or head.i >= spouse.i or spouse.tag_ != "NN":
        return None
    if not any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in spouse.children):
        return None
    set_off = next((c for c in spouse.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    name = spouse.doc[head.left_edge.i : head.i + 1]
    if set_off is None or len(name) < 2 or not all(t.pos_ == "PROPN" for t in name):
        return None
    return name.text, spouse.doc[set_off.left_edge.i : set_off.i + 1].text
