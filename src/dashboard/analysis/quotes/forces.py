"""The armed or police force a role's lower-case word means: "a military spokesman said" after "The army said" speaks
for the army."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import SPOKESPEOPLE

#: Words of forces that a role may name by what they are ("a military spokesman", "an army officer").
FORCES = frozenset({"police", "army", "navy", "military"})


#: Roles a force's word may modify to say whom the person serves ("a military spokesman", "the police chief").
_FORCE_ROLES = SPOKESPEOPLE | {"officer", "official", "chief", "commander", "source", "sources"}


#: Words that make a guard a force that patrols a coast or a border ("a coast guard spokesman"), not a person; and
#: the words before the other services and staff bodies a role may name ("an air force spokesman", "a general staff
#: officer", "a national guard commander").
_GUARDED = frozenset({"coast", "border", "national"})
_SERVICES = {"guard": _GUARDED, "force": frozenset({"air", "space"}), "staff": frozenset({"general", "joint"})}


def names_a_force(token: Token) -> bool:
    """A lower-case word of a force that modifies a role ("military" of "a military spokesman", "guard" of "a coast
    guard spokesman") or that a spokesperson speaks for ("a spokesman for the army"), not another noun ("military
    veterans")."""
    modifies = token.dep_ in ("amod", "compound", "nmod") and token.head.lower_ in _FORCE_ROLES
    return (token.lower_ in FORCES or bool(guarded(token))) and token.text.islower() and (modifies or spoken_for(token))


def spoken_for(token: Token) -> bool:
    """Whether the word is what a spokesperson speaks for ("army" of "a spokesman for the army")."""
    preposition = token.head
    return token.dep_ == "pobj" and preposition.lower_ == "for" and preposition.head.lower_ in SPOKESPEOPLE


def guarded(token: Token) -> str:
    """ "coast guard" of the word "guard" set after "coast" or "border" ("air force", "general staff" likewise); ""
    for any other word."""
    before = token.nbor(-1) if token.i > 0 else None
    if before is None or before.lower_ not in _SERVICES.get(token.lower_, ()):
        return ""
    return f"{before.lower_} {token.lower_}"


def force_name(token: Token) -> str:
    """The name of the force a word names ("police", "coast guard")."""
    return guarded(token) or token.lower_


def force_meant(acted: list[tuple[tuple[int, int], str]], p: int, token: Token) -> str:
    """The force that spoke or acted last before the token, in its paragraph or the one before; "" when none did."""
    near = [(pos, name) for pos, name in acted if p - 1 <= pos[0] and pos < (p, token.i)]
    forces = [(pos, name) for pos, name in near if set(name.lower().split()) & FORCES]
    return max(forces)[1] if forces else ""
