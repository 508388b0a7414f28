"""A body described as a network or coalition of groups speaks as itself, an institution, whatever its name was taken
for; its member groups are no body it belongs to. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_network_of_civic_groups_speaks_as_an_institution(nlp):
    found = profiles_of(
        nlp,
        "Fair Count Veloria, a network of 23 civic groups, said in a statement that ballots had gone missing in two "
        "towns.",
    )
    assert found == [("Fair Count Veloria", "institution", "")]


def test_a_person_with_a_role_keeps_the_kind_the_role_gives(nlp):
    found = profiles_of(nlp, "Edda Marov, a coordinator of the Veloria Vote Network, said the count was slow.")
    assert found == [("Edda Marov", "other", "Veloria Vote Network")]
