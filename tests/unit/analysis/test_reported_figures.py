""" "Reported" with a noun object: what a campaign, a company or an authority reports is the object ("the campaign
reported a $4 million haul in March", "police reported at least a dozen injuries"), as it is the clause of "reported
that …"; an object too short to say anything ("reported the incident") is none (real pipeline, US campaign news of
our own). Flagged ("reported the post to the staff", "reported it as spam") or still to come ("will report its
totals on Wednesday"), the object is no statement."""

from __future__ import annotations

import pytest

from tests.quoting import said_by

_INTRO = "Dana Kettering is running for governor of Ohio against state Senator Ross Holloway."


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "In April, the Kettering campaign reported a record $4.2 million haul from small donors, and said it had "
            "hired 40 organizers.",
            "Kettering campaign",
            "a record $4.2 million haul from small donors",
        ),
        (
            "Holloway reported between $10,000 and $50,000 in rental income from a lake house he sold last year.",
            "Ross Holloway",
            "between $10,000 and $50,000 in rental income",
        ),
        (
            "Police reported at least a dozen injuries at the county fairground after the rally.",
            "",
            "at least a dozen injuries at the county fairground",
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
    ],
)
def test_what_is_flagged_or_yet_to_be_reported_is_no_quote(nlp, text):
    """Too short to say anything, flagged to someone or as something, or a report still to come."""
    assert said_by(nlp, _INTRO, text) == []
