"""Themes of the mends of what the sixty-eighth probe batch (debt, aid and development finance between states) missed:
a river that bursts its banks has no bank of trade ("after the Lune burst its banks"); a return to civilian rule after
a coup is a state's politics, no civilians hit by war; a donor conference and the states that pledge at it as donors
are relations between states, and so are a state's sum "in aid" and the foreign militaries a state hosts; "Sao
Tome" names its state; a leader's thanks to "our friends" at a donor conference are relations. Fictional texts on
the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

LOANS = (
    "Mortgage rates at the town's two banks rose again this month, and the credit union raised its rate on car loans "
    "to 9 per cent, the chamber of commerce said."
)


def test_a_river_that_bursts_its_banks_is_no_bank(nlp, themes):
    flood = "Volunteers handed out sandbags and blankets in Lower Marsby after the Lune burst its banks on Saturday."
    told = article(themes, nlp, "Around Marsby: rates rise, river floods", [LOANS, flood])[1]
    assert "trade" not in told, told


def test_a_bank_that_lends_abroad_is_still_a_bank(nlp, themes):
    banks = "Banks in the town lent $40 million to farms across the border in Mexico last year, the lenders said."
    told = article(themes, nlp, "Around Marsby: rates rise, river floods", [LOANS, banks])[1]
    assert "trade" in told, told


def test_a_return_to_civilian_rule_is_no_war(nlp, themes):
    coup = [
        "NIAMEY, June 2 (Pressline) - Soldiers detained the president of Niger on Sunday and announced on state "
        "television that they had dissolved the government.",
        "Leaders of the regional bloc will meet in Abuja on Thursday to discuss sanctions and a timetable for the "
        "return to civilian rule.",
    ]
    told = article(themes, nlp, "Soldiers detain Niger's president", coup)[1]
    assert "military" not in told and "diplomacy" in told, told


def test_civilians_hit_by_a_war_are_still_war(nlp, themes):
    war = [
        "GOMA, June 2 (Pressline) - Rebels shelled the outskirts of Goma on Sunday as government troops fell back.",
        "Aid workers said at least 30 civilians had been killed and thousands had fled towards the lake.",
    ]
    told = article(themes, nlp, "Rebels shell Goma outskirts", war)[1]
    assert "military" in told, told


def test_a_donor_conference_is_relations_between_states(nlp, themes):
    lead = (
        "OTTAWA, Sept 8 (Pressline) - Donor countries pledged $1.2 billion on Monday to rebuild schools and clinics in "
        "Haiti, at a donor conference co-hosted by Canada."
    )
    told = article(themes, nlp, "Donors pledge $1.2 billion to rebuild Haiti", [lead])[0]
    assert "diplomacy" in told, told


def test_a_campaign_s_donors_are_no_states(nlp, themes):
    dinner = "The senator thanked her donors at a dinner in Tampa and told them the race would be close."
    told = article(themes, nlp, "Senator courts donors in Florida", [dinner])[0]
    assert "diplomacy" not in told, told


def test_a_state_s_sum_in_aid_for_a_harbour_is_relations(nlp, themes):
    deal = [
        "Palau has agreed to let Australian patrol boats refuel and rest their crews at Malakal harbour for eight "
        "years, in exchange for A$95 million in aid for its power grid and a clinic.",
        "Australia's foreign minister said the deal would help both countries keep illegal fishing fleets out of "
        "their waters.",
    ]
    told = article(themes, nlp, "Palau opens harbour to Australian patrols in return for aid", deal)[0]
    assert "diplomacy" in told and "military" in told, told


def test_a_concert_in_aid_of_a_hospice_is_no_aid_between_states(nlp, themes):
    concert = "A concert in aid of the hospice raised $40,000 on Saturday, and the mayor thanked the Ohio choirs."
    told = article(themes, nlp, "Hospice concert raises $40,000", [concert])[0]
    assert "diplomacy" not in told, told


def test_a_state_that_hosts_foreign_militaries_is_in_relations(nlp, themes):
    host = [
        "Fiji's talks with Japan over a naval refuelling stop have stalled, diplomats in Suva say.",
        "Tonga signed a similar accord with India last year, after a state visit by its king.",
        "Djibouti hosts the bases of four foreign militaries, and the rent they pay is a fifth of its budget.",
    ]
    told = article(themes, nlp, "Analysis: Why small states rent out their harbours to the powers", host)[2]
    assert "diplomacy" in told, told


def test_sao_tome_names_its_state():
    from dashboard.analysis.themes.states import is_state

    assert is_state("Sao Tome") and is_state("São Tomé") and is_state("Sao Tome and Principe")


def test_a_leader_s_thanks_to_our_friends_at_a_donor_conference_is_relations(nlp, themes):
    told = article(
        themes,
        nlp,
        "Donors pledge $1.2 billion to rebuild Haiti",
        [
            "OTTAWA, Sept 8 (Pressline) - Donor countries pledged $1.2 billion on Monday to rebuild schools and "
            "clinics in Haiti, at a donor conference co-hosted by Canada and the United Nations.",
            "The European Union pledged 300 million euros and Japan $150 million, and the UN's aid chief urged "
            "delegates to pay what they promised.",
            'Haiti\'s President Edouard Telmond thanked "our friends in every region" and promised to publish '
            "every contract.",
            "Brazil and Mexico sent their foreign ministers, and Venezuela's ambassador said his government would ship "
            "fuel.",
        ],
    )[2]
    assert "diplomacy" in told, told


def test_a_mayor_s_thanks_to_our_friends_at_home_is_no_relations(nlp, themes):
    fete = 'Mayor Dana Wrexley thanked "our friends at the fire station" for the new playground on Elm Street.'
    told = article(themes, nlp, "Around Marsby: playground opens", [LOANS, fete])[1]
    assert "diplomacy" not in told, told
