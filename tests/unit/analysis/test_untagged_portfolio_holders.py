"""A title, "for" or "of" and a portfolio of two words that the lexicon of portfolios lacks ("Local Government",
"Religious Affairs", the Canadian "Advanced Education" and "Indigenous Services"), then a name the recogniser leaves
untagged or runs into the portfolio (texts of our own): the name after the portfolio is the speaker, the portfolio no
part of it."""

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


def test_a_canadian_minister_of_advanced_education_is_named_without_the_portfolio(nlp):
    rows = said_by(
        nlp,
        "Minister of Advanced Education Ingrid Falk said the province would not raise tuition caps at its "
        "colleges before the election in Westhaven.",
    )
    assert [speaker for speaker, _ in rows] == ["Ingrid Falk"]


def test_a_minister_of_indigenous_services_is_named_without_the_portfolio(nlp):
    rows = said_by(
        nlp,
        "Minister of Indigenous Services Dara Quill said the band's water plant in Tarrow Lake would be rebuilt by "
        "spring.",
    )
    assert [speaker for speaker, _ in rows] == ["Dara Quill"]
