""" "Reported" with a noun object: what an authority or a body reports is the object ("the elections board reported
long lines", "police reported three crashes"), as it is the clause of "reported that …". Not an object
too short to say anything ("reported the fire"), a period's results (figures, as in test_claimed_by_saying), one
flagged to someone or as something ("reported the post to the staff", "reported it as spam"), nor one still to come
("will report its totals on Wednesday") (real pipeline, US campaign news of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Dana Kettering is running for governor of Ohio against state Senator Ross Pellworth."


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "The county elections board reported long lines at 14 polling places in Dayton on Tuesday morning.",
            "county elections board",
            "long lines at 14 polling places in Dayton",
        ),
        (
            "Police reported three crashes on the interstate near the rally site.",
            "",
            "three crashes on the interstate near the rally site",
        ),
    ],
)
def test_the_object_of_reported_is_what_was_reported(nlp, text, speaker, said):
    rows = [r for r in said_by(nlp, _INTRO, text) if r[1].startswith(said)]
    assert len(rows) == 1 and rows[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "A neighbor reported the fire.",
        "Some of the men reported her campaign messages on the dating app as spam.",
        "Volunteers report hostile posts about the candidate to the site's staff members every day.",
        "The Kettering campaign will report its second quarter fundraising totals on Wednesday.",
        "In April, the Kettering campaign reported a record $4.2 million haul from small donors.",
    ],
)
def test_what_is_flagged_or_yet_to_be_reported_is_no_quote(nlp, text):
    """Too short to say anything, flagged to someone or as something, or a report still to come."""
    assert said_by(nlp, _INTRO, text) == []
