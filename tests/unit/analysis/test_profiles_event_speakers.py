"""The people an event brings in, as a group ("panellists argued", "attendees said"), are an unnamed source
(quotes/lexicon.py, PEOPLE_NOUNS). "Speakers" is left out: meetings coverage sums up a debate by it ("with speakers
urging the parties to …"), which is no one's statement. Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_panellists_at_a_forum_are_an_unnamed_group(nlp):
    found = profiles_of(
        nlp, "Shipping could be halted for weeks, panellists warned on Saturday at the Tidewater Security Dialogue."
    )
    assert found == [("", "unnamed", "")]


def test_attendees_of_an_event_are_an_unnamed_group(nlp):
    found = profiles_of(nlp, "Nearly all the attendees said that the strait could be closed within days.")
    assert found == [("", "unnamed", "")]
