"""Themes of the mends after the forty-second probe batch (English-language outlets of Central and Eastern Europe and
the Caucasus, and the defence-industry trade press): a coach's "diplomatic skills" are no relations between states; a
submarine power cable is no submarine; a festival's drone show is no war, nor, once it is none, a council's "battle"
over its budget in the same round-up; a state's candidate status in a bloc is diplomacy; talks between a union and a
ministry over pay are no trade talks in a story of trade; a joint venture between firms of two states, financing for
energy projects and the transit of agricultural products are trade. Fictional texts on the real spaCy pipeline with
the shipped themes file."""

from __future__ import annotations

from tests.theming import article

COACH = [
    "The Rennick Rovers head coach, Tomas Alder, was praised by the club's board for his diplomatic skills in settling "
    "a row between two players before the cup ties against Belgium and Norway.",
    "The team won both matches.",
]


def test_a_coachs_diplomatic_skills_are_no_diplomacy(nlp, themes):
    praised = article(themes, nlp, "Volunteer coach praised", COACH)[0]
    assert "diplomacy" not in praised, praised


CABLE = [
    "Two state utilities of Norway and Denmark agreed on Monday to lay a submarine power cable that will carry "
    "electricity from wind farms off Jutland to Stavanger.",
    "The cable is due to enter service in 2031.",
]


def test_a_submarine_power_cable_is_no_submarine(nlp, themes):
    laid = article(themes, nlp, "Cable to link two grids", CABLE)[0]
    assert "military" not in laid, laid


ROUNDUP = [
    "Selmouth City Council's battle over the 2027 budget went into a final round on Tuesday, with the ruling "
    "coalition and the opposition trading blame over cuts to libraries.",
    "Mayor Ines Hart said the city had run out of ammunition to fight rising energy bills on its own.",
    "The harbour festival's drone show, which drew some 12,000 people to the seafront on Saturday night, will return "
    "next summer, organisers said.",
    "Heavy rain is expected on Thursday.",
]


def test_a_drone_show_is_no_war_nor_makes_a_budget_battle_one(nlp, themes):
    found = article(themes, nlp, "Selmouth's budget battle and a drone show: the week in the city", ROUNDUP)
    assert "military" not in found[0] + found[2], found


SPEAKER = [
    "The ruling party said on Tuesday that the country would keep its new media law whatever the bloc in Brussels "
    "decided.",
    "Parliament Speaker Anton Merek said the government would not give up its sovereignty to keep candidate status.",
]


def test_candidate_status_in_a_bloc_is_diplomacy(nlp, themes):
    status = article(themes, nlp, "Speaker rejects bloc's terms", SPEAKER)[1]
    assert "diplomacy" in status, status


TARIFFS = [
    "Dalmora on Monday blocked the adoption of the bloc's new package of tariffs on steel from Vestria, demanding an "
    "exemption for its shipyards, diplomats said.",
    "The package would raise duties on 40 kinds of steel products and ban imports of pipes from three Vestrian mills.",
    "Separately, Dalmora's nurses' union said it would go ahead with a strike on Friday after talks with the Health "
    "Ministry on pay broke down.",
]


def test_a_unions_talks_on_pay_are_no_trade_talks(nlp, themes):
    strike = article(themes, nlp, "Dalmora blocks bloc's new tariff package", TARIFFS)[2]
    assert "trade" not in strike, strike


VENTURE = [
    "Finland's Kestrel Defence and Slovakia's state-owned Arvo Works have signed an agreement to set up a joint "
    "venture that will make artillery shells at a plant near Zvolen, the firms said on Tuesday.",
    "The plant is to open in 2028.",
]


def test_a_joint_venture_between_firms_of_two_states_is_trade(nlp, themes):
    signed = article(themes, nlp, "Kestrel and Arvo Works agree shell venture", VENTURE)[0]
    assert signed == ["trade", "military"], signed


SUMMIT = [
    "The leaders of Ghana and Togo met on Monday at a summit in Lome, where they agreed to deepen ties.",
    "At the summit, the leaders pledged to speed up work on a new railway, and Ghana announced $800 million in "
    "financing for energy projects in the region.",
    "The two sides also agreed to set up a working group on the transit of Togolese agricultural products to the "
    "Ghanaian port of Tema.",
]


def test_energy_projects_financed_and_farm_goods_in_transit_are_trade(nlp, themes):
    found = article(themes, nlp, "Ghana and Togo leaders meet at Lome summit", SUMMIT)
    assert "trade" in found[1] and "trade" in found[2], found
