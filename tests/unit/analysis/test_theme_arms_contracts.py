"""Themes of arms sold under a contract with no sum named ("won a contract to supply 120 armoured vehicles", "signed a
contract for 40 armoured vehicles"), a pattern the eighty-first blind batch missed: a contract to supply arms is their
price, so trade besides war when a state is named; and the near-misses that must keep no trade (contract soldiers, a
contract to fight, a contract at home that names no state). Fictional texts on the real spaCy pipeline with the shipped
themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


def _lead(themes, nlp, text: str) -> list[str]:
    return article(themes, nlp, "Defence Industry Briefs", [text])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Tarnell Systems of Ankara won a contract last week to supply 30 armoured personnel carriers to Kenya's "
        "army, the company said.",  # a time between the contract and its verb
        "Egypt's army has signed contracts for 40 armoured vehicles and 12 howitzers, the ministry in Cairo "
        "said.",  # contracts for arms
        "Halvorsen Marine of Norway signed a contract to build four frigates for the Chilean navy, the yard "
        "said on Thursday.",  # a contract to build warships for another state's navy
    ],
)
def test_arms_under_a_contract_are_trade_and_war(themes, nlp, text):
    found = _lead(themes, nlp, text)
    assert {"trade", "military"} <= set(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Contract soldiers from Nepal patrolled the camp with rifles and armoured cars, the mission said.",
        "The fighters had signed a contract to fight in Syria for six months, armed with rifles and missiles.",
        "The army signed a contract for 200 armoured trucks with a local maker, a spokesman said.",  # no state
    ],
)
def test_contract_soldiers_fighting_or_a_contract_at_home_is_no_arms_sale(themes, nlp, text):
    found = _lead(themes, nlp, text)
    assert "trade" not in found, found
