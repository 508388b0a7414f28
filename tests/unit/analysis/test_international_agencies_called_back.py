"""A UN agency whose name has no "agency" in it, called back by "the agency's" (called_back_agencies.py): the one
such agency the article named before, and none when it named two (fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "body"),
    [
        (
            (
                "ROME, April 2 (Kestrel Wire) - Locust swarms reached the coast of Eritrea this week, the Food and "
                "Agriculture Organization said on Thursday.",
                "Marta Quellbrook, the agency's senior forecaster, said the swarms would breed again in May.",
            ),
            "Marta Quellbrook",
            "Food and Agriculture Organization",
        ),
        (
            (
                "GENEVA, June 9 (Orbis Press) - The World Health Organization warned on Monday that cholera cases "
                "had tripled in the camps since March.",
                "The agency's regional director, Tobias Vennholt, told reporters that clean water was the first need.",
            ),
            "Tobias Vennholt",
            "World Health Organization",
        ),
    ],
)
def test_the_agency_is_the_one_un_agency_named_before(nlp, paragraphs, speaker, body):
    assert (speaker, "official", body) in profiles_of(nlp, *paragraphs)


def test_with_two_agencies_named_the_agency_stays_unsaid(nlp):
    paragraphs = (
        "NAIROBI, May 4 (Kestrel Wire) - The World Food Programme and the Food and Agriculture Organization said on "
        "Monday that the harvest in the north had failed.",
        "Lukas Ambrevin, the agency's country director, said more than a million people needed food.",
    )
    assert [p for p in profiles_of(nlp, *paragraphs) if p[0] == "Lukas Ambrevin"] == [
        ("Lukas Ambrevin", "official", "")
    ]


def test_the_food_and_agriculture_organization_is_an_international_body(nlp):
    paragraphs = ("Pera Lindvall, a spokeswoman for the Food and Agriculture Organization, said prices had risen.",)
    assert profiles_of(nlp, *paragraphs) == [("Pera Lindvall", "official", "Food and Agriculture Organization")]
