""" "The office of Minister X" and "the office of the premier" speak for the person who holds the office
(office_of_owners.py), as "X's office" does, not as a body named "office"."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    "paragraph",
    [
        "According to the office of Fisheries Minister Gina Lavoie, the province doubled the wharf budget this year.",
        "Premier Gina Lavoie was in Halbridge. The office of the premier said the wharf budget had doubled.",
    ],
)
def test_the_office_of_a_person_speaks_for_that_person(nlp, paragraph):
    assert [s for s, _ in said_by(nlp, paragraph)] == ["Gina Lavoie"]
