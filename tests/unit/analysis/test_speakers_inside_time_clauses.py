"""An unnamed person who speaks in a clause of time or cause inside what a named speaker says ("X says he was on the
truck when his neighbour phoned to tell him …") is no one the "he" or "she" of the next quotation may mean: that pronoun
is still the named speaker (own_clauses.py)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    "clause",
    [
        "when his neighbour phoned to tell him his roof was alight",
        "after a dispatcher called to warn him the wind had turned",
        "because a paramedic had told him the road was closed",
    ],
)
def test_the_pronoun_after_is_still_the_named_speaker(nlp, clause):
    rows = said_by(
        nlp,
        "Ewan Brannagh, 68, spent 30 years on the Dunmorrow fire department. "
        f"Brannagh says he was on a pump truck two streets over {clause}. "
        f"{L}I stayed on the hose. There was nothing else to do,{R} he says.",
    )
    assert [speaker for speaker, quote in rows if "hose" in quote] == ["Ewan Brannagh"]


def test_an_unnamed_person_who_speaks_in_a_sentence_of_their_own_is_still_meant(nlp):
    rows = said_by(
        nlp,
        "Ewan Brannagh, 68, spent 30 years on the Dunmorrow fire department. "
        "A dispatcher who asked not to be named said the wind had turned at midnight. "
        f"{L}We had ten minutes,{R} she said.",
    )
    assert [speaker for speaker, quote in rows if "ten minutes" in quote] == [""]
