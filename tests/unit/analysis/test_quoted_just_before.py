"""A bare description that opens a paragraph ("The plumber says …") right after a paragraph that quoted one person by
name and named no one else is that person; after a paragraph that named two people it stays unnamed."""

from __future__ import annotations

from tests.quoting import said_by

_AFTER = "The plumber says copper pipe now costs twice what it did before the pandemic."


def test_the_description_opening_a_paragraph_is_the_one_quoted_just_before(nlp):
    rows = said_by(
        nlp,
        "In Marsh End, tradesmen say the work has dried up. “I used to turn jobs away. Now I chase them,” says Osric "
        "Bellweather-Nunn, who has fixed boilers in the town since 1998.",
        _AFTER,
    )
    assert rows[-1][0] == "Osric Bellweather-Nunn"


def test_the_description_after_a_paragraph_of_two_people_is_no_one_named(nlp):
    rows = said_by(
        nlp,
        "“I used to turn jobs away,” says Osric Bellweather-Nunn, who works with his cousin Tamsin Greavey-Lott.",
        _AFTER,
    )
    assert rows[-1][0] == ""
