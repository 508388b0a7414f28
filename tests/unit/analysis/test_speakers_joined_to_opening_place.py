"""A speaker the parser joined to the place of the phrase that opens the sentence ("In Aarhus, Ravnsborg’s sister,
Signe Ravnsborg, told reporters that …", parsed as "In Aarhus and the sister" with a cue that has no subject) is the
one who speaks; a country after its town names no one (fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "In Aarhus, Ravnsborg’s sister, Signe Ravnsborg, told reporters outside the family home that her brother "
            "had called at dawn from the plane.",
            "Signe Ravnsborg",
            "her brother had called at dawn",
        ),
        (
            "In Aarhus, Brodersen’s wife, Trine Brodersen, said her husband had lost weight.",
            "Trine Brodersen",
            "her husband had lost weight",
        ),
        (
            "In Aarhus, Ravnsborg’s mother, Bodil Ravnsborg, said she had not slept in days.",
            "Bodil Ravnsborg",
            "she had not slept in days",
        ),
        (
            "In Aalborg, Vestergaard’s sister, Signe Vestergaard, said the family was relieved.",
            "Signe Vestergaard",
            "the family was relieved",
        ),
    ],
)
def test_the_speaker_joined_to_the_opening_place_speaks(nlp, text, speaker, said):
    rows = said_by(nlp, text)
    assert [(who, quote[: len(said)]) for who, quote in rows] == [(speaker, said)]


def test_a_country_after_its_town_names_no_speaker(nlp):
    rows = said_by(nlp, "In Aarhus, Denmark, the news was welcomed, officials said.")
    assert [speaker for speaker, _ in rows] == [""]
