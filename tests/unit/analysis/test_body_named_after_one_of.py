"""A body named after "one of" the bodies a person noun speaks for (texts of our own): "A spokesman for one of the
groups, X Fund, said" is an unnamed spokesman of X Fund, which the parser hung on "spokesman" and the cast took for
his name; a person's name set off there stays the person's."""

from __future__ import annotations

from tests.quoting import L, R, profiles_of


def test_a_group_named_after_one_of_the_groups_is_the_spokesmans_body(nlp):
    rows = profiles_of(
        nlp,
        f"A spokesman for one of the groups, Hearth Action Fund, said only that it was {L}reviewing its plans for the "
        f"fall.{R}",
    )
    assert rows == [("", "unnamed", "Hearth Action Fund")]


def test_a_company_named_after_one_of_the_companies_is_the_spokeswomans_body(nlp):
    rows = profiles_of(
        nlp, "A spokeswoman for one of the companies, Pellworth Freight Lines, said the trucks would return on Monday."
    )
    assert rows == [("", "unnamed", "Pellworth Freight Lines")]


def test_a_persons_name_after_one_of_the_groups_stays_the_persons(nlp):
    rows = profiles_of(nlp, "A spokesman for one of the groups, Tomas Dunstable-Ray, said the march would go ahead.")
    assert [speaker for speaker, _, _ in rows] == ["Tomas Dunstable-Ray"]
