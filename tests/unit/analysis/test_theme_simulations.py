"""Themes of a school's Model UN: a sentence that names the club or its conference tells of students playing delegates
and gets no diplomacy from its "Security Council" or "delegation"; a sentence after it about the real body still
counts. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.simulations import simulations
from tests.theming import article


def test_a_model_un_club_is_no_diplomacy(nlp, themes):
    (club,) = article(
        themes,
        nlp,
        "Students win awards",
        [
            "Pinecrest Academy's Model UN team took the top delegation prize at the state conference in Dover on "
            "Saturday, speaking for Chile in a mock Security Council session on water rights."
        ],
    )
    assert "diplomacy" not in club, club


def test_the_real_council_after_it_still_counts(nlp, themes):
    (club,) = article(
        themes,
        nlp,
        "Students win awards",
        [
            "The Model United Nations club meets on Tuesdays. The UN Security Council will vote on Friday on a "
            "resolution backed by France and Brazil to send envoys to the talks."
        ],
    )
    assert "diplomacy" in club, club


def test_only_the_sentence_that_names_the_simulation_is_masked(nlp):
    doc = nlp("The Model UN club met. The UN envoy flew to Geneva.")
    assert [doc[start:end].text for start, end in simulations(doc)] == ["The Model UN club met."]
