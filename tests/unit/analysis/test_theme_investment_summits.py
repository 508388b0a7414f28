"""A meeting of investors or firms is no summit of states (the diplomacy exclusions of the shipped themes file): a
government seeking foreign money "at an investment summit" is trade, and leaders of states who meet beside a "business
summit" keep their diplomacy by their own words. Fictional texts on the real spaCy pipeline with the shipped themes
file."""

from __future__ import annotations

import pytest

from tests.theming import article


@pytest.mark.parametrize(
    "text",
    [
        "The energy minister said the government would seek $15 billion of foreign investment in hydropower at an "
        "investment summit in the capital in May.",
        "The planning minister will pitch the new port to bankers at an investor summit in Singapore next week.",
        "Ministers told a business summit in the capital that foreign firms would get tax holidays on new plants.",
    ],
)
def test_a_summit_of_investors_is_no_diplomacy(themes, nlp, text):
    assert "diplomacy" not in article(themes, nlp, "Government courts investors", [text])[0]


def test_leaders_meeting_beside_a_business_summit_keep_their_diplomacy(themes, nlp):
    text = (
        "Leaders of the two states met on the sidelines of a business summit in Dubai and agreed to reopen their "
        "embassies."
    )
    assert "diplomacy" in article(themes, nlp, "Leaders meet", [text])[0]
