"""Names built right on the real pipeline (texts of our own): an occupation written as a title before a full name whose
surname has a capital inside ("Volunteer Ian MacAskill") is no part of it, and a federal department whose name joins
two fields with "and" before "Canada" is named whole, not from its last field."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_an_occupation_before_a_surname_with_a_capital_inside_is_no_part_of_the_name(nlp):
    rows = said_by(
        nlp,
        f"Volunteer Ian MacAskill, a retired bus driver from Arnprior, comes every spring. {L}It keeps me honest,{R} "
        "he says.",
        "Coach Dana LeBlanc said the team would train indoors until the ice was ready.",
    )
    assert [speaker for speaker, _ in rows] == ["Ian MacAskill", "Dana LeBlanc"]


def test_a_department_joining_two_fields_with_and_is_named_whole(nlp):
    rows = said_by(
        nlp,
        "Environment and Climate Change Canada, which runs the weather station, said in a statement that the readings "
        "are sound.",
        "Women and Gender Equality Canada said the fund would open in May.",
    )
    assert [speaker for speaker, _ in rows] == [
        "Environment and Climate Change Canada",
        "Women and Gender Equality Canada",
    ]


def test_two_places_joined_by_and_are_no_department(nlp):
    rows = said_by(nlp, "Officials from Britain and Canada said the talks would resume.")
    assert [speaker for speaker, _ in rows] == [""]
