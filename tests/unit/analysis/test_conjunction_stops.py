"""A lower-case "but that" or "and that" written straight after a word opens no sentence ("… for now but that it
still had large debts"), so what follows it stays in the quote its cue opened; a capitalised "But" after a full stop
still opens a sentence of its own. Fictional sentences on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of


@pytest.mark.parametrize(
    ("text", "speaker", "anchor"),
    [
        (
            "Ines Harrowby, a credit analyst at Pellmoor Bank, said the sale would ease the pressure on Kvarnholm for "
            "now but that it still had large bond maturities next year.",
            "Ines Harrowby",
            "large bond maturities",
        ),
        (
            "The regulator said the rules would stay as they are for now but that it would review them next year.",
            "regulator",
            "review them next year",
        ),
    ],
)
def test_what_follows_a_lower_case_but_stays_in_the_quote(nlp, text, speaker, anchor):
    rows = quote_rows_of(nlp, text)
    assert [r["speaker"] for r in rows] == [speaker] and anchor in rows[0]["quote"], rows


def test_a_capitalised_but_after_a_full_stop_still_opens_a_sentence(nlp):
    rows = quote_rows_of(nlp, "The sale closed on Monday. But that did not end the talks, Ines Harrowby said.")
    assert [(r["speaker"], r["quote"]) for r in rows] == [("Ines Harrowby", "But that did not end the talks")], rows
