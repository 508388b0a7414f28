""" "Repeated the same phrase three times", "stressed those last three words": the object of a cue that names the
wording itself tells how something was said, not what; it is no quote unless the words are given with it, in
quotation marks or a clause ("repeated the phrase “night ferry for all”", "repeated his line that …")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.marks import QUOTE_MARKS

#: Nouns that name wording rather than what it said.
_WORDING = words("word phrase phrasing wording")
#: Cues that say how words were said when their object is the wording ("repeated", "stressed"); "praised the
#: words of the crews" still judges what was said.
_HOW_SAID = words("repeat reiterate emphasize emphasise stress underscore")


def only_wording(thing: Token, lemma: str) -> bool:
    """Whether the object `thing` of the cue `lemma` names words without giving them: no apposition nor "that"
    clause of the noun, no quotation in it."""
    if lemma not in _HOW_SAID or thing.lemma_.lower() not in _WORDING:
        return False
    given = any(
        c.dep_ == "appos" or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in thing.children
    )
    marked = any(t.text in QUOTE_MARKS for t in thing.subtree)
    return not given and not marked
