""" "The director said" for the person an earlier sentence said runs a named place or body ("X has run the Y Centre
for nine years"), though the article never called that person its director (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_RAN = "Nadia Orrell-Beck has run the Pinecrest Youth Centre for nine years."
_SAID = f"{L}We had to borrow chairs from the church,{R} the director said."


def test_the_director_is_who_has_run_the_centre(nlp):
    text = f"{_RAN} On Friday the centre took in 40 children. {_SAID}"
    assert said_by(nlp, text) == [("Nadia Orrell-Beck", f"{L}We had to borrow chairs from the church,{R}")]


def test_the_manager_is_who_manages_the_terminal_a_paragraph_before(nlp):
    first = "Tomas Vireo-Lund manages the Harrowfield Grain Terminal, which ships wheat to three ports."
    second = f"{L}The rail cars simply stopped coming,{R} the manager said."
    assert said_by(nlp, first, second) == [("Tomas Vireo-Lund", f"{L}The rail cars simply stopped coming,{R}")]


def test_a_visitor_of_the_centre_is_no_director(nlp):
    text = f"Nadia Orrell-Beck visited the Pinecrest Youth Centre on Friday. {_SAID}"
    assert said_by(nlp, text) == [("", f"{L}We had to borrow chairs from the church,{R}")]
