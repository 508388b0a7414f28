""" "Believe in" takes what was said as the object of its preposition, as "complain about" and "call for" do:
"retirees who believe in a stronger pension system" (real pipeline, US campaign news of our own). Not the
preposition a relative clause leaves at its end ("the ideas she believes in"), one that sets the scene before the
verb, nor one beside the clause that is what was said."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of

_INTRO = "Dana Kettering held a town hall in Dayton on Tuesday night."


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "Her rallies draw retirees who believe in a stronger pension system for their grandchildren.",
            "believe in",
            "a stronger pension system for their grandchildren",
        ),
        (
            "Kettering said she is a workhorse. Her aides believe in winning the rural counties one diner at a time.",
            "believe in",
            "winning the rural counties one diner at a time",
        ),
    ],
)
def test_the_object_of_the_preposition_is_what_was_said(nlp, text, cue, said):
    rows = [r for r in quote_rows_of(nlp, _INTRO, text) if r["cue"] == cue]
    assert len(rows) == 1 and rows[0]["quote"] == said


@pytest.mark.parametrize(
    "text",
    [
        "Kettering can point her voters to the plan she believes in - or to the old fights of the primary.",
        "In a race this close, Kettering's aides believe that every rural county matters.",
        'Walt Brandner said he believed Kettering should visit the county "in the spring, before planting."',
    ],
)
def test_a_preposition_that_holds_nothing_said_is_no_cue(nlp, text):
    """A preposition left at the end of a relative clause, one before the verb (the setting of the sentence), or
    one beside a clause that is what was said, makes no "believe in" quote."""
    rows = quote_rows_of(nlp, _INTRO, text)
    assert all(r["cue"] != "believe in" for r in rows)
