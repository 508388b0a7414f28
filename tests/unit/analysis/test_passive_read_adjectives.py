"""Reported speech of three words whose last word the tagger read as an adjective but the parser hung "was" on as a
passive auxiliary ("it was “overjoyed”", "she was “appalled”"): a complete clause, so a quote, as "it was done" is
(finder._says_something). Fictional text."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_short_clause_with_an_adjective_read_as_a_passive_is_a_quote(nlp):
    found = said_by(
        nlp,
        f"Lantern Photo said in a statement that it was {L}overjoyed{R} and thanked readers who had written in.",
    )
    assert [speaker for speaker, _ in found] == ["Lantern Photo"]
    assert "overjoyed" in found[0][1]


def test_a_short_clause_with_no_verb_and_no_passive_is_still_none(nlp):
    assert said_by(nlp, f"She said it was {L}fine{R}.") == []
