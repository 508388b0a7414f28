"""An office the article named in full speaks under that name when it is later called by its owner's role
(offices.py): "the sheriff's office said" after the county sheriff's office was named."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_sheriffs_office_named_before_is_the_one_its_role_calls(nlp):
    rows = said_by(
        nlp,
        "Deputies with the Marrow County Sheriff’s Office searched the quarry on Saturday.",
        "A second hiker was found in a ravine near the quarry road, the sheriff’s office said.",
    )
    assert rows == [("Marrow County Sheriff’s Office", "A second hiker was found in a ravine near the quarry road")]
