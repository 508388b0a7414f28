"""A communique or a treaty read part by part ("Point four says ...", "Article 7 sets ..."): each numbered part goes
on with the theme of the paragraph just before, and one in a domestic story goes on with nothing. Fictional texts on
the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_treaty_read_article_by_article_keeps_its_diplomacy(themes, nlp):
    found = article(
        themes,
        nlp,
        "Andean Neighbours Sign Friendship Treaty",
        [
            "The foreign ministers of Peru and Bolivia signed a treaty of friendship and cooperation in Cusco on "
            "Saturday, ending two decades of talks.",
            "Article 7 gives fishermen from either shore the same rights on Lake Titicaca, and article 8 fixes the "
            "closed season.",
        ],
    )
    assert "diplomacy" in found[1], found


def test_a_numbered_section_of_a_domestic_law_goes_on_with_nothing(themes, nlp):
    found = article(
        themes,
        nlp,
        "City Council Passes Tenancy Rules",
        [
            "The city council passed new rules for landlords on Tuesday after a year of complaints about rents.",
            "Section 8 lets tenants take a landlord to a housing tribunal over repairs.",
        ],
    )
    assert found[1] == [], found
