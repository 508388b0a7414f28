"""A state's mission abroad named with the city it sits in ("China's embassy in Honiara", "the consulate in
Lyon", "Britain's high commission in Nairobi"): the city is part of the mission's name, as a state has one embassy
in each capital and the city tells which one spoke; "Japan's embassy" alone would be any of them."""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of a state's missions abroad, one to each city ("high commission" needs its "high").
MISSION_NOUNS = frozenset({"embassy", "consulate", "consulate-general"})


def seated_in_city(noun: Token) -> bool:
    """Whether a mission's noun is followed by "in" and a place named as a proper noun ("embassy in Manila"), whatever
    the recogniser took the city for (a person's name, often, for a capital it does not know)."""
    mission = noun.lemma_.lower() in MISSION_NOUNS or noun.lemma_.lower() == "commission" and _high(noun)
    place = next((c for c in noun.rights if c.dep_ == "prep"), None)
    if not mission or place is None or place.lower_ != "in":
        return False
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" and o.is_title for o in place.children)  # a city, however tagged


def _high(noun: Token) -> bool:
    """ "high" right before "commission" ("Britain's high commission"), the mission of one Commonwealth state in
    another."""
    return noun.i > 0 and noun.nbor(-1).lower_ == "high"


def seat(noun: Token) -> str:
    """ "in Nairobi" of a mission seated in a city (`seated_in_city`): the city's name and no more, not a clause set
    off after it ("Britain's high commission in Nairobi, which uses the same contractor, said")."""
    place = next(c for c in noun.rights if c.dep_ == "prep")
    city = next(o for o in place.children if o.dep_ == "pobj")
    return f"{place.text} {noun.doc[city.left_edge.i if city.left_edge.i > place.i else city.i : city.i + 1].text}"
