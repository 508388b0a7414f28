"""The abbreviation of a province or state after a town ("Grey Ridge, Ont."), on the real pipeline (with its
`region_abbreviations` step): a place, and no one who speaks; fictional towns."""

from __future__ import annotations

import pytest

from tests.quoting import quote_rows_of


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Dunmore Falls, Ont., said the boil-water advisory would stay in place until Friday.",
        "Public health officials in Carrow Bend, Ont., are urging parents to keep sick children home.",
    ],
)
def test_a_province_after_a_town_is_no_person_who_speaks(nlp, text):
    """ "Officials in Grey Ridge, Ont., are urging parents …": the recogniser tagged "Ont" a person's name, and the
    officials' words went to a person named "Ont"."""
    rows = quote_rows_of(nlp, text)
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("", "unnamed")]


def test_the_abbreviation_is_tagged_a_place_and_a_name_like_it_elsewhere_stays(nlp):
    doc = nlp("Officials in Dunmore Falls, Ont., met Mo Farrow on Monday.")
    assert [(e.text, e.label_) for e in doc.ents if e.text in ("Ont", "Mo Farrow")] == [
        ("Ont", "GPE"),
        ("Mo Farrow", "PERSON"),
    ]
