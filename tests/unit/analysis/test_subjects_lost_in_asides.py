"""A finite cue left without a subject because the parser hung the apposition or relative clause after the speaker on
the cue ("Ivo Marsh, a Dunmore, Ore., rabbi helping to organize the vigil, said …"): the name that opens the clause
speaks, and the aside is no part of what was said (real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_an_apposition_with_a_participle_taken_for_a_clause_of_the_cue_leaves_the_name_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Ivo Marsh, a Dunmore, Ore., rabbi helping to organize the vigil, said he and other rabbis were alarmed "
        "about the mayor's remarks.",
    )
    assert rows == [("Ivo Marsh", "he and other rabbis were alarmed about the mayor's remarks")]


def test_a_relative_clause_after_an_adverb_taken_for_a_clause_of_the_cue_leaves_the_name_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Tomas Brenn, meanwhile, who sits on the ferry board, said that fact speaks volumes about which of the two "
        "towns is ready to pay.",
    )
    assert rows == [("Tomas Brenn", "fact speaks volumes about which of the two towns is ready to pay")]


def test_a_relative_clause_taken_for_the_first_of_two_clauses_of_the_cue_is_not_what_was_said(nlp):
    rows = said_by(nlp, "Ruth Calder, meanwhile, who sits at zero such endorsements, said the numbers speak volumes.")
    assert rows == [("Ruth Calder", "the numbers speak volumes")]
