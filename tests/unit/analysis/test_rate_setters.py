"""A seat on a central bank's rate-setting board named by the seat alone ("Board member X dissented", "X, one of two
members who voted to hold"): after the central bank acted, the seat is on its board and its holder a central banker,
an official (GUIDELINES.md); a company's board member keeps no central bank (fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_LEDE = "The Reserve Bank of Norlandia kept its key rate at 4.25% on Tuesday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Hilda Varnstrom, one of two members who voted to hold, said the board should wait for wage data.",
        "Board member Hilda Varnstrom dissented, saying inflation was already easing.",
        "Hilda Varnstrom, a board member who dissented, said inflation was already easing.",
        "External member Hilda Varnstrom said growth was weakening fast.",
    ],
)
def test_a_voting_member_sits_on_the_central_banks_board(nlp, sentence):
    assert profiles_of(nlp, _LEDE, sentence) == [("Hilda Varnstrom", "official", "Reserve Bank of Norlandia")]


def test_a_companys_board_member_is_tied_to_no_central_bank(nlp):
    profiles = profiles_of(
        nlp, "Halvorsen Mining named a new chief executive.", "Board member Ines Abravel said the search took a year."
    )
    assert profiles == [("Ines Abravel", "other", "")]
