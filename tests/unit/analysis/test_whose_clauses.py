"""A relative clause opened by "whose" that the parser made what a cue said (texts of our own): in "told reporters in
a hallway interview that the panel would summon the trader, X Corp., whose office … turned out to be an empty shed",
what was told is the "that" clause, not the relative clause alone."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_whose_clause_is_no_clause_of_what_was_told(nlp):
    rows = said_by(
        nlp,
        "Villamor later told reporters in a hallway interview that the panel would summon the trader, Silver Crest "
        "Agri-Trading Corp., whose listed office in Tarlac turned out to be an empty shed.",
    )
    assert len(rows) == 1
    assert rows[0][1].startswith("the panel would summon the trader")


def test_a_whose_clause_set_off_after_a_cue_in_the_middle_is_no_clause_of_what_was_said(nlp):
    """ "…, she adds, whose …": the cue stands in the middle of what was said, and the clause after its comma describes
    a noun of the words before it."""
    rows = said_by(
        nlp,
        "Oriane Castellet-Brook runs Fernhollow Power, which builds batteries in Utah.",
        "The company now builds beside old coal plants, she adds, whose grid connections it can take over.",
    )
    assert [speaker for speaker, _ in rows] == ["Oriane Castellet-Brook"]
    assert rows[0][1].startswith("The company now builds beside old coal plants")
