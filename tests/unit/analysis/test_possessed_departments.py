"""A state's department the recogniser tags apart from the country written before it with a possessive ("Thailand's"
+ "Excise Department") speaks under the name with its country, as a state's office or agency does ("Japan's" +
"Fisheries Agency"). A company's department keeps its name as it was, and so does a department whose country stands
right before it with no possessive. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Thailand's Excise Department said on Tuesday it would raise the tax on beer by 10 percent.",
            "Thailand's Excise Department",
        ),
        (
            "Thailand's Revenue Department said on Monday it would extend the filing deadline by a month.",
            "Thailand's Revenue Department",
        ),
        (
            "Sri Lanka's Excise Department said it had seized 4,000 litres of illegal liquor.",
            "Sri Lanka's Excise Department",
        ),
    ],
)
def test_a_department_takes_the_country_before_it(nlp, text, body):
    assert profiles_of(nlp, text)[0][:2] == (body, "institution")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kalverhaven's Legal Department said on Monday it would appeal the ruling.", "Legal Department"),
        ("The U.S. State Department said on Monday it would send an envoy.", "U.S. State Department"),
    ],
)
def test_other_departments_keep_their_names(nlp, text, body):
    assert profiles_of(nlp, text)[0][:2] == (body, "institution")
