"""A "they" after a coordinated subject stands for that group, not for a body that spoke before it
(coordinated_groups.py)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_they_after_a_coordinated_subject_is_that_group_not_the_body_before(nlp):
    rows = quote_rows_of(
        nlp,
        "Ostrava Health says in a statement that it funds the clinic. The mayor and council of Pine Hollow pushed "
        "for the clinic for years. They say care close to home is a matter of dignity.",
    )
    last = rows[-1]
    assert (last["speaker"], last["speaker_kind"]) == ("", "unnamed")
    assert "council" in last["role"]


def test_they_after_a_single_body_still_goes_to_the_body_that_spoke(nlp):
    rows = quote_rows_of(
        nlp,
        "The Harbor Pilots' Guild says the tax is unfair. Its members met on Monday night. They say the tax will "
        "hurt young pilots most.",
    )
    assert rows[-1]["speaker"] == "Harbor Pilots' Guild"
