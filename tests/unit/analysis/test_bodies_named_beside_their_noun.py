"""A body a description names by its noun and then by its name (texts of our own): "who heads the Brazilian low-cost
carrier Azulinha" ties the person to Azulinha, however the recogniser tagged the name, not to "Brazilian low-cost
carrier"."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize("noun", ["Brazilian low-cost carrier", "Brazilian carrier", "Chilean state airline"])
def test_the_name_beside_a_bodys_noun_is_the_affiliation(nlp, noun):
    text = f"Gloria Mendes, who heads the {noun} Azulinha, said lessors were charging twice what they charged in 2019."
    assert profiles_of(nlp, text) == [("Gloria Mendes", "other", "Azulinha")]
