"""A writing that carries its author ("A campaign ad from the Prairie Party claims …", "a post by Senator Ada Lund
says …") is no speaker, but its author is; a writing with no author given, one given only the sponsor who paid for it,
or a study that finds, stays no one's quote (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "A campaign ad from the Prairie Renewal Party claims the fuel levy costs families 40 cents a litre.",
            "Prairie Renewal Party",
        ),
        ("A post by Senator Ada Lund says the ferry terminal will close in May.", "Ada Lund"),
        (
            "A statement from the Halden Ministry of Health said the border crossing was open again.",
            "Halden Ministry of Health",
        ),
    ],
)
def test_the_author_given_on_the_writing_speaks(nlp, text, author):
    [(speaker, _)] = said_by(nlp, text)
    assert speaker == author


@pytest.mark.parametrize(
    "text",
    [
        "A viral post claims the fuel levy costs families 40 cents a litre.",
        "A study from the Westgate Institute says the fuel levy costs families 40 cents a litre.",
        "The ad, paid for by a super PAC called Brisk Forward Fund, accuses Ada Lund of wanting to close the ferry.",
    ],
)
def test_a_writing_with_no_author_or_a_study_is_no_quote(nlp, text):
    assert [s for s, _ in said_by(nlp, text) if s] == []
