"""A state claiming land or waters is a relation between states even when no other state is named (see
themes/claims.py); a firm, a player or a group that claims something is none. Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes.claims import claimed
from tests.theming import article


def test_a_state_claiming_land_or_waters_is_found_and_others_claims_are_not(nlp):
    for text in [
        "Vietnam claims nearly all of the archipelago.",
        "The ferry route passes near the shoal that Malaysia claims.",
        "The talks never touched on Ecuador's claim to the islands.",
    ]:
        assert claimed(nlp(text)), text
    for text in [
        "The company claims the field holds 2 billion barrels of oil.",
        "Farmers claim the land belonged to their grandparents.",
        "Her lawyer claimed the border guards had beaten her.",
        "Chile claimed victory in the final.",
    ]:
        assert not claimed(nlp(text)), text


def test_a_claim_continues_a_story_of_rival_states_at_sea(themes, nlp):
    labels = article(
        themes,
        nlp,
        "Vietnam Protests Chinese Survey Ship",
        [
            "Vietnam's foreign ministry summoned China's ambassador on Friday over a survey ship working off its "
            "southern coast.",
            "Vietnam claims nearly all of the archipelago.",
        ],
    )
    assert "diplomacy" in labels[1]
    labels = article(
        themes,
        nlp,
        "Storm Closes Ferry Route",
        [
            "A storm closed the ferry route to the islands on Friday, stranding 400 tourists.",
            "Farmers claim the land on the north shore flooded for the first time in decades.",
        ],
    )
    assert "diplomacy" not in labels[1]


def test_land_claimed_by_states_counted_rather_than_named_is_a_claim(nlp):
    for text in [
        "The shoal, a strip of sand that appeared after the storms of 1988, is fished by crews from both shores and "
        "claimed by both countries.",
        "Both nations claim the reef and the waters around it.",
    ]:
        assert claimed(nlp(text)), text
    for text in [
        "The meadow is grazed by herds from both villages and claimed by both families.",
        "Both teams claimed the island's trophy after the regatta.",
    ]:
        assert not claimed(nlp(text)), text
