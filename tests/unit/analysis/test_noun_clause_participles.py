"""A participle of speech hung on the clause of a noun ("rejected claims that …, telling TDs …") is the main
subject's (noun_clause_participles.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_participle_hung_on_the_clause_of_a_noun_is_the_main_subjects(nlp):
    said = said_by(
        nlp,
        "The Taoiseach, Padraig Keogh, has rejected opposition claims that the Government misled the Dáil over the "
        "cost of the new bypass in Sligo, telling TDs that every figure had been ‘audited and published’.",
    )
    assert said == [("Padraig Keogh", "every figure had been ‘audited and published’")]
