"""A title with a portfolio after its "for" and then a name (texts of our own): an "Undersecretary for Energy" is a
title of state office as a "Minister for Energy" is, and a name that carries lineage particles ("bin", "al-") is
still a person's name of a few words, so the person is the speaker, never the title."""

from __future__ import annotations

from tests.quoting import said_by


def test_an_undersecretary_for_a_portfolio_names_the_person_after_it(nlp):
    rows = said_by(
        nlp,
        "Qatari Undersecretary for Energy Faisal Kuwari told reporters in Doha that his country regarded the "
        "pipeline as a lifeline.",
    )
    assert [speaker for speaker, _ in rows] == ["Faisal Kuwari"]


def test_a_name_with_lineage_particles_after_a_portfolio_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Qatari Minister for Energy Faisal bin Nasser al-Kuwari told reporters in Doha that his country regarded "
        "the pipeline as a lifeline.",
        "Bahraini Undersecretary for Transport Hamad bin Rashid al-Mannai said the new ferry would sail twice a "
        "week from June.",
    )
    assert [speaker for speaker, _ in rows] == ["Faisal bin Nasser al-Kuwari", "Hamad bin Rashid al-Mannai"]
