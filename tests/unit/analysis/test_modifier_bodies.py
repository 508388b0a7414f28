"""A body named only to qualify a thing ("EU exports") is not what "its" means in the next sentence: the body the
sentence named as a whole is (modifier_bodies.py; fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Figures compiled by the Oderbruch Trade Institute, a research group in Frankfurt, show that EU exports of "
            "such goods to Georgia rose fivefold. Its head of research, Malte Quarnstedt-Ilves, noted that many of the "
            "goods never left the warehouses.",
            "Oderbruch Trade Institute",
        ),
        (
            "Figures from the Lindqvist Policy Centre in Oslo show that EU imports of Georgian steel doubled in two "
            "years. Its director, Ingrid Sollberg-Maas, said the rise would continue.",
            "Lindqvist Policy Centre",
        ),
    ],
)
def test_its_means_the_body_named_whole_not_one_that_qualifies_a_thing(nlp, paragraph, body):
    assert [affiliation for _, _, affiliation in profiles_of(nlp, paragraph)] == [body]


def test_its_means_a_qualifying_body_when_no_other_is_named(nlp):
    paragraph = (
        "Harwick Motors shares fell by a fifth on Tuesday. Its chief executive, Odile Brannagh-Serre, said the "
        "company would cut 400 jobs."
    )
    assert [affiliation for _, _, affiliation in profiles_of(nlp, paragraph)] == ["Harwick Motors"]
