"""A description by the kind of a business named before and a keeper's noun ("says the motel owner" after the
Loonsong Motel was named) is a person tied to the business, not the business: the person the sentence before was
about, or someone unnamed (business_keepers.py)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("opening", "description"),
    [
        ("Tamsin Okonkwo-Reid was unlocking the Loonsong Motel, which housed firefighters all summer.", "motel owner"),
        ("Tamsin Okonkwo-Reid was sweeping the floor of the Copperkettle Bakery on Monday.", "bakery owner"),
    ],
)
def test_the_keeper_of_a_business_is_the_person_before(nlp, opening, description):
    rows = said_by(nlp, f"{opening} {L}They went straight to sleep in their boots,{R} says the {description}.")
    assert [speaker for speaker, _ in rows] == ["Tamsin Okonkwo-Reid"]


def test_a_manager_of_an_inn_is_not_the_inn(nlp):
    rows = said_by(
        nlp,
        f"Tamsin Okonkwo-Reid was counting the chairs at the Harrowgate Inn on Monday. {L}We are full until "
        f"October,{R} says the inn manager.",
    )
    assert "Harrowgate Inn" not in [speaker for speaker, _ in rows]


def test_a_keeper_no_one_was_named_before_is_unnamed(nlp):
    rows = said_by(
        nlp,
        f"The Loonsong Motel housed firefighters all summer. {L}They went straight to sleep in their boots,{R} says "
        "the motel owner.",
    )
    assert [speaker for speaker, _ in rows] == [""]
