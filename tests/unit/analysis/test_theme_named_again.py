"""A paragraph that names again, by its head noun after a pointer, a body or a measure its article told in full
through a strong term of a theme ("the controls" after "export controls", "the council" after the Nordic Council,
"the court" after the International Court of Justice), or the pact that named states agreed ("Under the deal"), goes
on with that theme; a pact that no named states agreed (provinces' premiers), a weak word named again (a model UN's
"conference") and a head that modifies another noun ("the council chamber") carry nothing. Fictional texts on the
real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.named_again import pointed_heads
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Officials say the controls are meant to slow the rival's missile work.", ["control"]),
        ("Under the deal, border checks will ease in spring.", ["deal"]),
        ("The court's rulings are final.", ["court"]),
        ("Lawmakers gathered in the council chamber on Monday.", []),
        ("A new council was elected in the town.", []),
    ],
)
def test_the_heads_named_after_a_pointer(nlp, text, heads):
    assert pointed_heads(nlp(text)) == heads


def test_export_controls_named_again_carry_trade_beside_a_war(nlp, themes):
    found = article(
        themes,
        nlp,
        "Toolmaker warns on profit after new export rules",
        [
            "Brantwell Machines lowered its profit outlook on Tuesday, saying new Japanese export controls on "
            "precision machine tools would stop it shipping its best lathes to buyers in Russia.",
            "The firm's shares fell 6 percent in Tokyo.",
            "Tokyo says the controls aim to keep the tools out of the hands of Russia's army, which it says uses "
            "them to make artillery shells.",
        ],
    )
    assert {"trade", "military"} <= set(found[2]), found


def test_a_body_of_states_named_again_carries_diplomacy(nlp, themes):
    found = article(
        themes,
        nlp,
        "Nordic ministers meet in Tampere",
        [
            "Foreign ministers of the Nordic Council met in Tampere on Thursday and agreed to widen joint work on "
            "emergency response.",
            "The Sami parliaments, which hold observer seats on the council, said their voice had been ignored.",
        ],
    )
    assert "diplomacy" in found[1], found


def test_a_world_court_named_again_carries_diplomacy(nlp, themes):
    found = article(
        themes,
        nlp,
        "Coastal state sues neighbour over river dam",
        [
            "Mirovia's foreign ministry filed a case against Estland at the International Court of Justice on "
            "Friday, accusing it of cutting the flow of a shared river with a dam.",
            "Farmers downstream say their rice fields have dried out two years running.",
            "Hearings may not start before next spring. The court's rulings are final, but it cannot enforce them.",
        ],
    )
    assert "diplomacy" in found[2], found


def test_a_pact_named_states_agreed_carries_diplomacy(nlp, themes):
    found = article(
        themes,
        nlp,
        "Peru and Bolivia agree to reopen border crossing",
        [
            "LA PAZ (Wirenews) - Peru and Bolivia agreed on Tuesday to reopen their main border crossing, closed "
            "since a row over migrants in March, after two days of talks in Lima.",
            "Under the deal, buses will be allowed through at night and families will be able to carry food parcels "
            "across without permits.",
            "At the bus station in Desaguadero, drivers said they had lost most of their income since the spring.",
            '"We slept in the cab for a week," said one driver, who gave only his first name.',
        ],
    )
    assert "diplomacy" in found[1], found


def test_a_pact_no_named_states_agreed_carries_no_diplomacy(nlp, themes):
    found = article(
        themes,
        nlp,
        "Premiers agree to ease rules on trucks between provinces",
        [
            "The country's provincial premiers agreed on Monday to accept one another's safety rules for trucks.",
            "Truckers welcomed the change, which they said would save them days of paperwork.",
            "Two provinces said fuel taxes would not be part of the deal.",
        ],
    )
    assert "diplomacy" not in found[2], found


def test_a_weak_word_named_again_carries_nothing(nlp, themes):
    found = article(
        themes,
        nlp,
        "Pupils play delegates at model UN",
        [
            "Four hundred pupils from 12 countries spent two days in Vienna playing diplomats at a model United "
            "Nations conference.",
            "Prizes went to teams from Lagos and Quito.",
            "Next year the conference will be held in Porto.",
        ],
    )
    assert "diplomacy" not in found[2], found
