"""Prepositions after a cue that do not make it a phrasal cue of speech: "called her brother on Monday" (telephoned
him), "called on Monday for a new schedule" (the day is not who was called on). A person as the object of "call"
or "point" before the preposition is the one phoned or shown the way, and a time as the only object of the
preposition says when, not what was said. "Called snap elections for October" keeps its object: convening a vote
or a debate for a time is reported as a call; "called an ambulance for her father" is a summons."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.kinship import PARENTS, SPOUSES
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS, PREPOSITION_CUES

#: Phrasal cues that speak only without a person as their object ("called on the council", not "called her on …").
_WITHOUT_PERSON = frozenset({("call", "for"), ("call", "on"), ("point", "to")})
#: Entity types of a phrase of time.
_TIMES = frozenset({"DATE", "TIME"})
#: Words for a person besides the people nouns: pronouns and kin.
_PERSON_WORDS = frozenset(
    {"him", "her", "them", "me", "us", "you", "brother", "sister", "son", "daughter", *PARENTS, *SPOUSES}
)


def phrasal_cue(child: Token, base: str) -> bool:
    """Whether a dependent of the cue `base` is the preposition of a phrasal cue of speech ("called for talks",
    "accused the mayor of lying"), not one of another sense of the verb."""
    if child.dep_ != "prep" or (base, child.lower_) not in PREPOSITION_CUES:
        return False
    if (base, child.lower_) in _ALSO_CLAUSE_CUES and not _holds_what_was_said(child):
        return False
    return not other_sense(child.head, base, child)


#: Verbs that take a clause and, as often, a preposition ("believe in") in another sense or with nothing said in it.
_ALSO_CLAUSE_CUES = frozenset({("believe", "in")})


def _holds_what_was_said(preposition: Token) -> bool:
    """Not a preposition before the verb, setting the scene ("But in a season of fury, aides believe …"), one a
    relative clause leaves at its end ("the ideas he believes in"), nor one beside a clause that is what was said
    ("believed it is time to act “in the way …”")."""
    verb = preposition.head
    if preposition.i < verb.i or not any(c.dep_ in ("pobj", "pcomp") for c in preposition.children):
        return False
    return not any(c.dep_ == "ccomp" for c in verb.children)


def other_sense(verb: Token, base: str, preposition: Token) -> bool:
    """Whether the cue's `preposition` belongs to another sense of the verb: after a person as the object of "call"
    ("called her brother, her adviser, on Monday"), or, with no object before it, with a time as its only object
    ("called on Monday for …")."""
    before = [c for c in verb.children if c.dep_ == "dobj" and c.i < preposition.i]
    if (base, preposition.lower_) in _WITHOUT_PERSON and any(person_word(o) for o in before):
        return True
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if before and (base, preposition.lower_) == ("call", "for") and objects:
        return not all(o.ent_type_ in _TIMES for o in objects)  # "called an ambulance for her father": a summons
    return not before and bool(objects) and all(o.ent_type_ in _TIMES for o in objects)


def person_word(noun: Token) -> bool:
    """A person: a name, a pronoun, a kin word or a noun for people ("the mayor", "her brother")."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ == "PERSON" or noun.lower_ in _PERSON_WORDS or lemma in _PERSON_WORDS or lemma in PEOPLE_NOUNS
