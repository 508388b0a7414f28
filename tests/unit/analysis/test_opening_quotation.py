"""A quotation that opens an article with no cue of its own is the person's whom the next sentence introduces as its
subject, named there for the first time, whatever the verb (analysis/quotes/opening.py); not a place's or a body's,
nor a person's the article named already, and not a quotation further into the article."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_quotation_that_opens_the_article_is_the_person_introduced_next(nlp):
    said = said_by(
        nlp,
        f"{L}We lost everything.{R} Helen Marsh stood in the ashes of her farmhouse near Ashby on Tuesday. "
        "The fire had burned for two days.",
    )
    assert ("Helen Marsh", f"{L}We lost everything.{R}") in said


def test_a_quotation_that_is_the_first_paragraph_is_the_person_the_next_one_introduces(nlp):
    said = said_by(
        nlp,
        f"{L}The river came in through the kitchen window.{R}",
        "David Cole spent Sunday night on the roof of his bakery in Millford with his two sons.",
    )
    assert ("David Cole", f"{L}The river came in through the kitchen window.{R}") in said


def test_an_opening_quotation_followed_by_a_place_or_a_body_gets_no_speaker_this_way(nlp):
    place = said_by(
        nlp, f"{L}We lost everything.{R} Millford was still under water on Tuesday, two days after the storm."
    )
    body = said_by(
        nlp, f"{L}We lost everything.{R} The Harbour Council met on Tuesday to count the damage from the storm."
    )
    assert [s for s, q in place if "lost everything" in q] == []
    assert [s for s, q in body if "lost everything" in q] == []


def test_an_opening_quotation_is_not_given_to_a_person_already_named(nlp):
    said = said_by(
        nlp,
        f"{L}Helen Marsh will not be back.{R} Helen Marsh stood in the ashes of her farmhouse on Tuesday.",
    )
    assert [s for s, q in said if "will not be back" in q] == []


def test_a_quotation_further_into_the_article_is_not_given_this_way(nlp):
    said = said_by(
        nlp,
        "The storm reached Millford on Sunday night and flooded the lower town.",
        f"{L}We lost everything.{R} David Cole stood in the ruins of his bakery on Tuesday.",
    )
    assert [s for s, q in said if "lost everything" in q] == []
