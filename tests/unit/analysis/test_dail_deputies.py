""" "TD", a member of the Dáil, is a legislator's title like "MP" (lexicon, titles_alone): "the Independent TD for
Sligo, X," is X, and "the Sinn Féin TD said" an unnamed member of that party. The bank of the same letters, named
alone, stays a company."""

from __future__ import annotations

from tests.quoting import profiles_of, said_by


def test_a_deputy_named_after_the_title_and_the_constituency_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "The Green Party’s Orla Whelan said the council would table its own plan if the bypass was not funded by "
        "March, while the Independent TD for Sligo, Fiachra Costello-Dunne, said he had been ‘raising this in the "
        "chamber for three winters’.",
    )
    assert [speaker for speaker, _ in rows] == ["Orla Whelan", "Fiachra Costello-Dunne"]


def test_a_partys_deputy_left_unnamed_is_an_unnamed_member_of_the_party(nlp):
    rows = profiles_of(nlp, "Speaking in the Dáil, the Sinn Féin TD said the ferry to the islands was always late.")
    assert rows == [("", "unnamed", "Sinn Féin")]


def test_the_bank_of_the_same_letters_stays_a_company(nlp):
    rows = profiles_of(nlp, "Shares in TD fell after the bank said its quarterly profits would drop.")
    assert rows == [("TD", "institution", "")]
