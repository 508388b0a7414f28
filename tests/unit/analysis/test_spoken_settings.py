"""What a cue said "in" a speech or an address, or "on" a call, when the parser hung the "that" clause on that noun:
"said in a televised address that X was unhurt", "told analysts on a call that the company had agreed …"
(`spoken_settings`, asked by `setting_clauses`). A true relative clause of the call or the speech ("a call that lasted
two hours") is no part of what was said. Fictional people and firms."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_SAID = [
    (
        "The president's spokeswoman, Lena Varsk, said in a televised address that Tollmark was unhurt and would keep "
        "to her schedule.",
        ("Lena Varsk", "Tollmark was unhurt"),
    ),
    (
        "Dravel Mining chief executive Oskar Brenholt told analysts on a call that the company had already agreed to "
        "sell two mines to a rival.",
        ("Oskar Brenholt", "the company had already agreed to sell two mines"),
    ),
    (
        "Oskar Brenholt, Dravel Mining's chief executive, told investors on a conference call that the miners had "
        "already offered to sell a stake to a rival.",
        ("Oskar Brenholt", "the miners had already offered to sell a stake"),
    ),
]


@pytest.mark.parametrize(("paragraph", "said"), _SAID)
def test_the_clause_hung_on_the_speech_or_the_call_is_what_was_said(nlp, paragraph, said):
    speaker, words = said
    assert any(who == speaker and quote.startswith(words) for who, quote in said_by(nlp, paragraph))


def test_a_relative_clause_of_the_call_is_not_said(nlp):
    quotes = said_by(nlp, "Oskar Brenholt told analysts on a call that lasted two hours that output would rise.")
    assert not any("lasted" in quote for _, quote in quotes)
