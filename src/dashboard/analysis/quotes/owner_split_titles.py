"""A person's title that the parser split off its owner: in "X, the Treasury's under secretary, said" and "the
Treasury's Under Secretary for Y, Ann Roe, said" it hangs the title on the owner by "under", and in "The Bank of
Ghana's governor, Ama Roe, said" it reads "Bank of [Ghana's governor]", the title a word of the owner's "of" phrase;
in the last two it sets the name beside the owner. The title is the person's role, the owner the body they serve."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.affiliations import Found, affiliation
from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.mentions import Mentions
from dashboard.analysis.quotes.under_titles import owner_words, title_under_owner, title_under_subject


def title_under_apposition(appositive: Token, mentions: Mentions, p: int) -> tuple[Token, Found | None] | None:
    """The role noun of "X, the Treasury's under secretary," and its owner (None when no body is found in its
    words), or None for any other apposition."""
    if (under := title_under_owner(appositive)) is None:
        return None
    return under, affiliation(owner_words(appositive), mentions, p)


def title_split_from_subject(name: Token, mentions: Mentions, p: int) -> tuple[Token, Found] | None:
    """The role noun and the owner of a title split off the owner before the name `name` (see the module docstring),
    or None when the name is set beside no such owner."""
    if (under := title_under_subject(name)) is not None:
        found = affiliation(owner_words(name.head), mentions, p)
        return (under, found) if found else None
    if (title := _title_in_owners_phrase(name)) is None:
        return None
    found = affiliation(name.doc[name.head.left_edge.i : title.i], mentions, p)
    return (title, found) if found and not found.place else None


def _title_in_owners_phrase(name: Token) -> Token | None:
    """ "governor" of "The Bank of Ghana's governor, Ama Roe,": a role noun with an owner's "'s", the last word of the
    owner's "of" phrase right before the comma that sets off the name hung on the owner; None otherwise."""
    owner, doc = name.head, name.doc
    start = name.left_edge.i
    if name.dep_ != "appos" or owner.pos_ != "PROPN" or start < 2 or doc[start - 1].text != ",":
        return None
    title = doc[start - 2]
    if title.tag_ != "NN" or title.lemma_.lower() not in ROLE_WORDS or title.dep_ != "pobj":
        return None
    of = title.head
    owned = any(c.dep_ == "poss" for c in title.children)
    return title if owned and of.lower_ == "of" and of.head == owner and owner.i < title.i else None
