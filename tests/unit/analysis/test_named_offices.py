"""An office the article named in full speaks under that name when it is later called by its owner's role
(offices.py): "the sheriff's office said" after the county sheriff's office was named."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_sheriffs_office_named_before_is_the_one_its_role_calls(nlp):
    rows = said_by(
        nlp,
        "Deputies with the Marrow County Sheriff’s Office searched the quarry on Saturday.",
        "A second hiker was found in a ravine near the quarry road, the sheriff’s office said.",
    )
    assert rows == [("Marrow County Sheriff’s Office", "A second hiker was found in a ravine near the quarry road")]


def test_whose_office_speaks_for_the_one_its_clause_describes(nlp):
    """ "said the public advocate, whose office has filed a brief asking …": "whose office" is no body named "whose
    office"; it speaks for the public advocate, who says the quotation after it too."""
    rows = said_by(
        nlp,
        "Harriet Quillon-Maddox, the county’s public advocate, testified for two hours on Monday.",
        f"{L}The numbers do not add up,{R} said the public advocate, whose office has filed a brief asking the board "
        f"to reject the plan. {L}Not one of them.{R}",
    )
    assert {speaker for speaker, _ in rows} == {"Harriet Quillon-Maddox"}
