"""A post that a "who was" or "who served as" clause gives is one held before: its holder is a former official, who
speaks as an expert; "who is" keeps the post a present one (fictional text)."""

from __future__ import annotations

from tests.quoting import profiles_of, quote_rows_of


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


def test_a_public_body_run_in_a_bounded_past_makes_a_former_official_an_expert(nlp):
    paragraphs = (
        "Estonia's domestic security service, the Home Vigilance Directorate, said on Monday that foreign agents had "
        "tried to recruit port workers.",
        "Rein Kaljuvee-Saar, who led the directorate's counter-intelligence branch until 2018, said the service "
        "needed more translators.",
    )
    assert profiles_of(nlp, *paragraphs)[1] == ("Rein Kaljuvee-Saar", "analyst", "Home Vigilance Directorate")
    roles = [row["role"] for row in quote_rows_of(nlp, *paragraphs) if row["speaker"] == "Rein Kaljuvee-Saar"]
    assert roles == ["former head of the directorate's counter-intelligence branch"]


def test_a_company_run_in_a_bounded_past_stays_as_its_kind_was(nlp):
    paragraph = "Rein Kaljuvee-Saar, who ran the shipping firm Nordhavn Lines until 2018, said rates would fall."
    assert profiles_of(nlp, paragraph)[0][:2] != ("Rein Kaljuvee-Saar", "official")
