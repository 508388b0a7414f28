"""The body a minister's title names by its portfolio: "The ministry said …" after "Ontario's Minister of Northern
Development, Ann Roe, said …" is the Ministry of Northern Development. The recogniser tags the portfolio ("Northern
Development") an organisation, and the ministry or department a bare noun means is the one the minister's title
names, not the portfolio alone."""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Titles of one who heads a body, and the noun of the body each heads.
_HEADED = {"minister": "ministry", "secretary": "department"}


def body_of_portfolio(noun: Token, portfolio: Span) -> str:
    """ "Ministry of Northern Development" when `portfolio` is the object of "of" after a minister's title and `noun`
    is the body such a title heads ("ministry"); "" otherwise."""
    of = portfolio.root.head
    if portfolio.root.dep_ != "pobj" or of.lower_ != "of" or of.head.i != of.i - 1:
        return ""
    body = _HEADED.get(of.head.lemma_.lower())
    if body is None or body != noun.lemma_.lower():
        return ""
    return f"{body.capitalize()} of {portfolio.text}"
