"""Companies named by the works they run (facility_owners): "the Arvane Steel plant" names the company Arvane Steel,
though the recogniser tags its name a facility, so "The company said" after its spokesperson is that company."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_company_is_the_one_whose_plant_was_named_first(nlp):
    said = said_by(
        nlp,
        "About 400 workers at the Arvane Steel plant in Millbrook were told on Tuesday that the blast furnace would "
        "close.",
        "Arvane Steel spokesperson Hollis Crane said the furnace had lost money for six years. The company said it "
        "would offer buyouts to about 150 workers.",
    )
    assert said == [
        ("Hollis Crane", "the furnace had lost money for six years"),
        ("Arvane Steel", "it would offer buyouts to about 150 workers"),
    ]
