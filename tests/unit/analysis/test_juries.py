"""A jury that recommends, urges or calls for something: a group of people, an unnamed source (GUIDELINES.md), on the
real pipeline; fictional inquests."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Among its recommendations, the jury called for the province to fund a nurse in every cellblock.",
            "the province to fund a nurse in every cellblock",
        ),
        ("The inquest jury urged the city to fence the reservoir.", "the city to fence the reservoir"),
    ],
)
def test_a_jury_that_calls_for_something_is_an_unnamed_source(nlp, text, said):
    """ "the jury called for the RCMP to require …": "jury" was no noun of people, so a cue other than "said" found
    no speaker in it and the recommendation was no quote."""
    rows = quote_rows_of(nlp, text)
    assert [(r["speaker"], r["speaker_kind"], r["quote"]) for r in rows] == [("", "unnamed", said)]
