"""A body the article named, spoken of as "the body" ("In a statement, the body said"; lexicon.COMPANY_NOUNS)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_body_is_the_organisation_named_before(nlp):
    said = said_by(
        nlp,
        "Coastline Ferries confirmed on Monday that the night crossing had been cancelled. In a statement, the body "
        "said falling passenger numbers meant the route was ‘no longer viable’.",
    )
    assert said == [
        ("Coastline Ferries", "the night crossing had been cancelled"),
        ("Coastline Ferries", "falling passenger numbers meant the route was ‘no longer viable’"),
    ]


def test_a_corpse_is_no_organisation(nlp):
    said = said_by(nlp, "Inspector Rhian Dowd said a body had been found. The body had been there for weeks, she said.")
    assert [speaker for speaker, _ in said] == ["Rhian Dowd", "Rhian Dowd"]
