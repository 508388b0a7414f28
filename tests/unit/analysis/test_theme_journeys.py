"""A head of state or government travelling to another country or capital is a visit between states, on the real
spaCy pipeline and the shipped themes file (fictional sentences)."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels
from dashboard.analysis.themes.journeys import journey_abroad


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("It was Ruiz's first trip to Morocco since taking office.", {"ruiz"}, "Ruiz trip Morocco"),
        ("Prime Minister Abel Tesfaye arrived in Nairobi on Sunday.", set(), "Tesfaye arrive Nairobi"),
        ("Kamau is due to make a return trip to Addis Ababa next year.", {"kamau"}, "Kamau trip Addis Ababa"),
        ("President Ana Sato visited Osaka on Friday to open a bridge.", set(), ""),
        ("The singer Lina Ruiz flew to Morocco for a concert.", set(), ""),
        ("Ruiz's first trip to Morocco was a success, her agent said.", set(), ""),
    ],
)
def test_a_leaders_journey_to_a_country_or_a_capital_is_found(nlp, text, known, expected):
    assert journey_abroad(nlp(text), frozenset(known)) == expected


def test_a_leaders_return_trip_carries_the_visit_of_its_article(themes, nlp):
    texts = [
        "President Ruth Kamau of Kenya received Ethiopian Prime Minister Abel Tesfaye in Nairobi on Sunday for two "
        "days of talks.",
        "The weather was warm and the streets were decorated with flags.",
        "Kamau is due to make a return trip to Addis Ababa early next year.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], [""] * 3, "Kenya Hosts Ethiopian Leader")
    told = next(s for s in scores[2] if s.theme == "diplomacy")
    assert "diplomacy" in labels(scores[2]) and "journey: Kamau trip Addis Ababa" in told.explained()
