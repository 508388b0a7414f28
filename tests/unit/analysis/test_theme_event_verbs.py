"""A vote told in the lead as a deed ("The council voted", "adopted a resolution") and a mission named in the lead or
as its observers, continued by later paragraphs that refer back to them ("The vote was", "Resolutions of the
council", "The mission's leader"), on the real spaCy pipeline with the shipped themes file. All texts are fictional."""

from __future__ import annotations

from tests.theming import article


def test_a_vote_told_as_a_deed_is_continued_by_the_vote_and_its_kind(themes, nlp):
    found = article(
        themes,
        nlp,
        "Council Renews Monitors In Lake Region",
        [
            "The UN Security Council voted on Tuesday to renew its monitoring force in the lake region for six months.",
            "The vote was 12 in favour, with three abstentions.",
            "Votes of the council bind all members, unlike those of the assembly.",
        ],
    )
    assert "diplomacy" in found[1] and "diplomacy" in found[2]


def test_a_resolution_adopted_is_continued_by_the_vote(themes, nlp):
    found = article(
        themes,
        nlp,
        "Assembly Calls For Talks Over Island Chain",
        [
            "The UN General Assembly adopted a resolution on Monday urging Norland and Estovia to resume talks over "
            "the island chain.",
            "The vote carries no legal force but shows how isolated Norland has become.",
        ],
    )
    assert "diplomacy" in found[1]


def test_a_vote_in_a_story_about_a_campaign_carries_nothing(themes, nlp):
    found = article(
        themes,
        nlp,
        "Mayor Wins Second Term",
        [
            "Voters in Harwick voted on Sunday to give the mayor a second term.",
            "The vote was 12,000 to 9,000.",
        ],
    )
    assert found[1] == []


def test_observers_in_the_lead_are_continued_by_the_mission(themes, nlp):
    found = article(
        themes,
        nlp,
        "Bloc's Observers Fault Count In Island Poll",
        [
            "Observers from the Southern African bloc SADC said on Wednesday that results from many polling stations "
            "in Saturday's presidential poll in Tarveni could not be verified.",
            "The mission's leader, a former foreign minister of Lesotra, said some tally sheets had been altered.",
        ],
    )
    assert "diplomacy" in found[1]
