"""A title two people hold together, or the second holder's ("the co-chief executive", "the other co-chief
executive", "co-founder X"): it serves the same body the title alone serves, so it is looked up as the title alone
("chief executive", "founder") when the body a bare title serves is sought."""

from __future__ import annotations

#: Words before a title that make it one of two holders': "the other chief executive", "co-chief executive".
_SHARED = ("other ", "co-", "co ")


def sole_title(title: str) -> str:
    """The title without the words that share it ("other co-chief executive" -> "chief executive")."""
    for word in _SHARED:
        if title.startswith(word) and len(title) > len(word):
            return sole_title(title[len(word) :])
    return title
