"""A one-sentence lede that places a body by the area it serves ("the regional water board said") and a next paragraph
that opens with the body's name: the lede's words are that body's, when its name holds the lede's noun."""

from __future__ import annotations

from tests.quoting import said_by

_LEDE = (
    "HARLOW, England -- Households in three towns will pay 9 percent more for water from April to fund new reservoirs, "
    "the regional water board said on Monday."
)


def test_a_lede_that_places_the_board_is_the_board_named_next(nlp):
    rows = said_by(nlp, _LEDE, "Eastmoor Water Board said the first reservoir would be finished in 2029.")
    assert rows[0][0] == "Eastmoor Water Board"


def test_a_lede_that_places_the_board_is_no_other_body_named_next(nlp):
    rows = said_by(nlp, _LEDE, "Harlow Transit said bus fares would not rise this year.")
    assert rows[0][0] != "Harlow Transit"
