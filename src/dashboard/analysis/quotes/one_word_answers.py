"""A one-word answer with a cue of its own: "“Yes,” he said, after a pause." is what he said, though a quotation of one
word is otherwise too short to be one (a name, a scare quote, a title)."""

from __future__ import annotations

import re

#: Words that are a whole answer by themselves.
_ANSWERS = frozenset({"yes", "no"})
#: A cue right after the closing mark: "he said", "said Ann", "Ann Roe replied" (up to three words before the verb).
_CUE_AFTER = re.compile(r"\s*(?:[\w.\u2019'-]+\s+){0,3}?(?:said|says|replied|replies|answered|answers)\b")


def one_word_answer(text: str, span: tuple[int, int]) -> bool:
    """Whether the quotation at `span` is a lone "Yes" or "No" that a cue right after it reports."""
    said = re.sub(r"[^\w]", "", text[span[0] : span[1]]).casefold()
    return said in _ANSWERS and _CUE_AFTER.match(text, span[1]) is not None
