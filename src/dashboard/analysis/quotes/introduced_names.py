"""A person a sentence introduces as what its subject is: "One of them is Tobiah Szalai, 16, who …", "The youngest is
Ada Quist": the name is the predicate of "is", not the subject, yet it is whom the passage turns to, and a "he" or "she"
after it stands for that person rather than for the one who spoke before."""

from __future__ import annotations

from spacy.tokens import Token

#: Subjects that pick a person out of a group named before ("One of them", "The first", "The last of the crew").
_PICKING_WORDS = frozenset({"one", "first", "last"})


def introduced_as_subject(token: Token) -> bool:
    """Whether a name is the predicate of a main "is" or "was" whose subject picks one person out of a group ("One of
    them", "One of the students") or by a superlative ("The youngest", "The oldest member"), and names no one."""
    verb = token.head
    if token.dep_ != "attr" or verb.dep_ != "ROOT" or verb.lemma_ != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.ent_type_ == "PERSON" or subject.pos_ == "PRON" and subject.lower_ != "one":
        return False
    picked = subject.lower_ in _PICKING_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    superlative = subject.tag_ == "JJS" or any(c.dep_ == "amod" and c.tag_ == "JJS" for c in subject.children)
    return picked or superlative
