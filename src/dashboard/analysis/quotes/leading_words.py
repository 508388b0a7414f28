"""The word that opens the clause a cue reports but is no part of what was said: the "that" of "said that the plan
failed", the "whether" or "if" of "asked whether the plan failed". A condition or a concession that opens what was said
keeps its "if" or "although" ("said if elected he would close the road"): without it the speaker's condition reads as a
claim ("elected he would close the road"). A "that" that points at a thing after the comma of "According to X"
("According to X, that chapter was …") is part of it too: no "that" introduces a clause there. Nor is a dateline or a
page label that opens the paragraph ("LONDON (Reuters) —", "Read more: …", page_labels.py) part of it."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dashboard.analysis.quotes.page_labels import words_start
from dashboard.analysis.quotes.split_compounds import front_of_split_word


def said_from_its_opening(content: Iterable[Token]) -> list[Token]:
    """The tokens of what a cue reports, in reading order, from the paragraph's own words on (after a dateline or a
    page label) and without the punctuation and the bare opening word (`bare_opening`) that lead into it, but with the
    front of a word the parser split at its hyphen ("small co-" of "small co-ops", split_compounds.py)."""
    tokens = sorted(set(content), key=lambda t: t.i)
    opening = words_start(tokens[0].doc) if tokens else 0
    tokens = [t for t in tokens if t.i >= opening]
    while tokens and (tokens[0].is_punct or bare_opening(tokens[0])):
        tokens.pop(0)
    return [*front_of_split_word(tokens[0]), *tokens] if tokens else tokens


def bare_opening(token: Token) -> bool:
    """Whether `token`, the first word of what was said, only introduces it: a "that" that is not its subject ("said
    that is unlikely" keeps it), or the word that marks the reported clause, but not one that marks a clause opening
    another clause after it ("if elected, he would …", "although it failed, they …")."""
    if token.lower_ == "that" or token.dep_ != "mark":
        return token.lower_ == "that" and token.dep_ not in ("nsubj", "nsubjpass") and not _pointing(token)
    opening = token.head.dep_ == "advcl" and token.head.i < token.head.head.i
    return not opening


def _pointing(that: Token) -> bool:
    """A "that" that points at the singular noun right after it, after the comma that closes "According to X"
    ("According to the official, that chapter was the last …"): part of what was said, as no reported clause opens
    with "that" after that phrase (as one may after an apposition: "warned Japan, its partner, that friction …")."""
    doc = that.doc
    if that.dep_ != "det" or that.i < 3 or doc[that.i - 1].text != ",":
        return False
    if that.head.i != that.i + 1 or that.head.tag_ not in ("NN", "NNP"):
        return False
    phrase = next((a for a in doc[that.i - 2].ancestors if a.lower_ == "according"), None)
    return phrase is not None and phrase.right_edge.i == that.i - 2
