"""A paragraph that opens on what is done under a text's terms ("Under its terms, an officer can ...", "Under the
provisions, ...", "Under their rules, ...") goes on with the agreement, law or plan the paragraph just before told, as a
numbered part of it does ("Article 5 commits ...", see `continuation.reference`): the terms are that text's, so the
paragraph carries its theme with no word of it. Only at the opening, with "its", "their" or "the" and no "of" after the
noun ("Under the terms of a 1998 deal, ..." names a text of its own). Read from words only: no parser."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

#: The pointers between "Under" and the noun: the text is one already told.
POINTERS = frozenset(["its", "their", "the"])
#: The nouns for what a text lays down ("terms", "provisions", "rules").
TERMS = frozenset(["terms", "provisions", "rules"])


def under_terms(words: Sequence[Token]) -> str:
    """The opening words ("under its terms") when the paragraph opens on "Under" and a text's terms, or ""."""
    if len(words) < 4 or words[0].lower_ != "under" or words[1].lower_ not in POINTERS:
        return ""
    if words[2].lower_ not in TERMS or words[3].lower_ == "of":
        return ""
    return " ".join(word.lower_ for word in words[:3])
