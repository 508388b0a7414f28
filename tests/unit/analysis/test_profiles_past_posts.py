"""A post that a "who was" or "who served as" clause gives is one held before: its holder is a former official, who
speaks as an expert; "who is" keeps the post a present one (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_post_a_clause_gives_in_the_past_is_a_former_one(nlp):
    rows = profiles_of(
        nlp, "Ilse Marrow, who was deputy trade minister of Velmora in 2013, said the talks had always been slow."
    )
    assert rows == [("Ilse Marrow", "analyst", "Velmora")]


def test_a_post_a_clause_gives_in_the_present_is_held_now(nlp):
    rows = profiles_of(
        nlp, "Ilse Marrow, who is deputy trade minister of Velmora, said the talks had always been slow."
    )
    assert rows == [("Ilse Marrow", "official", "Velmora")]


def test_a_post_a_clause_says_was_served_is_a_former_one(nlp):
    rows = profiles_of(
        nlp,
        "Ilse Marrow, who served as Velmora’s ambassador to Ankara from 2014 to 2019 and now teaches history at a "
        "university in Kessa, said the talks had always been slow.",
    )
    assert rows == [("Ilse Marrow", "analyst", "Velmora")]


def test_a_post_served_for_years_with_no_end_leaves_a_present_title(nlp):
    rows = profiles_of(
        nlp,
        "Vice President Tomas Lanford-Bixby campaigned in Velmora on Monday.",
        "“He is unfit,” said Lanford-Bixby, who served as a senator for 36 years.",
    )
    assert rows == [("Tomas Lanford-Bixby", "official", "")]
