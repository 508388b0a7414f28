"""A dateline that names a territory after its city ("HAMILTON, Bermuda --", "SAN JUAN, Puerto Rico --") is a
dateline as one naming a country is, so its city in capitals, which the recogniser may tag a company, is no body a
speaker is tied to (quotes/territories.py, quotes/marks.py). Fictional text."""

from __future__ import annotations

from dashboard.analysis.quotes.marks import dateline_end
from tests.quoting import profiles_of


def test_a_city_and_a_territory_before_the_dash_are_a_dateline(nlp):
    doc = nlp("HAMILTON, Bermuda -- Calderwood Re swung to a loss in the third quarter.")
    assert dateline_end(doc) == 4


def test_the_city_of_a_territory_dateline_is_no_chief_executives_body(nlp):
    found = profiles_of(
        nlp,
        "HAMILTON, Bermuda -- Calderwood Re, the island's largest reinsurer, swung to a loss of $210 million on "
        "Tuesday after two hurricanes.",
        "Chief Executive Rowan Ellery said the company would raise prices at the January renewals.",
    )
    assert "Rowan Ellery" in [speaker for speaker, _, _ in found]
    assert all(affiliation != "HAMILTON" for _, _, affiliation in found)
