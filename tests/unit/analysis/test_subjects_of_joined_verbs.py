"""A cue the parser left without a subject of its own when it joined it to another verb: the passive verb at the
root ("Ada Brenn was pushed into … and said …") or the first verb of a series that it took for a clause of the cue
("Ann Dorsey is happy to be …, says she warned …"); that verb's subject speaks (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_cue_joined_to_a_passive_verb_at_the_root_has_the_passive_subject_for_speaker(nlp):
    rows = said_by(
        nlp,
        "By Friday evening, Mayor Ada Brenn was pushed into an awkward retreat and said that her words had been "
        "misread.",
    )
    assert rows == [("Ada Brenn", "her words had been misread")]


def test_a_cue_joined_to_a_passive_verb_with_an_agent_keeps_the_passive_subject_too(nlp):
    rows = said_by(
        nlp, "Councillor Ivo Marsh was booed by the crowd and argued that the ferry fare should stay as it is."
    )
    assert rows == [("Ivo Marsh", "the ferry fare should stay as it is")]


def test_a_cue_after_a_first_verb_taken_for_its_clause_has_that_verb_s_subject_for_speaker(nlp):
    rows = said_by(nlp, 'Ann Dorsey is happy to be the county\'s "steady hand," says she warned about the storm.')
    assert rows == [("Ann Dorsey", "she warned about the storm")]


def test_a_series_of_verbs_ending_in_a_cue_has_the_first_verb_s_subject_for_speaker(nlp):
    rows = said_by(
        nlp,
        'Tom Reyes pledged to be "the greatest harbour master the town ever had" and cast doubt on the official '
        "count of 40 boats, suggested that the real number could be as high as 90.",
    )
    assert rows[-1] == ("Tom Reyes", "the real number could be as high as 90")  # after what he pledged


def test_a_clause_before_an_inverted_cue_is_what_was_said_not_a_first_verb(nlp):
    rows = said_by(
        nlp,
        "He also helped pick the design of the new pier, said a former aide to the harbour board, Lena Vos, who "
        "later ran for the council the mayor helped found.",
    )
    assert [speaker for speaker, _ in rows] == ["Lena Vos"]
