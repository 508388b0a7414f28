"""A name set off after a place whose parts are joined by a dash, as electoral districts are written ("the candidate
in Nickel Hill–Mossbank, Ana Ruiz, said", "the MP for Kings—Tarn, Ana Ruiz,"): the parser hangs the part after the
dash on the description or on the part before it, as if it were the name set off there, and the person's name under
that part. The name given is then the person's, not the place's second half."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

DASHES = ("–", "—")


def past_dashed_places(names: Iterable[Token]) -> list[Token]:
    """The names given, each second half of a dashed place that has a name set off after it replaced by that name."""
    return [found for name in names for found in _past_dashed_place(name)]


def _past_dashed_place(name: Token) -> list[Token]:
    doc = name.doc
    start = min(t.i for t in (name, *name.lefts) if t.text not in DASHES)  # the dash may hang on either half
    joined = start >= 2 and doc[start - 1].text in DASHES and doc[start - 2].pos_ == "PROPN"
    if not joined:
        return [name]
    set_off = [
        c
        for c in name.rights
        if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","
    ]
    return [found for c in set_off for found in _past_dashed_place(c)] or [name]
