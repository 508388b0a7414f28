"""A given name and a hyphen-joined surname the recogniser took for a place ("Coun. Marguerite" + "Vasquez-Thorold, who
…" a place) are one person, as when it takes the surname for an organisation, only where a person's sign stands
around it (given_before_hyphen.py): ", who" after it, a title before the given name or a person's description. A
joined place's name keeps its tag."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_councillor_whose_surname_was_taken_for_a_place_keeps_her_given_name(nlp):
    rows = said_by(
        nlp,
        "Coun. Marguerite Vasquez-Thorold, who moved the motion, said the park had become unsafe for the families "
        f"nearby. {L}Nobody in this chamber thinks a tent is a home,{R} she said. The councillor said the city would "
        "offer every resident a bed indoors.",
    )
    assert [s for s, _ in rows] == ["Marguerite Vasquez-Thorold"] * 3


def test_a_committee_chair_whose_surname_was_taken_for_a_place_keeps_her_given_name(nlp):
    rows = said_by(nlp, "Coun. Marguerite Vasquez-Thorold, who chairs the committee, said the rink would close.")
    assert rows == [("Marguerite Vasquez-Thorold", "the rink would close")]


def test_a_joined_place_after_a_word_that_is_no_given_name_stays_a_place(nlp):
    rows = said_by(nlp, "Residents of Baden-Württemberg, who voted on Sunday, said the result was clear.")
    assert [s for s, _ in rows] == [""]
