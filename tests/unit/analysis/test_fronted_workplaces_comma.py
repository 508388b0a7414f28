"""A place of work set before the clause by "At" ties the person the clause describes by a role to it, also where the
parser hangs the comma after it on the place's name ("At Riksvang Hospital in Oslo, chief pharmacist X said": X of
Riksvang Hospital) (`works_at.fronted_workplace`). An occasion set before the clause ties no one to anything.
Fictional hospitals, firms and people."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_CASES = [
    (
        "At Riksvang Hospital in Oslo, chief pharmacist Henrik Aasebo-Lund said nine in ten of its patients had moved "
        "to a biosimilar within two months, with no rise in complaints.",
        ("Henrik Aasebo-Lund", "other", "Riksvang Hospital"),
    ),
    (
        "At Riksvang Hospital, chief pharmacist Henrik Aasebo-Lund said nine in ten of its patients had moved to a "
        "biosimilar.",
        ("Henrik Aasebo-Lund", "other", "Riksvang Hospital"),
    ),
    (
        "At Tallbrook Clinic in Leeds, head nurse Mary Sorvik-Dunn said waiting times had doubled since the spring.",
        ("Mary Sorvik-Dunn", "other", "Tallbrook Clinic"),
    ),
]


@pytest.mark.parametrize(("paragraph", "profile"), _CASES)
def test_the_fronted_workplace_is_the_persons(nlp, paragraph, profile):
    assert profile in profiles_of(nlp, paragraph)


_OCCASIONS = [
    ("At a meeting in Oslo, chief pharmacist Henrik Aasebo-Lund said supplies were short.", "Henrik Aasebo-Lund"),
    (
        "At an April Harlan campaign stop in Dayton, Ohio, 58-year-old Ellen Marsh-Tibbet told the crowd she was "
        "tired of watching mill towns empty out.",
        "Ellen Marsh-Tibbet",
    ),
    (
        "At an April Bancroft campaign stop in Dayton, Ohio, 58-year-old Ellen Marsh-Tibbet told the crowd she was "
        "tired of watching mill towns empty out.",
        "Ellen Marsh-Tibbet",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), _OCCASIONS)
def test_an_occasion_set_before_ties_no_one(nlp, paragraph, speaker):
    assert {(name, affiliation) for name, _, affiliation in profiles_of(nlp, paragraph)} == {(speaker, "")}
