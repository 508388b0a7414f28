"""A parent described by how many children they have: "The mother of two says she has been late 19 times" after
"says Shauna Doiron, who works …". News writes "the mother of three", "the father of six" for the person the story is
following, as it writes "she" for her; the description stands for that person, resolved as her pronoun would be."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.kinship import KIN_GENDERS, PARENTS

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker


def parent_of_count(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The named person a "the mother/father of <number>" subject stands for: the one a "she"/"he" there would
    be; None for any other noun, or when no one fits."""
    gender = KIN_GENDERS.get(noun.lemma_.lower(), "") if noun.lemma_.lower() in PARENTS else ""
    if not gender or noun.tag_ != "NN" or not definite(noun):
        return None
    counts = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if not counts or not counts[0].like_num or len(list(counts[0].subtree)) != 1:
        return None
    found = cast.resolve_person(p, noun.i, gender)
    return found if found is not None and found.name else None
