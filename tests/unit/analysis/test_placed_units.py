"""A role whose phrase ends in a unit of a country named with "of" ("the mayor of the town of Y, Ana Ruiz,"): the
parser hangs the name set beside the role on the unit's name, and the person is still the holder of the role, with
its kind (fictional people and places)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor of the town of Ostervik, Pella Strand, said the bridge would close for a month.",
        "The mayor of the city of Ostervik, Pella Strand, told reporters the bridge would close for a month.",
    ],
)
def test_a_mayor_named_after_the_unit_of_the_role_is_an_official(nlp, paragraph):
    [(speaker, kind, _)] = profiles(nlp, paragraph)
    assert (speaker, kind) == ("Pella Strand", "official")
