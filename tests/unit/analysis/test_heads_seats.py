"""A head of state's or government's seat ("the Kremlin", "Downing Street") is no ministry: "the ministry said" after
it means the ministry that spoke before, or stays unresolved (state_bodies.heads_seat; fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize("seat", ["The Kremlin", "Downing Street", "The White House"])
def test_the_ministry_is_not_a_seat_that_acted_last(nlp, seat):
    rows = said_by(
        nlp,
        "Ruritania’s foreign ministry said the Varn crossing would reopen on Monday.",
        f"{seat} has yet to comment on the crossing.",
        "The ministry said the crossing would stay open around the clock.",
    )
    assert [speaker for speaker, _ in rows] == ["Ruritania’s foreign ministry", "Ruritania’s foreign ministry"]


def test_the_ministry_alone_after_a_seat_is_not_the_seat(nlp):
    rows = said_by(
        nlp,
        "The Kremlin has yet to comment on the Varn crossing.",
        "According to the ministry, the crossing will stay open around the clock.",
    )
    assert [speaker for speaker, _ in rows if speaker == "Kremlin"] == []
