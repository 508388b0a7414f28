"""A clause of coordinating a body ("X, who coordinates the tenants' network Y,") ties the person to it as one of
running it does ("who runs Y", quotes/works_at.py), and gives the role when none is given; coordinating an occasion
("who coordinated the talks") ties no one to anything. Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_one_who_coordinates_a_named_group_is_tied_to_it(nlp):
    found = profiles_of(
        nlp,
        "Ewa Sobczak, who coordinates the tenants' network Dom Razem in Lodz, said rents in the old town had "
        "doubled in three years.",
    )
    assert ("Ewa Sobczak", "other", "Dom Razem") in found


def test_one_who_coordinated_talks_is_tied_to_no_talks(nlp):
    found = profiles_of(
        nlp,
        "Oren Maclay-Shaw, who coordinated the talks in Geneva, said both delegations had agreed to meet again in May.",
    )
    assert found == [("Oren Maclay-Shaw", "other", "")]
