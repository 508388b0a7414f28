"""A regulator, a court or a judge that "ruled that" something is so speaks: "rule" is a cue of judgement when it
reports a clause (quotes/lexicon.py), and no cue when it governs a country or leaves a thing out. Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of, said_by


def test_a_regulator_that_ruled_that_speaks(nlp):
    found = profiles_of(
        nlp, "The broadcasting regulator Telvisa ruled that the channel had breached its licence in two programmes."
    )
    assert ("Telvisa", "institution", "") in found


def test_ruling_a_country_or_ruling_out_reports_nothing(nlp):
    assert said_by(nlp, "The party has ruled the country since 1990, and its leader ruled out an early election.") == []
