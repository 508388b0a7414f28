"""A firm named after a trade a person may ply too, as the place someone heads or works at ("director of the pollster
Y"), is the person's organisation. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_director_of_a_pollster_named_after_its_trade_is_affiliated_to_it(nlp):
    found = profiles_of(
        nlp,
        "Carla Rojas, director of the pollster Encuestas Altiplano, said the final survey had been wrong by four "
        "points.",
    )
    assert found == [("Carla Rojas", "analyst", "Encuestas Altiplano")]
