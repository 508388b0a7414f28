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


def test_a_states_former_ambassador_who_now_heads_a_forum_speaks_for_the_forum(nlp):
    rows = profiles_of(
        nlp,
        "Tomas Ekwall, Sweden's former ambassador to Tokyo who now heads the Uppsala-based Brightwater Policy Forum, "
        "said the new visa rules would mostly hurt students.",
    )
    assert rows == [("Tomas Ekwall", "analyst", "Brightwater Policy Forum")]  # was an official of Sweden


def test_a_states_serving_ambassador_stays_the_states(nlp):
    rows = profiles_of(
        nlp,
        "Tomas Ekwall, Sweden's ambassador to Tokyo, said the new visa rules would mostly hurt students.",
    )
    assert rows == [("Tomas Ekwall", "official", "Sweden")]
