"""Hyphenated common nouns the tokenizer is to keep whole. spaCy splits "co-op" into "co", "-" and "op", and the parser
then reads "The co-op's general manager, X, said" as two subjects and a manager of an "op", so the speaker loses the
co-operative named before; one token "co-op" parses as the noun it is."""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.tokenizer import Tokenizer

#: The words kept whole, as written in running text, with the noun each stands for.
_WHOLE = {"co-op": "co-op", "co-ops": "co-ops"}


def keep_hyphenated_whole(tokenizer: Tokenizer) -> None:
    """Teach the tokenizer to keep each of the hyphenated nouns one token."""
    for text, norm in _WHOLE.items():
        tokenizer.add_special_case(text, [{ORTH: text, NORM: norm}])
