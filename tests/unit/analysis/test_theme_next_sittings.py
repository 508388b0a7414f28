"""A paragraph that dates the next sitting of the talks its article told ("The negotiators will meet again in May",
"The next round is due in June", "Talks are due to resume on Monday") goes on with those talks: it takes the themes
the talks carried on their own, trade and diplomacy for talks on a trade pact, diplomacy for talks on a border; a
board that meets again, or a cup's next round, in a story with no talks takes nothing. Fictional texts on the real
spaCy pipeline with the shipped themes file."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes.sittings import next_sitting
from tests.theming import article


@pytest.mark.parametrize(
    ("text", "sitting"),
    [
        ("The negotiators will meet again in Lisbon in May.", "meet again"),
        ("The next round is set for June in Valletta.", "next round"),
        ("Talks are due to resume in Riga on Monday.", "talks resume"),
        ("Ferries resumed sailing on Monday after the storm.", ""),
    ],
)
def test_the_next_sitting_is_told_by_its_words(nlp, text, sitting):
    assert next_sitting(nlp(text)) == sitting


def test_the_next_sitting_of_trade_talks_is_trade_and_diplomacy(nlp, themes):
    found = article(
        themes,
        nlp,
        "Chile and New Zealand fail to close tariff deal",
        [
            "Trade negotiators from Chile and New Zealand ended four days of talks on tariffs on cars and cheese on "
            "Friday without a deal.",
            "New Zealand's farmers fear cheaper Chilean dairy products, a spokesman for the growers said.",
            "The negotiators will meet again in Lisbon in May.",
        ],
    )
    assert {"trade", "diplomacy"} <= set(found[2]), found


def test_the_next_sitting_of_border_talks_is_diplomacy(nlp, themes):
    found = article(
        themes,
        nlp,
        "Neighbours fail to agree border line",
        [
            "Foreign ministry delegations of Peru and Bolivia ended three days of talks on the line of their "
            "shared border on Thursday without an agreement.",
            "Villagers near the crossing said they hoped for an end to the checks that slow their market days.",
            "Talks are due to resume in La Paz on Monday.",
        ],
    )
    assert "diplomacy" in found[2], found
    assert "trade" not in found[2], found


def test_a_board_that_meets_again_in_a_story_with_no_talks_takes_nothing(nlp, themes):
    found = article(
        themes,
        nlp,
        "Harbour museum plans new wing",
        [
            "The harbour museum's board approved plans for a new wing on Tuesday, to house the fishing fleet's old "
            "logbooks.",
            "Builders will start in spring if the council grants permission.",
            "The board will meet again in March to choose an architect, and the cup's next round is on Saturday.",
        ],
    )
    assert found[2] == [], found
