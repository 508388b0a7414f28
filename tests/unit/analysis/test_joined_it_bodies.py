"""An "it" that opens a clause joined by "and" to one whose subject is a body described by a common noun ("The agency
has Germany on a stable outlook, and it said …") is that body, not a body named further back that spoke before."""

from __future__ import annotations

from tests.quoting import said_by

COUNCIL = "The Federal Fiscal Council said the forecast was optimistic. It added that the budget relied on asset sales."


def test_it_after_and_is_the_agency_that_opened_the_sentence(nlp):
    said = said_by(
        nlp,
        COUNCIL,
        "“Germany is not in danger,” said Matthias Oberkirch-Vale, who covers European sovereigns at Halvard Ratings "
        "in Frankfurt. The agency has Germany on a stable outlook, and it said in a note last month that the debt "
        "brake “remains the anchor of the rating.”",
    )
    assert ("Halvard Ratings", "“remains the anchor of the rating.”") in said


def test_it_after_and_is_the_ministry_that_opened_the_sentence(nlp):
    said = said_by(
        nlp,
        COUNCIL,
        "Oda Brenneke-Falk, a spokeswoman for the Lower Saxony Finance Ministry, declined to comment. The ministry "
        "cut the grant in March, and it said on Friday that the money would not return before 2028.",
    )
    assert ("Lower Saxony Finance Ministry", "the money would not return before 2028") in said


def test_it_after_and_with_a_thing_as_the_first_subject_still_means_the_body_that_spoke(nlp):
    said = said_by(
        nlp,
        COUNCIL,
        "The forecast was published in May, and it said the deficit would overshoot by 8 billion euros.",
    )
    assert ("Federal Fiscal Council", "the deficit would overshoot by 8 billion euros") in said
