"""A poll figure compared inside what another group said ("60 percent said X, compared with 25 percent who said Y")
says something of its own: two quotes (GUIDELINES.md: a new cue starts a new quote). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_counted_group_compared_inside_what_another_said_is_a_quote_of_its_own(nlp):
    rows = said_by(
        nlp,
        "Asked about the ferry, 41 percent said the crossings were too dear, compared with 19 percent who said the "
        "fares were fair.",
    )
    assert [quote for _, quote in rows] == ["the crossings were too dear", "the fares were fair"]


def test_people_described_inside_what_was_said_stay_in_it(nlp):
    """ "sold 300 tickets to fans who said …": the fans are what Ada Kerr talks about, no poll figure set aside."""
    rows = said_by(nlp, "Ada Kerr said the club had sold 300 tickets to fans who said they would travel to the final.")
    assert rows == [("Ada Kerr", "the club had sold 300 tickets to fans who said they would travel to the final")]
