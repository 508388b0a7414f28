"""The journal a study was published in is not the source of "according to" the study: what it says stays an
unnamed source's, or its author's when one is named; a newspaper's own article stays the paper's (research_venues)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_journal_of_a_published_study_is_no_source(nlp):
    said = profiles_of(
        nlp,
        "Snow crabs are moving north fast, according to a study published on Monday in the journal Polar Shelf "
        "Letters.",
    )
    assert said == [("", "unnamed", "")]


def test_research_that_appeared_in_a_review_is_no_source_of_the_review(nlp):
    said = profiles_of(
        nlp, "Snow crabs are moving north fast, according to research that appeared in the Tidewater Review."
    )
    assert said == [("", "unnamed", "")]


def test_the_named_author_of_a_published_study_stays_its_source(nlp):
    said = profiles_of(
        nlp,
        "Snow crabs are moving north fast, according to a study by the Halvard Institute published in the Tidewater "
        "Review.",
    )
    assert said == [("Halvard Institute", "institution", "")]


def test_a_newspapers_own_article_stays_the_papers(nlp):
    said = profiles_of(nlp, "The minister misled the house, according to an article published in the Daily Courant.")
    assert said == [("Daily Courant", "institution", "")]
