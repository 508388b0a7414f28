"""A body's initials that the recogniser tagged together with the portfolio of the commissioner's title after them as
one name ("EU Competition" of "EU Competition Commissioner"): the body is the initials alone, the body its
commissioners serve, as when only they were tagged ("EU" of "EU Trade Commissioner")."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import PORTFOLIOS

#: Titles held by the members of a body's executive, each of whom has a portfolio ("EU Energy Commissioner").
_PORTFOLIO_TITLES = words("commissioner commissioners")


def without_portfolio(ent: Span) -> Span:
    """The initials alone of an organisation tagged as initials and portfolio words right before a commissioner's
    title ("EU Competition Commissioner X"); any other span as it is."""
    doc = ent.doc
    if ent.end == len(doc) or doc[ent.end].lower_ not in _PORTFOLIO_TITLES:
        return ent  # most names stand before no commissioner: no word of them is read
    first, rest = ent[0].text, [t.lower_ for t in ent[1:]]
    initials = first.isupper() and first.isalpha() and len(first) > 1
    return ent[:1] if initials and rest and set(rest) <= PORTFOLIOS else ent
