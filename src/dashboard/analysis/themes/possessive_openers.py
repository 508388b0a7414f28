"""A paragraph that opens on "Its" or "Their" and a noun ("Its sponsors say ...", "Their families have asked ...")
refers back as "the bill's sponsors" or "the men's families" would: the pronoun stands for a thing or people the article
has already told, so the paragraph goes on with the article's subject (see `continuation.reference`). Only at the
opening and only before a noun ("Its own ...", "Their being there ..." are left out): inside a sentence "its" is as
often the paragraph's own subject. Read from words and tags only: no parser."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

#: The possessive pronouns that open such a paragraph.
OPENERS = frozenset(["its", "their"])
#: The tag of a possessive pronoun ("its", "their"), which "it" and "they" never take.
POSSESSIVE = "PRP$"


def possessive_opener(words: Sequence[Token]) -> tuple[str, str] | None:
    """The opening words ("its sponsors") and the lemma of the noun ("sponsor") when the paragraph opens on a
    possessive pronoun and a noun, or None."""
    if len(words) < 3 or words[0].lower_ not in OPENERS or words[0].tag_ != POSSESSIVE:
        return None
    noun = words[1]
    if noun.pos_ != "NOUN":
        return None
    return f"{words[0].lower_} {noun.lower_}", noun.lemma_.lower()
