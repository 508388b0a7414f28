""" "Members of X voted …, the credit union said" and "X's shareholders approved …, the company said": an organisation
whose members or shareholders are a clause's subject acted there, so a later "the company", "the credit union" or
"it" is that organisation, not another body the clause names after it (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Shareholders of Brenlow Mining approved the sale of a mine to Calder Metals on Friday, the company said.",
            "Brenlow Mining",
        ),
        (
            "Brenlow Mining’s shareholders approved the sale of a mine to Calder Metals on Friday, the company said.",
            "Brenlow Mining",
        ),
    ],
)
def test_the_body_whose_members_acted_speaks_after_them(nlp, text, speaker):
    [(who, _)] = said_by(nlp, text)
    assert who == speaker


@pytest.mark.parametrize("cue", ["The credit union said", "It said"])
def test_the_body_whose_members_voted_is_the_one_referred_to_next(nlp, cue):
    voted = "Members of Ashgrove Credit Union voted to join Pellham Credit Union on Friday."
    assert said_by(nlp, voted, f"{cue} the vote passed with 71 per cent.") == [
        ("Ashgrove Credit Union", "the vote passed with 71 per cent")
    ]


def test_members_of_a_union_are_not_the_company(nlp):
    text = "Members of the Ashgrove Nurses Union voted to strike at Pellham Health, the company said."
    [(who, _)] = said_by(nlp, text)
    assert who == "Pellham Health"


def test_shareholders_named_by_a_compound_leave_the_acting_company(nlp):
    text = (
        "Calder Metals bought a mine from Brenlow Mining, and a group of Brenlow Mining shareholders sued, the "
        "company said."
    )
    [(who, _)] = said_by(nlp, text)
    assert who == "Calder Metals"
