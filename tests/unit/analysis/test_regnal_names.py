"""A traditional ruler named with a style and the number of the stool (texts of our own): the name and its number
are one person, the style no part of the name, and a later mention by the style and part of the name is the same
person."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_chief_named_with_style_and_number_speaks_under_one_name(nlp):
    rows = said_by(
        nlp,
        "The paramount chief of the Dwenase Traditional Area, Nana Kwabena Asare Boakye II, received the delegation "
        "at his palace. He lamented that the new market at Dwenase had stood empty for a year.",
        "“We gave the land freely and we expect the assembly to keep its word,” Nana Asare Boakye said.",
    )
    assert {speaker for speaker, _ in rows} == {"Kwabena Asare Boakye II"}


def test_an_oba_named_without_number_is_a_person(nlp):
    rows = said_by(
        nlp,
        "Oba Adetokunbo Olaniyan said the festival at Ilemo would go ahead in March despite the floods.",
    )
    assert rows[0][0] == "Adetokunbo Olaniyan"


def test_a_hospital_named_after_a_chief_stays_a_body(nlp):
    rows = said_by(nlp, "The Nana Kwabena Boakye Hospital said it had run out of beds after the crash at Dwenase.")
    assert [speaker for speaker, _ in rows] == ["Nana Kwabena Boakye Hospital"]
