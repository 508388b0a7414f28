"""A "former regulator" set beside a person is one who held a post, no body named as their affiliation, and by
GUIDELINES a former official speaks as an expert (described_bodies)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_former_regulator_is_an_expert_of_no_body(nlp):
    text = "Marit Solheim-Berg, a former regulator, said the rules had been written for an older kind of medicine."
    assert profiles_of(nlp, text) == [("Marit Solheim-Berg", "analyst", "")]
