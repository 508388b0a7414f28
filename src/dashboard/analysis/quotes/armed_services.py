"""Bodies a lower-case noun names that no list of institution nouns resolves to a name: a state's armed services and
staff bodies ("Ostland's air force said", "the general staff said", "the coast guard said", "Ostland's navy said")
and the arm of a company the article names as its owner ("Vantor Motors' US arm said", "Halcrow Bank's insurance
subsidiary said"). Each speaks as an institution by its noun phrase, as wire copy gives it and as the gold names a
body in full ("Ukraine's air force", not the state, nor an unnamed source)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.roles import noun_phrase

#: Services and staff bodies named by two words: the word before the head, then the head.
_TWO_WORD_SERVICES = frozenset(
    {
        ("air", "force"),
        ("air", "forces"),
        ("space", "force"),
        ("armed", "forces"),
        ("general", "staff"),
        ("joint", "staff"),
        ("coast", "guard"),
        ("border", "guard"),
        ("national", "guard"),
        ("border", "police"),
        ("border", "service"),
    }
)
#: Services named by one noun, which speak as their state's when an owner is written before them ("Ostland's navy").
_ONE_WORD_SERVICES = words("army navy military")
#: Nouns for a part of a company ("its US arm", "the Brazilian unit").
_COMPANY_PARTS = words("arm unit subsidiary division")
#: Dependents that make the noun one of many ("a border guard", "two coast guard officers"), a person.
_ONE_OF = frozenset({"nummod"})


def armed_service(token: Token) -> str:
    """The name of the armed service, staff body or company arm a lower-case subject noun heads, or "" for none: a
    two-word service ("air force", "general staff", the words next to each other and the first a modifier of the
    head), a one-word service with an owner before it ("Ostland's navy"; "the army" alone is named elsewhere), or a
    company part whose owner is an organisation the recogniser tagged ("Vantor Motors' US arm"). A lower-case noun the
    tagger took for a proper one ("…, the coast guard said Saturday", tagged with the recogniser's organisation) is
    read as the noun it is."""
    if (
        not token.text.islower()
        or token.pos_ not in ("NOUN", "PROPN")
        or any(c.dep_ in _ONE_OF for c in token.children)
    ):
        return ""  # "a border guard said" is a person
    before = token.doc[token.i - 1] if token.i else None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in token.children):
        return ""
    lower = token.lower_
    two = before is not None and before.head == token and before.dep_ in ("amod", "compound")
    if two and (before.lower_, lower) in _TWO_WORD_SERVICES:
        return noun_phrase(token)
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    if owner is None:
        return ""
    if lower in _ONE_WORD_SERVICES:
        return noun_phrase(token)
    if token.lemma_ in _COMPANY_PARTS and token.tag_ == "NN" and owner.ent_type_ == "ORG":
        return noun_phrase(token)
    return ""
