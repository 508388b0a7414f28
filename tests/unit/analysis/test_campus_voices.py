"""Those who run a university or college or speak for it (texts of our own): its president, chancellor, provost,
athletic director and spokespeople are `other`, like executives, not officials nor the analysts its professors are;
and a university's police chief is police, an official."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.kinds import kind_of
from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("role", "affiliation", "kind"),
    [
        ("chancellor", "Harwell University", "other"),
        ("vice-chancellor", "University of Danby", "other"),
        ("university spokeswoman", "", "other"),
        ("athletic director", "Lakeview State", "other"),
        ("Chief", "the university's police department", "official"),
        ("chancellor", "", "official"),  # a head of government's title
        ("professor of economics", "Harwell University", "analyst"),
        ("president", "College of Nurses of Ostland", "official"),  # a regulator
    ],
)
def test_the_kind_of_those_who_run_or_police_a_school(role, affiliation, kind):
    assert kind_of(role, affiliation) == kind


def test_a_university_president_titled_in_the_second_paragraph_is_no_head_of_state(nlp):
    rows = profiles_of(
        nlp,
        "Harwell University will cut 90 jobs and close its school of music, its president said on Monday.",
        '"We cannot spend money we do not have," President Ann Roebuck told the board of trustees.',
    )
    assert rows == [("Ann Roebuck", "other", "Harwell University")] * 2
