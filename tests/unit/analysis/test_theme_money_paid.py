"""Money paid by one state's side to another's ("Madrid will pay Rabat 30 million euros a year", "Japan's state
broadcaster will pay Brazil's football confederation $80 million") is a payment between states or markets, trade;
while a sum paid at home, a price paid with no payee and a tribute paid to a state stay without trade. Fictional texts
on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "paid",
    [
        "Under the new terms Madrid will pay Rabat 30 million euros a year for the use of the airfield, the two "
        "governments said.",
        "TOKYO (Wirecast) - Japan's state broadcaster will pay Brazil's football confederation $80 million for the "
        "rights to show its matches until 2030, the two sides said on Monday.",
        "Norway's state railway will pay $45 million to Kenya's national rail authority for the use of its tracks "
        "over ten years.",
    ],
)
def test_money_paid_by_one_states_side_to_anothers_is_trade(nlp, themes, paid):
    told = article(themes, nlp, "A payment", [paid])[0]
    assert "trade" in told, told


@pytest.mark.parametrize(
    "paid",
    [
        "The city council will pay the builder $5 million to finish the new library by the spring.",
        "Britain's treasury will pay British hill farmers 200 million pounds over three years for planting hedges.",
        "Rovers paid $2 million for the striker, their third signing of the summer.",
        "Thousands gathered in the capital on Sunday and paid tribute to Kenya's first president.",
    ],
)
def test_money_paid_at_home_or_to_no_one_is_no_trade(nlp, themes, paid):
    told = article(themes, nlp, "A payment", [paid])[0]
    assert "trade" not in told, told
