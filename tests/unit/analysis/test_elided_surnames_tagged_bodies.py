"""A given name and a surname that opens with an elided particle, tagged an organisation ("Brian d’Aigle"), are a
person (given_named_people): the speaker is a person, not an institution, and "he" after him is him."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_name_with_an_elided_particle_is_a_person(nlp):
    rows = profiles_of(
        nlp,
        "Brian d’Aigle said the price was too low to cover his fuel. He said he would keep his boat tied up this week.",
    )
    assert rows == [("Brian d’Aigle", "other", ""), ("Brian d’Aigle", "other", "")]
