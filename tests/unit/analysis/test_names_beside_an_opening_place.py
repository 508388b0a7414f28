"""A name the parser set beside the place of the phrase that opens the sentence, with the description after it taken
for the subject ("In Ouagadougou, Col. Ilboudo, the government spokesman, said …"), is who speaks, not the role
holder the description fits earlier in the article nor an unnamed source; a place described after it names no one
(fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "In Ouagadougou, Col. Ilboudo, the government spokesman, said on Saturday that two prisoners had crossed "
            "into Mali.",
            "Ilboudo",
            "two prisoners had crossed into Mali",
        ),
        (
            "In Lomé, Amegavi, the foreign minister, said Togo had acted as a friend to all.",
            "Amegavi",
            "Togo had acted as a friend to all",
        ),
    ],
)
def test_the_name_beside_the_opening_place_speaks(nlp, text, speaker, said):
    rows = said_by(nlp, text)
    assert [(who, quote[: len(said)]) for who, quote in rows] == [(speaker, said)]


def test_the_name_wins_over_an_earlier_holder_of_the_role(nlp):
    rows = said_by(
        nlp,
        f"She said she hoped to meet Al-Ruqaishi, the Omani spokesman, {L}to tell him that his voice on the radio was "
        f"the first good news we had in a year.{R}",
        "In Ouagadougou, Col. Ilboudo, the government spokesman, said on Saturday that two of the freed prisoners had "
        "crossed into Mali.",
    )
    assert ("Ilboudo", "two of the freed prisoners had crossed into Mali") in rows


def test_a_place_described_after_it_names_no_one(nlp):
    rows = said_by(nlp, "In Ouagadougou, the capital, the government spokesman said the prisoners had left.")
    assert [speaker for speaker, _ in rows] == [""]
