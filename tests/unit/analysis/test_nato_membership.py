"""Themes of a pattern that the blind batches got wrong in three or more batches: a state named by its membership of
the alliance ("Norway, a NATO member, said ...", "other NATO allies", "their partners in NATO") names the alliance as a
body of states, a relation between them, not its arms, even in a story of arms; the alliance acting with arms is
still war. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

TITLE = "EU Lists Firms Over Drone Parts"
LEAD = (
    "The European Union added 14 firms to its sanctions list on Monday for supplying drone engines and missile parts "
    "to Russia's army, officials said."
)


@pytest.mark.parametrize(
    "text",
    [
        "Norway, a NATO member, said none of the two Norwegian firms named in the list had broken its laws.",
        "Denmark and other NATO allies have expelled more than 60 Russian diplomats since the spring.",
        "The foreign ministry in Moscow said the governments had acted to please their partners in NATO.",
    ],
)
def test_a_state_named_by_its_membership_of_nato_is_diplomacy_not_war(themes, nlp, text):
    found = article(themes, nlp, TITLE, [LEAD, text])
    assert found[1] == ["diplomacy"], found


def test_the_alliance_acting_with_arms_is_still_war(themes, nlp):
    text = "NATO sent four fighter jets and 300 troops to Lithuania on Monday to guard its airspace, the alliance said."
    found = article(themes, nlp, TITLE, [LEAD, text])
    assert "military" in found[1], found
