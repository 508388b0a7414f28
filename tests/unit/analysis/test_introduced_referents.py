"""A bare description after a quotation stands for the person just introduced: the paragraph's one person, named in
the sentence before with a clause on what they did, or the subject of the last sentence of the paragraph before when
the quotation opens a paragraph that names no one (introduced_referents)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_one_person_introduced_in_the_sentence_before_is_the_description(nlp):
    said = said_by(
        nlp,
        "Corby’s only reply came from Tomas Reyne, who curled in a free kick on 58 minutes. “It’s one goal, it means "
        "nothing today,” the midfielder said.",
    )
    assert ("Tomas Reyne", "“It’s one goal, it means nothing today,”") in said


def test_the_subject_of_the_paragraph_before_is_the_description_opening_the_next(nlp):
    said = said_by(
        nlp,
        "Voters in the valley want lower taxes, Alan Pike said Monday.",
        "“They have told us so at every door,” the retired surgeon told a radio station.",
    )
    assert ("Alan Pike", "“They have told us so at every door,”") in said


def test_a_quotation_that_speaks_of_someone_as_he_is_not_by_him(nlp):
    """ "Police arrested X, who lives nearby. “He was always calm,” the neighbour said": the neighbour speaks of X."""
    said = said_by(
        nlp,
        "Police arrested Tom Briggs, who lives on the street, on Monday. “He was always calm,” the neighbour said.",
    )
    assert ("Tom Briggs", "“He was always calm,”") not in said


def test_a_person_the_article_gave_another_doers_word_is_someone_else(nlp):
    """ "Owen Pike, the town plumber, has …" then "“…,” says the retired engineer": an engineer is not the plumber."""
    said = said_by(
        nlp,
        "Ida Lowe, the town baker, has sold bread in Millbrook for forty years.",
        "“The ovens are older than I am,” says the retired engineer.",
    )
    assert ("Ida Lowe", "“The ovens are older than I am,”") not in said
