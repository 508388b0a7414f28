"""The people an event brings in, as a group ("speakers warned", "panelists argued", "attendees said"), are an
unnamed source (quotes/lexicon.py, PEOPLE_NOUNS). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_speakers_at_a_forum_are_an_unnamed_group(nlp):
    found = profiles_of(
        nlp, "Shipping could be halted for weeks, speakers warned on Saturday at the Tidewater Security Dialogue."
    )
    assert found == [("", "unnamed", "")]


def test_speakers_opening_a_sentence_are_no_institution(nlp):
    found = profiles_of(nlp, "Speakers said that the strait could be closed within days.")
    assert found == [("", "unnamed", "")]
