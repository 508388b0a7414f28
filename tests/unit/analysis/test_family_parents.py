"""A "his mother" / "her father" whose sentence ties the child to a family by its plural name ("The Darwishes'
eldest") is the one named member of that family with the parent's gender (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_FAMILY = (
    "A year ago, Hassan and Mariam Darwish arrived in Moncton with two children. Today Hassan Darwish repairs boilers "
    "and Mariam Darwish studies nursing."
)


def test_his_mother_of_the_family_s_eldest_is_the_woman_of_that_family(nlp):
    rows = said_by(
        nlp,
        _FAMILY,
        "The Darwishes\u2019 eldest, Karim, 14, plays hockey and wants to be a goalie, his mother says. "
        f"{L}He sleeps in his pads,{R} she says.",
    )
    assert [speaker for speaker, _ in rows] == ["Mariam Darwish", "Mariam Darwish"]


def test_his_father_of_the_family_s_eldest_is_the_man_of_that_family(nlp):
    rows = said_by(nlp, _FAMILY, "The Darwishes\u2019 eldest, Karim, 14, wants to be a goalie, his father says.")
    assert [speaker for speaker, _ in rows] == ["Hassan Darwish"]


def test_his_mother_with_no_family_named_in_the_sentence_stays_unnamed(nlp):
    rows = said_by(nlp, _FAMILY, "A neighbour's boy, Karim, 14, wants to be a goalie, his mother says.")
    assert [speaker for speaker, _ in rows] == [""]
