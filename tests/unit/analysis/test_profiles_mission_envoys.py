""" "X's mission to the United Nations … Its ambassador, Y, said": the envoy's "its" means the state's mission named
as the subject of the sentence before, not the body it is sent to, named last. Fictional statements throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_its_ambassador_after_a_states_mission_to_a_body_is_the_missions(nlp):
    rows = profiles_of(
        nlp,
        "Peru's mission to the World Trade Organization had sent a note on the fishing subsidies to every member.",
        "Its ambassador, Rosa Quispe Huamán, said the note was meant to open talks, not to end them.",
    )
    assert rows == [("Rosa Quispe Huamán", "official", "Peru's mission to the World Trade Organization")]  # was WTO


def test_its_ambassador_after_the_body_itself_stays_the_bodys(nlp):
    rows = profiles_of(
        nlp,
        "The European Union had sent a note on the fishing subsidies to every member of the trade body.",
        "Its ambassador, Rosa Quispe Huamán, said the note was meant to open talks, not to end them.",
    )
    assert rows == [("Rosa Quispe Huamán", "official", "European Union")]
