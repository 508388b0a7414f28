"""A former official said to work somewhere now without a verb ("X, a former NASA flight director now at the
consultancy Y, said") is tied to Y, where she works now, not to the body of her old post's title (former_posts_now;
texts of our own)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_former_post_now_at_a_consultancy_is_tied_to_the_consultancy(nlp):
    rows = profiles_of(
        nlp,
        "Delphine Marchal-Ueda, a former NASA flight director now at the Houston consultancy Lagrange Mission "
        "Partners, said the station had sheltered its crew from debris only a handful of times.",
    )
    assert rows == [("Delphine Marchal-Ueda", "analyst", "Lagrange Mission Partners")]


def test_a_former_post_with_nothing_said_of_now_keeps_its_body(nlp):
    rows = profiles_of(
        nlp,
        "Delphine Marchal-Ueda, a former NASA flight director, said the station had sheltered its crew from debris "
        "only a handful of times.",
    )
    assert [affiliation for _, _, affiliation in rows] == ["NASA"]


def test_a_former_post_whose_clause_names_where_he_works_now_is_tied_to_it(nlp):
    rows = profiles_of(
        nlp,
        "Tobias Lindgren-Achterberg, a former Marrow Trucks designer who now advises fleet buyers at the Ohio "
        "firm Gearbox Advisory, said brake recalls often came in waves.",
    )
    assert rows == [("Tobias Lindgren-Achterberg", "analyst", "Gearbox Advisory")]


def test_a_former_post_whose_clause_names_no_place_keeps_its_body(nlp):
    rows = profiles_of(
        nlp,
        "Tobias Lindgren-Achterberg, a former Marrow Trucks designer who now advises fleet buyers, said brake "
        "recalls often came in waves.",
    )
    assert [affiliation for _, _, affiliation in rows] == ["Marrow Trucks"]
