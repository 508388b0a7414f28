"""A body described first as a coalition of groups and named after them ("A coalition of civic groups, the Y, said")
speaks under its name, as an institution. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_coalition_named_after_its_members_speaks_under_its_name(nlp):
    found = profiles_of(
        nlp,
        "A coalition of 40 civil society groups, the Citizens' Election Watch, said its monitors had recorded ballot "
        "stuffing at 3 percent of polling stations.",
    )
    assert found == [("Citizens' Election Watch", "institution", "")]


def test_its_coordinator_after_the_coalition_spoke_is_the_coalitions_not_the_body_named_before(nlp):
    found = profiles_of(
        nlp,
        "The head of the African Union observer mission, Kofi Brenya, said the vote had been calm.",
        "A coalition of 40 civil society groups, the Citizens' Election Watch, said its monitors had recorded ballot "
        "stuffing at 3 percent of polling stations.",
        "Its coordinator, Adele Kponou, said the group would publish its findings next month.",
    )
    assert ("Adele Kponou", "other", "Citizens' Election Watch") in found
