"""A war's course told in its stock phrases (the nineteenth round of mends, on the known misses by pattern): forces
pulled back from the front, a tide not turned, nothing changed on the ground, ships within so many nautical miles.
Weak alone, they take the military theme in an article about war and none in a story of sport, an election or a
market. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_truce_that_pulls_forces_back_from_the_front_goes_on_with_the_war(themes, nlp):
    found = article(
        themes,
        nlp,
        "Truce Agreed After Months Of Fighting In Hill Province",
        [
            "Government troops and rebel fighters agreed on Friday to stop shelling each other's positions in the hill "
            "province of Varna after four months of fighting that killed hundreds.",
            "Under the plan, both sides are to pull back 5 km from the front and swap prisoners by June.",
        ],
    )
    assert "military" in found[1]


def test_a_tide_not_turned_and_nothing_changed_on_the_ground_go_on_with_the_war(themes, nlp):
    found = article(
        themes,
        nlp,
        "Hired Fighters Fail To Halt Insurgents In The North",
        [
            "Insurgents killed 30 soldiers in an ambush on an army convoy near the northern town of Kessa on Monday, "
            "the third such attack this month.",
            "Foreign fighters hired by the government last year have been deployed across the region.",
            "They have not turned the tide, officials in the capital admit.",
            "'Nothing has changed on the ground,' said a teacher in Kessa.",
        ],
    )
    assert "military" in found[2]
    assert "military" in found[3]


def test_warships_within_so_many_nautical_miles_go_on_with_a_naval_standoff(themes, nlp):
    found = article(
        themes,
        nlp,
        "Navy Shadows Foreign Destroyers Off Southern Coast",
        [
            "The navy sent two frigates on Tuesday to shadow three foreign destroyers and a supply ship sailing off "
            "the southern coast, the defence ministry said.",
            "Helicopters from the ships came within 15 nautical miles of the shore.",
        ],
    )
    assert "military" in found[1]


def test_the_same_phrases_in_a_match_an_election_or_a_market_are_no_war(themes, nlp):
    match = article(
        themes,
        nlp,
        "Rovers Fight Back To Beat City",
        [
            "Rovers came from two goals down to beat City 3-2 on Saturday, with their striker scoring twice after "
            "half-time.",
            "The substitutes turned the tide, the coach said, and the defenders pulled back from the front of the box.",
        ],
    )
    assert "military" not in match[1]
    election = article(
        themes,
        nlp,
        "Opposition Leads In Final Poll",
        [
            "The opposition candidate leads the governor by six points a week before the election, a poll showed.",
            "Her campaign says volunteers on the ground have knocked on a million doors.",
        ],
    )
    assert "military" not in election[1]
    sailing = article(
        themes,
        nlp,
        "Yacht Race Leaders Round The Cape",
        [
            "The leading yachts rounded the cape on Thursday in strong winds, the race organisers said.",
            "The two boats at the front were within 3 nautical miles of each other.",
        ],
    )
    assert "military" not in sailing[1]
