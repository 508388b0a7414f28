"""Who does the recalling of a "recall" verb, to tell a thing called back ("Velmar Motors recalled 5,000 cars") from
a memory told ("she recalled that ..."): the verb's own subject; the subject of the verb it is joined to ("detained
two men and recalled its envoy"); and for an infinitive, which has no subject of its own, the one told or ordered to
recall ("regulators ordered Velmar Motors to recall 300,000 cars": Velmar Motors, which the regulators' order makes
recall them) or else the one who agrees, plans or has to ("Velmar agreed to recall ...")."""

from __future__ import annotations

from spacy.tokens import Token


def recallers(verb: Token) -> list[Token]:
    """The subjects that do what a "recall" verb says, its own or those the verb it depends on gives it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects or verb.dep_ not in ("conj", "xcomp"):
        return subjects
    if verb.dep_ == "xcomp" and (ordered := [c for c in verb.head.children if c.dep_ == "dobj"]):
        return ordered
    return [c for c in verb.head.children if c.dep_ == "nsubj"]
