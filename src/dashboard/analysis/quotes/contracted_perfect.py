"""A perfect tense whose "has" is contracted, read by the parser as the "is" of a passive: "She's said she will fight
on" parsed as "She is said …". A passive of a cue never takes a clause with a subject of its own ("is said to be",
not "is said she will"), so a contracted "'s" before a cue with such a clause is "has", and its subject spoke."""

from __future__ import annotations

from spacy.tokens import Token

#: The contracted "has" or "is", with a straight or a typographic apostrophe.
_CONTRACTED = frozenset({"'s", "\u2019s"})


def contracted_perfect(verb: Token) -> Token | None:
    """The subject of a cue in a perfect tense that the parser read as a passive ("She's said she …"), or None."""
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" and c.lower_ in _CONTRACTED for c in children):
        return None
    if any(c.dep_ == "neg" for c in children):
        return None
    subject = next((c for c in children if c.dep_ in ("nsubjpass", "nsubj") and c.i < verb.i), None)
    clause = any(
        c.dep_ == "ccomp" and c.i > verb.i and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in children
    )
    return subject if clause or _called_for_by_person(verb, subject) else None


def _called_for_by_person(verb: Token, subject: Token | None) -> bool:
    """ "who's called for 3,000 troops": "called for" right after a contracted "'s" whose subject is a person (a
    relative "who" or a personal pronoun) is "has called for"; a person is rarely "called for" in the passive."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if subject is None or verb.lemma_.lower() != "call" or after is None or after.lower_ != "for":
        return False
    return subject.lower_ in ("who", "he", "she") or subject.ent_type_ == "PERSON"
