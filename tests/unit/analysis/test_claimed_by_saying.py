""" "Claimed responsibility for", "claimed credit for": the object is what was said; not "claimed" lives, a prize
or a win, and a company reporting its results says no quote (real pipeline, texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Nora Vance has run the Alder Bay ferry board for a decade. Tom Reyes owns the harbour bakery."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Reyes claimed credit for the new night ferry at the board meeting.",
            ("Tom Reyes", "credit for the new night ferry at the board meeting"),
        ),
        (
            "The Coastal Front claimed responsibility for the attack on the pier.",
            ("Coastal Front", "responsibility for the attack on the pier"),
        ),
    ],
)
def test_what_is_claimed_by_saying_so_is_what_was_said(nlp, text, said):
    assert said_by(nlp, _INTRO, text) == [said]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Transit Company reported a loss of $3 million for the quarter.",
        "The storm claimed three lives on the island.",
        "Vance claimed the sailing trophy for the third time.",
        "Vance claimed her third victory in the sailing race.",
    ],
)
def test_a_life_a_prize_or_a_result_reported_is_no_quote(nlp, text):
    assert said_by(nlp, _INTRO, text) == []
