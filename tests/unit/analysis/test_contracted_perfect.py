"""A perfect tense with a contracted "has" that the parser reads as a passive ("She's said she will …" as "She is
said …"): its subject spoke, and the clause is what was said (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by

_INTRO = "Nora Vance has chaired the Alder Bay ferry board for a decade."


def test_a_contracted_has_before_a_cue_and_a_clause_is_a_perfect_tense(nlp):
    rows = said_by(nlp, _INTRO, "She's said she'll fight the fare rise all the way to the council.")
    assert rows == [("Nora Vance", "she'll fight the fare rise all the way to the council")]


def test_a_typographic_apostrophe_is_read_the_same_way(nlp):
    rows = said_by(nlp, _INTRO, "She\u2019s argued that the fares are too high for families.")
    assert rows == [("Nora Vance", "the fares are too high for families")]


def test_a_real_passive_of_a_cue_says_nothing(nlp):
    assert said_by(nlp, _INTRO, "The ferry is said to be the oldest in the province.") == []
    assert said_by(nlp, _INTRO, "It's called the Harbour Line.") == []


def test_a_person_who_has_called_for_something_with_a_contracted_has_spoke(nlp):
    paragraph = (
        "Other than Senator Ola Brandt, who's called for 3,000 more wardens split between the two ports, the "
        "candidates aren't offering specifics."
    )
    assert said_by(nlp, paragraph) == [("Ola Brandt", "3,000 more wardens split between the two ports")]
    rows = said_by(nlp, _INTRO, "She's called for a ban on night crossings in the bay.")
    assert rows == [("Nora Vance", "a ban on night crossings in the bay")]


def test_what_is_called_for_with_a_contracted_is_says_nothing(nlp):
    assert said_by(nlp, _INTRO, "That's what's called for in the harbour plan this year.") == []
