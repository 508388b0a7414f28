"""A finite cue left without a subject because the parser hung the apposition or relative clause after the speaker on
the cue ("Ivo Marsh, a Dunmore, Ore., rabbi helping to plan the march, said …"): the name that opens the clause
speaks, and the aside is no part of what was said (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_an_apposition_with_a_participle_taken_for_a_clause_of_the_cue_leaves_the_name_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Ivo Marsh, a Dunmore, Ore., rabbi helping to plan the march, said the city council should listen to the "
        "families.",
    )
    assert rows == [("Ivo Marsh", "the city council should listen to the families")]


def test_a_relative_clause_after_an_adverb_taken_for_a_clause_of_the_cue_leaves_the_name_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Tomas Brenn, meanwhile, who sits on the ferry board, said the vote tells you which of the two towns is "
        "ready to pay.",
    )
    assert rows == [("Tomas Brenn", "the vote tells you which of the two towns is ready to pay")]


def test_a_relative_clause_taken_for_the_first_of_two_clauses_of_the_cue_is_not_what_was_said(nlp):
    rows = said_by(
        nlp, "Ruth Calder, meanwhile, who sits at the bottom of the poll, said the figures tell their own story."
    )
    assert rows == [("Ruth Calder", "the figures tell their own story")]
