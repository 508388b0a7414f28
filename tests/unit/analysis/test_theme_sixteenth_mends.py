"""Themes told through people, procedure and weak words (the sixteenth probe batch's mends): a people the recogniser
takes for a person, a leader due in a capital, a currency against the dollar and money sent home from abroad, pacts
for security, hostages seized in a story of militants, the two sides and the two states of a relation, and the
look-alikes that stay out (a fire brigade, a drug bust, the two sides of the aisle). Fictional texts on the real
spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, labels
from dashboard.analysis.themes.names import party_names
from tests.theming import article


def labelled(themes: Themes, nlp, text: str) -> list[str]:
    return labels(themes.score(nlp(text)))


def test_a_people_the_recogniser_takes_for_a_person_is_a_party(nlp):
    doc = nlp("Kyrgyz President Almaz Toktogulov spoke by phone with Tajik President Rustam Nazarov on Sunday.")
    names = party_names(doc, frozenset(["GPE", "NORP"]), [])
    assert [(n.text, n.label_) for n in names] == [("Kyrgyz", "NORP"), ("Tajik", "NORP")]


def test_two_leaders_of_peoples_the_recogniser_misses_speaking_by_phone_is_diplomacy(themes, nlp):
    found = article(
        themes,
        nlp,
        "Kyrgyzstan Recalls Envoy Over Border Shooting",
        [
            "Kyrgyzstan recalled its ambassador from Dushanbe for consultations on Monday, the foreign ministry said.",
            "Kyrgyz President Almaz Toktogulov spoke by phone with Tajik President Rustam Nazarov on Sunday.",
        ],
    )
    assert "diplomacy" in found[1]


def test_a_leader_due_in_a_capital_travels_there_but_a_delay_due_to_a_state_is_no_journey(themes, nlp):
    due = themes.score(nlp("Tajik President Rustam Nazarov is due in Moscow in May for a parade."))[2]
    assert any(t.startswith("journey: Nazarov due Moscow") for t in due.terms)
    delay = themes.score(nlp("President Rustam Nazarov said the delay was due to Russia's new rules."))[2]
    assert not any(t.startswith("journey") for t in delay.terms)


def test_a_currency_against_the_dollar_and_money_sent_home_are_trade(themes, nlp):
    assert "trade" in labelled(themes, nlp, "The somoni has lost about 3 percent against the dollar this year.")
    assert "trade" in labelled(themes, nlp, "Remittances are worth almost half of the country's economic output.")


def test_pacts_for_security_are_military_and_brigades_that_heal_or_fight_fires_are_not(themes, nlp):
    assert "military" in labelled(themes, nlp, "Palmyra signed a security pact with the Keel Islands in 2022.")
    assert "military" not in labelled(themes, nlp, "The ministry sent brigades of doctors to the north.")
    assert "military" not in labelled(themes, nlp, "The fire brigade put out the blaze at the warehouse by dawn.")


def test_hostages_seized_go_on_with_a_story_of_militants_but_not_with_a_drug_bust(themes, nlp):
    war = article(
        themes,
        nlp,
        "Militants Free Two Hostages In Exchange For Prisoners",
        [
            "Two engineers held by jihadists for two years were freed on Thursday, officials said.",
            "The militants ambushed their convoy in 2023 and killed three soldiers escorting it.",
            "The group still holds at least five, among them a doctor seized in 2016.",
        ],
    )
    assert "military" in war[2]
    bust = article(
        themes,
        nlp,
        "Police Seize Cocaine At Port",
        [
            "Police found 300 kg of cocaine in a container at the port of Velna on Sunday, officials said.",
            "Officers seized two cars and cash at a warehouse nearby.",
        ],
    )
    assert "military" not in bust[1]


def test_the_two_sides_and_the_two_states_of_a_relation_are_diplomacy_but_not_the_sides_of_the_aisle(themes, nlp):
    relation = article(
        themes,
        nlp,
        "Palmyra And Keel Reopen Border Crossing",
        [
            "Palmyra and Keel reopened a border crossing on Friday under a deal signed by their foreign ministers.",
            "The deal sets out a stretch of the frontier, the first marked since the two states won independence.",
            "Officials on both sides said a visit by the Keel president would go ahead in June.",
        ],
    )
    assert all("diplomacy" in paragraph for paragraph in relation)
    assert "diplomacy" not in labelled(themes, nlp, "The bill has support on both sides of the aisle, senators said.")


def test_places_hit_survivors_and_villages_emptied_go_on_with_a_war_story_but_not_with_a_storm(themes, nlp):
    war = article(
        themes,
        nlp,
        "Rebels Shell Border Town",
        [
            "Rebel artillery shelled the border town of Dorra overnight, killing six soldiers, the army said.",
            "A school and a clinic were among the buildings hit.",
            "Farmers say they can no longer reach their fields, and some villages have emptied.",
            "Survivors were flown to a hospital in the provincial capital.",
        ],
    )
    assert all("military" in paragraph for paragraph in war[1:])
    storm = article(
        themes,
        nlp,
        "Storm Floods Coastal Villages",
        [
            "A storm flooded the coastal villages of Dorra overnight, the weather service said.",
            "A school and a clinic were among the buildings hit.",
            "Survivors were flown to a hospital in the provincial capital.",
        ],
    )
    assert not any("military" in paragraph for paragraph in storm)


def test_a_deal_brokered_by_a_named_state_is_diplomacy(themes, nlp):
    found = article(
        themes,
        nlp,
        "Border Stays Shut As Pipeline Reopens",
        [
            "The border between Palmyra and Keel has been closed since the coup, the two governments said.",
            "Oil started flowing again last year under a deal brokered by China, which built the pipeline.",
        ],
    )
    assert "diplomacy" in found[1]


def test_respecting_a_decision_and_provoking_trouble_are_verbs_of_relations(themes, nlp):
    respect = themes.score(nlp("Palmyra and Keel, both members, said they respected the decision."))[2]
    provoke = themes.score(nlp("Palmyra said the Keel ship had provoked trouble near the reef."))[2]
    assert "respect" in respect.terms
    assert "provoke" in provoke.terms
