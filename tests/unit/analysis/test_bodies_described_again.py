"""An affiliation given by a body's lower-case description ("the labor board's regional director") after the article
named the body in full is that body's name; a description that fits two bodies stays as written. Fictional texts of
our own."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles


def test_a_lower_case_description_of_a_body_named_before_is_its_name(nlp):
    paragraphs = (
        "Workers at the warehouse will vote on whether to join a union, the National Labor Relations Board said.",
        "Angela Morrow, the labor board's regional director in Atlanta, said her office was investigating two charges.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Angela Morrow", "official", "National Labor Relations Board")


def test_a_description_that_fits_two_bodies_stays_as_written(nlp):
    paragraphs = (
        "The Tarrow County Labor Board and the Westfield Labor Board said on Monday that they would hear the case.",
        "Angela Morrow, the labor board's regional director, said her office was investigating two charges.",
    )
    assert profiles(nlp, *paragraphs)[-1][2] == "labor board"
