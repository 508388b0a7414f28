"""Subjects that describe who spoke by numbers instead of naming them: an age ("the 46-year-old") and a share of
those polled ("four in 10", "nine out of 10")."""

from __future__ import annotations

from spacy.tokens import Token

#: The words of an age ("46-year-old", "46 years old").
AGE_WORDS = frozenset({"year", "years", "old"})


def an_age(token: Token) -> bool:
    """ "the 46-year-old": a person described by their age alone."""
    return token.lower_ == "old" and any(c.lower_ in AGE_WORDS for c in token.children)


def share_in_numbers(token: Token) -> bool:
    """ "one in three", "about four in 10", "nine out of 10": a share of those polled, said in numbers (read from the
    words, as the parser hangs "in" on either number or on the verb)."""
    if not token.like_num:
        return False
    doc, i = token.doc, token.i
    for words in (["in"], ["out", "of"]):
        n = len(words)
        after, before = doc[i + 1 : i + n + 2], doc[max(0, i - n - 1) : i]
        if len(after) == n + 1 and [t.lower_ for t in after[:n]] == words and after[n].like_num:
            return True
        if len(before) == n + 1 and [t.lower_ for t in before[1:]] == words and before[0].like_num:
            return True
    return False
