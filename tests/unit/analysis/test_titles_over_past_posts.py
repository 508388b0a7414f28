"""A title of office held now before a name outweighs a post held before that an apposition gives ("Senator X, a
former prosecutor,"), unless the title is one kept for life and the article says the person left it (fictional
text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_serving_senators_past_post_makes_no_former_official(nlp):
    profiles = profiles_of(nlp, "Senator Ann Roe, a former prosecutor, said the bill would pass the chamber next week.")
    assert profiles == [("Ann Roe", "official", "")]


def test_a_central_bank_governor_keeps_the_bank_not_the_treasury_of_her_past_post(nlp):
    profiles = profiles_of(
        nlp, "Velmar Central Bank Governor Mara Fenn, a former Treasury official, said rates would hold."
    )
    assert profiles == [("Mara Fenn", "official", "Velmar Central Bank")]


def test_a_president_called_former_elsewhere_stays_a_former_official(nlp):
    profiles = profiles_of(
        nlp,
        "Former President Olav Tren opened an exhibition of his papers in Halden on Tuesday.",
        "President Tren, a former general, said the border treaty he signed had kept the peace for a decade.",
    )
    assert profiles == [("Olav Tren", "analyst", "")]


def test_a_former_aide_to_the_senator_leaves_her_serving(nlp):
    profiles = profiles_of(
        nlp,
        "Lars Moe, a former aide to Senator Roe, organised the hearing.",
        "Senator Ann Roe, a former prosecutor, said the bill would pass the chamber next week.",
    )
    assert ("Ann Roe", "official", "") in profiles


def test_a_former_title_before_the_name_leaves_the_apposition(nlp):
    profiles = profiles_of(nlp, "Former Senator Ruth Dale, a former prosecutor, said the vote had been a mistake.")
    assert profiles == [("Ruth Dale", "analyst", "")]
