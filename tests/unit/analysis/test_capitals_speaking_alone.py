"""A capital that speaks alone stands for its government ("Accra said it was following events closely"), also where
the recogniser tags it nothing or a person's name; a capital that is also a given name ("Sofia said she had voted")
stays a person. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Accra said it was following events in Lome closely.", ("Accra", "institution", "")),
        ("Abuja said on Tuesday that the vote had been fair.", ("Abuja", "institution", "")),
        ("Kigali said the accusations were baseless.", ("Kigali", "institution", "")),
        ("Dakar said on Tuesday that the vote had been fair.", ("Dakar", "institution", "")),
    ],
)
def test_a_capital_alone_is_its_government_speaking(nlp, paragraph, expected):
    assert profiles_of(nlp, paragraph) == [expected]


def test_a_capital_that_is_also_a_given_name_stays_a_person(nlp):
    assert profiles_of(nlp, "Sofia said she had voted early in the morning.") == [("Sofia", "other", "")]
