"""A second cue joined with ", and" to a first one whose reported clause ends in a clause with a subject of its own
("It warned that its findings could change as the investigation went on, and said …"): the clause is part of what
the first speaker said, so the second cue is that speaker's, not the subject of the clause before the "and".
Fictional texts."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_cue_joined_after_a_reported_clause_with_a_subordinate_clause_is_the_first_speakers(nlp):
    rows = said_by(
        nlp,
        "The Harrowgate Port Authority said the channel would stay shut for a week. It warned that its findings were "
        "preliminary and could change as the survey went on, and said a full report was expected within a month.",
    )
    assert ("", "a full report was expected within a month") not in rows
    assert ("Harrowgate Port Authority", "a full report was expected within a month") in rows


def test_a_person_named_in_the_reported_clause_does_not_take_the_joined_cue(nlp):
    rows = said_by(
        nlp,
        "Lena Marwick-Soto said that the talks had stalled when the envoy left, and added that she still hoped for a "
        "deal by the summer.",
    )
    assert ("Lena Marwick-Soto", "she still hoped for a deal by the summer") in rows


def test_a_clause_hung_on_a_verb_that_says_nothing_still_gives_its_subject_the_cue(nlp):
    rows = said_by(
        nlp,
        "Those were the orders Tova Brennick gave herself on Friday, when a ranger knocked on her door in Pine Hollow, "
        "a village of 300 by the lake, and told her the road had washed out.",
    )
    assert ("Tova Brennick", "the road had washed out") not in rows
    assert ("", "the road had washed out") in rows
