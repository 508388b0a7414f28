"""Roles that end in a place: in "The head of the UN office in Geneva, Ana Ruiz, said" the parser hangs the name on
"Geneva", the last word of the role's phrase, not on "head"; the name still says who the head is, as it does after
"the refugee agency of the United Nations in Warsaw"."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import STATE_ONLY_BODIES


def objects_of(noun: Token) -> list[Token]:
    """The objects of a person noun's prepositions ("head of the UN office"), also of those of an adjective set after
    it ("minister responsible for Seniors"), and the place that ends each of them ("... office in Geneva"), where a
    name set beside the role may hang."""
    objects = _prepositional_objects(noun)
    objects += [o for a in noun.rights if a.dep_ == "amod" for o in _prepositional_objects(a)]
    return objects + [
        place for o in objects if (place := place_ending(o) or unit_named(o) or _owner_place(o)) is not None
    ]


def _owner_place(body: Token) -> Token | None:
    """The place an "in" phrase names after the owner of a body ("the refugee agency of the United Nations in Warsaw"
    -> Warsaw), where the parser hangs a name set beside the role as it does after the body itself."""
    owners = [o for c in body.rights if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return place_ending(owners[0]) if owners else None


def _prepositional_objects(word: Token) -> list[Token]:
    """The objects of the prepositions hung on a word."""
    return [o for c in word.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]


#: Nouns of the units of a country that news names with "of" before the name ("the state of Mato Grosso").
_UNITS = frozenset({"state", "province", "department", "region", "city", "town", "municipality", "district", "island"})


def unit_named(unit: Token) -> Token | None:
    """The name of the unit in "the state of Mato Grosso", "the province of Córdoba" (a governor's or a mayor's role
    written as the press of Latin America writes it), where the parser hangs a name set beside the role; None for
    any other noun or phrase."""
    if unit.lemma_.lower() not in _UNITS or unit.pos_ != "NOUN":
        return None
    names = [o for c in unit.rights if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return names[0] if names and names[0].pos_ == "PROPN" else None


def place_ending(body: Token) -> Token | None:
    """The place an "in" phrase after a body names ("the UN office in Geneva" -> Geneva), if any."""
    places = [o for c in body.rights if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj"]
    return places[-1] if places and places[-1].pos_ == "PROPN" else None


def role_before_place(place: Token) -> Token | None:
    """The body noun whose "in" phrase a place ends ("the UN office in Geneva" -> office), if any."""
    preposition = place.head
    if place.dep_ != "pobj" or preposition.lower_ != "in" or place.pos_ != "PROPN":
        return None
    body = preposition.head
    return body if body.pos_ in ("NOUN", "PROPN") and body.dep_ == "pobj" and body.i < place.i else None


#: Bodies only a state has, which a description may name by their noun alone, set in a place ("the embassy in Rome").
_STATE_BODIES = STATE_ONLY_BODIES | {"consulate", "military"}


def body_in_place(tokens: Iterable[Token]) -> Token | None:
    """The noun of a state's body a description names by it and the place it sits in ("a spokesman for the embassy
    in Washington", "for the army in Khartoum"): that body, not the place, is whom the person speaks for."""
    found = (t for t in tokens if t.lemma_.lower() in _STATE_BODIES and t.pos_ == "NOUN" and place_ending(t))
    return next(found, None)
