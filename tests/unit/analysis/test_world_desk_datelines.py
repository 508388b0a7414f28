"""Datelines of the broadsheets' world desks, a place in capitals and its country with no agency ("KOULONGO, Chad —"),
and a feature that opens on a person's given name after one ("— Halima counts the days"): the dateline is no speaker
or body (marks), and the given name is the person whom a "she said" after it stands for (datelined_names)."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes.marks import dateline_end
from tests.quoting import said_by


def test_a_place_and_its_country_before_a_dash_is_a_dateline(nlp):
    doc = nlp("TESSALINA, Chad — The camp has doubled in size since the spring, aid workers said.")
    assert doc[dateline_end(doc)].text == "The"


def test_a_given_name_that_opens_a_feature_after_its_dateline_is_a_person(nlp):
    paragraph = (
        "TESSALINA, Chad — Halima counts the days by the sacks. The last one, she said, came on Monday, and it was "
        "half the size of the one before."
    )
    assert ("Halima", "PERSON") in [(r["text"], r["label"]) for r in entity_rows("a", [nlp(paragraph)])]
    assert said_by(nlp, paragraph) == [
        ("Halima", "The last one came on Monday, and it was half the size of the one before")
    ]


def test_a_name_in_capitals_after_an_office_and_a_dash_is_no_dateline(nlp):
    doc = nlp("NDP Leader Ann Ross — who spoke first — said the bill would pass.")
    assert dateline_end(doc) == 0


def test_a_place_of_two_words_in_capitals_and_its_country_before_a_dash_is_a_dateline(nlp):
    paragraph = (
        "PUERTO VALDÉS, Maravia — The Central Bank of Maravia cut its main rate on Thursday and said inflation was "
        "slowing faster than it had forecast."
    )
    doc = nlp(paragraph)
    assert doc[dateline_end(doc)].text == "The"
    assert [speaker for speaker, _ in said_by(nlp, paragraph)] == ["Central Bank of Maravia"]
