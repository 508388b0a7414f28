"""Whom "her husband" or "his wife" names when the article named a couple together: after "Hal and Bernice Dryden",
"Her husband says …" (her: Bernice Dryden) is Hal Dryden, the first name joined by "and" to her full name, with her
surname."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import surname
from dashboard.analysis.quotes.kinship import SPOUSES

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker

_POSSESSIVES = {"his": "m", "her": "f"}


def spouse_named_with(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The one named with the owner of "his/her <spouse>" as a couple ("Hal and Bernice Dryden"), or None."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES]
    if noun.lemma_.lower() not in SPOUSES or noun.tag_ != "NN" or not owners:
        return None
    owner = cast.resolve_person(p, owners[0].i, _POSSESSIVES[owners[0].lower_])
    if owner is None or " " not in owner.name:
        return None
    words, last = owner.name.split(), surname(owner.name)
    for doc in cast.docs[: p + 1]:
        for token in doc:
            first = token.head
            if token.text != last or token.dep_ != "conj" or first.i >= token.i or first.i + 1 >= len(doc):
                continue
            full = [t.text for t in doc[token.left_edge.i : token.i + 1]]
            given = first.ent_type_ == "PERSON" or first.tag_ == "NNP"  # "Harjit" of "Harjit and Simran Brar" tagged
            alone = given and not any(c.dep_ == "compound" for c in first.children)  # an organisation all the same
            if alone and doc[first.i + 1].lower_ == "and" and full == words and first.text != words[0]:
                return cast.person(f"{first.text} {last}")
    return None
