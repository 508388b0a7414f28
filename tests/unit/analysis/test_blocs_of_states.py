"""A bloc named "<Body> of <region> States" (or "Nations", "Countries") that the recogniser cut into an organisation
and a place ("The Economic Community" + "West African States") is one body (`cut_of_names`), so the bloc speaks under
its whole name; a company "of" a city stays apart from the city (real pipeline, fictional wire stories)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_BLOC = "Economic Community of West African States"


@pytest.mark.parametrize(
    "lede",
    [
        f"FREETOWN, July 3 (Reuters) - The {_BLOC} said on Monday it would send a team of former heads of state to "
        "Freetown to mediate between the president and the opposition.",
        f"NAIROBI, March 9 (Reuters) - The {_BLOC} said on Friday it would send a team of mediators to Nairobi after a "
        "week of protests.",
    ],
)
def test_a_bloc_in_a_datelined_lede_speaks_under_its_whole_name(nlp, lede):
    assert [s for s, _ in said_by(nlp, lede)] == [_BLOC]


def test_the_joined_bloc_is_one_organisation(nlp):
    doc = nlp(f"NAIROBI, March 9 (Reuters) - The {_BLOC} said on Friday it would send a team of mediators to Nairobi.")
    assert ("The " + _BLOC, "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_a_company_of_a_city_stays_apart_from_the_city(nlp):
    doc = nlp("Greenvale Holdings of Dallas said its profit had doubled in the third quarter.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != "DATE"] == [
        ("Greenvale Holdings", "ORG"),
        ("Dallas", "GPE"),
    ]
