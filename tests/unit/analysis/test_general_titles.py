"""Offices whose title ends in "General" ("Consul General", "Auditor General", "Solicitor General"): the recogniser
tags the title, or its "General" with the holder's name, as if it named a body; it names an office, so the quote has
no affiliation from it, and a body named before the title stays the affiliation. Fictional people throughout."""

from __future__ import annotations

import pytest

from tests.quoting import L, R
from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            f"{L}The talks must resume soon,{R} Consul General Ivo Marek said on Tuesday.",
            ("Ivo Marek", "official", ""),
        ),
        (
            f"{L}The talks must resume soon,{R} Consul General Maria Lindqvist said on Tuesday.",
            ("Maria Lindqvist", "official", ""),
        ),
        (
            f"{L}The talks must resume soon,{R} Solicitor General Ivo Marek said on Tuesday.",
            ("Ivo Marek", "official", ""),
        ),
        (
            f"{L}The talks must resume soon,{R} Auditor General Ivo Marek said on Tuesday.",
            ("Ivo Marek", "official", ""),
        ),
        (
            f"{L}The talks must resume soon,{R} Consul General Lisbet Orr said on Tuesday.",
            ("Lisbet Orr", "official", ""),
        ),
    ],
)
def test_a_title_ending_in_general_names_no_body(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


def test_a_body_named_before_the_title_stays_the_affiliation(nlp):
    paragraph = f"{L}The talks must resume soon,{R} NATO Secretary General Maria Lindqvist said on Tuesday."
    assert profiles(nlp, paragraph) == [("Maria Lindqvist", "official", "NATO")]
