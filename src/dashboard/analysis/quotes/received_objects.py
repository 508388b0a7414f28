"""What the speaker got for saying something, not whom others blamed for it: "Ann drew fire for saying …", "won
applause for insisting …", "took heat from rivals for calling …", "drew a storm of criticism for saying …". The object
of the verb is then a mass noun (singular, with no article or possessive) or "a storm of" one, and the one who said it
is the verb's subject; after "critics attacked the mayor for saying …" it is the object."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PEOPLE_NOUNS


def received(obj: Token) -> bool:
    """Whether the object of the verb before "for saying" is something received rather than someone blamed."""
    if _mass(obj):
        return True
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return obj.pos_ == "NOUN" and of is not None and any(_mass(c) for c in of.children if c.dep_ == "pobj")


def _mass(noun: Token) -> bool:
    """A common singular noun with no article or possessive that names no people or body ("fire", "applause")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_:
        return False
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    return (lemma := noun.lemma_.lower()) not in PEOPLE_NOUNS and lemma not in BODY_NOUNS
