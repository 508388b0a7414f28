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


def test_a_pronoun_in_the_paragraph_before_names_no_one_the_description_is(nlp):
    rows = said_by(
        nlp,
        "“That is a fair worry,” Marla Quint, 69, told a radio station on Monday when asked about the race.",
        "“Truly,” she added when the host gasped.",
        "The singer said she had grown weary of politics as usual.",
    )
    assert rows[-1][0] == ""


def test_a_description_the_cast_resolved_to_a_name_names_no_one_the_description_is(nlp):
    rows = said_by(
        nlp,
        "Harlan Voss spent an hour with the mayor on Wednesday.",
        '"We admire them deeply," this Voss look-alike declared in the square.',
        "The impostor said the two towns shared warm ties.",
    )
    assert rows[-1][0] == ""


def test_a_document_opening_a_paragraph_is_not_the_one_quoted_just_before(nlp):
    rows = said_by(
        nlp,
        "Other biologists were wary. “I would call this a hint,” said Oona Fairweather-Klee, a biologist at Brackwater "
        "University.",
        "The paper says the shift is fastest in the shallow bays.",
    )
    assert all(speaker != "Oona Fairweather-Klee" for speaker, quote in rows if "shallow bays" in quote)
