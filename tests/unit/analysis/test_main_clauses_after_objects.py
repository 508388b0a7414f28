"""A clause after a cue's object and a comma, with a subject of its own, is the sentence's main clause the parser hung
on the cue, not what was said (main_clauses_after_objects); a description with a relative clause that ends in a
preposition is named by the name set off after it (relative_named)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_main_clause_after_an_opening_cue_is_not_what_it_said(nlp):
    rows = said_by(
        nlp,
        "On the day Kestlund announced his bid for the nomination, Pirelli was chairing a strategy session in a back "
        "room of the party's Dover offices and warned staff that he saw Kestlund as a serious rival.",
    )
    assert all("Pirelli was chairing" not in quote or speaker != "Kestlund" for speaker, quote in rows)
    assert "Kestlund" not in [speaker for speaker, _ in rows]


def test_a_clause_right_after_the_cue_is_still_said(nlp):
    rows = said_by(nlp, "Ana Torvik told reporters on Monday, the ferry will run again by May.")
    assert [speaker for speaker, _ in rows] == ["Ana Torvik"]


def test_a_name_after_a_relative_clause_ending_in_a_preposition_names_the_speaker(nlp):
    rows = said_by(
        nlp,
        "The producer I spoke to, Kim Ostrander, cut our call short to announce, “That is the end of the season.”",
    )
    assert [speaker for speaker, _ in rows] == ["Kim Ostrander"]


def test_a_quotation_after_the_one_told_is_still_said(nlp):
    rows = said_by(nlp, 'Ivo Marden, its acting chairman, told the Harlow news agency simply, "We lost."')
    assert rows == [("Ivo Marden", '"We lost."')]


def test_a_request_with_a_relative_clause_after_it_is_still_said(nlp):
    rows = said_by(
        nlp,
        "The shipping records that Ruth Calloway asked Norland to recover, which would mean breaking into the "
        "council's server. Calloway later said she had been joking.",
    )
    assert "Ruth Calloway" in [speaker for speaker, _ in rows[:1]]
