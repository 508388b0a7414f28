"""A "he" or "she" after a sentence whose subject is "the" and the noun of a role the article gave one named person
("The kayaker did not speak to reporters. In a statement, he thanked …") is that person, the topic of the sentence,
though someone else was named since (role_described_topics.py). A description that fits no one named, or a person
whose gender tells against the pronoun, leaves the pronoun to the other rules."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("lead", "role", "name"),
    [
        ("Polish kayaker Bartosz Kowalczyk-Ruhl had his ban cut on Thursday.", "kayaker", "Bartosz Kowalczyk-Ruhl"),
        ("Sports Minister Levan Okropiridze-Hale opened the congress on Friday.", "minister", "Levan Okropiridze-Hale"),
        ("Veteran striker Tomasz Wierzbicki-Hale was fined on Monday.", "striker", "Tomasz Wierzbicki-Hale"),
    ],
)
def test_a_pronoun_after_a_described_subject_is_the_one_so_described(nlp, lead, role, name):
    rows = said_by(
        nlp,
        lead,
        "His lawyer, Anneke Dijkstra-Voss, told reporters that the ruling had come too late.",
        f"The {role} did not speak to reporters. In a short statement, he said he was looking forward to racing again.",
    )
    assert [s for s, _ in rows][-1] == name


def test_a_pronoun_whose_gender_tells_against_the_described_person_is_not_theirs(nlp):
    rows = said_by(
        nlp,
        "Polish kayaker Bartosz Kowalczyk-Ruhl had his ban cut on Thursday.",
        "His lawyer, Anneke Dijkstra-Voss, told reporters that the ruling had come too late.",
        "The kayaker did not speak to reporters. Outside the court, she said the fight was not over.",
    )
    assert rows[-1][0] != "Bartosz Kowalczyk-Ruhl"
