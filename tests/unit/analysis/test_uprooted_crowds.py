"""A plural noun of people who left their homes ("Migrants", "Refugees") that opens a sentence, capitalised only
because it opens it, which the recogniser tags an organisation or a person: a group speaks, not a body or someone
named so (plural_openers)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Migrants said the guards at Varnek had stepped up their raids, pushing many to leave sooner.",),
        (
            "The Orlavian visa office said in a statement that it had issued 9,000 permits in Tessin this year. "
            "Migrants said the permits were hard to get without a lawyer.",
        ),
    ],
)
def test_migrants_who_open_a_sentence_are_a_group(nlp, paragraphs):
    got = profiles_of(nlp, *paragraphs)
    assert ("Migrants", "institution", "") not in got and all(speaker != "Migrants" for speaker, _, _ in got), got
    assert ("", "unnamed", "") in got, got
