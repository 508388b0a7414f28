"""A title that opens with "Under" before a name ("Under Secretary of Commerce X said"): the parser reads "Under" as
a preposition of the verb and hangs only "Secretary of Commerce" on the name, so the role loses the word that makes
it a lower office than the secretary's. "Under" right before a secretary's title that opens the words before a name
belongs to that title."""

from __future__ import annotations

from spacy.tokens import Token

#: Titles that "Under" opens as one office ("Under Secretary", "Under-Secretary-General").
UNDER_TITLES = frozenset({"secretary", "secretary-general"})


def with_under(left: list[Token]) -> list[Token]:
    """The words of a title before a name, with the "Under" before them that the parser set apart; as given when
    no "Under" stands right before a secretary's title."""
    if not left or left[0].i == 0 or left[0].lower_ not in UNDER_TITLES:
        return left
    before = left[0].doc[left[0].i - 1]
    return [before, *left] if before.lower_ == "under" and before.dep_ == "prep" else left
