"""Energy a supplier sends on to a state is a market abroad, as energy a line pumps or carries there is
(themes/markets.py): "will send gas on to Ukraine", "sends gas to Italy". Troops, aid and letters sent to
a state are no goods sold there and stay as they were. Fictional texts on the real spaCy pipeline with the shipped
themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.markets import market_abroad
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The terminal's operator said it would begin sending gas on to Ukraine through Romania next month.",
            "send to Ukraine",
        ),
        ("Azerbaijan now sends gas to Italy through a pipeline under the Adriatic.", "send to Italy"),
        ("Last winter Qatar sent liquefied gas to Pakistan on long-term contracts.", "send to Pakistan"),
    ],
)
def test_energy_sent_to_a_state_is_a_market_abroad(nlp, text, told):
    assert market_abroad(nlp(text)) == told


@pytest.mark.parametrize(
    "text",
    [
        "Germany sent troops to Lithuania last year, the first such deployment since the war.",
        "Japan sent blankets and tents to Turkey after the earthquake.",
        "The letters he sent to France were never answered.",
    ],
)
def test_troops_aid_and_letters_sent_to_a_state_are_no_market(nlp, text):
    assert market_abroad(nlp(text)) == ""


def test_a_terminal_that_sends_gas_on_to_a_state_is_trade_in_its_story(themes, nlp):
    found = article(
        themes,
        nlp,
        "Floating gas terminal takes its 30th cargo",
        [
            "The floating terminal off the port took its 30th cargo of liquefied gas on Sunday, most of it bound for "
            "buyers in Serbia and Bulgaria.",
            "Its operator, Ostmark Gas, said it would begin sending gas on to Moldova next month, along a route agreed "
            "by the energy ministers of the three states.",
        ],
    )
    assert "trade" in found[1]
