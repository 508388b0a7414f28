"""What was said after the occasion of a cue, where the parser hung the "that" clause on the occasion's noun ("told
reporters on arrival that …", "told reporters at the daily briefing that …"), and a noun's own clause that stays
unsaid (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_that_clause_hung_on_an_arrival_is_what_was_told(nlp):
    rows = said_by(
        nlp,
        "German Defence Minister Odalys Brennecke told reporters on arrival that Germany would deliver two more radar "
        "systems in the spring.",
    )
    assert rows == [("Odalys Brennecke", "Germany would deliver two more radar systems in the spring")]


def test_a_that_taken_for_the_subject_of_a_clause_with_its_own_subject_is_what_was_told(nlp):
    rows = said_by(
        nlp,
        "Ilse Varga, spokeswoman for the secretary-general, told reporters at the daily briefing that the "
        "secretary-general took note of the vote in Halden.",
    )
    assert rows == [("Ilse Varga", "the secretary-general took note of the vote in Halden")]


def test_the_clause_of_a_noun_that_holds_content_is_still_not_what_was_told(nlp):
    rows = said_by(nlp, "Odalys Brennecke told reporters about the rumour that Vostria would ship more grain.")
    assert rows == []
