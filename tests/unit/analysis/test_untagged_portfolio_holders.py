"""A title, "for" and a portfolio of two words that the lexicon of portfolios lacks ("Local Government", "Religious
Affairs"), then a name the recogniser leaves untagged (texts of our own): the name after the portfolio is the
speaker, the portfolio no part of it."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_minister_for_local_government_is_named_without_the_portfolio(nlp):
    rows = said_by(
        nlp,
        "Provincial Minister for Local Government Chaudhry Naveed Warraich, while speaking at a seminar in "
        "the Town Hall, said the new sewerage lines of Dhoopnagar would be laid before the monsoon.",
    )
    assert [speaker for speaker, _ in rows] == ["Chaudhry Naveed Warraich"]


def test_a_minister_for_religious_affairs_is_named_without_the_portfolio(nlp):
    rows = said_by(
        nlp,
        "Minister for Religious Affairs Chaudhry Zubair Lodhi, while speaking to reporters at the airport, said the "
        "first flight of pilgrims from Dhoopnagar would leave on the tenth.",
    )
    assert [speaker for speaker, _ in rows] == ["Chaudhry Zubair Lodhi"]
