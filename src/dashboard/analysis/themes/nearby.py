"""Looking ahead in a paragraph: the next token a rule wants, a few words on, in the same sentence."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dashboard.analysis.themes.names import SENTENCE_ENDS


def next_in_sentence(tokens: Doc, start: int, end: int, wanted: Callable[[Token], bool], gap: int) -> int | None:
    """The position of the first token from `start` that is `wanted`, within `gap` words and before `end` and the
    sentence's end."""
    for i in range(start, min(start + gap + 1, end)):
        token = tokens[i]  # spaCy makes a new Token at every index
        if wanted(token):
            return i
        if token.text in SENTENCE_ENDS:
            return None
    return None
