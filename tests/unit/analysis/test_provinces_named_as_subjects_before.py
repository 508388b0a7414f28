"""A province named by its name alone as the subject of a sentence, then called back by "the province's" in the same
paragraph ("Balochistan has been hit hardest. The province's governor, X, said"): the governor serves that province
(subject_provinces.py, through governed_provinces; fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "speaker", "province"),
    [
        (
            "Balochistan has been hit hardest. The province's governor, Yaqoob Durrani-Lehri, said farmers had lost "
            "their entire wheat crop.",
            "Yaqoob Durrani-Lehri",
            "Balochistan",
        ),
        (
            "Sindh was the worst hit. The province's chief minister, Anwar Dalrani-Jokhio, said schools in the flooded "
            "districts would stay closed.",
            "Anwar Dalrani-Jokhio",
            "Sindh",
        ),
    ],
)
def test_the_province_is_the_subject_of_the_sentence_before(nlp, paragraph, speaker, province):
    assert profiles_of(nlp, paragraph) == [(speaker, "official", province)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pakistan declared an emergency on Monday. The province's governor, Yaqoob Durrani-Lehri, said farmers had "
        "lost their entire wheat crop.",
        "Balochistan and Sindh have been hit hardest. The province's governor, Yaqoob Durrani-Lehri, said farmers had "
        "lost their entire wheat crop.",
    ],
)
def test_a_country_or_two_places_name_no_province(nlp, paragraph):
    assert profiles_of(nlp, paragraph) == [("Yaqoob Durrani-Lehri", "official", "")]
