"""Themes of the mends made after the twenty-eighth probe batch: a town's coat of arms bears no arms, and what comes
"like an invasion" is no army.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_coat_of_arms_and_an_invasion_of_a_simile_take_no_war(themes, nlp):
    parade = [
        "Three hundred lanterns carried through Vesterby on Saturday night formed the town's coat of arms, a "
        "crowned herring, above the old market square.",
        '"It felt like an invasion of glow-worms," said a baker who watched from his doorway.',
    ]
    found = article(themes, nlp, "Lantern Parade Lights Up Old Town", parade)
    assert all("military" not in verdict for verdict in found), found


def test_arms_of_war_still_count(themes, nlp):
    sale = ["Norland agreed on Monday to sell arms worth 2 billion crowns to Ostland, including tanks and rockets."]
    assert "military" in article(themes, nlp, "Norland To Sell Arms To Ostland", sale)[0]
