"""A place joined by "and" to a place after "in" ("one of 41 in Newfoundland and Labrador declared surplus", "farms in
Iowa and Nebraska reported losses"): both say where, so the second place is no subject of the verb after it, which
the parser left with none. Not "tariffs on China and Beijing said …", where "on" names no place of being."""

from __future__ import annotations

from spacy.tokens import Token

#: Entity labels of places.
_PLACES = frozenset({"GPE", "LOC"})
#: Prepositions that say where something is.
_WHERE = frozenset({"in", "across", "throughout", "within"})


def joined_place(joined: Token) -> bool:
    """Whether `joined`, a conjunct, is a place joined to a place that a preposition of where governs."""
    first = joined.head
    return (
        joined.ent_type_ in _PLACES
        and first.ent_type_ in _PLACES
        and first.dep_ == "pobj"
        and first.head.lower_ in _WHERE
    )
