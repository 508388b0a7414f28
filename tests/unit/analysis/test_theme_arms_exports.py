"""Arms exports, the defence industry and export licences between states and their look-alikes (the seventy-fifth probe
batch's mends): the arms of a body or a chair, a club's target shooting and a council's trading standards officers
are no arms of war; and a state that tells of fighting through an armed body beside another state ("the defence
ministry said", not the defence minister) adds nothing to relations unless it takes a stand. Fictional texts on the
real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

BRIEFS = [
    "A walnut armchair with carved eagles on its arms, made for the borough's first mayor, fetched 3,100 pounds at "
    "auction on Thursday.",
    "Trading standards officers seized 40 boxes of rockets and other fireworks from a shop on Mill Street that had no "
    "licence to store them.",
    "Members of the Ashcombe Rifle Club will shoot for the Harland Trophy at the county range on Saturday.",
    "The firefighter came out of the smoke with the toddler in his arms, and neighbours cheered.",
]


def test_look_alikes_of_arms_told_side_by_side_are_no_war(themes, nlp):
    found = article(themes, nlp, "Around the borough", BRIEFS)
    assert all("military" not in labels for labels in found), found


def test_a_defence_ministry_telling_of_shelling_beside_another_state_is_no_relations(themes, nlp):
    *_, found = article(
        themes,
        nlp,
        "Kazakhstan halts armoured vehicle exports to Tajikistan",
        [
            "Kazakhstan suspended exports of armoured vehicles to Tajikistan on Monday after fighting on its border "
            "with Kyrgyzstan killed 40 soldiers, the trade ministry said.",
            "Tajikistan's foreign ministry summoned Kazakhstan's ambassador and called the decision a gift to the "
            "aggressor.",
            "Kyrgyzstan's defence ministry said Tajik forces had shelled two villages in Batken overnight and that a "
            "shepherd had been killed.",
        ],
    )
    assert "diplomacy" not in found, found


def test_a_defence_minister_in_office_still_speaks_for_relations(themes, nlp):
    (found,) = article(
        themes,
        nlp,
        "Destroyer shadows patrol boat",
        [
            "A Russian destroyer came within 200 metres of a Norwegian patrol boat in the Barents Sea on Friday, "
            "forcing it to turn away, Norway's defence minister said."
        ],
    )
    assert found == ["military", "diplomacy"]


def test_a_defence_ministry_that_takes_a_stand_still_acts_on_the_other_state(themes, nlp):
    (found,) = article(
        themes,
        nlp,
        "Seoul protests over warplanes",
        [
            "South Korea's defence ministry protested to Beijing after two Chinese warplanes entered its air defence "
            "zone, and called for talks on a hotline between the two countries."
        ],
    )
    assert "diplomacy" in found
