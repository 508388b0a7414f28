"""Themes of a pattern that the blind batches missed in three or more batches: two states, one of them acting as the
doer of a clause ("Japan paid for ...", "Thailand and Cambodia closed ..."), in a story of relations between states,
with no other theme and no word of relations of their own, tell how those states stand with each other. States that
are only places ("flights to Hanoi"), or a part of a thing ("Vietnam's captain"), and trade between them, keep their
verdict. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

TITLE = "Laos and Vietnam Renew Friendship Pact"
LEAD = [
    "VIENTIANE, Oct 2 - The leaders of Laos and Vietnam renewed a 25-year friendship treaty on Thursday during a state "
    "visit, pledging closer political ties and regular summits, the two foreign ministries said in a joint statement.",
    "The two presidents also agreed to open new consulates and to hold yearly talks between their foreign ministers, "
    "according to the statement.",
    "Diplomats in Hanoi said the visit was meant to reassure neighbours wary of Chinese influence in the region.",
]
END = ["The foreign ministers will meet again in March to prepare the next summit, the statement said."]


#: Paragraphs that name two states with no word of relations of their own: three with a state as the doer, then two
#: with states only as places or owners, and trade between them.
MIDDLE = [
    "Flights to Hanoi and Vientiane were delayed by storms on Thursday.",
    "Vietnam's captain said the team would travel to Laos next month.",
    "Japan paid for the new bridge over the Mekong at the edge of Laos.",
    "Vietnam returned 40 old manuscripts to Laos in 2019.",
    "Thailand and Cambodia closed their own border posts in 2020.",
]
TRADE = ["Laos sells most of its electricity to Thailand and Vietnam."]


def test_two_states_one_acting_in_a_story_of_relations_are_diplomacy(themes, nlp):
    found = article(themes, nlp, TITLE, LEAD + MIDDLE + END + TRADE)
    assert found[5:8] == [["diplomacy"]] * 3, found


def test_states_as_places_as_owners_or_in_trade_keep_their_verdict(themes, nlp):
    found = article(themes, nlp, TITLE, LEAD + MIDDLE + END + TRADE)
    assert found[3:5] == [[], []], found
    assert found[-1] == ["trade"], found


def test_two_states_acting_outside_a_story_of_relations_are_no_diplomacy(themes, nlp):
    found = article(
        themes,
        nlp,
        "Monsoon Floods Close Mekong Roads",
        [
            "Heavy monsoon rain flooded roads along the Mekong on Thursday, and several villages were cut off, local "
            "officials said.",
            "Japan paid for the new bridge over the Mekong at the edge of Laos.",
        ],
    )
    assert found[1] == [], found
