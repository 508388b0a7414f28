"""A communique or a treaty read part by part ("Point four says ...", "Article 7 sets ..."): each numbered part goes
on with the theme of the paragraph just before, and one in a domestic story goes on with nothing. Fictional texts on
the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import load_themes
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


def test_a_users_own_theme_goes_on_through_numbered_parts(tmp_path, nlp):
    path = tmp_path / "energy.toml"
    path.write_text(
        '[energy]\nthreshold = 2.0\n[energy.terms]\n"wind farm" = 2.0\n"solar panel" = 2.0\n"grid" = 1.0\n',
        encoding="utf-8",
    )
    energy = load_themes(path)
    found = article(
        energy,
        nlp,
        "Council Adopts Plan For Wind Farms",
        [
            "The regional council adopted a ten-year plan on Tuesday for wind farms and solar panels on public land.",
            "Point three sets aside two hillsides near the coast, and point four gives villages a share of the income.",
        ],
    )
    assert found == [["energy"], ["energy"]], found
