"""A clause's subject the parser gave to the cue as a second subject: "The association, which …, says family
businesses like the Smiths’ are the reason …" left "are" without a subject and hung "businesses" on "says", as if the
cue had two; that subject's words belong to what was said."""

from __future__ import annotations

from spacy.tokens import Token


def second_subject_of_cue(verb: Token, clause: Token) -> list[Token]:
    """The words of a subject after the cue that the parser hung on it beside the one before it, when the clause after
    that subject has none of its own."""
    before = [c for c in verb.lefts if c.dep_ == "nsubj"]
    after = [c for c in verb.rights if c.dep_ == "nsubj" and c.i < clause.i and c.pos_ in ("NOUN", "PROPN")]
    return list(after[0].subtree) if before and after else []
