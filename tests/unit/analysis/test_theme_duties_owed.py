"""Themes of a duty owed, not levied (data/themes.toml): "a government's first duty is to bring its citizens home", "a
moral duty to protect", "officers on duty" tell an obligation or a shift, no duty on goods, so beside a "price" they
are no trade by GUIDELINES.md, even after a paragraph of trade; a duty on steel or on imported cars still is.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from tests.theming import article

OWED = [
    "Critics say each swap sets a price; its defenders answer that a government's first duty is to bring its citizens "
    "home.",
    "The bishop said the town had a moral duty to help the families, whatever the price.",
    "Two officers on duty at the harbour were hurt, and the price of the repairs is not yet known.",
]


#: A paragraph of trade before them, whose context would lift two weak words of trade.
MONEY = "Last year one of the freed was swapped for $2 billion of oil money held in banks abroad."


@pytest.mark.parametrize("text", OWED)
def test_a_duty_owed_beside_a_price_is_no_trade(nlp, themes, text):
    assert "trade" not in article(themes, nlp, "Swaps and their price", [MONEY, text])[1]


LEVIED = [
    "The bloc put a duty on steel from the two states, and prices rose.",
    "The duty on imported cars rose to 10%, the finance ministry said.",
]


@pytest.mark.parametrize("text", LEVIED)
def test_a_duty_on_goods_is_still_trade(nlp, themes, text):
    assert "trade" in article(themes, nlp, "A week in the town", [text])[0]
