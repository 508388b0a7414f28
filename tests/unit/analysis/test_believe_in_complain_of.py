""" "Believe in" and "complain of" take what was said as the object of their preposition, as "complain about" and
"call for" do: "voters who believe in a fairer tax code", "complained of the gap between rich and poor" (real
pipeline, US campaign news of our own). Not the preposition a relative clause leaves at its end ("the ideas she
believes in"), one that sets the scene before the verb, nor one beside the clause that is what was said."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of

_INTRO = "Dana Kettering held a town hall in Dayton on Tuesday night."


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "Walt Brandner, a retired machinist from Lima, complained of the economic and political imbalance he "
            "sees in the state.",
            "complain of",
            "the economic and political imbalance he sees in the state",
        ),
        (
            "She has drawn crowds of 9,000 voters who believe in a fairer state tax code.",
            "believe in",
            "a fairer state tax code",
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
        "Kettering can lead her voters to the ideas she believes in - or to nurse old grievances over the primary.",
        "But in a season shaped by voter anger, Kettering's aides believe that attacking Holloway will not be enough.",
        "Walt Brandner said he believed it is time for Kettering to reach out to Holloway's voters in the way the "
        "governor once did.",
    ],
)
def test_a_preposition_that_holds_nothing_said_is_no_cue(nlp, text):
    """A preposition left at the end of a relative clause, one before the verb (the setting of the sentence), or
    one beside a clause that is what was said, makes no "believe in" quote."""
    rows = quote_rows_of(nlp, _INTRO, text)
    assert all(r["cue"] != "believe in" for r in rows)
