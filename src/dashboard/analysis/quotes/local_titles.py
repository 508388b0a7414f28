"""A union local's whole name before a title and a name ("United Food and Commercial Workers Local 2417 president
Nadia Ferreira"): the recogniser stops such a name at its first "and" or tags its number a date, so the affiliation
found in the title was a piece of the union's name ("United Food") and the rest of it fell into the role. This finds
the local by its number (see `union_locals`), whose tokens the role then drops."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.found import Found
from dashboard.analysis.quotes.union_locals import local_of_number


def local_opening_title(left: list[Token]) -> Found | None:
    """The union local that opens the words of a title before a name, named whole with its number; None when no
    "Local <number>" is among them."""
    number = next((t for t in left if t.like_num and t.i and t.nbor(-1).text == "Local"), None)
    name = local_of_number(number) if number is not None else ""
    if not name:
        return None
    doc, start = number.doc, number.idx + len(number.text) - len(name)
    tokens = tuple(t for t in doc[: number.i + 1] if t.idx >= start)
    return Found(name, tokens) if tokens and tokens[0].i <= left[0].i else None
