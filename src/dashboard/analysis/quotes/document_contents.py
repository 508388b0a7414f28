"""What a statement says, hung on the statement by the parser: in "The ministry said in a written statement that the
deal would hold" the "that" clause may come out as the clause of the noun "statement" (as in "the claim that …"),
not of "said". A statement's, a release's or a letter's own "that" clause is what it says, and so what the speaker
said in it."""

from __future__ import annotations

from spacy.tokens import Token

#: Written or posted messages whose "that" clause is their content ("a statement that …", "a press release that …").
_MESSAGES = frozenset({"statement", "release", "communique", "communiqué", "letter", "post", "tweet", "message"})


def content_of_message(that: Token) -> bool:
    """Whether a "that" opens a clause with its own subject that the parser hung on a message the cue was said "in"
    ("said in a written statement that the deal would hold")."""
    clause = that.head
    noun = clause.head
    if that.dep_ != "mark" or clause.dep_ != "acl" or noun.lemma_.lower() not in _MESSAGES:
        return False
    subject = any(c.dep_.startswith("nsubj") for c in clause.children)
    return subject and noun.dep_ == "pobj" and noun.head.lower_ == "in"
