"""A cue's subject that the parser took for a conjunct of the words before it: "Ann said she would vote for the
farmers and Tom said …", where "Tom" hangs on "farmers" and the second "said" is left with no subject."""

from __future__ import annotations

from spacy.tokens import Token


def subject_taken_for_conjunct(verb: Token) -> Token | None:
    """ "Ann said she would vote for the farmers and Tom said …", "one in three said … and one in four said …": the
    subject of a second cue that the parser joined with "and" to the words before it, the cue left with no subject."""
    if verb.dep_ != "ccomp" or verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    joined = verb.doc[verb.i - 1]
    if joined.pos_ not in ("PROPN", "NOUN", "NUM"):
        return None  # "… and said that …": a second cue of the same speaker
    while joined.dep_ != "conj" and joined.head.i < verb.i and joined.head.right_edge.i == verb.i - 1:
        joined = joined.head
    after_and = verb.doc[joined.left_edge.i - 1].lower_ in ("and", "but") if joined.left_edge.i > 0 else False
    named = joined.pos_ in ("PROPN", "NOUN", "NUM")
    return joined if joined.dep_ == "conj" and joined.right_edge.i == verb.i - 1 and after_and and named else None
