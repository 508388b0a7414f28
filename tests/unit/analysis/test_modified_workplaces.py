"""A workplace named after the noun of its kind with a city before that noun ("at the Oslo think tank X") is the
body named, not the city (fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("sentence", "speaker", "affiliation"),
    [
        (
            "Marta Velsen, a researcher at the Oslo think tank Nordlys Forum, said the vote would change little.",
            "Marta Velsen",
            "Nordlys Forum",
        ),
        (
            "Camila Soto, a conflict analyst at the Quito think tank Fundación Andes Libres, said the rebels would "
            "return to the table.",
            "Camila Soto",
            "Fundación Andes Libres",
        ),
        (  # the city a compound of "tank", the name cut by the recogniser at "y"
            "Camilo Rojas, a conflict analyst at the Cali think tank Fundación Paz y Territorio, said the rebels would "
            "return.",
            "Camilo Rojas",
            "Fundación Paz y Territorio",
        ),
    ],
)
def test_a_body_named_after_a_city_and_its_kind_is_the_workplace(nlp, sentence, speaker, affiliation):
    assert (speaker, "analyst", affiliation) in profiles_of(nlp, sentence)


def test_a_body_named_with_no_city_before_its_kind_stays_as_it_was(nlp):
    sentence = "Idris Kanu, an economist at the Lagos-based think tank Delta Policy Hub, said inflation would ease."
    assert ("Idris Kanu", "analyst", "Delta Policy Hub") in profiles_of(nlp, sentence)
