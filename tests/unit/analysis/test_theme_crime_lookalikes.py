"""Themes of the mends after the fifty-eighth probe batch (crime and justice across borders): the crime pages'
look-alikes of diplomacy, war and trade are no theme: a truce, a pact or a "treaty" between gangs, a trade in stolen
goods, a "trial balloon" after an extradition; and a state asking Interpol to have a critic held abroad is
diplomacy, as is a paragraph that opens on those a swap between states freed. Fictional texts on the real spaCy
pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

GANG_TRUCE = [
    "Two men were shot dead outside a nightclub in the port of Valmora early on Sunday, the third killing in a week.",
    "Police said a truce between the city's two largest gangs, agreed at a meeting in the central prison last "
    "spring, had collapsed, and the mayor said she would not sign any peace treaty with criminals.",
]


def test_a_truce_between_gangs_is_no_theme(nlp, themes):
    truce = article(themes, nlp, "Valmora gang truce collapses after nightclub killings", GANG_TRUCE)[1]
    assert truce == [], truce


def test_a_truce_between_states_still_counts(nlp, themes):
    (truce,) = article(
        themes,
        nlp,
        "Border truce holds",
        [
            "A truce between Armenia and Azerbaijan agreed at talks in Geneva held for a third day, the two "
            "governments said."
        ],
    )
    assert "diplomacy" in truce and "military" in truce, truce


SMUGGLERS = [
    "Customs officers at the port of Hallbridge seized 1.2 tonnes of copper cable bound for Rotterdam on Friday.",
    "Prosecutors said the men had been trading in stolen catalytic converters for two years, selling them to scrap "
    "dealers across the north of England.",
]


def test_a_trade_in_stolen_goods_is_crime(nlp, themes):
    loot = article(themes, nlp, "Four held over stolen car parts ring", SMUGGLERS)[1]
    assert "trade" not in loot, loot


FLOATED = [
    "Brazil has formally asked Portugal to extradite a former port director wanted over kickbacks, the justice "
    "ministry in Brasilia said on Monday.",
    "A proposal to let judges seize the assets of fugitives in absentia, floated by a senator at the weekend, was seen "
    "by lawyers in Brasilia as a trial balloon for a wider reform.",
]


def test_a_trial_balloon_goes_on_with_no_case(nlp, themes):
    floated = article(themes, nlp, "Brazil asks Portugal to extradite former port director", FLOATED)[1]
    assert "diplomacy" not in floated, floated


NOTICE = [
    "Lithuania on Monday refused to extradite an exiled Turkmen blogger to Ashgabat, the justice ministry in Vilnius "
    "said.",
    "Lithuanian police had held Aziz Nurov for a week in March after Turkmenistan asked Interpol to circulate a notice "
    "accusing him of fraud, his lawyer said.",
]


def test_a_state_asking_interpol_to_have_a_critic_held_abroad_is_diplomacy(nlp, themes):
    notice = article(themes, nlp, "Lithuania refuses to extradite Turkmen blogger", NOTICE)[1]
    assert "diplomacy" in notice, notice


SWAP = [
    "Armenia and Azerbaijan exchanged 12 prisoners on their border on Thursday in a deal brokered by the European "
    "Union, the two governments said.",
    "Among those released was a shepherd detained in 2021 after he strayed across the line with his flock.",
]


def test_among_those_a_swap_freed_goes_on_with_the_swap(nlp, themes):
    freed = article(themes, nlp, "Armenia and Azerbaijan swap prisoners at border", SWAP)[1]
    assert "diplomacy" in freed, freed
