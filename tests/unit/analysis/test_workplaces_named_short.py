"""A workplace named short after a role ("X, a senior director at Merriden,") is the organisation the article named in
full with that word first ("Merriden Ratings"), whatever the recogniser tagged the lone word (a place, a building, an
organisation of its own): the person is tied to the full name, and a rating agency's staff are its analysts. A place
with no such organisation in the article stays a place. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Merriden Ratings placed Larkspire Lotteries' credit rating on review for an upgrade on Wednesday, "
                "saying the renewal of its licence had removed the biggest risk to the company's cash flows.",
                "Ines Vaudrey-Hill, a senior director at Merriden, said the agency could raise the rating by one notch "
                "once the licence was signed.",
            ),
            ("Ines Vaudrey-Hill", "analyst", "Merriden Ratings"),
        ),
        (
            (
                "Kelmarsh Ratings affirmed Doravia's credit rating on Friday, saying its finances had steadied.",
                "Yusuf Carrington-Obi, a senior analyst at Kelmarsh, said the outlook could turn positive next year.",
            ),
            ("Yusuf Carrington-Obi", "analyst", "Kelmarsh Ratings"),
        ),
        (
            (
                "Harrowgate Ratings cut the outlook on Velmora's bonds to negative on Monday, saying the province's "
                "debt would keep rising.",
                "Pieter Vandenbosch-Ary, a vice president at Harrowgate, said the agency could lower the rating within "
                "a year.",
            ),
            ("Pieter Vandenbosch-Ary", "analyst", "Harrowgate Ratings"),
        ),
    ],
)
def test_a_workplace_named_short_is_the_organisation_named_in_full(nlp, paragraphs, expected):
    assert profiles_of(nlp, *paragraphs)[-1] == expected


def test_a_place_with_no_organisation_of_its_name_stays_a_place(nlp):
    paragraphs = (
        "The plan was unveiled in Brussels on Monday.",
        "Imogen Stackpole-Vere, a professor at Cambridge, said the plan would not survive a legal challenge.",
    )
    assert profiles_of(nlp, *paragraphs) == [("Imogen Stackpole-Vere", "analyst", "Cambridge")]
