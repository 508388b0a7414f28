"""A bare "the ministry" after a minister of a portfolio spoke is the ministry the minister's title names, not a
council that spoke before it nor the portfolio alone."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_ministry_after_a_minister_of_a_portfolio_is_that_ministry(nlp):
    """ "The ministry said" after "Manitoba's Minister of Rural Development, Odile Ferland, said", a tribal council
    having spoken in the paragraph before: the council is no ministry, and "Rural Development" only the portfolio."""
    paragraphs = (
        "The Wapusk Bay Tribal Council says it will oppose the new hydro line until its members vote on it.",
        "In a statement, Manitoba’s Minister of Rural Development, Odile Ferland, said no licence had been issued. The "
        "ministry said the review would include hearings in each community.",
    )
    assert [s for s, _ in said_by(nlp, *paragraphs)] == [
        "Wapusk Bay Tribal Council",
        "Odile Ferland",
        "Ministry of Rural Development",
    ]
