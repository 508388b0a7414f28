""" "X, a former Y official who is now a fellow at Z, said": where X works now is Z, which outweighs the body named
before the old post's noun (`present_posts.role_now`; real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_former_officials_body_gives_way_to_where_she_is_now(nlp):
    rows = profiles_of(
        nlp,
        "Carol Jennings, a former Federal Trade Commission official who is now a fellow at the Hartwell Institute, "
        "said similar rules abroad had done little to lower prices.",
    )
    assert rows == [("Carol Jennings", "analyst", "Hartwell Institute")]


def test_a_serving_officials_body_stays(nlp):
    rows = profiles_of(
        nlp,
        "Carol Jennings, a Federal Trade Commission official who is also a fellow at the Hartwell Institute, said "
        "similar rules abroad had done little to lower prices.",
    )
    assert rows[0][2] == "Federal Trade Commission"
