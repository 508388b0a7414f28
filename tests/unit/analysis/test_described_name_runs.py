"""A person's name the recogniser cut short or left untagged, set off by commas before a person's post ("Per X, a
former ambassador, …", "Mei Lin X, a strategist at …"), is the speaker's whole name, and the surname alone later is
the same person; a company set off before a company's description stays a company. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Per Lindqvist, a former Swedish ambassador to Ankara, said the talks had stalled for a year.",
                "\u201cThey will not move until the election,\u201d Lindqvist said.",
            ),
            "Per Lindqvist",
        ),
        (
            ("Marit Vandeloo, head of the tenants' group Huurders Samen, said rents in the city had doubled.",),
            "Marit Vandeloo",
        ),
        (
            ("Mei Lin Qiao, a strategist at Harrowgate Bank who covers metals, said copper would hold up well.",),
            "Mei Lin Qiao",
        ),
        (
            ("Odile Tran Vo, a commander of the rebel Northern Hills Front, said by telephone that the truce held.",),
            "Odile Tran Vo",
        ),
    ],
)
def test_a_name_set_off_before_a_post_is_the_speakers_whole_name(nlp, paragraphs, speaker):
    assert {found for found, _ in said_by(nlp, *paragraphs)} == {speaker}


def test_a_company_set_off_before_a_companys_description_stays_a_company(nlp):
    found = said_by(nlp, "Brantmoor Rail, the owner of the line, said the trains would run again on Monday.")
    assert [speaker for speaker, _ in found] == ["Brantmoor Rail"]
