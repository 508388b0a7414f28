"""People brought back by a title written in capitals: "the MLA said" after "Belfast MLA Darlene Compton", "the CEO
added" after "its CEO, Ann Roe,". The recogniser tags such a title an organisation, or the parser a name of its own;
it is the person the article named with that title (role_holders.holder_of_role), when there is one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.role_holders import holder_of_role

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: Titles of people written as initials.
TITLE_ACRONYMS = words("mp mpp mla mna mha mep ceo cfo coo")


def acronym_title_holder(cast: Cast, p: int, token: Token) -> Speaker | None:
    """The person named before with the title in capitals that `token` is, after "the", "his" or "her"."""
    if not token.is_upper or token.lower_ not in TITLE_ACRONYMS:
        return None
    return holder_of_role(cast, p, token)
