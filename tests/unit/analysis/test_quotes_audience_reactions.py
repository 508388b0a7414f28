"""How an audience met what was said ("…," she said, to laughter from the room) is no part of what was said and no
quote of its own (quotes/audience_reactions.py). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by

_BEFORE = "Julia Ferris, a former ambassador, argued that the book was too hard on the diplomats."


def test_laughter_after_a_two_sentence_quote_is_no_quote(nlp):
    found = said_by(nlp, _BEFORE, '"We were not naive. We were instructed," Ferris said, to laughter from the room.')
    assert [q for s, q in found if "laughter" in q] == []


def test_applause_after_a_quote_is_no_part_of_it(nlp):
    found = said_by(nlp, _BEFORE, '"We will not be bullied," Ferris said, to applause from delegates.')
    assert ("Julia Ferris", '"We will not be bullied,"') in found


def test_an_infinitive_of_what_was_urged_stays_said(nlp):
    found = said_by(nlp, _BEFORE, "Ferris urged the government to publish the cables.")
    assert ("Julia Ferris", "the government to publish the cables") in found
