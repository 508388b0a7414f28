"""A legislature's committee the story named in lower case ("told parliament's culture, media and sport committee")
is the one "The committee's chair, X," chairs, not the commission or the company named last, and its chair holds
public office. A committee the recogniser reads as part of a name it tagged keeps the name it had. Fictional texts
throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Pellridge's chief executive, Tobias Quennell, told parliament's culture, media and sport committee "
                "that the Gaming and Lotteries Commission had deducted points for its plan.",
                "The committee's chair, Fenella Brocklehurst, said she would write to the commission asking for the "
                "full scoring sheets.",
            ),
            ("Fenella Brocklehurst", "official", "parliament's culture, media and sport committee"),
        ),
        (
            (
                "Pellridge's chief executive, Tobias Quennell, told parliament's culture, media and sport committee "
                "that the regulator had deducted points for its plan.",
                "The committee's chair, Fenella Brocklehurst, said she would write to the regulator asking for the "
                "full scoring sheets.",
            ),
            ("Fenella Brocklehurst", "official", "parliament's culture, media and sport committee"),
        ),
        (
            (
                "Officials of Brenmoor Water told the assembly's environment and rural affairs committee on Tuesday "
                "that the leaks would be fixed by the summer.",
                "The committee's chairman, Idris Penhallow-Gwynn, said the company had made the same promise a year "
                "ago.",
            ),
            ("Idris Penhallow-Gwynn", "official", "assembly's environment and rural affairs committee"),
        ),
    ],
)
def test_the_committee_named_in_lower_case_is_the_one_its_chair_chairs(nlp, paragraphs, expected):
    assert profiles_of(nlp, *paragraphs)[-1] == expected


def test_a_committee_of_a_tagged_house_keeps_its_name(nlp):
    paragraphs = (
        "The chief executive of Halvard Energy told the Senate's energy committee that the Grid Safety Commission had "
        "ignored its plan.",
        "The committee's chairman, Senator Rhys Ambrose-Tull, said he would write to the commission asking for its "
        "records.",
    )
    assert profiles_of(nlp, *paragraphs)[-1] == ("Rhys Ambrose-Tull", "official", "energy committee")
