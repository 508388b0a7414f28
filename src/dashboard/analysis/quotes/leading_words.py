"""The word that opens the clause a cue reports but is no part of what was said: the "that" of "said that the plan
failed", the "whether" or "if" of "asked whether the plan failed". A condition or a concession that opens what was
said keeps its "if" or "although" ("said if elected he would close the road"): without it the speaker's condition
reads as a claim ("elected he would close the road")."""

from __future__ import annotations

from spacy.tokens import Token


def bare_opening(token: Token) -> bool:
    """Whether `token`, the first word of what was said, only introduces it: a "that" that is not its subject ("said
    that is unlikely" keeps it), or the word that marks the reported clause, but not one that marks a clause opening
    another clause after it ("if elected, he would …", "although it failed, they …")."""
    if token.lower_ == "that" or token.dep_ != "mark":
        return token.lower_ == "that" and token.dep_ not in ("nsubj", "nsubjpass")
    opening = token.head.dep_ == "advcl" and token.head.i < token.head.head.i
    return not opening
