"""A thing the lead of an arms sale names by its kind ("corvettes", "howitzers") told on under its general name ("the
ships", "the guns"): it goes on with the sale's theme (see themes/kinds.py and themes/events.py), on the real spaCy
pipeline with the shipped themes file. All texts are fictional, written for these tests."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels


def article_labels(themes, nlp, paragraphs: list[str], title: str) -> list[list[str]]:
    scores = themes.score_article([nlp(p) for p in paragraphs], [""] * len(paragraphs), title)
    return [labels(s) for s in scores]


@pytest.mark.parametrize(
    ("lead", "later"),
    [
        (
            "The defence committee of the Valdorian parliament approved on Tuesday the sale of three corvettes to "
            "Marenia worth 900 million euros, the largest naval export in the country's history.",
            "The ships will be fitted out in Porto Lenz and handed over from 2029.",
        ),
        (
            "Marenia signed a contract on Monday for 120 self-propelled howitzers from Valdoria, its largest arms "
            "purchase in two decades.",
            "The guns, assembled at a plant near the capital, will replace ageing Soviet-era models.",
        ),
    ],
)
def test_a_thing_of_the_sale_told_under_its_general_name_goes_on_with_war(themes, nlp, lead, later):
    found = article_labels(themes, nlp, [lead, later], "Valdoria Clears Arms Sale To Marenia")
    assert "military" in found[0]
    assert "military" in found[1]


def test_the_general_name_carries_nothing_when_the_lead_names_no_such_kind(themes, nlp):
    lead = (
        "The defence committee of the Valdorian parliament approved on Tuesday the sale of 300 armoured trucks to "
        "Marenia worth 90 million euros."
    )
    later = "The ships of the ferry line to Porto Lenz will run on time all winter, the port said."
    found = article_labels(themes, nlp, [lead, later], "Valdoria Clears Truck Sale To Marenia")
    assert "military" in found[0]
    assert "military" not in found[1]


def test_a_seizure_told_in_the_headline_as_seized_goes_on_under_the_general_name(themes, nlp):
    lead = (
        "Masked gunmen boarded a Liberian-flagged tanker off the Gravel Coast on Sunday and forced it towards "
        "Ostrian waters, the navy of Valdoria said."
    )
    later = "The vessel, carrying 80,000 tonnes of diesel to Porto Lenz, had 19 crew aboard, its owner said."
    found = article_labels(themes, nlp, [lead, later], "Tanker Seized Off Gravel Coast")
    assert "military" in found[0]
    assert "military" in found[1]
