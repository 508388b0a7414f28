"""A committee or group of the holders of a debt that the story named before, which a person "heads" or chairs ("X,
who heads the committee of bondholders,"): the words mean that committee, the person's body, and a committee of
bondholders is a body of private creditors, so its head is no official; a committee of a state stays one (real
pipeline; fictional people and bodies).
"""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_OPENING = "The Pellmark External Bondholder Committee said in a statement that it backed the new terms."

_HEADS = [
    "Odile Marchetti-Kray, who heads the committee of bondholders, said the haircut was deep.",
    "Odile Marchetti-Kray, who chairs the committee, said the haircut was deep.",
    "Odile Marchetti-Kray, the head of the committee, said the haircut was deep.",
]


@pytest.mark.parametrize("text", _HEADS)
def test_the_head_of_a_bondholder_committee_named_before_is_tied_to_it(nlp, text):
    assert profiles_of(nlp, _OPENING, text)[-1] == (
        "Odile Marchetti-Kray",
        "other",
        "Pellmark External Bondholder Committee",
    )


def test_the_committee_itself_still_speaks_as_an_institution(nlp):
    assert profiles_of(nlp, _OPENING)[0] == ("Pellmark External Bondholder Committee", "institution", "")


def test_the_head_of_a_state_committee_is_still_an_official(nlp):
    rows = profiles_of(
        nlp,
        "The Corran Public Accounts Committee said on Monday it would call the finance minister to explain the deal.",
        "Tomas Vest-Ibarra, who chairs the committee, said the minister had not shown lawmakers the terms.",
    )
    assert rows[-1] == ("Tomas Vest-Ibarra", "official", "Corran Public Accounts Committee")
