"""A participle of speech hung on the clause of a noun ("rejected claims that …, assuring TDs …") is the main
subject's (noun_clause_participles.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_participle_hung_on_the_clause_of_a_noun_is_the_main_subjects(nlp):
    said = said_by(
        nlp,
        "The Taoiseach, Padraig Keogh, has rejected opposition claims that the Government misled the Dáil over the "
        "bill for the new prison in Mullingar, assuring TDs that every euro was ‘accounted for’.",
    )
    assert [(speaker, quote[:26]) for speaker, quote in said] == [("Padraig Keogh", "every euro was ‘accounted ")]
