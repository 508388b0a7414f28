"""Themes of the mends made after the thirty-second probe batch: goods shipped or supplied from a state named as their
source are an exchange with it, as goods bought from one are. Fictional texts on the real spaCy pipeline with the
shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_parts_shipped_from_a_state_are_trade_with_it(themes, nlp):
    story = [
        "A plant that will assemble Korean-designed tractors under licence opened outside Tashkent on Monday, and "
        "half of its output will be exported to Kazakhstan.",
        "Most of the gearboxes will be shipped from South Korea for the first three years, the plant's manager said.",
    ]
    assert "trade" in article(themes, nlp, "Tractor Plant Opens", story)[1]


def test_aid_delivered_from_a_state_and_rifles_shipped_from_one_are_no_trade(themes, nlp):
    story = [
        "Tents and blankets were delivered from Turkey to the villages hit by the earthquake, the mayor said.",
        "The rifles were shipped from Serbia to the island's garrison in the spring, the army said.",
    ]
    assert [("trade" in p) for p in article(themes, nlp, "Villages Rebuild", story)] == [False, False]
