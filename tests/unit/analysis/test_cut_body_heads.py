"""The last word of a body's name that the recogniser took alone for a person ("the Pine Hollow Theological Seminary")
is no person standing between a description after a quotation and the one who spoke before it."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_professor_after_a_quotation_is_who_teaches_at_the_seminary(nlp):
    rows = said_by(
        nlp,
        "Dorothy Abernethy-Sloan, who teaches church history at the Pine Hollow Theological Seminary, said the vote "
        "marked the end of an idea that had held the denomination together since the 19th century. “The bishops’ rule "
        "was the glue,” the professor said.",
    )
    assert rows[-1] == ("Dorothy Abernethy-Sloan", "“The bishops’ rule was the glue,”")
