"""A body called back by the last word of its name ("the agency") after another body spoke whose name ends in another
body's noun (a ministry): the agency named before, not the ministry that spoke last (own_word_bodies.py). With no body
of the article named by the word, "the agency" stays the body that spoke last."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the Independent Paddling Integrity Agency said on Tuesday", "Brazil's sports ministry said in a statement"),
        ("the Coastal Fisheries Agency said on Monday", "Chile's economy ministry said"),
        ("the Northern Rail Safety Agency said", "the transport ministry said in a statement"),
    ],
)
def test_the_agency_is_the_agency_named_before_not_the_ministry_that_spoke_last(nlp, first, second):
    agency = first.removeprefix("the ").split(" said")[0]
    rows = said_by(
        nlp,
        f"A canoeist has been banned for four years, {first}.",
        f"{second[0].upper()}{second[1:]} that it had been informed of the case.",
        "The case is the third in two years. The agency said it would expand testing.",
    )
    assert rows[-1] == (agency, "it would expand testing")


def test_the_agency_with_no_agency_named_is_the_ministry_that_spoke(nlp):
    rows = said_by(
        nlp,
        "Brazil's sports ministry said in a statement that it had been informed of the case.",
        "The case is the third in two years. The agency said it would expand testing.",
    )
    assert rows[-1] == ("Brazil's sports ministry", "it would expand testing")
