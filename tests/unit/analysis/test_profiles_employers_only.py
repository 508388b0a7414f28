""" "The bank said" in a central bank's preview: the central bank the story follows, not the bank where an expert
quoted since works, which never spoke or acted as itself (quotes/employers_only.py). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_bank_that_acted_said_it_not_an_experts_employer(nlp):
    said = said_by(
        nlp,
        "The Central Bank of Norland is expected to hold its key rate at 5% on Thursday.",
        '"A cut now would surprise almost everyone," said Ivo Brandt, chief economist at Kessler Bank in Torvik.',
        "In its last statement, the bank said inflation in services remained too high.",
    )
    assert ("Central Bank of Norland", "inflation in services remained too high") in said
