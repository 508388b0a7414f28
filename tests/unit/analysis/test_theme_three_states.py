"""Three states told as a trio are diplomacy's word, as "three countries" and "two governments" are ("a body set up by
the three states", "the three governments agreed"): a story of relations carries the paragraph that names them. A
trio that is no set of states ("the three stages of the plan", "three state schools") stays without it. Fictional
texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

LEAD = (
    "Tunisia summoned Algeria's ambassador on Tuesday over wells drilled near the border into the aquifer the two "
    "neighbours share with Libya."
)


@pytest.mark.parametrize(
    "text",
    [
        "A consultation body set up by the three states to share data on the basin has not met since 2019.",
        "The three governments agreed in 2008 to warn one another before drilling new wells.",
    ],
)
def test_three_states_in_a_story_of_relations_are_diplomacy(themes, nlp, text):
    assert "diplomacy" in article(themes, nlp, "Tunisia summons envoy over wells", [LEAD, text])[1]


@pytest.mark.parametrize(
    "text",
    [
        "The district's three state schools will share one head teacher from September.",
        "The plan has three stages, and the first, a survey of the wells, begins in May.",
    ],
)
def test_a_trio_that_is_no_set_of_states_is_no_diplomacy(themes, nlp, text):
    assert "diplomacy" not in article(themes, nlp, "Village news", [text])[0]
